#include "ui/settings/autostartentry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Ui {

using Common::Error;
using Common::makeError;

bool AutostartEntry::isSupported()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return true;
#else
    return false;
#endif
}

QString AutostartEntry::filePath()
{
    // ConfigLocation is $XDG_CONFIG_HOME (default ~/.config), where the autostart directory lives.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::ConfigLocation)).filePath(QStringLiteral("autostart/tollgate.desktop"));
}

bool AutostartEntry::isInstalled()
{
    return isSupported() && QFileInfo::exists(filePath());
}

QByteArray AutostartEntry::contents(const QString &executable)
{
    // Desktop Entry Specification, "The Exec key": quote the program and escape ", `, $ and \ inside.
    QString quoted = executable;
    for (const QChar special : {u'\\', u'"', u'`', u'$'})
        quoted.replace(special, QStringLiteral("\\") + special);
    const QString text = QStringLiteral("[Desktop Entry]\n"
                                        "Type=Application\n"
                                        "Name=Tollgate\n"
                                        "Comment=Local LLM API gateway that meters every call\n"
                                        "Exec=\"%1\"\n"
                                        "Icon=tollgate\n"
                                        "Terminal=false\n"
                                        "X-GNOME-Autostart-enabled=true\n")
                             .arg(quoted);
    return text.toUtf8();
}

Common::Status AutostartEntry::install(const QString &executable)
{
    if (!isSupported())
        return makeError(Error::Code::Invalid, QStringLiteral("starting at login is not supported on this platform yet"));
    const QString path = filePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(Error::Code::Storage, QStringLiteral("cannot create %1").arg(QFileInfo(path).absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents(executable)) < 0 || !file.commit())
        return makeError(Error::Code::Storage, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return Common::Done{};
}

Common::Status AutostartEntry::uninstall()
{
    const QString path = filePath();
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return makeError(Error::Code::Storage, QStringLiteral("cannot remove %1").arg(path));
    return Common::Done{};
}

} // namespace Ui
