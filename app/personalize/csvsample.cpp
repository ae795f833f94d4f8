#include "personalize/csvsample.h"

#include <QString>

namespace {

constexpr char kBom[] = "\xEF\xBB\xBF";

} // namespace

CsvSample CsvSample::read(const QByteArray &data, bool fromStart, bool toEnd)
{
    CsvSample sample;
    qsizetype pos = 0;
    int line = fromStart ? 1 : 0;
    if (fromStart && data.startsWith(kBom)) {
        sample.startsWithBom = true;
        pos = 3;
    }
    if (!fromStart) {
        // A tail starts somewhere inside a record: resume after the first line break. A quoted
        // field with line breaks could still mislead this, which only affects the tail's counts.
        const qsizetype newline = data.indexOf('\n');
        if (newline < 0)
            return sample;
        pos = newline + 1;
    }

    const qsizetype size = data.size();
    while (pos < size) {
        const qsizetype recordStart = pos;
        const int recordLine = line;
        QStringList fields;
        QByteArray field;
        bool inQuotes = false;
        bool quotedField = false;
        bool recordEnded = false;
        while (pos < size) {
            const char c = data.at(pos);
            if (inQuotes) {
                if (c == '"') {
                    if (pos + 1 < size && data.at(pos + 1) == '"') {
                        field.append('"');
                        pos += 2;
                        continue;
                    }
                    inQuotes = false;
                    ++pos;
                    continue;
                }
                if (c == '\\' && pos + 1 < size && data.at(pos + 1) == '"') {
                    field.append('"');
                    pos += 2;
                    continue;
                }
                if (c == '\n' && line > 0)
                    ++line;
                field.append(c);
                ++pos;
                continue;
            }
            if (c == '"' && field.isEmpty() && !quotedField) {
                inQuotes = true;
                quotedField = true;
                ++pos;
                continue;
            }
            if (c == ',') {
                fields.append(QString::fromUtf8(field));
                field.clear();
                quotedField = false;
                ++pos;
                continue;
            }
            if (c == '\r' && pos + 1 < size && data.at(pos + 1) == '\n') {
                ++pos;
                continue;
            }
            if (c == '\n') {
                ++pos;
                if (line > 0)
                    ++line;
                recordEnded = true;
                break;
            }
            field.append(c);
            ++pos;
        }
        if (inQuotes) {
            // The data ended inside quotes.
            if (toEnd) {
                sample.unterminatedQuote = true;
                sample.unterminatedQuoteLine = recordLine;
            }
            break;
        }
        if (!recordEnded && !toEnd)
            break; // cut off at the end of the piece
        fields.append(QString::fromUtf8(field));
        const bool blank = fields.size() == 1 && fields.constFirst().isEmpty() && !quotedField;
        if (!blank)
            sample.rows.append(CsvRow{recordLine, fields, pos - recordStart});
    }
    return sample;
}
