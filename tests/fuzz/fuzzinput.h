#pragma once

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

// libFuzzer's entry point, defined once by each fuzz_<name>.cpp. The fuzzer calls it with
// generated inputs; replaymain.cpp calls it with the files of the corpus and regressions.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// Helpers the fuzz targets share to turn raw bytes into the arguments of the code under test.
namespace FuzzInput {

// A copy of the input: the product only ever sees byte arrays that own their data.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A broken invariant is a crash, so that the fuzzer keeps the input that broke it.
inline void check(bool holds)
{
    if (!holds)
        __builtin_trap();
}

// Text in the shape of an HTTP message: the lines before the first empty line, and everything
// after it. Lines end in LF; a CR before it stays part of the line.
struct Message
{
    QList<QByteArray> lines;
    QByteArray body;
};

inline Message splitMessage(const QByteArray &input)
{
    Message message;
    qsizetype from = 0;
    while (from < input.size()) {
        qsizetype end = input.indexOf('\n', from);
        if (end < 0)
            end = input.size();
        const QByteArray line = input.mid(from, end - from);
        from = end + 1;
        if (line.isEmpty()) {
            message.body = input.mid(from);
            break;
        }
        message.lines.append(line);
    }
    return message;
}

// "Name: value" split at the first colon, the value without the spaces that follow the colon.
// A line without a colon is a name with an empty value.
inline QPair<QByteArray, QByteArray> headerField(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon < 0)
        return {line, {}};
    qsizetype start = colon + 1;
    while (start < line.size() && line.at(start) == ' ')
        ++start;
    return {line.left(colon), line.mid(start)};
}

} // namespace FuzzInput
