#pragma once

#include "core/common/result.h"

#include <QString>

namespace Ui {

/**
 * Starting Tollgate at login. On Linux desktops that is an XDG autostart entry,
 * "$XDG_CONFIG_HOME/autostart/tollgate.desktop" (Desktop Application Autostart Specification);
 * other platforms are not supported yet.
 */
class AutostartEntry final
{
public:
    static bool isSupported();
    static QString filePath();
    static bool isInstalled();
    /** Writes the entry so that the desktop runs `executable` at login. */
    static Common::Status install(const QString &executable);
    static Common::Status uninstall();
    /** The entry's text: a Desktop Entry with the executable quoted as the spec asks. */
    static QByteArray contents(const QString &executable);
};

} // namespace Ui
