#pragma once

#include "aws/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Reads a small local file (a config file, a token cache, a certificate bundle) safely: only
// a regular file is opened, never a FIFO or a device that could block or never end, and only
// up to a size limit checked before and while reading.
class BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(BoundedFile)

public:
    enum class Problem {
        Missing,    // nothing exists at the path
        NotRegular, // a directory, FIFO, socket or device
        TooLarge,   // larger than the limit
        Unreadable, // permissions or an I/O error
    };

    struct Failure
    {
        Problem problem = Problem::Unreadable;
        QString message; // names the file and says what to do; empty for Missing
    };

    BoundedFile() = delete;

    // The whole content of `path`, or why it was not read. The message calls the file `what`
    // ("The config file", "The certificate bundle").
    static Result<QByteArray, Failure> read(const QString &path, qint64 maxBytes,
                                            const QString &what);

    // "64 KiB", "4 MiB": a size limit as people read it.
    static QString sizeText(qint64 bytes);
};
