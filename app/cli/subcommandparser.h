#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace Cli {

/**
 * QCommandLineParser set up for one subcommand ("keys create"): its options, its positional
 * arguments and a --help. parse() leaves a one-line error that names the problem.
 */
class SubcommandParser final
{
public:
    SubcommandParser(const QString &command, const QString &description);

    void addValueOption(const QString &name, const QString &valueName, const QString &description);
    void addFlag(const QString &name, const QString &description);
    void addPositional(const QString &name, const QString &description, bool optional = false);

    /** `arguments` excludes the program and command words. False on a usage error (see error()). */
    bool parse(const QStringList &arguments);
    /** True when --help was given; the help text was printed to stdout. */
    bool helpShown() const { return m_helpShown; }
    QString error() const { return m_error; }

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    std::optional<QString> value(const QString &name) const;
    QString positional(int index) const;

private:
    QString describeParseError() const;
    QCommandLineParser m_parser;
    QString m_command;
    QStringList m_positionalNames;
    int m_requiredPositionals = 0;
    QString m_error;
    bool m_helpShown = false;
};

} // namespace Cli
