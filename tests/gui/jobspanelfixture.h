#pragma once

// Jobs in every state, in two datasets and two regions, for the jobs panel tests and figures.

#include "jobs/jobrecord.h"

#include <QDateTime>
#include <QList>

namespace JobsFixture {

inline QDateTime now()
{
    return QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
}

inline JobRecord job(const QString &name, const QString &status, const QString &datasetArn,
                     qint64 ageSeconds, qint64 runSeconds)
{
    JobRecord job;
    job.name = name;
    job.datasetArn = datasetArn;
    const QString region = datasetArn.section(u':', 3, 3);
    const QString account = datasetArn.section(u':', 4, 4);
    job.arn = QStringLiteral("arn:aws:personalize:%1:%2:dataset-import-job/%3")
                  .arg(region, account, name);
    job.status = status;
    job.importMode = QStringLiteral("FULL");
    job.dataLocation = u"s3://retail-data-prod/imports/" + name + u".csv";
    job.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read");
    job.publishAttributionMetricsToS3 = false;
    job.tags = {{QStringLiteral("team"), QStringLiteral("recs")},
                {QStringLiteral("env"), QStringLiteral("prod")}};
    job.profile = QStringLiteral("prod");
    job.created = now().addSecs(-ageSeconds);
    job.updated = job.created.addSecs(runSeconds);
    job.lastSeen = now();
    job.detailsFetched = true;
    job.fillFromArns();
    return job;
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
    QList<JobRecord> jobs;
    jobs << job(QStringLiteral("daily-interactions-0501"), QStringLiteral("CREATE PENDING"),
                interactions(), 20, 20);
    jobs << job(QStringLiteral("news-items-refresh"), QStringLiteral("CREATE PENDING"), items(), 45,
                45);
    jobs << job(QStringLiteral("daily-interactions-0430"), QStringLiteral("CREATE IN_PROGRESS"),
                interactions(), 600, 300);
    jobs << job(QStringLiteral("backfill-2023-q4"), QStringLiteral("CREATE IN_PROGRESS"),
                interactions(), 1500, 900);
    jobs << job(QStringLiteral("news-items-full"), QStringLiteral("CREATE IN_PROGRESS"), items(),
                2000, 1000);
    for (int i = 0; i < 5; ++i) {
        jobs << job(QStringLiteral("daily-interactions-04%1").arg(20 + i), QStringLiteral("ACTIVE"),
                    interactions(), 86400 * (11 - i), 1450 + i * 37);
    }
    JobRecord s3 = job(QStringLiteral("interactions-new-bucket"), QStringLiteral("CREATE FAILED"),
                       interactions(), 7200, 95);
    s3.failureReason = s3FailureReason();
    jobs << s3;
    JobRecord columns = job(QStringLiteral("news-items-bad-header"),
                            QStringLiteral("CREATE FAILED"), items(), 4000, 60);
    columns.failureReason =
        QStringLiteral("Input CSV is missing the following columns: [ITEM_ID, CREATION_TIMESTAMP]");
    jobs << columns;
    return jobs;
}

} // namespace JobsFixture
