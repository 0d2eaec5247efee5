#include "ui/common/datetext.h"

#include <QLocale>

namespace Ui {

QString DateText::dayMonth(const QDate &date)
{
    return QLocale().toString(date, tr("d MMM"));
}

QString DateText::dayMonthYear(const QDate &date)
{
    return QLocale().toString(date, tr("d MMM yyyy"));
}

QString DateText::weekdayDayMonth(const QDate &date)
{
    return QLocale().toString(date, tr("ddd d MMM"));
}

} // namespace Ui
