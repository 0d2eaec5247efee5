#pragma once

#include "core/common/result.h"

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <compare>
#include <limits>
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
    /** The largest amount a Money holds, $9223372036.854775807; sums stop here instead of wrapping. */
    static constexpr Money largest() { return Money(std::numeric_limits<qint64>::max()); }
    /**
     * The largest amount a user may enter: a credit top-up, the credit balance, a key's max spend.
     * $1,000,000,000 leaves room below largest() for sums of such amounts and of request costs,
     * which CostCalculator never lets exceed it either.
     */
    static constexpr Money maxAmount() { return Money(1'000'000'000 * NanosPerUsd); }
    /** The smallest, -largest() (not INT64_MIN, so that negating never overflows). */
    static constexpr Money smallest() { return Money(-std::numeric_limits<qint64>::max()); }
    /** `nanos` clamped to [smallest(), largest()]: for results worked out in 128 bits. */
    static constexpr Money saturated(Int128 nanos)
    {
        constexpr Int128 Largest = std::numeric_limits<qint64>::max();
        return Money(static_cast<qint64>(nanos > Largest ? Largest : nanos < -Largest ? -Largest : nanos));
    }
    /** Parses "12", "-0.5", "0.000000001": at most nine digits after the point, nothing else. */
    static std::optional<Money> fromDecimalString(QStringView usd);
    /**
     * Parses an amount a user typed, like fromDecimalString() but with or without a leading "$", and
     * refuses one above `maximum` saying why: "\"1e3\" is not an amount of USD", "... has more than 9
     * decimals ...", "... is over the maximum of $1000000000". The caller names the field in front of the message.
     */
    static Result<Money> parseAmount(QStringView typed, Money maximum);
    /** Rounds a per-token USD price (as the community price map writes it) to nanos per 1M tokens. */
    static std::optional<Money> fromUsdPerTokenPerMillion(double usdPerToken);

    constexpr qint64 nanos() const { return m_nanos; }
    /** Decimal USD with exactly nine digits after the point: "0.000123450". */
    QString toDecimalString() const;
    /** Decimal USD with trailing zeros trimmed to at least `minDecimals` places: "2.50". */
    QString toShortString(int minDecimals = 2) const;
    /** toShortString() behind a dollar sign, the minus in front of it: "$2.50", "-$0.99". */
    QString toUsdString(int minDecimals = 2) const;

    constexpr bool isZero() const { return m_nanos == 0; }
    constexpr bool isNegative() const { return m_nanos < 0; }

    // Sums and differences saturate at largest() and smallest() rather than wrap: a spend that
    // wrapped would turn negative and never reach its cap, one that stops at the top still does.
    constexpr Money operator+(Money other) const { return saturated(Int128(m_nanos) + other.m_nanos); }
    constexpr Money operator-(Money other) const { return saturated(Int128(m_nanos) - other.m_nanos); }
    constexpr Money operator-() const { return saturated(-Int128(m_nanos)); }
    constexpr Money &operator+=(Money other) { return *this = *this + other; }
    constexpr Money &operator-=(Money other) { return *this = *this - other; }
    constexpr auto operator<=>(const Money &) const = default;

    /**
     * Cost of `tokens` at this rate per one million tokens, rounded half away from zero to the
     * nano-dollar. Computed in 128 bits, so no token count or rate can overflow it; a cost beyond
     * the range saturates at largest() (or smallest()).
     */
    Money costOfTokens(qint64 tokens) const;

private:
    constexpr explicit Money(qint64 nanos) : m_nanos(nanos) {}
    qint64 m_nanos = 0;
};

} // namespace Common

Q_DECLARE_METATYPE(Common::Money)
