#pragma once

#include <QStringList>

namespace Cli {

class CommandContext;

/** `tollgate credit add|show|off ...` */
int runCreditCommand(CommandContext &context, const QStringList &arguments);

} // namespace Cli
