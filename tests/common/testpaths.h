#pragma once

#include <QString>

// Where the tests find their files: the source tree (passed in by CMake) and the reference data
// kept in it under tests/data.
namespace TestPaths {

inline QString sourceDir()
{
    return QStringLiteral(IMPORTDESK_SOURCE_DIR);
}

// A file or folder under tests/data, e.g. data(u"aws-model/partitions.json").
inline QString data(const QString &relative)
{
    return sourceDir() + QStringLiteral("/tests/data/") + relative;
}

} // namespace TestPaths
