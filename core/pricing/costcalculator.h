#pragma once

#include "core/common/money.h"
#include "core/common/tokenusage.h"
#include "core/ledger/tracerecord.h"
#include "core/pricing/pricerecord.h"

#include <QStringList>

#include <optional>

namespace Pricing {

/** The price of one request. `amount` is nullopt exactly when `status` is Unpriced. */
struct Cost
{
    std::optional<Common::Money> amount;
    Ledger::CostStatus status = Ledger::CostStatus::Unpriced;
    QStringList fallbacks; // which missing rates were replaced, e.g. "cache_read=input"; empty when exact
};

/**
 * Turns normalised token usage and a price into money (shared/api-formats.md §8, with the fallbacks of
 * §8.7 instead of LiteLLM's "missing rate = free"):
 * - the long-context tier is chosen by total input (cache tokens included) and applies to the whole
 *   request; a rate the tier lacks is the base rate;
 * - a missing cache-read or 5-minute cache-write rate is the input rate, a missing 1-hour write rate is
 *   the 5-minute rate x 1.6 or else 2 x input; each such fallback makes the cost Estimated;
 * - reasoning tokens without their own rate are output tokens (the documented rule: still Exact);
 * - no price, no input and output rate, or output tokens without an output rate: Unpriced.
 * All products are summed exactly in 128 bits and rounded once, half away from zero, to the nano-dollar.
 * A cost above Money::maxAmount() (or one too large for 128 bits) is that maximum, Estimated, with the
 * fallback "cost=capped_at_maximum" and a warning in the log.
 */
class CostCalculator final
{
public:
    static Cost compute(const Common::TokenUsage &usage, const std::optional<PriceRecord> &price);

    /** The rates that apply to a request with `inputTokens` of total input: the base overlaid by the tier. */
    static RateSet effectiveRates(const PriceRecord &price, qint64 inputTokens);
};

} // namespace Pricing
