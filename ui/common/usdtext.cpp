#include "ui/common/usdtext.h"

#include <QLocale>
#include <QObject>

namespace Ui {

QString UsdText::format(Common::Money amount)
{
    // Built from the exact decimal text, never through a double: only the grouping and the decimal
    // point come from the locale.
    const bool negative = amount.isNegative();
    const QString digits = (negative ? -amount : amount).toShortString(2);
    const qsizetype point = digits.indexOf(u'.');
    const QLocale locale;
    QString text = locale.toString(digits.left(point).toLongLong());
    if (point >= 0)
        text += locale.decimalPoint() + digits.mid(point + 1);
    return (negative ? QStringLiteral("-$") : QStringLiteral("$")) + text;
}

QString UsdText::cents(Common::Money amount)
{
    const qint64 cent = Common::Money::NanosPerUsd / 100;
    const qint64 nanos = amount.nanos();
    if (nanos != 0 && nanos > -cent / 2 && nanos < cent / 2)
        return QStringLiteral("< ") + format(Common::Money::fromNanos(nanos > 0 ? cent : -cent)); // locale's decimal point
    const qint64 rounded = (nanos >= 0 ? nanos + cent / 2 : nanos - cent / 2) / cent * cent;
    return format(Common::Money::fromNanos(rounded));
}

} // namespace Ui
