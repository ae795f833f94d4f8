#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

class CaBundle;
class QNetworkRequest;
class QUrl;

// Which endpoints signed requests may go to, and the TLS settings they are sent with.
class EndpointPolicy
{
    Q_DECLARE_TR_FUNCTIONS(EndpointPolicy)

public:
    EndpointPolicy() = delete;

    // Empty when requests may be sent to `endpoint`; otherwise a message saying what is wrong
    // with it and what to do. Plain http is accepted only for this computer (loopback).
    static QString check(const QUrl &endpoint);

    // Whether `host` names this computer: "localhost", 127.0.0.0/8 or ::1.
    static bool isLoopbackHost(const QString &host);

    // The default TLS configuration with `extraCa` trusted in addition to the system CAs.
    // Peer verification stays on and TLS 1.2 is the minimum.
    static QSslConfiguration sslConfiguration(const QList<QSslCertificate> &extraCa);
    // Gives a request to an https URL that configuration, trusting `caBundle` too when there is
    // one (AWS_CA_BUNDLE / ca_bundle); plain http (loopback) is left as it is. Empty on
    // success, else why the bundle cannot be used.
    static QString applyTls(QNetworkRequest &request, const CaBundle *caBundle);

    // A bundle of every public CA is about 200 KiB; anything far larger is not a CA bundle.
    static constexpr qint64 kMaxCaBundleBytes = 8 * 1024 * 1024;
};
