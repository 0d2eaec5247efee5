#include "core/common/money.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Common {

std::optional<Money> Money::fromDecimalString(QStringView usd)
{
    QStringView text = usd.trimmed();
    bool negative = false;
    if (text.startsWith(u'-') || text.startsWith(u'+')) {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    const qsizetype point = text.indexOf(u'.');
    const QStringView whole = point < 0 ? text : text.left(point);
    const QStringView fraction = point < 0 ? QStringView() : text.mid(point + 1);
    if ((whole.isEmpty() && fraction.isEmpty()) || fraction.size() > 9)
        return std::nullopt;

    // Accumulate in 128 bits so that an over-long number is detected instead of wrapping.
    Int128 nanos = 0;
    for (const QChar c : whole) {
        if (!c.isDigit() || c.unicode() > u'9')
            return std::nullopt;
        nanos = nanos * 10 + (c.unicode() - u'0');
        if (nanos > std::numeric_limits<qint64>::max() / NanosPerUsd)
            return std::nullopt;
    }
    nanos *= NanosPerUsd;
    qint64 scale = NanosPerUsd / 10;
    for (const QChar c : fraction) {
        if (!c.isDigit() || c.unicode() > u'9')
            return std::nullopt;
        nanos += (c.unicode() - u'0') * scale;
        scale /= 10;
    }
    if (nanos > std::numeric_limits<qint64>::max())
        return std::nullopt;
    return Money(negative ? -static_cast<qint64>(nanos) : static_cast<qint64>(nanos));
}

Result<Money> Money::parseAmount(QStringView typed, Money maximum)
{
    const auto invalid = [typed](const QString &why) {
        return makeError(Error::Code::Invalid, QStringLiteral("\"%1\" %2").arg(typed, why));
    };
    // "$5" as well as "5": amounts are written so, and the window takes both. (Quoted in a shell.)
    QStringView usd = typed.trimmed();
    if (usd.startsWith(u'$'))
        usd = usd.mid(1);
    const QString overMaximum = QStringLiteral("is over the maximum of ") + maximum.toUsdString(0);
    if (const std::optional<Money> amount = fromDecimalString(usd)) {
        if (*amount > maximum)
            return invalid(overMaximum);
        return *amount;
    }
    // fromDecimalString() refused it; find out which rule the text broke, for the message.
    const QStringView text = usd.trimmed();
    const QStringView unsignedText = text.startsWith(u'-') || text.startsWith(u'+') ? text.mid(1) : text;
    const bool wellFormed = !unsignedText.isEmpty() && unsignedText != u"." && unsignedText.count(u'.') <= 1
                            && std::all_of(unsignedText.begin(), unsignedText.end(), [](QChar c) {
                                   return c == u'.' || (c.unicode() >= u'0' && c.unicode() <= u'9');
                               });
    if (!wellFormed)
        return invalid(QStringLiteral("is not an amount of USD"));
    const qsizetype point = unsignedText.indexOf(u'.');
    if (point >= 0 && unsignedText.size() - point - 1 > 9)
        return invalid(QStringLiteral("has more than 9 decimals (the smallest amount is $0.000000001)"));
    return invalid(overMaximum);
}

std::optional<Money> Money::fromUsdPerTokenPerMillion(double usdPerToken)
{
    // USD per token × 1e6 tokens × 1e9 nanos; the map's values have at most ~15 significant digits,
    // which a double carries, so rounding the product recovers the posted decimal exactly.
    const double nanosPerMillion = std::round(usdPerToken * 1e15);
    if (!std::isfinite(nanosPerMillion) || std::fabs(nanosPerMillion) > 9.0e18)
        return std::nullopt;
    return Money(static_cast<qint64>(nanosPerMillion));
}

QString Money::toDecimalString() const
{
    const bool negative = m_nanos < 0;
    // Work on the unsigned magnitude: -INT64_MIN does not fit a qint64.
    const quint64 magnitude = negative ? quint64(0) - static_cast<quint64>(m_nanos) : static_cast<quint64>(m_nanos);
    const QString fraction = QString::number(magnitude % NanosPerUsd).rightJustified(9, u'0');
    return (negative ? QStringLiteral("-") : QString()) + QString::number(magnitude / NanosPerUsd) + u'.' + fraction;
}

QString Money::toShortString(int minDecimals) const
{
    QString text = toDecimalString();
    const qsizetype point = text.indexOf(u'.');
    qsizetype keep = text.size();
    while (keep > point + 1 + minDecimals && text.at(keep - 1) == u'0')
        --keep;
    if (minDecimals == 0 && keep == point + 1)
        --keep;
    text.truncate(keep);
    return text;
}

QString Money::toUsdString(int minDecimals) const
{
    // Money::smallest() is -largest(), so the magnitude of any amount that is not INT64_MIN fits.
    if (isNegative())
        return u"-$" + saturated(-Int128(m_nanos)).toShortString(minDecimals);
    return u'$' + toShortString(minDecimals);
}

Money Money::costOfTokens(qint64 tokens) const
{
    constexpr Int128 TokensPerMillion = 1'000'000;
    const Int128 product = static_cast<Int128>(tokens) * m_nanos;
    const Int128 half = TokensPerMillion / 2;
    const Int128 rounded = product >= 0 ? (product + half) / TokensPerMillion : (product - half) / TokensPerMillion;
    return saturated(rounded);
}

} // namespace Common
