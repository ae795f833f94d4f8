#include "aws/boundedfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

using R = Result<QByteArray, BoundedFile::Failure>;

R fail(BoundedFile::Problem problem, const QString &message)
{
    return R(BoundedFile::Failure{problem, message});
}

} // namespace

QString BoundedFile::sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return tr("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return tr("%1 KiB").arg(bytes / 1024);
    return tr("%1 bytes").arg(bytes);
}

Result<QByteArray, BoundedFile::Failure> BoundedFile::read(const QString &path, qint64 maxBytes,
                                                           const QString &what)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto notRegular = [&] {
        return fail(Problem::NotRegular,
                    tr("%1 %2 is not a regular file (it is a folder, a pipe or a device), so it "
                       "was not read. Point the setting at an ordinary file.")
                        .arg(what, shown));
    };
    const auto tooLarge = [&] {
        return fail(Problem::TooLarge, tr("%1 %2 is larger than %3, so it was not read. Check "
                                          "that the setting names the right file.")
                                           .arg(what, shown, sizeText(maxBytes)));
    };
    const auto unreadable = [&](const QString &why) {
        return fail(Problem::Unreadable,
                    tr("%1 %2 cannot be read (%3). Check its permissions.").arg(what, shown, why));
    };

#ifdef Q_OS_UNIX
    // The type is checked before the file is opened, so that a FIFO or a device is never
    // opened; then once more on the open descriptor, which is opened without blocking, so that
    // one swapped in between can neither block the open nor be read.
    const QByteArray native = QFile::encodeName(path);
    struct stat status = {};
    if (::stat(native.constData(), &status) != 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR)
            return fail(Problem::Missing, {});
        return unreadable(QString::fromLocal8Bit(std::strerror(error)));
    }
    if (!S_ISREG(status.st_mode))
        return notRegular();
    if (status.st_size > maxBytes)
        return tooLarge();
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR)
            return fail(Problem::Missing, {});
        return unreadable(QString::fromLocal8Bit(std::strerror(error)));
    }
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        return notRegular();
    }
    if (status.st_size > maxBytes) {
        ::close(fd);
        return tooLarge();
    }
    QByteArray content;
    content.reserve(qsizetype(status.st_size));
    char buffer[16384];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            const int error = errno;
            ::close(fd);
            return unreadable(QString::fromLocal8Bit(std::strerror(error)));
        }
        if (got == 0)
            break;
        content.append(buffer, qsizetype(got));
        if (content.size() > maxBytes) { // the file grew while it was read
            ::close(fd);
            return tooLarge();
        }
    }
    ::close(fd);
    return content;
#else
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Problem::Missing, {});
    if (!info.isFile())
        return notRegular();
    if (info.size() > maxBytes)
        return tooLarge();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(file.errorString());
    QByteArray content = file.read(maxBytes + 1);
    if (content.size() > maxBytes)
        return tooLarge();
    return content;
#endif
}
