#include "desktop/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace PrivateFiles {

bool makeFolder(const QString &path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    // mkpath() would create the missing levels with the default mode, readable by everyone:
    // each is created here with its final mode instead.
    QStringList missing;
    for (QString folder = target; !QFileInfo::exists(folder);) {
        missing.prepend(folder);
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder)
            break;
        folder = parent;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder, kFolderPermissions) && !QFileInfo(folder).isDir())
            return false;
    }
    return QFileInfo(target).isDir();
}

bool prepareFile(const QString &filePath)
{
    if (!makeFolder(QFileInfo(filePath).absolutePath()))
        return false;
    QFile file(filePath);
    if (file.exists())
        return file.setPermissions(kFilePermissions);
    // Created with its final mode, so that it is never readable by others, even briefly.
    return file.open(QIODevice::WriteOnly, kFilePermissions);
}

} // namespace PrivateFiles
