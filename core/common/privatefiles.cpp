#include "core/common/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace Common {

namespace {

constexpr QFileDevice::Permissions OwnerOnlyDirectory =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

} // namespace

bool makePrivateDirectory(const QString &dirPath)
{
    // The missing levels, deepest first: each is made with its permissions, so none is ever open to others.
    QStringList missing;
    for (QString path = QDir::cleanPath(QFileInfo(dirPath).absoluteFilePath()); !QFileInfo::exists(path);) {
        missing.prepend(path);
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path)
            break; // the root: nothing above to stop at
        path = parent;
    }
    for (const QString &path : std::as_const(missing)) {
        if (!QDir().mkdir(path, OwnerOnlyDirectory) && !QFileInfo(path).isDir())
            return false;
    }
    return QFileInfo(dirPath).isDir();
}

bool createPrivateFile(const QString &filePath)
{
    QFile file(filePath);
    // NewOnly: a file that exists (ours from before, or another process's just now) stays as it is.
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return true;
    return QFileInfo::exists(filePath);
}

} // namespace Common
