#include "core/limits/spendguard.h"

#include "core/pricing/costcalculator.h"

#include <algorithm>

namespace Limits {

using Common::Int128;
using Common::Money;

void SpendGuard::setKeySpend(qint64 keyId, Money settled)
{
    m_keys[keyId].settled = settled;
}

void SpendGuard::setCredit(bool enabled, Money toppedUp, Money spentInPeriod)
{
    m_creditEnabled = enabled;
    m_toppedUp = toppedUp;
    m_spentInPeriod = spentInPeriod;
}

SpendGuard::Admission SpendGuard::admit(qint64 keyId, std::optional<Money> maxSpend, Money worstCase)
{
    // The rule is "below the ceiling before this request", not "room for its worst case": a request
    // that might cost more than what is left still runs, and that one request is the only overshoot.
    if (m_creditEnabled && creditAvailable() <= Money())
        return Admission{Outcome::CreditExhausted, 0, m_toppedUp - m_spentInPeriod > Money()};
    KeyState &key = m_keys[keyId];
    if (maxSpend && key.settled + Money::saturated(key.reserved) >= *maxSpend)
        return Admission{Outcome::KeySpendLimitReached, 0, key.settled < *maxSpend};

    const Money amount = std::max(worstCase, Money());
    const ReservationId id = m_nextReservation++;
    m_reservations.insert(id, Reservation{keyId, amount});
    key.reserved += amount.nanos();
    m_reservedTotal += amount.nanos();
    return Admission{Outcome::Admitted, id};
}

void SpendGuard::settle(ReservationId reservation, std::optional<Money> actualCost)
{
    const auto it = m_reservations.constFind(reservation);
    if (it == m_reservations.cend())
        return;
    const Reservation held = *it;
    m_reservations.erase(it);

    KeyState &key = m_keys[held.keyId];
    key.reserved -= held.amount.nanos();
    m_reservedTotal -= held.amount.nanos();
    if (!actualCost)
        return;
    key.settled += *actualCost;
    if (m_creditEnabled)
        m_spentInPeriod += *actualCost;
}

qint64 SpendGuard::inputTokensAtMost(const Pricing::PriceRecord &price, qint64 requestBodyBytes, bool inputMayExceedBody)
{
    const qint64 bytes = std::max<qint64>(requestBodyBytes, 0);
    return inputMayExceedBody ? std::max(bytes, price.maxInputTokens.value_or(UnknownContextTokens)) : bytes;
}

Money SpendGuard::worstCaseCost(const Pricing::PriceRecord &price, qint64 inputTokensAtMost,
                                std::optional<qint64> maxOutputTokens, qint64 choices)
{
    const qint64 inputTokens = std::max<qint64>(inputTokensAtMost, 0);
    // A product of two 64-bit factors stays inside 128 bits.
    const Int128 outputTokens =
        Int128(std::max<qint64>(maxOutputTokens.value_or(price.maxOutputTokens.value_or(DefaultMaxOutputTokens)), 0))
        * std::max<qint64>(choices, 1);

    // The request falls in the base rates or in a tier whose threshold its input may exceed; any tier
    // above the input's bound is out of reach.
    QList<Pricing::RateSet> reachable = {Pricing::CostCalculator::effectiveRates(price, 0)};
    for (const Pricing::PriceTier &tier : price.tiers) {
        if (tier.aboveTokens < inputTokens)
            reachable.append(Pricing::CostCalculator::effectiveRates(price, tier.aboveTokens + 1));
    }

    // Rates in nanos per 1M tokens times 5, so that the calculator's 1.6 x fallback stays exact.
    constexpr Int128 Scale = 5;
    const auto scaled = [](const std::optional<Money> &rate, Int128 factor) -> Int128 {
        return rate ? Int128(rate->nanos()) * factor : 0;
    };
    Int128 inputRate = 0;
    Int128 outputRate = 0;
    for (const Pricing::RateSet &rates : std::as_const(reachable)) {
        // A model priced for 5-minute cache writes but not 1-hour ones is billed 1.6 x the 5-minute
        // rate for them. One priced for no cache writes at all is taken not to write caches.
        const Int128 write1h = rates.cacheWrite1h ? scaled(rates.cacheWrite1h, Scale) : scaled(rates.cacheWrite5m, 8);
        inputRate = std::max({inputRate, scaled(rates.input, Scale), scaled(rates.cacheRead, Scale),
                              scaled(rates.cacheWrite5m, Scale), write1h});
        outputRate = std::max({outputRate, scaled(rates.output, Scale), scaled(rates.reasoning, Scale)});
    }

    // Rates near 2^63 (set before rates were bounded) times a client's max_tokens can leave 128 bits:
    // such a request can cost no less than the most the calculator ever books, so it reserves that.
    const Int128 most = Money::maxAmount().nanos();
    Int128 inputPart = 0;
    Int128 outputPart = 0;
    Int128 scaledSum = 0;
    if (__builtin_mul_overflow(Int128(inputTokens), inputRate, &inputPart)
        || __builtin_mul_overflow(outputTokens, outputRate, &outputPart)
        || __builtin_add_overflow(inputPart, outputPart, &scaledSum))
        return Money::maxAmount();
    constexpr Int128 Divisor = Int128(1'000'000) * Scale;
    const Int128 nanos = std::max<Int128>((scaledSum + Divisor - 1) / Divisor, 0); // rounded up: a bound
    return Money::fromNanos(static_cast<qint64>(std::min(nanos, most)));
}

} // namespace Limits
