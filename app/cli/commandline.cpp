#include "app/cli/commandline.h"

#include "app/cli/commandcontext.h"
#include "app/cli/creditcommand.h"
#include "app/cli/democommand.h"
#include "app/cli/keyscommand.h"
#include "app/cli/pricescommand.h"
#include "app/cli/providerscommand.h"
#include "app/cli/reportcommands.h"
#include "app/cli/servecommand.h"
#include "core/settings/datadirectory.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextStream>

namespace Cli {

GlobalOptions GlobalOptions::parse(const QStringList &arguments)
{
    GlobalOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--data" || argument.startsWith(QStringLiteral("--data="))) {
            if (argument == u"--data" && i + 1 >= arguments.size()) {
                options.error = QStringLiteral("--data needs a directory");
                return options;
            }
            options.dataDir = argument == u"--data" ? arguments.at(++i) : argument.mid(7);
            // An empty value is most likely an unset shell variable ("--data $DIR"): falling back to the
            // default would read and write the user's own ledger instead of the one the script meant.
            if (options.dataDir.trimmed().isEmpty()) {
                options.error = QStringLiteral("--data needs a directory, and the one given is empty");
                return options;
            }
        } else if (argument == u"--version" || argument == u"-v") {
            options.showVersion = true;
        } else if (argument == u"--help" || argument == u"-h") {
            options.showHelp = true;
        } else if (argument.startsWith(u'-')) {
            options.error = QStringLiteral("unknown option \"%1\" (see tollgate --help)").arg(argument);
            return options;
        } else {
            options.command = argument;
            options.commandArguments = arguments.mid(i + 1);
            return options;
        }
    }
    return options;
}

QString globalHelpText()
{
    return QStringLiteral(
        "Usage: tollgate [--data DIR] [COMMAND ...]\n"
        "\n"
        "Tollgate meters, caps and books every LLM API call made through its local gateway.\n"
        "Without a command it opens the window; without a display it runs the gateway alone, as serve does.\n"
        "\n"
        "Commands (each takes --help):\n"
        "  keys create|update|list|show|revoke|rotate   client keys and their limits\n"
        "  credit add|show|off                          the credit wallet\n"
        "  providers add|update|list|remove             upstream providers\n"
        "  prices show|set|import                       prices in USD per 1M tokens\n"
        "  report                                       spend and tokens, grouped\n"
        "  traces                                       traced requests\n"
        "  serve                                        the gateway without a window\n"
        "  demo                                         fill an empty data directory with demo traffic\n"
        "\n"
        "Options:\n"
        "  --data DIR    data directory (default: $TOLLGATE_DATA, else the platform's app-data folder)\n"
        "  -v, --version print the version\n"
        "  -h, --help    print this help\n"
        "\n"
        "Exit status: 0 success, 2 usage error, 1 any other error.\n");
}

int runCommand(const GlobalOptions &options)
{
    QTextStream err(stderr);
    if (!options.error.isEmpty()) {
        err << "tollgate: " << options.error << Qt::endl;
        return UsageError;
    }
    // Opens nothing until a command asks for the ledger; its finish() turns output that could not be
    // written into exit 1, for the help and the version as for every command.
    CommandContext context(Settings::DataDirectory::resolve(options.dataDir));
    const auto print = [&context](const QString &text) {
        context.out() << text;
        return context.finish(Success);
    };
    // Before a command, --version still only prints the version, and --help the command's help: running
    // "tollgate --version keys revoke ci" as if the option were not there would be a surprise.
    if (options.showVersion)
        return print(QStringLiteral("tollgate %1\n").arg(QCoreApplication::applicationVersion()));
    if (options.showHelp && options.command.isEmpty())
        return print(globalHelpText());

    using Command = int (*)(CommandContext &, const QStringList &);
    static const QHash<QString, Command> commands{
        {QStringLiteral("keys"), &runKeysCommand},         {QStringLiteral("credit"), &runCreditCommand},
        {QStringLiteral("providers"), &runProvidersCommand}, {QStringLiteral("prices"), &runPricesCommand},
        {QStringLiteral("report"), &runReportCommand},     {QStringLiteral("traces"), &runTracesCommand},
        {QStringLiteral("serve"), &runServeCommand},       {QStringLiteral("demo"), &runDemoCommand},
    };
    const QString &command = options.command;
    if (const Command run = commands.value(command)) {
        const QStringList arguments =
            options.showHelp ? options.commandArguments + QStringList{QStringLiteral("--help")} : options.commandArguments;
        return context.finish(run(context, arguments));
    }
    if (command == u"help")
        return print(globalHelpText());
    err << "tollgate: unknown command \"" << command << "\" (see tollgate --help)" << Qt::endl;
    return UsageError;
}

} // namespace Cli
