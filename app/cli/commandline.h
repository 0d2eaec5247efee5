#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Cli {

/**
 * The global part of `tollgate [--data DIR] [--version] [--help] COMMAND ...`: what comes before the
 * command word. Parsed by hand because each command has its own parser for what follows.
 */
struct GlobalOptions
{
    QString dataDir;          // as given; empty when not given
    QString command;          // empty: open the window (or serve headless)
    QStringList commandArguments;
    bool showVersion = false;
    bool showHelp = false;
    QString error;            // a usage error in the global part

    static GlobalOptions parse(const QStringList &arguments); // without the program name
};

/** Runs a command under QCoreApplication and returns the process exit code. */
int runCommand(const GlobalOptions &options);

QString globalHelpText();

} // namespace Cli
