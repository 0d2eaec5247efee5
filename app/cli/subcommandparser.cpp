#include "app/cli/subcommandparser.h"

#include <QTextStream>

#include <cstdio>

namespace Cli {

SubcommandParser::SubcommandParser(const QString &command, const QString &description)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")));
}

void SubcommandParser::addValueOption(const QString &name, const QString &valueName, const QString &description)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
}

void SubcommandParser::addFlag(const QString &name, const QString &description)
{
    m_parser.addOption(QCommandLineOption(name, description));
}

void SubcommandParser::addPositional(const QString &name, const QString &description, bool optional)
{
    m_parser.addPositionalArgument(name, description, optional ? u'[' + name + u']' : name);
    m_positionalNames.append(name);
    if (!optional)
        ++m_requiredPositionals;
}

QString SubcommandParser::describeParseError() const
{
    // In the words of the other errors ("tollgate: keys show: …"), not Qt's "Unknown option 'data'.",
    // and a global option given after the command says where it goes.
    const QStringList unknown = m_parser.unknownOptionNames();
    if (unknown.isEmpty()) {
        QString text = m_parser.errorText().replace(u'\n', u' ').trimmed();
        if (text.endsWith(u'.'))
            text.chop(1);
        if (!text.isEmpty())
            text[0] = text.at(0).toLower();
        return m_command + QStringLiteral(": ") + text;
    }
    const QString &name = unknown.constFirst();
    const QString option = (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    if (name == u"data")
        return QStringLiteral("%1: --data goes before the command: tollgate --data DIR %1 …").arg(m_command);
    return QStringLiteral("%1: unknown option %2 (see tollgate %1 --help)").arg(m_command, option);
}

bool SubcommandParser::parse(const QStringList &arguments)
{
    // QCommandLineParser expects the program name first; our synopsis names the command instead.
    if (!m_parser.parse(QStringList{QStringLiteral("tollgate ") + m_command} + arguments)) {
        m_error = describeParseError();
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt writes argv[0] into the synopsis; show the command the user typed instead.
        QString help = m_parser.helpText();
        const qsizetype lineEnd = help.indexOf(u'\n');
        const qsizetype options = help.indexOf(QStringLiteral(" [options]"));
        if (options >= 0 && options < lineEnd)
            help.replace(0, options, QStringLiteral("Usage: tollgate [--data DIR] ") + m_command);
        QTextStream(stdout) << help;
        m_helpShown = true;
        return true;
    }
    const QStringList positionals = m_parser.positionalArguments();
    if (positionals.size() < m_requiredPositionals) {
        m_error = QStringLiteral("%1: missing %2").arg(m_command, m_positionalNames.at(positionals.size()));
        return false;
    }
    if (positionals.size() > m_positionalNames.size()) {
        m_error = QStringLiteral("%1: unexpected argument \"%2\"").arg(m_command, positionals.at(m_positionalNames.size()));
        return false;
    }
    return true;
}

std::optional<QString> SubcommandParser::value(const QString &name) const
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    return m_parser.value(name);
}

QString SubcommandParser::positional(int index) const
{
    const QStringList positionals = m_parser.positionalArguments();
    return index < positionals.size() ? positionals.at(index) : QString();
}

} // namespace Cli
