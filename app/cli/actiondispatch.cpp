#include "app/cli/actiondispatch.h"

#include "app/cli/commandcontext.h"

namespace Cli {

int dispatchAction(CommandContext &context, const QString &group, const QStringList &arguments, std::initializer_list<Action> actions)
{
    const QString word = arguments.value(0);
    QStringList names;
    for (const Action &action : actions) {
        if (word == QLatin1String(action.name))
            return action.run(context, arguments.mid(1));
        names.append(QLatin1String(action.name));
    }
    if (word == u"--help" || word == u"-h") {
        context.out() << "Usage: tollgate [--data DIR] " << group << ' ' << names.join(u'|') << " ... (each takes --help)\n";
        return Success;
    }
    const QString list = names.join(QStringLiteral(", "));
    return context.usage(word.isEmpty() ? QStringLiteral("%1: missing action (%2)").arg(group, list)
                                        : QStringLiteral("%1: unknown action \"%2\" (%3)").arg(group, word, list));
}

} // namespace Cli
