#include "ui/common/usdtext.h"

#include <QLocale>
#include <QObject>

namespace Ui {

namespace {

enum class Rounding { HalfAwayFromZero, TowardZero };

constexpr qint64 Cent = Common::Money::NanosPerUsd / 100;
constexpr qint64 ThreeSignificantDigits = 1000; // what is left of an amount under a cent, in units

/** `amount` at the precision it is shown with: cents from a cent up, three significant digits under one. */
Common::Money rounded(Common::Money amount, Rounding rounding)
{
    const qint64 magnitude = amount.isNegative() ? -amount.nanos() : amount.nanos();
    qint64 unit = Cent;
    if (magnitude < Cent) {
        unit = 1;
        while (magnitude / unit >= ThreeSignificantDigits)
            unit *= 10;
    }
    const qint64 half = rounding == Rounding::HalfAwayFromZero ? unit / 2 : 0;
    const qint64 result = (magnitude + half) / unit * unit;
    return Common::Money::fromNanos(amount.isNegative() ? -result : result);
}

} // namespace

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
    return format(rounded(amount, Rounding::HalfAwayFromZero));
}

QString UsdText::spendTowards(Common::Money spent, Common::Money cap)
{
    const Common::Money shown = rounded(spent, Rounding::HalfAwayFromZero);
    if (spent < cap && shown >= cap)
        return format(rounded(spent, Rounding::TowardZero)); // never more than was spent, so under the cap
    if (spent >= cap && shown < cap)
        return format(spent); // a cap with more digits than cents: exact, so that it reads as reached
    return format(shown);
}

QString UsdText::editable(Common::Money amount, int minDecimals)
{
    return amount.toShortString(minDecimals).replace(u'.', QLocale().decimalPoint());
}

QString UsdText::typedAmount(QString text)
{
    text = text.trimmed();
    if (text.startsWith(u'$'))
        text = text.mid(1).trimmed();
    const QLocale locale;
    // In German "1.000" is a thousand and "2.50" most likely meant 2,50: a group separator cannot be read
    // for sure either way, so the text is refused rather than guessed at (it had read "1.000" as $1).
    if (locale.groupSeparator() != locale.decimalPoint() && text.contains(locale.groupSeparator()))
        return QString();
    text.replace(locale.decimalPoint(), QStringLiteral("."));
    return text;
}

} // namespace Ui
