#pragma once

#include <QStringList>

namespace Cli {

class CommandContext;

/** `tollgate prices show|set|import ...` */
int runPricesCommand(CommandContext &context, const QStringList &arguments);

} // namespace Cli
