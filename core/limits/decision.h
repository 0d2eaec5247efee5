#pragma once

#include <QtGlobal>

namespace Limits {

/** The answer of a rate limiter, with what the gateway needs for its response headers. */
struct Decision
{
    bool allowed = true;
    qint64 retryAfterMs = 0; // > 0 exactly when denied: for `Retry-After`
    qint64 limit = 0;        // the configured limit: for `x-ratelimit-limit-*`
    qint64 remaining = 0;    // what is left after this request: for `x-ratelimit-remaining-*`
    /** Denied only for what requests still running reserved: the window itself has room (TokenRateLimiter). */
    bool heldByRequestsInFlight = false;
};

} // namespace Limits
