#pragma once

#include <QMetaType>
#include <QString>

// Why an AWS call did not succeed, in a form both code and people can use.
struct AwsError
{
    enum class Kind {
        Service,           // the service answered with an error code (see code)
        HostNotFound,      // DNS lookup failed
        ConnectionRefused, // nothing listens at the endpoint
        ConnectionClosed,  // the connection dropped before a full answer arrived
        Timeout,           // an attempt or the whole call ran out of time
        Tls,               // TLS handshake or certificate validation failed
        Network,           // any other transport failure
        Credentials,       // no usable credentials could be found or refreshed
        Configuration,     // region, endpoint or config files are unusable
        InvalidResponse,   // the answer could not be understood
        Cancelled,         // the caller cancelled the call
    };

    Kind kind = Kind::Network;
    QString code;      // service error code without namespace, e.g. "ThrottlingException"
    QString message;   // the service's message, or a plain description of the problem
    QString requestId; // x-amzn-RequestId when the service sent one
    int httpStatus = 0;
    int attempts = 0; // how many attempts were made before giving up

    bool isService() const { return kind == Kind::Service; }
    // Whether the request may have reached the service and been processed although no usable
    // answer arrived (dropped connection, timeout, a truncated answer, a 5xx, a success whose
    // body could not be read): a create must then be looked up before it is reported as failed
    // or sent again.
    bool mayHaveBeenProcessed() const;

    // One line for logs and status bars: code, message and request id.
    QString summary() const;
    // What an operator can do about it, in plain words; empty when nothing useful can be said.
    QString suggestion() const;

    static AwsError make(Kind kind, const QString &message, const QString &code = {});
};

Q_DECLARE_METATYPE(AwsError)
