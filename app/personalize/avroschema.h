#pragma once

#include "aws/result.h"

#include <QList>
#include <QString>
#include <QStringList>

// One column of a dataset as its schema describes it.
struct AvroField
{
    QString name;
    QString type;          // string, int, long, float, double or boolean
    bool optional = false; // a union with "null": the column may be empty
    bool categorical = false;
    bool textual = false;
    bool operator==(const AvroField &) const = default;
};

// The columns a dataset's CSV files must have, read from the Avro record schema Personalize
// keeps for it (DescribeSchema's `schema`).
struct AvroRecord
{
    QString name;
    QList<AvroField> fields;

    // Fields whose values may not be empty, in schema order.
    QStringList requiredFieldNames() const;
    QStringList fieldNames() const;
    // The field named exactly `fieldName`, or nullptr.
    const AvroField *field(const QString &fieldName) const;
    bool operator==(const AvroRecord &) const = default;
};

namespace AvroSchema {

// The service stores schemas of at most this many characters.
constexpr qsizetype kMaxLength = 20000;

// Reads a Personalize schema: a record of fields with primitive types, optionally in a union
// with "null". Errors say what is wrong in plain words (this is data from the service, so an
// error means the schema cannot be checked against, not that the user typed something wrong).
Result<AvroRecord, QString> parse(const QString &text);

} // namespace AvroSchema
