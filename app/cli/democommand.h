#pragma once

#include <QStringList>

namespace Cli {

class CommandContext;

/** `tollgate demo [--seed N]`: fills an empty data directory with three months of demo traffic. */
int runDemoCommand(CommandContext &context, const QStringList &arguments);

} // namespace Cli
