#pragma once

#include <QString>
#include <QUrl>

// Links into the AWS Management Console for Personalize resources.
namespace ConsoleLink {

// The Personalize console of the job's partition and region, opened on the job; an invalid URL
// for partitions without a public console or when the region is unknown.
QUrl forImportJob(const QString &jobArn, const QString &region = {});

} // namespace ConsoleLink
