// The sample data every sandbox starts with; deterministic for a given seed and clock.

#include "sandbox/sandboxstate.h"

#include "personalize/arn.h"
#include "sandbox/sandboxscenarios.h"

#include <QRandomGenerator>

namespace {

struct DatasetSpec
{
    const char *type; // INTERACTIONS, ITEMS, USERS
    const char *datasetType;
    bool hasHistory;
};

struct GroupSpec
{
    const char *name;
    const char *domain;
    bool hasMetricAttribution;
    QList<DatasetSpec> datasets;
};

// Three groups: a domain group with a metric attribution, a domain group without one, and a
// custom group whose Items dataset has never been imported successfully (so INCREMENTAL
// imports are refused there).
const QList<GroupSpec> &groupSpecs()
{
    static const QList<GroupSpec> specs = {
        {"retail-shop",
         "ECOMMERCE",
         true,
         {{"INTERACTIONS", "Interactions", true},
          {"ITEMS", "Items", true},
          {"USERS", "Users", true}}},
        {"streaming-catalog",
         "VIDEO_ON_DEMAND",
         false,
         {{"INTERACTIONS", "Interactions", true},
          {"ITEMS", "Items", true},
          {"USERS", "Users", true}}},
        {"news-articles",
         "",
         false,
         {{"INTERACTIONS", "Interactions", true}, {"ITEMS", "Items", false}}},
    };
    return specs;
}

QRandomGenerator generatorFor(quint64 seed)
{
    const quint32 parts[] = {static_cast<quint32>(seed), static_cast<quint32>(seed >> 32)};
    return QRandomGenerator(parts, 2);
}

} // namespace

void SandboxState::seed()
{
    QRandomGenerator rng = generatorFor(m_config.seed);
    const QDateTime base = now().addMSecs(-(now().time().msec()));
    const QString &region = m_config.region;
    const QString &account = m_config.accountId;
    const QString partition = Arn::partitionForRegion(region).isEmpty()
                                  ? QStringLiteral("aws")
                                  : Arn::partitionForRegion(region);
    const QString roleArn =
        QStringLiteral("arn:%1:iam::%2:role/PersonalizeS3Read").arg(partition, account);
    const QStringList failures = SandboxScenarios::keywords();

    for (const GroupSpec &spec : groupSpecs()) {
        const QString groupName = QLatin1String(spec.name);
        SandboxDatasetGroup group;
        group.name = groupName;
        group.arn = PersonalizeArn::datasetGroupArn(region, account, groupName);
        group.domain = QLatin1String(spec.domain);
        group.created = base.addSecs(-rng.bounded(200, 400) * 86400LL - rng.bounded(86400));
        m_groups.append(group);

        if (spec.hasMetricAttribution) {
            SandboxMetricAttribution attribution;
            attribution.name = groupName + u"-revenue";
            attribution.arn = QStringLiteral("arn:%1:personalize:%2:%3:metric-attribution/%4")
                                  .arg(partition, region, account, attribution.name);
            attribution.groupArn = group.arn;
            attribution.created = group.created.addDays(30);
            m_attributions.append(attribution);
            m_tags.insert(group.arn, {{QStringLiteral("team"), QStringLiteral("merchandising")},
                                      {QStringLiteral("environment"), QStringLiteral("demo")}});
        }

        for (const DatasetSpec &datasetSpec : spec.datasets) {
            const QString type = QLatin1String(datasetSpec.type);
            const QString lower = type.toLower();
            SandboxDataset dataset;
            dataset.name = groupName + u'-' + lower;
            dataset.arn = PersonalizeArn::datasetArn(region, account, groupName, type);
            dataset.groupArn = group.arn;
            dataset.datasetType = QLatin1String(datasetSpec.datasetType);
            dataset.schemaArn = QStringLiteral("arn:%1:personalize:%2:%3:schema/%4-schema")
                                    .arg(partition, region, account, dataset.name);
            dataset.created = group.created.addSecs(600 + rng.bounded(3600));
            m_datasets.append(dataset);

            const QString bucket = u"s3://importdesk-demo-" + groupName + u'/';
            if (!datasetSpec.hasHistory) {
                // One failed bulk import and nothing else: the dataset has no data yet.
                SandboxImportJob job;
                job.created = base.addSecs(-3 * 86400 - rng.bounded(86400));
                job.jobName = dataset.name + job.created.toString(u"-yyyyMMdd-HHmm");
                job.datasetArn = dataset.arn;
                job.dataLocation = bucket + u"no-access/" + lower + u".csv";
                job.roleArn = roleArn;
                job.importMode = QStringLiteral("FULL");
                job.status = QStringLiteral("CREATE FAILED");
                job.startsAt = job.created.addSecs(9 + rng.bounded(4));
                job.endsAt = job.startsAt.addSecs(20 + rng.bounded(30));
                job.lastUpdated = job.endsAt;
                job.failureReason =
                    SandboxScenarios::outcomeFor(job.dataLocation, job.datasetArn).failureReason;
                job.plannedFailure = job.failureReason;
                addJob(job);
                continue;
            }

            // A few imports spread over the past six weeks, oldest first.
            QList<qint64> ages;
            const int count = rng.bounded(3, 7);
            for (int i = 0; i < count; ++i)
                ages.append(rng.bounded(3600, 42 * 86400));
            std::sort(ages.begin(), ages.end(), std::greater<>());
            bool hasActive = false;
            for (qint64 age : ages) {
                SandboxImportJob job;
                job.created = base.addSecs(-age);
                job.jobName = dataset.name + job.created.toString(u"-yyyyMMdd-HHmm");
                job.datasetArn = dataset.arn;
                job.roleArn = roleArn;
                const bool fails = hasActive && rng.bounded(100) < 25;
                const QString folder =
                    fails ? failures.at(rng.bounded(static_cast<int>(failures.size())))
                          : job.created.toString(u"yyyy-MM-dd");
                job.dataLocation = bucket + lower + u'/' + folder + u'/';
                job.importMode = hasActive && rng.bounded(100) < 60 ? QStringLiteral("INCREMENTAL")
                                                                    : QStringLiteral("FULL");
                job.startsAt = job.created.addSecs(8 + rng.bounded(5));
                const auto outcome = SandboxScenarios::outcomeFor(job.dataLocation, job.datasetArn);
                // History imports were real-sized: minutes, not the demo's seconds.
                const qint64 running = fails ? 30 + rng.bounded(300) : 240 + rng.bounded(1800);
                job.endsAt = job.startsAt.addSecs(running);
                job.lastUpdated = job.endsAt;
                job.status = fails ? QStringLiteral("CREATE FAILED") : QStringLiteral("ACTIVE");
                job.failureReason = outcome.failureReason;
                job.plannedFailure = outcome.failureReason;
                hasActive = hasActive || !fails;
                if (addJob(job) && age < 7 * 86400) {
                    m_tags.insert(m_jobs.constLast().arn,
                                  {{QStringLiteral("source"), QStringLiteral("nightly-export")}});
                }
            }
        }
    }
}

void SandboxState::seedHistory(int count)
{
    if (count <= 0)
        return;
    // A generator of its own, so that the base sample data is the same whatever the count.
    QRandomGenerator rng = generatorFor(m_config.seed ^ 0x6869'7374'6f72'7921ULL);
    const QDateTime base = now().addMSecs(-(now().time().msec()));
    constexpr qint64 kSpan = 183 * 86400LL; // about six months
    constexpr qint64 kNewest = 2 * 3600;    // old enough to have finished
    const QStringList failures = SandboxScenarios::keywords();

    // Datasets that have had a successful import; the one that never has keeps that property.
    QList<const SandboxDataset *> datasets;
    for (const SandboxDataset &dataset : std::as_const(m_datasets)) {
        const QList<int> order = m_datasetOrder.value(dataset.arn);
        if (std::any_of(order.cbegin(), order.cend(), [this](int position) {
                return m_jobs.at(position).status == QLatin1String("ACTIVE");
            })) {
            datasets.append(&dataset);
        }
    }
    if (datasets.isEmpty())
        return;

    // Shared strings keep 100,000 jobs small: one copy of each location, reason and role.
    QHash<QString, QString> shared;
    const auto share = [&shared](const QString &text) {
        const auto it = shared.constFind(text);
        return it != shared.cend() ? *it : *shared.insert(text, text);
    };
    const QString roleArn = m_jobs.isEmpty() ? QString() : m_jobs.constFirst().roleArn;
    // The ARN of a job is this prefix and its name (building each from scratch is slow).
    const QString arnPrefix =
        PersonalizeArn::datasetImportJobArn(m_config.region, m_config.accountId, QString());
    const QString active = QStringLiteral("ACTIVE");
    const QString failed = QStringLiteral("CREATE FAILED");
    const QString full = QStringLiteral("FULL");
    const QString incremental = QStringLiteral("INCREMENTAL");

    m_jobs.reserve(m_jobs.size() + count);
    m_jobIndex.reserve(m_jobs.size() + count);
    for (int i = 0; i < count; ++i) {
        const SandboxDataset &dataset =
            *datasets.at(rng.bounded(static_cast<int>(datasets.size())));
        const QString group = dataset.name.left(dataset.name.lastIndexOf(u'-'));
        const QString type = dataset.name.mid(dataset.name.lastIndexOf(u'-') + 1);
        SandboxImportJob job;
        job.created = base.addSecs(-rng.bounded(static_cast<int>(kSpan - kNewest)) - kNewest);
        job.jobName = dataset.name + job.created.toString(u"-yyyyMMdd-HHmmss");
        job.arn =
            PersonalizeArn::datasetImportJobArn(m_config.region, m_config.accountId, job.jobName);
        if (m_jobIndex.contains(job.arn)) {
            job.jobName += u'-' + QString::number(i);
            job.arn = PersonalizeArn::datasetImportJobArn(m_config.region, m_config.accountId,
                                                          job.jobName);
        }
        job.datasetArn = dataset.arn;
        job.roleArn = roleArn;
        // Most imports succeed; about one in eight fails for one of the scenarios' reasons.
        const bool fails = rng.bounded(100) < 12;
        const QString folder = fails ? failures.at(rng.bounded(static_cast<int>(failures.size())))
                                     : job.created.toString(u"yyyy-MM-dd");
        job.dataLocation =
            share(u"s3://importdesk-demo-" + group + u'/' + type + u'/' + folder + u'/');
        job.importMode = rng.bounded(100) < 60 ? incremental : full;
        job.startsAt = job.created.addSecs(8 + rng.bounded(5));
        job.endsAt = job.startsAt.addSecs(fails ? 30 + rng.bounded(300) : 240 + rng.bounded(1800));
        job.lastUpdated = job.endsAt;
        job.status = fails ? failed : active;
        if (fails) {
            job.failureReason =
                share(SandboxScenarios::outcomeFor(job.dataLocation, job.datasetArn).failureReason);
            job.plannedFailure = job.failureReason;
        }
        m_jobIndex.insert(job.arn, static_cast<int>(m_jobs.size()));
        m_jobs.append(std::move(job));
    }
    rebuildIndexes();
}
