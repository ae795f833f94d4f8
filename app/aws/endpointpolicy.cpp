#include "aws/endpointpolicy.h"

#include "aws/boundedfile.h"
#include "aws/cabundle.h"
#include "aws/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHostAddress>
#include <QNetworkRequest>
#include <QSet>
#include <QSslSocket>
#include <QUrl>

QString EndpointPolicy::check(const QUrl &endpoint)
{
    if (endpoint.isEmpty())
        return tr("No endpoint URL is set. Enter an address such as https://example.com.");
    const QString shown = endpoint.toDisplayString(QUrl::RemoveUserInfo);
    if (!endpoint.isValid() || endpoint.isRelative()) {
        return tr("The endpoint URL “%1” is not a valid URL. Enter an address such as "
                  "https://example.com.")
            .arg(shown);
    }
    const QString scheme = endpoint.scheme();
    if (scheme != u"https" && scheme != u"http") {
        return tr("The endpoint URL “%1” uses “%2”, but only https:// (or http:// to this "
                  "computer) is supported. Change the address to start with https://.")
            .arg(shown, scheme);
    }
    if (endpoint.host().isEmpty()) {
        return tr("The endpoint URL “%1” has no host name. Enter an address such as "
                  "https://example.com.")
            .arg(shown);
    }
    if (!endpoint.userInfo().isEmpty()) {
        // Shown without the user info: it may hold a password.
        return tr("The endpoint URL “%1” contains a user name or password. Remove them from "
                  "the address; Import Desk signs requests with your AWS credentials instead.")
            .arg(shown);
    }
    if (endpoint.hasQuery() || endpoint.hasFragment()) {
        return tr("The endpoint URL “%1” contains a query (?…) or fragment (#…). Remove it and "
                  "keep only the scheme, host, port and path.")
            .arg(shown);
    }
    if (scheme == u"http" && !isLoopbackHost(endpoint.host())) {
        return tr("Import Desk sends credentials-signed requests only over HTTPS, except to this "
                  "computer (localhost, 127.0.0.1, ::1). Change “%1” to use https://.")
            .arg(shown);
    }
    return {};
}

bool EndpointPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QSslConfiguration EndpointPolicy::sslConfiguration(const QList<QSslCertificate> &extraCa)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    if (extraCa.isEmpty())
        return configuration;

    // Adding CAs turns off Qt's on-demand loading of the system store, so the system CAs are
    // added explicitly; reading them is slow, so it happens once per process.
    static const QList<QSslCertificate> systemCa = QSslConfiguration::systemCaCertificates();
    QList<QSslCertificate> trusted = configuration.caCertificates();
    QSet<QByteArray> seen;
    for (const QSslCertificate &certificate : std::as_const(trusted))
        seen.insert(certificate.digest(QCryptographicHash::Sha256));
    for (const QList<QSslCertificate> *source : {&systemCa, &extraCa}) {
        for (const QSslCertificate &certificate : *source) {
            const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
            if (!certificate.isNull() && !seen.contains(digest)) {
                seen.insert(digest);
                trusted.append(certificate);
            }
        }
    }
    configuration.setCaCertificates(trusted);
    return configuration;
}

QString EndpointPolicy::applyTls(QNetworkRequest &request, const CaBundle *caBundle)
{
    if (request.url().scheme() != u"https")
        return {};
    if (!caBundle) {
        request.setSslConfiguration(sslConfiguration({}));
        return {};
    }
    const auto ssl = caBundle->sslConfiguration();
    if (!ssl.ok())
        return ssl.error();
    request.setSslConfiguration(ssl.value());
    return {};
}
