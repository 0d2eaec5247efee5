#pragma once

#include <QByteArray>
#include <QStringList>

namespace Report {

/**
 * RFC 4180 CSV: CRLF line ends; a field with a comma, quote, CR or LF is quoted, quotes doubled. A text
 * field a spreadsheet would read as a formula or a number (it starts with =, +, -, @, tab or CR) gets a
 * leading apostrophe, so that it shows as the text it is.
 */
class CsvWriter final
{
public:
    /** What a column holds: a name ("+1" is still a name), a number (never changed), or either. */
    enum class Kind { Text, Number, Either };

    /** `kinds`, one per field where given; Either for the rest: formula-like text unless it is a number. */
    static QByteArray row(const QStringList &fields, const QList<Kind> &kinds = {});
    static QString field(const QString &value, Kind kind = Kind::Either);
};

} // namespace Report
