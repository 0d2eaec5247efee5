#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Gateway {

/** Which API family a route belongs to: it decides the error shape and the providers that can serve it. */
enum class ApiStyle { OpenAi, Anthropic };

/**
 * The LLM API endpoints the gateway serves; another method on one of their paths is 405, everything
 * else 404, in the error shape of the API the path belongs to.
 */
struct ApiRoute
{
    enum class Endpoint { ChatCompletions, Completions, Embeddings, Responses, Models, Messages, CountTokens };

    Endpoint endpoint = Endpoint::ChatCompletions;
    ApiStyle style = ApiStyle::OpenAi;

    /** Matches "POST /v1/chat/completions", "GET /v1/models", ... (a trailing slash is tolerated). */
    static std::optional<ApiRoute> match(QByteArrayView method, QByteArrayView path);
    /** The methods served on a path, for a 405's Allow header ("POST"); empty for a path the gateway does not serve. */
    static QByteArray allowedMethods(QByteArrayView path);
    /** The API family a request-target (path, maybe with a query) belongs to, even for an unknown route. */
    static ApiStyle styleOfTarget(QByteArrayView target);
    /** The path as the ledger records it: "/v1/chat/completions". */
    QString endpointPath() const;
    /**
     * The path to append to a provider's base URL, following each SDK's convention: OpenAI-style base
     * URLs end in /v1 ("https://api.openai.com/v1" + "/chat/completions"), Anthropic's do not
     * ("https://api.anthropic.com" + "/v1/messages").
     */
    QByteArray upstreamPathSuffix() const;
    /** Whether the request body may ask for SSE with "stream": true. */
    bool canStream() const;
    /** Whether the provider bills this call (count_tokens and model lists are free). */
    bool isBilled() const;
};

} // namespace Gateway
