#pragma once

#include <QStringList>

namespace Cli {

class CommandContext;

/** `tollgate serve [--listen HOST:PORT] [--allow-remote]`: the headless gateway. */
int runServeCommand(CommandContext &context, const QStringList &arguments);

} // namespace Cli
