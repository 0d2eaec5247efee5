#pragma once

#include <QString>

namespace Common {

/**
 * Creates `dirPath` and any missing parents. What this creates is its owner's alone (0700): the data
 * directory holds who spent what, and SQLite and QDir would otherwise leave it readable by every local
 * user. A directory that exists keeps its permissions. False if it cannot be created.
 */
bool makePrivateDirectory(const QString &dirPath);

/** Creates `filePath` empty and its owner's alone (0600) unless it exists; false if it could not. */
bool createPrivateFile(const QString &filePath);

} // namespace Common
