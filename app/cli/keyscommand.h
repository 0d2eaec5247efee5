#pragma once

#include <QStringList>

namespace Cli {

class CommandContext;

/** `tollgate keys create|update|list|show|revoke|rotate ...` */
int runKeysCommand(CommandContext &context, const QStringList &arguments);

} // namespace Cli
