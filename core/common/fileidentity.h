#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace Common {

/**
 * A file's device and inode. The same path naming another file (deleted and made again, or renamed
 * over) has another identity: how a process holding a file open notices that others no longer see it.
 */
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;

    bool operator==(const FileIdentity &) const = default;

    /** nullopt if nothing is at `path`. */
    static std::optional<FileIdentity> of(const QString &path);
};

} // namespace Common
