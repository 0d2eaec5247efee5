#pragma once

#include "core/common/money.h"
#include "core/common/ratelimit.h"
#include "core/limits/decision.h"

#include <QHash>

namespace Limits {

/**
 * "N requests per period" per key, as a token bucket holding at most N requests and refilled by N
 * per period, continuously. A full bucket allows a burst of N; after that requests pass at the
 * steady rate. The arithmetic is exact: the fill level is kept in units of 1/(period in ms) of a
 * request, so N per period refills N units per millisecond with no rounding.
 *
 * One small state per key; used from the gateway thread only.
 */
class RateLimiter final
{
public:
    /** Asks whether `keyId` may make a request now under `limit`; when allowed, the request is counted. */
    Decision check(qint64 keyId, const Common::RateLimit &limit, qint64 nowMs);

    /** Drops the state of a key (removed, or no longer limited). */
    void forget(qint64 keyId) { m_states.remove(keyId); }
    qsizetype trackedKeys() const { return m_states.size(); }

private:
    struct State
    {
        Common::RateLimit limit;
        Common::Int128 level = 0; // fill level in units of 1/periodMs of a request
        qint64 lastMs = 0;        // when `level` was last brought up to date
    };

    QHash<qint64, State> m_states;
};

} // namespace Limits
