#include "app/cli/commandline.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <memory>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("tollgate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOLLGATE_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
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

    QApplication app(argc, argv);
    describeApplication();
    Ui::MainWindow window;
    window.show();
    return app.exec();
}
