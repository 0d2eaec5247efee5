#pragma once

#include <QStringList>

#include <initializer_list>

namespace Cli {

class CommandContext;

/** One word of a command group: `keys create`, `providers list`, ... */
struct Action
{
    const char *name;
    int (*run)(CommandContext &context, const QStringList &arguments);
};

/**
 * Runs the action named by the first argument of a group (`keys`, `providers`, `prices`), with the
 * group's --help and the usage errors for a missing or unknown action.
 */
int dispatchAction(CommandContext &context, const QString &group, const QStringList &arguments, std::initializer_list<Action> actions);

} // namespace Cli
