#include "core/report/csvwriter.h"

namespace Report {

QString CsvWriter::field(const QString &value)
{
    // RFC 4180 §2.6/2.7: fields containing a separator, quote or line break are enclosed in
    // double quotes, and a quote inside is escaped by doubling it.
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r');
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray CsvWriter::row(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += field(fields.at(i));
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}

} // namespace Report
