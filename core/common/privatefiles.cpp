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
    for (QString path = QDir::cleanPath(QFileInfo(dirPath).absoluteFilePath()); !QFileInfo::exists(path);
         path = QFileInfo(path).absolutePath()) {
        missing.prepend(path);
        if (QFileInfo(path).absolutePath() == path)
            break; // the root: nothing above to stop at
    }
    for (const QString &path : std::as_const(missing)) {
        if (!QDir().mkdir(path, OwnerOnlyDirectory) && !QFileInfo(path).isDir())
            return false;
    }
    return QFileInfo(dirPath).isDir();
}

bool createPrivateFile(const QString &filePath)
{
    if (QFileInfo::exists(filePath))
        return true;
    QFile file(filePath);
    // NewOnly: should another process create it meanwhile, theirs stays as it is.
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return true;
    return QFileInfo::exists(filePath);
}

} // namespace Common
