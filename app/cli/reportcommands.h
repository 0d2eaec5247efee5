#pragma once

#include <QStringList>

namespace Cli {

class CommandContext;

/** `tollgate report [--since DATE] [--until DATE] [--by DIMS] [--format table|csv|json]` */
int runReportCommand(CommandContext &context, const QStringList &arguments);
/** `tollgate traces [--since DATE] [--until DATE] [--key NAME] [--model M] [--limit N] [--format ...]` */
int runTracesCommand(CommandContext &context, const QStringList &arguments);

} // namespace Cli
