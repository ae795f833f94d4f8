#pragma once

#include <QByteArray>
#include <QString>
#include <QTest>

// Tests that compare with an outside tool (python3 with botocore, the AWS CLI, openssl) skip
// when it is missing on a developer machine; with IMPORTDESK_REQUIRE_PEERS=1, as CI sets it, a
// missing tool fails the test instead, so a machine without it cannot pass by skipping.
namespace TestPeers {

inline bool required()
{
    return qEnvironmentVariable("IMPORTDESK_REQUIRE_PEERS") == u"1";
}

inline QByteArray text(const char *message)
{
    return QByteArray(message);
}

inline QByteArray text(const QString &message)
{
    return message.toUtf8();
}

} // namespace TestPeers

// Ends the current test function because a peer tool is missing: a skip, or a failure when
// peers are required. QSKIP and QFAIL return from the caller, hence a macro.
#define IMPORTDESK_PEER_MISSING(message)                                                           \
    do {                                                                                           \
        const QByteArray peerMissing_ = TestPeers::text(message);                                  \
        if (TestPeers::required())                                                                 \
            QFAIL(QByteArray("missing peer (IMPORTDESK_REQUIRE_PEERS=1): " + peerMissing_)         \
                      .constData());                                                               \
        QSKIP(peerMissing_.constData());                                                           \
    } while (false)
