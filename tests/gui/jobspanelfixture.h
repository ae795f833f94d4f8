#pragma once

// Jobs in every state, in two datasets and two regions, for the jobs panel tests and figures.

#include "common/jobbuilder.h"
#include "jobs/jobrecord.h"

#include <QDateTime>
#include <QList>

namespace JobsFixture {

inline QDateTime now()
{
    return QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
}

// A job of the production profile with every detail known, `ageSeconds` old at now().
inline JobBuilder job(const QString &name, const QString &datasetArn, qint64 ageSeconds,
                      qint64 runSeconds)
{
    JobBuilder builder(name);
    builder.dataset(datasetArn)
        .dataLocation(u"s3://retail-data-prod/imports/" + name + u".csv")
        .roleArn(QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read"))
        .publishMetrics(false)
        .tags({{QStringLiteral("team"), QStringLiteral("recs")},
               {QStringLiteral("env"), QStringLiteral("prod")}})
        .profile(QStringLiteral("prod"))
        .created(now().addSecs(-ageSeconds))
        .ranFor(runSeconds)
        .lastSeen(now())
        .detailsFetched();
    return builder;
}

inline QString interactions()
{
    return QStringLiteral(
        "arn:aws:personalize:us-east-1:111122223333:dataset/retail-shop/INTERACTIONS");
}

inline QString items()
{
    return QStringLiteral("arn:aws:personalize:eu-west-1:111122223333:dataset/news/ITEMS");
}

inline QString s3FailureReason()
{
    return QStringLiteral("Insufficient privileges for accessing data in S3. Please look up the "
                          "documentation for setting up dataset import jobs in Amazon "
                          "Personalize and make sure the bucket policy allows access.");
}

// 2 pending, 3 in progress, 5 active, 2 failed; 9 in us-east-1 interactions, 3 in eu-west-1.
inline QList<JobRecord> mixed()
{
    const QString pending = QStringLiteral("CREATE PENDING");
    const QString running = QStringLiteral("CREATE IN_PROGRESS");
    QList<JobRecord> jobs;
    jobs << job(QStringLiteral("daily-interactions-0501"), interactions(), 20, 20)
                .status(pending)
                .build();
    jobs << job(QStringLiteral("news-items-refresh"), items(), 45, 45).status(pending).build();
    jobs << job(QStringLiteral("daily-interactions-0430"), interactions(), 600, 300)
                .status(running)
                .build();
    jobs << job(QStringLiteral("backfill-2023-q4"), interactions(), 1500, 900)
                .status(running)
                .build();
    jobs << job(QStringLiteral("news-items-full"), items(), 2000, 1000).status(running).build();
    for (int i = 0; i < 5; ++i) {
        jobs << job(QStringLiteral("daily-interactions-04%1").arg(20 + i), interactions(),
                    86400 * (11 - i), 1450 + i * 37)
                    .build();
    }
    jobs << job(QStringLiteral("interactions-new-bucket"), interactions(), 7200, 95)
                .failure(s3FailureReason())
                .build();
    jobs << job(QStringLiteral("news-items-bad-header"), items(), 4000, 60)
                .failure(QStringLiteral("Input CSV is missing the following columns: [ITEM_ID, "
                                        "CREATION_TIMESTAMP]"))
                .build();
    return jobs;
}

} // namespace JobsFixture
