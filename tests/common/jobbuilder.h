#pragma once

#include "jobs/jobrecord.h"

#include <QDateTime>
#include <QLatin1String>
#include <QList>
#include <QString>

// A JobRecord for tests, filled field by field and completed from its ARNs:
//   JobBuilder(name).dataset(items).created(t).ranFor(95).failure(reason).build()
// Without a word it is an ACTIVE FULL import into retail-shop's Interactions dataset in
// us-east-1 of account 111122223333, created 2024-05-01 10:00 UTC and finished ten minutes
// later; its ARN is derived from its name and its dataset's region and account.
class JobBuilder
{
public:
    static constexpr QLatin1String kAccountId{"111122223333"};
    static constexpr QLatin1String kRegion{"us-east-1"};

    explicit JobBuilder(const QString &name);

    // arn:aws:personalize:<region>:<account>:dataset/<group>/<type>
    static QString datasetArn(const QString &group, const QString &type,
                              const QString &region = kRegion,
                              const QString &accountId = kAccountId);
    // 2024-05-01 10:00 UTC, when the default job was created.
    static QDateTime defaultCreated();

    JobBuilder &status(const QString &status);
    // CREATE FAILED with this reason.
    JobBuilder &failure(const QString &reason);
    JobBuilder &dataset(const QString &datasetArn);
    // Replaces the ARN derived from the name.
    JobBuilder &arn(const QString &arn);
    JobBuilder &created(const QDateTime &created);
    // The last update comes this long after the creation (600 s unless said).
    JobBuilder &ranFor(qint64 seconds);
    JobBuilder &importMode(const QString &mode);
    JobBuilder &dataLocation(const QString &location);
    JobBuilder &roleArn(const QString &roleArn);
    JobBuilder &tags(const QList<Tag> &tags);
    JobBuilder &publishMetrics(bool publish);
    JobBuilder &profile(const QString &profile);
    JobBuilder &lastSeen(const QDateTime &lastSeen);
    // The fields only a description carries are known.
    JobBuilder &detailsFetched(bool fetched = true);

    JobRecord build() const;

private:
    JobRecord m_job;
    qint64 m_runSeconds = 600;
};
