#pragma once

#include <QStringList>

namespace Cli {

class CommandContext;

/** `tollgate providers add|list|remove ...` */
int runProvidersCommand(CommandContext &context, const QStringList &arguments);

} // namespace Cli
