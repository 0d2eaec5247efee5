#pragma once

#include "core/gateway/apiroute.h"
#include "core/gateway/httpresponse.h"

#include <QString>

namespace Gateway {

/** Why the gateway itself refused or failed a request; each maps to one status and error body per API. */
enum class GatewayError {
    InvalidKey,          // 401: missing, unknown, revoked or expired key
    ModelNotAllowed,     // 403
    CreditExhausted,     // 402
    KeySpendLimit,       // 402
    UnpricedUnderCap,    // 402: a capped key or the credit wallet, and a model without a price
    RateLimited,         // 429 + Retry-After
    TokensPerMinute,     // 429 + Retry-After
    ModelNotFound,       // 404: no provider serves the model
    UpstreamFailed,      // 502: every provider failed
    UpstreamTimeout,     // 504
    BadRequest,          // 400: the body is not what the API expects
    UnknownRoute,        // 404: not an API path the gateway serves
    MethodNotAllowed,    // 405 + Allow: an API path, asked with another method
    LedgerUnwritable,    // 503 + Retry-After: the ledger cannot be written (a full disk), so nothing new is served
};

/**
 * Error responses in the caller's API shape, so that the official SDKs raise their typed errors:
 * OpenAI `{"error":{"message","type","param","code"}}`, Anthropic `{"type":"error","error":{"type","message"}}`
 * (shared/api-formats.md §4 and §5.3).
 */
class ErrorReply final
{
public:
    /** Past this wait (a limit per hour or day), a refusal tells the SDKs not to retry: x-should-retry: false. */
    static constexpr qint64 LongestAdvisedWaitMs = 60'000;

    static HttpResponse make(ApiStyle style, GatewayError error, const QString &message, qint64 retryAfterMs = 0);
    /** A refusal by the HTTP layer (400, 408, 413, 414, 431, 505) in the API's error shape. */
    static HttpResponse protocolError(ApiStyle style, int status, const QString &message);
    static int statusOf(GatewayError error);
    /** The trace outcome recorded for a refusal: "rejected" for caps and limits, others by kind. */
    static QString outcomeOf(GatewayError error);
};

} // namespace Gateway
