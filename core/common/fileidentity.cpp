#include "core/common/fileidentity.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Common {

std::optional<FileIdentity> FileIdentity::of(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return FileIdentity{quint64(status.st_dev), quint64(status.st_ino)};
#else
    // Without inodes only a deleted file is noticed.
    return QFileInfo::exists(path) ? std::optional(FileIdentity{}) : std::nullopt;
#endif
}

} // namespace Common
