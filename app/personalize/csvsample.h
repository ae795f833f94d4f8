#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// One record of a CSV sample.
struct CsvRow
{
    int line = 0; // 1-based physical line where the record starts; 0 when unknown (tail samples)
    QStringList fields;
    qint64 bytes = 0; // its length in the file, line break included
    bool operator==(const CsvRow &) const = default;
};

// The records of a piece of a CSV file, read the way Personalize reads its data files: commas
// between fields, fields in double quotes may hold commas and line breaks, and a quote inside
// quotes is doubled ("") or escaped with a backslash (\").
struct CsvSample
{
    QList<CsvRow> rows;
    bool startsWithBom = false;
    // The piece ended inside a quoted field that was never closed. For a whole file this is an
    // error; for a piece it may only mean the piece was cut there.
    bool unterminatedQuote = false;
    int unterminatedQuoteLine = 0;

    // Reads `data`. `fromStart`: the data starts at the beginning of the file (line numbers are
    // known, a byte-order mark is noticed); otherwise everything up to the first line break is
    // skipped as part of a record cut in two. `toEnd`: the data reaches the end of the file; a
    // last record without a line break then counts, otherwise it is dropped as cut off.
    static CsvSample read(const QByteArray &data, bool fromStart, bool toEnd);
};
