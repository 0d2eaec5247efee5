#include "core/limits/ratelimiter.h"

#include <algorithm>

namespace Limits {

using Common::Int128;

Decision RateLimiter::check(qint64 keyId, const Common::RateLimit &limit, qint64 nowMs)
{
    Decision decision;
    decision.limit = limit.count;
    const qint64 periodMs = limit.periodSeconds() * 1000;
    if (limit.count <= 0) {
        // Zero requests per period: nothing is ever allowed.
        decision.allowed = false;
        decision.retryAfterMs = periodMs;
        return decision;
    }

    // One request is `periodMs` units, a full bucket `count * periodMs`; refill is `count` units per ms.
    const Int128 perRequest = periodMs;
    const Int128 capacity = Int128(limit.count) * periodMs;

    auto it = m_states.find(keyId);
    if (it == m_states.end()) {
        it = m_states.insert(keyId, State{limit, capacity, nowMs});
    } else if (it->limit != limit) {
        // A new limit keeps the fraction of the bucket that was full: a key that had used up its
        // burst does not get a fresh one from an edit, and a key that was idle can use the new burst.
        const Int128 oldCapacity = Int128(it->limit.count) * it->limit.periodSeconds() * 1000;
        it->level = oldCapacity > 0 ? it->level * capacity / oldCapacity : capacity;
        it->limit = limit;
    }
    State &state = *it;

    // A clock that steps back must not drain or refill the bucket; it simply waits to catch up.
    if (nowMs > state.lastMs) {
        state.level = std::min(capacity, state.level + Int128(nowMs - state.lastMs) * limit.count);
        state.lastMs = nowMs;
    }

    if (state.level >= perRequest) {
        state.level -= perRequest;
        decision.allowed = true;
        decision.remaining = static_cast<qint64>(state.level / perRequest);
        return decision;
    }
    decision.allowed = false;
    decision.remaining = 0;
    // Whole milliseconds until one request's worth has refilled (rounded up, so a retry then succeeds).
    const Int128 missing = perRequest - state.level;
    decision.retryAfterMs = static_cast<qint64>((missing + limit.count - 1) / limit.count);
    return decision;
}

} // namespace Limits
