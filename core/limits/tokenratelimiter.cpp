#include "core/limits/tokenratelimiter.h"

#include <algorithm>

namespace Limits {

namespace {

// Floor division and a non-negative modulo, so that the ring also works for times before 1970.
qint64 secondOf(qint64 ms)
{
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

qsizetype slotOf(qint64 second)
{
    const qint64 slot = second % TokenRateLimiter::WindowSeconds;
    return static_cast<qsizetype>(slot < 0 ? slot + TokenRateLimiter::WindowSeconds : slot);
}

// The window ending at `nowSecond` holds the seconds nowSecond - 59 .. nowSecond.
bool inWindow(qint64 second, qint64 nowSecond)
{
    return second <= nowSecond && second > nowSecond - TokenRateLimiter::WindowSeconds;
}

} // namespace

qint64 TokenRateLimiter::usedInWindow(qint64 keyId, qint64 nowMs) const
{
    const auto it = m_rings.constFind(keyId);
    if (it == m_rings.cend())
        return 0;
    const qint64 nowSecond = secondOf(nowMs);
    qint64 used = 0;
    for (const Bucket &bucket : *it) {
        if (inWindow(bucket.second, nowSecond))
            used += bucket.tokens;
    }
    return used;
}

Decision TokenRateLimiter::check(qint64 keyId, qint64 limitPerMinute, qint64 nowMs) const
{
    Decision decision;
    decision.limit = limitPerMinute;
    const qint64 used = usedInWindow(keyId, nowMs);
    const qint64 counted = used + reserved(keyId);
    decision.remaining = std::max<qint64>(limitPerMinute - counted, 0);
    if (counted < limitPerMinute)
        return decision;

    decision.allowed = false;
    decision.retryAfterMs = WindowSeconds * 1000; // a limit of 0 (or less) never opens
    if (limitPerMinute <= 0)
        return decision;
    if (used < limitPerMinute) {
        decision.heldByRequestsInFlight = true;
        decision.retryAfterMs = InFlightRetryAfterMs; // the window has room once requests in flight settle
        return decision;
    }
    // Walk the window from its oldest second: the bucket of second s leaves it at (s + 60) s, and
    // the first one whose departure brings the total below the limit says when to retry.
    const Ring &ring = m_rings.value(keyId);
    const qint64 nowSecond = secondOf(nowMs);
    qint64 left = used;
    for (qint64 second = nowSecond - WindowSeconds + 1; second <= nowSecond; ++second) {
        const Bucket &bucket = ring[static_cast<size_t>(slotOf(second))];
        if (bucket.second != second)
            continue;
        left -= bucket.tokens;
        if (left < limitPerMinute) {
            decision.retryAfterMs = (second + WindowSeconds) * 1000 - nowMs;
            break;
        }
    }
    return decision;
}

void TokenRateLimiter::reserve(qint64 keyId, qint64 tokens)
{
    if (tokens > 0)
        m_reserved[keyId] += tokens;
}

void TokenRateLimiter::release(qint64 keyId, qint64 tokens)
{
    const auto it = m_reserved.find(keyId);
    if (it == m_reserved.end() || tokens <= 0)
        return;
    *it -= tokens;
    if (*it <= 0)
        m_reserved.erase(it);
}

qint64 TokenRateLimiter::estimate(qint64 requestBodyBytes, std::optional<qint64> maxOutputTokens, qint64 choices)
{
    // Clamped, so that a ceiling near the largest integer a body may state cannot overflow the sums;
    // a trillion tokens is above any limit a key can usefully have (and a trillion times a million
    // choices is still an integer).
    constexpr qint64 Most = 1'000'000'000'000;
    const qint64 input = std::clamp<qint64>(requestBodyBytes, 0, Most);
    const qint64 output = std::clamp<qint64>(maxOutputTokens.value_or(0), 0, Most) * std::clamp<qint64>(choices, 1, 1'000'000);
    return input + std::min(output, Most);
}

void TokenRateLimiter::record(qint64 keyId, qint64 tokens, qint64 nowMs)
{
    if (tokens <= 0)
        return;
    const qint64 second = secondOf(nowMs);
    Bucket &bucket = m_rings[keyId][static_cast<size_t>(slotOf(second))];
    if (bucket.second == second) {
        bucket.tokens += tokens;
    } else if (bucket.second < second) {
        bucket = Bucket{second, tokens}; // the slot held a second that has left the window
    }
    // else: the slot already holds a second 60 s or more newer, so these tokens are outside any
    // window still to come; they no longer count.
}

} // namespace Limits
