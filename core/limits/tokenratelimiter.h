#pragma once

#include "core/limits/decision.h"

#include <QHash>

#include <array>
#include <limits>

namespace Limits {

/**
 * Tokens (input + output) per rolling minute per key. Usage is only known when a request settles,
 * so check() admits while the tokens recorded in the last 60 seconds are below the limit, and
 * record() books them afterwards. The minute is 60 one-second buckets in a ring: fixed memory per
 * key, and a bucket leaves the window a whole second at a time.
 *
 * Used from the gateway thread only.
 */
class TokenRateLimiter final
{
public:
    static constexpr int WindowSeconds = 60;

    /** Denied when the tokens recorded in the window reach `limitPerMinute`; consumes nothing. */
    Decision check(qint64 keyId, qint64 limitPerMinute, qint64 nowMs) const;
    /** Books the tokens of a settled request (streamed or not) at `nowMs`. */
    void record(qint64 keyId, qint64 tokens, qint64 nowMs);
    /** Tokens recorded in the window that ends at `nowMs`. */
    qint64 usedInWindow(qint64 keyId, qint64 nowMs) const;

    void forget(qint64 keyId) { m_rings.remove(keyId); }

private:
    struct Bucket
    {
        // Epoch second this bucket counts; stale when outside the window. A new bucket belongs to
        // no second at all, so that it is never taken for one (not even for second 0).
        qint64 second = std::numeric_limits<qint64>::min();
        qint64 tokens = 0;
    };
    using Ring = std::array<Bucket, WindowSeconds>;

    QHash<qint64, Ring> m_rings;
};

} // namespace Limits
