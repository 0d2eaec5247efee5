#include "core/pricing/pricerecord.h"

namespace Pricing {

bool RateSet::isPlausible() const
{
    for (const auto &rate : {input, cacheRead, cacheWrite5m, cacheWrite1h, output, reasoning}) {
        if (rate && (rate->isNegative() || *rate > MaxRatePerMillion))
            return false;
    }
    return true;
}

} // namespace Pricing
