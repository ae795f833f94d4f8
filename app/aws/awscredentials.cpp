#include "aws/awscredentials.h"

#include <QCoreApplication>

bool AwsCredentials::expiresWithin(qint64 marginSeconds, const QDateTime &now) const
{
    return expiration && now.secsTo(*expiration) <= marginSeconds;
}

QString AwsCredentials::describe() const
{
    // The access key id is not secret, but showing only its ends is enough to recognise it.
    const QString key = accessKeyId.size() > 8
                            ? accessKeyId.left(4) + QStringLiteral("…") + accessKeyId.right(4)
                            : QStringLiteral("…");
    QString text =
        source.isEmpty()
            ? key
            : QCoreApplication::translate("AwsCredentials", "%1 from %2").arg(key, source);
    if (expiration) {
        text += QCoreApplication::translate("AwsCredentials", ", expires %1")
                    .arg(expiration->toUTC().toString(Qt::ISODate));
    }
    return text;
}
