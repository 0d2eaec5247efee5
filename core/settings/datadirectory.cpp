#include "core/settings/datadirectory.h"

#include <QDir>
#include <QStandardPaths>

namespace Settings {

QString DataDirectory::resolve(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return QDir(commandLineValue).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable(EnvironmentVariable);
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    // With the application name "tollgate" and no organisation this is ~/.local/share/tollgate on
    // Linux, %APPDATA%\tollgate on Windows and ~/Library/Application Support/tollgate on macOS.
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DataDirectory::ledgerPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("ledger.sqlite"));
}

QString DataDirectory::secretsPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("secrets.json"));
}

} // namespace Settings
