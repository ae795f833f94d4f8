#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Turns the failure reason of a CREATE FAILED job (or the message of a refused submission) into
// a short "what to fix" hint, so that operators need not decode the service's wording.
class FailureHints
{
    Q_DECLARE_TR_FUNCTIONS(FailureHints)

public:
    enum class Category {
        S3Access,            // the role or the bucket policy does not let the service read
        RolePassing,         // the caller may not pass the role to the service
        MissingColumns,      // CSV header does not match the schema (or has a byte-order mark)
        InvalidDataLocation, // the S3 path is malformed
        RunningJobsLimit,    // five imports already pending or running in the region
        TooFewRecords,       // below the minimum number of records per import
        CharacterLimit,      // a value is longer than allowed, often a quoting problem
        TimestampFormat,     // timestamps are not in epoch seconds
        MalformedRows,       // a row with too many or too few values, or an empty required one
        DataTooLarge,        // more data than one import of that mode takes
        Unmatched,
    };

    struct Hint
    {
        Category category = Category::Unmatched;
        QString title; // a few words, e.g. "S3 access denied"
        QString text;  // what to do, in one or two sentences
        QUrl link;     // further reading; always set
        QString linkText;
    };

    static Hint match(const QString &failureReason);
    // The service's page of common error messages, offered when nothing matched.
    static QUrl troubleshootingGuide();
    // Stable identifier ("s3-access"…) for logs and tests.
    static QString categoryId(Category category);
};
