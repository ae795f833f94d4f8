#pragma once

#include <QDir>
#include <QString>

// Where the tests find the reference data beside the checkout (passed in by CMake).
namespace TestPaths {

inline QString sharedDir()
{
    const QByteArray overridden = qgetenv("IMPORTDESK_SHARED_DIR");
    return QDir::cleanPath(overridden.isEmpty() ? QStringLiteral(IMPORTDESK_SHARED_DIR)
                                                : QString::fromLocal8Bit(overridden));
}

inline QString reference(const QString &relative)
{
    return sharedDir() + QStringLiteral("/reference/") + relative;
}

inline QString sourceDir()
{
    return QStringLiteral(IMPORTDESK_SOURCE_DIR);
}

} // namespace TestPaths
