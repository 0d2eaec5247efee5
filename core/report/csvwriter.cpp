#include "core/report/csvwriter.h"

namespace Report {

namespace {

// "-1.500000000", "42": what the exports' number columns hold.
bool isPlainNumber(const QString &value)
{
    qsizetype i = (value.startsWith(u'-') || value.startsWith(u'+')) ? 1 : 0;
    bool digitSeen = false;
    bool pointSeen = false;
    for (; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isDigit() && c.unicode() < 128)
            digitSeen = true;
        else if (c == u'.' && !pointSeen)
            pointSeen = true;
        else
            return false;
    }
    return digitSeen;
}

// Spreadsheets run a cell that starts with one of these as a formula, quoted or not, and model
// and key names come from whoever holds a key (OWASP's "CSV injection"); "+1" as a name would become 1.
bool startsLikeAFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

} // namespace

QString CsvWriter::field(const QString &value, Kind kind)
{
    // A leading apostrophe makes the spreadsheet show such a cell as the text it is.
    const bool guard = kind == Kind::Text ? startsLikeAFormula(value)
                       : kind == Kind::Either ? startsLikeAFormula(value) && !isPlainNumber(value)
                                              : false;
    const QString text = guard ? u'\'' + value : value;
    // RFC 4180 §2.6/2.7: fields containing a separator, quote or line break are enclosed in
    // double quotes, and a quote inside is escaped by doubling it.
    const bool needsQuotes = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray CsvWriter::row(const QStringList &fields, const QList<Kind> &kinds)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += field(fields.at(i), kinds.value(i, Kind::Either));
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}

} // namespace Report
