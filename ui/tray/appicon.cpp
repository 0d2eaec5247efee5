#include "ui/tray/appicon.h"

namespace Ui {

QIcon AppIcon::icon()
{
    // Pre-rendered PNGs: Qt draws SVG only with the optional Qt SVG module, which is not a dependency.
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/tollgate-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace Ui
