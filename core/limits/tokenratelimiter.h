#pragma once

#include "core/limits/decision.h"

#include <QHash>

#include <array>
#include <limits>
#include <optional>

namespace Limits {

/**
 * Tokens (input + output) per rolling minute per key. Usage is only known when a request settles,
 * so an admitted request reserves an estimate of its tokens until then (reserve(), release()), and
 * check() admits while the tokens recorded in the last 60 seconds plus those reserved are below the
 * limit; record() books the real ones afterwards. Without the reservations every request of a burst
 * was admitted before the first settled: 20 parallel streams booked 1,100 tokens under a limit of 100.
 * The minute is 60 one-second buckets in a ring: fixed memory per key, and a bucket leaves the
 * window a whole second at a time.
 *
 * Used from the gateway thread only.
 */
class TokenRateLimiter final
{
public:
    static constexpr int WindowSeconds = 60;

    /** Denied when the tokens recorded in the window plus those reserved reach `limitPerMinute`; consumes nothing. */
    Decision check(qint64 keyId, qint64 limitPerMinute, qint64 nowMs) const;
    /** Counts `tokens` against the key until release(): a request in flight. */
    void reserve(qint64 keyId, qint64 tokens);
    void release(qint64 keyId, qint64 tokens);
    qint64 reserved(qint64 keyId) const { return m_reserved.value(keyId); }
    /**
     * What an admitted request reserves: its body's bytes as input tokens (a token is never shorter
     * than a byte, so this never falls short, as with SpendGuard::worstCaseCost()), plus the output
     * ceiling it states for each of the `choices` completions it asks for. So requests that state a ceiling are held to the limit within one request (a
     * quarter of the bytes let three of 57 tokens through under 100). One that states none counts no
     * output until it settles: reserving the model's maximum (16k and more) would let a modest limit
     * run one request at a time.
     */
    static qint64 estimate(qint64 requestBodyBytes, std::optional<qint64> maxOutputTokens, qint64 choices = 1);
    /** How long a request refused only for tokens in flight is told to wait: they settle within seconds. */
    static constexpr qint64 InFlightRetryAfterMs = 1000;
    /** Books the tokens of a settled request (streamed or not) at `nowMs`. */
    void record(qint64 keyId, qint64 tokens, qint64 nowMs);
    /** Tokens recorded in the window that ends at `nowMs`. */
    qint64 usedInWindow(qint64 keyId, qint64 nowMs) const;

    void forget(qint64 keyId) { m_rings.remove(keyId); } // reservations stay until their requests end

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
    QHash<qint64, qint64> m_reserved; // per key, tokens of requests admitted and not yet settled
};

} // namespace Limits
