#include "core/pricing/costcalculator.h"

#include <QLoggingCategory>

#include <algorithm>

namespace Pricing {

namespace {

Q_LOGGING_CATEGORY(lcPricing, "tollgate.pricing")

using Common::Int128;
using Common::Money;

Cost unpriced()
{
    return Cost{std::nullopt, Ledger::CostStatus::Unpriced, {}};
}

template<typename T>
void overlay(std::optional<T> &base, const std::optional<T> &tier)
{
    if (tier)
        base = tier;
}

// Anthropic's 1-hour write is 2.00 / 1.25 = 1.6 times its 5-minute write. To keep the whole sum exact,
// every product is scaled by the denominator 5 and the 1.6 case adds tokens x rate x 8.
constexpr Int128 Scale = 5;
constexpr Int128 OneHourFromFiveMinute = 8; // 1.6 x Scale
constexpr Int128 OneHourFromInput = 10;     // 2 x Scale

} // namespace

RateSet CostCalculator::effectiveRates(const PriceRecord &price, qint64 inputTokens)
{
    RateSet rates = price.base;
    // Tiers are ascending, so the last one whose threshold is exceeded is the highest that matches.
    const auto tier = std::find_if(price.tiers.crbegin(), price.tiers.crend(),
                                   [inputTokens](const PriceTier &t) { return inputTokens > t.aboveTokens; });
    if (tier == price.tiers.crend())
        return rates;
    overlay(rates.input, tier->rates.input);
    overlay(rates.cacheRead, tier->rates.cacheRead);
    overlay(rates.cacheWrite5m, tier->rates.cacheWrite5m);
    overlay(rates.cacheWrite1h, tier->rates.cacheWrite1h);
    overlay(rates.output, tier->rates.output);
    overlay(rates.reasoning, tier->rates.reasoning);
    return rates;
}

Cost CostCalculator::compute(const Common::TokenUsage &usage, const std::optional<PriceRecord> &price)
{
    if (!price)
        return unpriced();
    const RateSet rates = effectiveRates(*price, usage.inputTokens);
    if (!rates.input && !rates.output)
        return unpriced();

    Cost cost;
    cost.status = Ledger::CostStatus::Exact;
    Int128 scaledSum = 0; // sum of tokens x nanos-per-1M x Scale
    bool overflowed = false;
    const auto add = [&scaledSum, &overflowed](qint64 tokens, Money rate, Int128 factor = Scale) {
        // tokens x rate always fits 128 bits; times the factor and summed it might not, for counts
        // and rates near 2^63 (a broken usage report, or a price set before rates were bounded).
        Int128 term = 0;
        overflowed |= __builtin_mul_overflow(static_cast<Int128>(tokens) * rate.nanos(), factor, &term)
                      || __builtin_add_overflow(scaledSum, term, &scaledSum);
    };
    const auto fallBack = [&cost](const QString &what) {
        cost.status = Ledger::CostStatus::Estimated;
        cost.fallbacks.append(what);
    };

    // Counts that contradict each other (cache parts larger than the total) cannot be billed as reported.
    const qint64 cacheRead = std::max<qint64>(usage.cachedInputTokens, 0);
    const qint64 cacheWrite = std::max<qint64>(usage.cacheWriteTokens, 0);
    const qint64 write1h = std::clamp<qint64>(usage.cacheWrite1hTokens, 0, cacheWrite);
    const qint64 write5m = cacheWrite - write1h;
    qint64 uncached = usage.inputTokens - cacheRead - cacheWrite;
    if (uncached < 0) {
        fallBack(QStringLiteral("input=cache_parts_exceed_total"));
        uncached = 0;
    }
    const qint64 output = std::max<qint64>(usage.outputTokens, 0);
    const qint64 reasoning = std::clamp<qint64>(usage.reasoningTokens, 0, output);

    // A rate is needed only for tokens that were actually used: a chat model without a cache-write
    // price is still exact for requests that wrote no cache.
    if (uncached > 0) {
        if (!rates.input)
            return unpriced();
        add(uncached, *rates.input);
    }
    if (cacheRead > 0) {
        if (rates.cacheRead) {
            add(cacheRead, *rates.cacheRead);
        } else if (rates.input) {
            fallBack(QStringLiteral("cache_read=input"));
            add(cacheRead, *rates.input);
        } else {
            return unpriced();
        }
    }
    if (write5m > 0) {
        if (rates.cacheWrite5m) {
            add(write5m, *rates.cacheWrite5m);
        } else if (rates.input) {
            fallBack(QStringLiteral("cache_write_5m=input"));
            add(write5m, *rates.input);
        } else {
            return unpriced();
        }
    }
    if (write1h > 0) {
        if (rates.cacheWrite1h) {
            add(write1h, *rates.cacheWrite1h);
        } else if (rates.cacheWrite5m) {
            fallBack(QStringLiteral("cache_write_1h=cache_write_5m*1.6"));
            add(write1h, *rates.cacheWrite5m, OneHourFromFiveMinute);
        } else if (rates.input) {
            fallBack(QStringLiteral("cache_write_1h=input*2"));
            add(write1h, *rates.input, OneHourFromInput);
        } else {
            return unpriced();
        }
    }
    if (output > 0) {
        if (!rates.output)
            return unpriced();
        add(output - reasoning, *rates.output);
        add(reasoning, rates.reasoning.value_or(*rates.output));
    }

    // One rounding for the whole request, half away from zero.
    constexpr Int128 Divisor = Int128(1'000'000) * Scale;
    const Int128 half = Divisor / 2;
    const Int128 nanos = scaledSum >= 0 ? (scaledSum + half) / Divisor : (scaledSum - half) / Divisor;
    // A cost beyond Money::maxAmount() is booked as exactly that, marked estimated: never wrapped or
    // dropped, so that it still counts against (and, as no cap can be larger, exhausts) every cap.
    if (overflowed || nanos > Money::maxAmount().nanos()) {
        qCWarning(lcPricing).noquote() << "the cost of" << usage.inputTokens << "input and" << usage.outputTokens
                                       << "output tokens of" << price->model << "is beyond"
                                       << Money::maxAmount().toUsdString(0) << "; booked at that maximum";
        fallBack(QStringLiteral("cost=capped_at_maximum"));
        cost.amount = Money::maxAmount();
        return cost;
    }
    cost.amount = Money::fromNanos(static_cast<qint64>(nanos));
    return cost;
}

} // namespace Pricing
