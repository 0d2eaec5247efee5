#pragma once

#include <QString>

namespace App {

/** Opens the window with the gateway running behind it; returns the exit code of the event loop. */
int runWindow(const QString &dataDirOption);

} // namespace App
