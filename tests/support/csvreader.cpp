#include "tests/support/csvreader.h"

namespace TestSupport {

std::optional<QList<QStringList>> parseCsv(const QByteArray &utf8)
{
    const QString text = QString::fromUtf8(utf8);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty())
                return std::nullopt; // a quote inside an unquoted field is not RFC 4180
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldWasQuoted = false;
            ++i;
        } else if (c == u'\n' || c == u'\r') {
            return std::nullopt; // records end in CRLF; a bare line break must be quoted
        } else {
            if (fieldWasQuoted)
                return std::nullopt;
            field += c;
        }
    }
    if (quoted)
        return std::nullopt;
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace TestSupport
