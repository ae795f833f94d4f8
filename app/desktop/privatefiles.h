#pragma once

#include <QFileDevice>
#include <QString>

// Files and folders that only their owner may read: the settings and the draft name accounts,
// buckets, roles and tags. Folders the app creates are 0700 and its files 0600 (on systems
// with POSIX permissions; elsewhere the user's profile folder already keeps them private).
namespace PrivateFiles {

inline constexpr QFileDevice::Permissions kFilePermissions =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;
inline constexpr QFileDevice::Permissions kFolderPermissions =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Creates `path` and the folders missing above it, each readable by its owner only; folders
// that exist already are left as they are. False when `path` is not a folder afterwards.
bool makeFolder(const QString &path);

// Creates the file (empty) when it is missing, or restricts an existing one, so that it is
// readable by its owner only; its folder is created as makeFolder() does. False when the file
// cannot be created or restricted.
bool prepareFile(const QString &filePath);

} // namespace PrivateFiles
