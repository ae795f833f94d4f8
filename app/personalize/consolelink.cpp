#include "personalize/consolelink.h"

#include "personalize/arn.h"

#include <QUrlQuery>

namespace ConsoleLink {

QUrl forImportJob(const QString &jobArn, const QString &regionHint)
{
    const auto arn = Arn::parse(jobArn);
    const QString region = !regionHint.isEmpty() ? regionHint : arn ? arn->region : QString();
    if (region.isEmpty())
        return {};
    const QString partition =
        arn && !arn->partition.isEmpty() ? arn->partition : Arn::partitionForRegion(region);
    QString host;
    if (partition == u"aws")
        host = region + QStringLiteral(".console.aws.amazon.com");
    else if (partition == u"aws-cn")
        host = region + QStringLiteral(".console.amazonaws.cn");
    else if (partition == u"aws-us-gov")
        host = QStringLiteral("console.amazonaws-us-gov.com");
    else
        return {}; // isolated partitions have no public console
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPath(QStringLiteral("/personalize/home"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("region"), region);
    url.setQuery(query);
    url.setFragment(jobArn);
    return url;
}

} // namespace ConsoleLink
