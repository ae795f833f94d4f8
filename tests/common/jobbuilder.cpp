#include "common/jobbuilder.h"

JobBuilder::JobBuilder(const QString &name)
{
    m_job.name = name;
    m_job.datasetArn = datasetArn(QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS"));
    m_job.status = QStringLiteral("ACTIVE");
    m_job.importMode = QStringLiteral("FULL");
    m_job.created = defaultCreated();
}

QString JobBuilder::datasetArn(const QString &group, const QString &type, const QString &region,
                               const QString &accountId)
{
    return QStringLiteral("arn:aws:personalize:%1:%2:dataset/%3/%4")
        .arg(region, accountId, group, type);
}

QDateTime JobBuilder::defaultCreated()
{
    return QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
}

JobBuilder &JobBuilder::status(const QString &status)
{
    m_job.status = status;
    return *this;
}

JobBuilder &JobBuilder::failure(const QString &reason)
{
    m_job.status = QStringLiteral("CREATE FAILED");
    m_job.failureReason = reason;
    return *this;
}

JobBuilder &JobBuilder::dataset(const QString &datasetArn)
{
    m_job.datasetArn = datasetArn;
    return *this;
}

JobBuilder &JobBuilder::arn(const QString &arn)
{
    m_job.arn = arn;
    return *this;
}

JobBuilder &JobBuilder::created(const QDateTime &created)
{
    m_job.created = created;
    return *this;
}

JobBuilder &JobBuilder::ranFor(qint64 seconds)
{
    m_runSeconds = seconds;
    return *this;
}

JobBuilder &JobBuilder::importMode(const QString &mode)
{
    m_job.importMode = mode;
    return *this;
}

JobBuilder &JobBuilder::dataLocation(const QString &location)
{
    m_job.dataLocation = location;
    return *this;
}

JobBuilder &JobBuilder::roleArn(const QString &roleArn)
{
    m_job.roleArn = roleArn;
    return *this;
}

JobBuilder &JobBuilder::tags(const QList<Tag> &tags)
{
    m_job.tags = tags;
    return *this;
}

JobBuilder &JobBuilder::publishMetrics(bool publish)
{
    m_job.publishAttributionMetricsToS3 = publish;
    return *this;
}

JobBuilder &JobBuilder::profile(const QString &profile)
{
    m_job.profile = profile;
    return *this;
}

JobBuilder &JobBuilder::lastSeen(const QDateTime &lastSeen)
{
    m_job.lastSeen = lastSeen;
    return *this;
}

JobBuilder &JobBuilder::detailsFetched(bool fetched)
{
    m_job.detailsFetched = fetched;
    return *this;
}

JobRecord JobBuilder::build() const
{
    JobRecord job = m_job;
    if (job.arn.isEmpty()) {
        // The job lives where its dataset does.
        const QString region = job.datasetArn.section(u':', 3, 3);
        const QString account = job.datasetArn.section(u':', 4, 4);
        job.arn = QStringLiteral("arn:aws:personalize:%1:%2:dataset-import-job/%3")
                      .arg(region, account, job.name);
    }
    job.updated = job.created.addSecs(m_runSeconds);
    job.fillFromArns();
    return job;
}
