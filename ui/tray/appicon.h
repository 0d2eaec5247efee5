#pragma once

#include <QIcon>

namespace Ui {

/** Tollgate's icon at every size the window, the tray and the task bar ask for. */
class AppIcon final
{
public:
    static QIcon icon();
};

} // namespace Ui
