#include "core/common/money.h"

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

Money Money::costOfTokens(qint64 tokens) const
{
    constexpr Int128 TokensPerMillion = 1'000'000;
    const Int128 product = static_cast<Int128>(tokens) * m_nanos;
    const Int128 half = TokensPerMillion / 2;
    const Int128 rounded = product >= 0 ? (product + half) / TokensPerMillion : (product - half) / TokensPerMillion;
    return Money(static_cast<qint64>(rounded));
}

} // namespace Common
