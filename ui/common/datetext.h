#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Ui {

/**
 * Short dates as the window's language writes them. The patterns are translated with the rest of the
 * window: "28 Aug" is "28. Aug." in German and "8月28日" in Japanese, where a fixed "d MMM" read "28 8月".
 */
class DateText final
{
    Q_DECLARE_TR_FUNCTIONS(Ui::DateText)

public:
    static QString dayMonth(const QDate &date);        // 28 Aug
    static QString dayMonthYear(const QDate &date);    // 28 Aug 2026
    static QString weekdayDayMonth(const QDate &date); // Fri 28 Aug
};

} // namespace Ui
