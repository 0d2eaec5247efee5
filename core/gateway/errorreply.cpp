#include "core/gateway/errorreply.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Gateway {

namespace {

struct ErrorShape
{
    int status;
    const char *openAiType;
    const char *openAiCode;
    const char *anthropicType;
};

ErrorShape shapeOf(GatewayError error)
{
    switch (error) {
    case GatewayError::InvalidKey: return {401, "invalid_request_error", "invalid_api_key", "authentication_error"};
    case GatewayError::ModelNotAllowed: return {403, "permission_error", "model_not_allowed", "permission_error"};
    case GatewayError::CreditExhausted: return {402, "insufficient_quota", "credit_exhausted", "billing_error"};
    case GatewayError::KeySpendLimit: return {402, "insufficient_quota", "key_spend_limit_reached", "billing_error"};
    case GatewayError::UnpricedUnderCap: return {402, "insufficient_quota", "model_unpriced", "billing_error"};
    case GatewayError::RateLimited: return {429, "rate_limit_exceeded", "rate_limit_exceeded", "rate_limit_error"};
    case GatewayError::TokensPerMinute: return {429, "rate_limit_exceeded", "tokens_per_minute_exceeded", "rate_limit_error"};
    case GatewayError::ModelNotFound: return {404, "invalid_request_error", "model_not_found", "not_found_error"};
    case GatewayError::UpstreamFailed: return {502, "api_error", "upstream_error", "api_error"};
    case GatewayError::UpstreamTimeout: return {504, "api_error", "upstream_error", "api_error"};
    case GatewayError::BadRequest: return {400, "invalid_request_error", "invalid_request", "invalid_request_error"};
    case GatewayError::UnknownRoute: return {404, "invalid_request_error", "unknown_url", "not_found_error"};
    // Anthropic has no type of its own for a 405 and files other 4xx under invalid_request_error.
    case GatewayError::MethodNotAllowed: return {405, "invalid_request_error", "method_not_allowed", "invalid_request_error"};
    case GatewayError::LedgerUnwritable: return {503, "api_error", "ledger_unwritable", "api_error"};
    }
    return {500, "api_error", "internal_error", "api_error"};
}

/** The error body in the API's shape, with x-should-retry: true only for what is worth retrying. */
HttpResponse errorResponse(ApiStyle style, const ErrorShape &shape, const QString &message)
{
    QJsonObject body;
    if (style == ApiStyle::Anthropic) {
        body = QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                           {QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), QString::fromLatin1(shape.anthropicType)},
                                                                 {QStringLiteral("message"), message}}}};
    } else {
        body = QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message},
                                                                 {QStringLiteral("type"), QString::fromLatin1(shape.openAiType)},
                                                                 {QStringLiteral("param"), QJsonValue::Null},
                                                                 {QStringLiteral("code"), QString::fromLatin1(shape.openAiCode)}}}};
    }
    HttpResponse response(shape.status, QByteArrayLiteral("application/json"), QJsonDocument(body).toJson(QJsonDocument::Compact));
    // The gateway decided this, not the provider: tell the SDKs' retry logic which errors are worth retrying.
    const bool retryable = shape.status == 429 || shape.status == 502 || shape.status == 503 || shape.status == 504;
    response.setHeader(QByteArrayLiteral("x-should-retry"), retryable ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
    return response;
}

} // namespace

int ErrorReply::statusOf(GatewayError error)
{
    return shapeOf(error).status;
}

QString ErrorReply::outcomeOf(GatewayError error)
{
    switch (error) {
    case GatewayError::UpstreamFailed:
    case GatewayError::UpstreamTimeout:
        return QStringLiteral("upstream_error");
    case GatewayError::BadRequest:
    case GatewayError::UnknownRoute:
    case GatewayError::MethodNotAllowed:
        return QStringLiteral("bad_request");
    default:
        return QStringLiteral("rejected");
    }
}

HttpResponse ErrorReply::make(ApiStyle style, GatewayError error, const QString &message, qint64 retryAfterMs)
{
    HttpResponse response = errorResponse(style, shapeOf(error), message);
    if (retryAfterMs > 0) {
        // Retry-After is whole seconds (RFC 9110 §10.2.3); the SDKs also read the finer retry-after-ms.
        response.setHeader(QByteArrayLiteral("retry-after"), QByteArray::number((retryAfterMs + 999) / 1000));
        response.setHeader(QByteArrayLiteral("retry-after-ms"), QByteArray::number(retryAfterMs));
        // The SDKs sleep for whatever these say before they retry (QA: a key limited per hour left both
        // asleep for an hour, twice). A longer wait is the caller's to choose: the SDK raises at once.
        if (retryAfterMs > LongestAdvisedWaitMs)
            response.setHeader(QByteArrayLiteral("x-should-retry"), QByteArrayLiteral("false"));
    }
    return response;
}

HttpResponse ErrorReply::protocolError(ApiStyle style, int status, const QString &message)
{
    // Anthropic names 413 request_too_large and uses invalid_request_error for the other 4xx;
    // OpenAI calls them all invalid_request_error and says which in the code.
    const char *code = "invalid_request";
    switch (status) {
    case 403: code = "forbidden"; break;
    case 408: code = "request_timeout"; break;
    case 413: code = "request_too_large"; break;
    case 414: code = "uri_too_long"; break;
    case 431: code = "headers_too_large"; break;
    case 501: code = "not_implemented"; break;
    case 505: code = "http_version_not_supported"; break;
    default: break;
    }
    return errorResponse(style, {status, "invalid_request_error", code, status == 413 ? "request_too_large" : "invalid_request_error"},
                         message);
}

} // namespace Gateway
