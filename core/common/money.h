#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace Common {

// 128-bit intermediate for exact products of token counts and rates (a GCC/Clang extension).
__extension__ typedef __int128 Int128;

/**
 * An amount of US dollars as a whole number of nano-dollars (1e-9 USD).
 *
 * Money is never a floating-point number: sums of any length are exact, and the decimal text form
 * round-trips. The same type expresses a price per one million tokens, where one nano-dollar per 1M
 * tokens is 1e-15 USD per token, finer than any posted price.
 */
class Money final
{
public:
    static constexpr qint64 NanosPerUsd = 1'000'000'000;

    constexpr Money() = default;
    static constexpr Money fromNanos(qint64 nanos) { return Money(nanos); }
    /** Parses "12", "-0.5", "0.000000001": at most nine digits after the point, nothing else. */
    static std::optional<Money> fromDecimalString(QStringView usd);
    /** Rounds a per-token USD price (as the community price map writes it) to nanos per 1M tokens. */
    static std::optional<Money> fromUsdPerTokenPerMillion(double usdPerToken);

    constexpr qint64 nanos() const { return m_nanos; }
    /** Decimal USD with exactly nine digits after the point: "0.000123450". */
    QString toDecimalString() const;
    /** Decimal USD with trailing zeros trimmed to at least `minDecimals` places: "2.50". */
    QString toShortString(int minDecimals = 2) const;

    constexpr bool isZero() const { return m_nanos == 0; }
    constexpr bool isNegative() const { return m_nanos < 0; }

    constexpr Money operator+(Money other) const { return Money(m_nanos + other.m_nanos); }
    constexpr Money operator-(Money other) const { return Money(m_nanos - other.m_nanos); }
    constexpr Money operator-() const { return Money(-m_nanos); }
    constexpr Money &operator+=(Money other) { m_nanos += other.m_nanos; return *this; }
    constexpr Money &operator-=(Money other) { m_nanos -= other.m_nanos; return *this; }
    constexpr auto operator<=>(const Money &) const = default;

    /**
     * Cost of `tokens` at this rate per one million tokens, rounded half away from zero to the
     * nano-dollar. Computed in 128 bits, so no token count or rate can overflow it.
     */
    Money costOfTokens(qint64 tokens) const;

private:
    constexpr explicit Money(qint64 nanos) : m_nanos(nanos) {}
    qint64 m_nanos = 0;
};

} // namespace Common

Q_DECLARE_METATYPE(Common::Money)
