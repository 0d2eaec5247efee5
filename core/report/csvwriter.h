#pragma once

#include <QByteArray>
#include <QStringList>

namespace Report {

/**
 * RFC 4180 CSV: CRLF line ends; a field with a comma, quote, CR or LF is quoted, quotes doubled. A text
 * field a spreadsheet would run as a formula (it starts with =, +, -, @, tab or CR and is not a number)
 * gets a leading apostrophe.
 */
class CsvWriter final
{
public:
    static QByteArray row(const QStringList &fields);
    static QString field(const QString &value);
};

} // namespace Report
