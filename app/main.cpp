#include "app/cli/commandline.h"
#include "app/windowapp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <csignal>
#include <memory>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("tollgate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOLLGATE_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef SIGXFSZ
    // A file size limit (ulimit -f) must make a write fail, which the ledger survives (it holds its
    // traces and refuses new requests until it can write), not kill the gateway in the middle of answers.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    const Cli::GlobalOptions options = Cli::GlobalOptions::parse(argumentsOf(argc, argv));
    // Commands never need a display: they run under QCoreApplication so that they work over SSH and
    // in scripts.
    if (!options.command.isEmpty() || options.showHelp || options.showVersion || !options.error.isEmpty()) {
        QCoreApplication app(argc, argv);
        describeApplication();
        // A command reports its own errors in one line on stderr; the modules' logs would only
        // repeat them. QT_LOGGING_RULES still turns them back on for debugging.
        QLoggingCategory::setFilterRules(QStringLiteral("tollgate.*=false"));
        return Cli::runCommand(options);
    }

    if (!hasDisplay()) {
        // Headless (a server, SSH, CI): without a window, Tollgate is its gateway.
        QCoreApplication app(argc, argv);
        describeApplication();
        QLoggingCategory::setFilterRules(QStringLiteral("tollgate.*.debug=false"));
        // Said, so that nobody waits for a window (QA: only "listening on" was printed).
        QTextStream(stderr) << "tollgate: no display, so no window: running the gateway alone, as 'tollgate serve' does "
                               "(stop it with Ctrl+C)\n";
        Cli::GlobalOptions serve = options;
        serve.command = QStringLiteral("serve");
        return Cli::runCommand(serve);
    }

    QApplication app(argc, argv);
    describeApplication();
    return App::runWindow(options.dataDir);
}
