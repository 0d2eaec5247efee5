#include "core/gateway/apiroute.h"

#include "core/gateway/httprequest.h"

namespace Gateway {

namespace {

struct RouteEntry
{
    const char *method;
    const char *path;
    ApiRoute::Endpoint endpoint;
    ApiStyle style;
};

constexpr RouteEntry Routes[] = {
    {"POST", "/v1/chat/completions", ApiRoute::Endpoint::ChatCompletions, ApiStyle::OpenAi},
    {"POST", "/v1/completions", ApiRoute::Endpoint::Completions, ApiStyle::OpenAi},
    {"POST", "/v1/embeddings", ApiRoute::Endpoint::Embeddings, ApiStyle::OpenAi},
    {"POST", "/v1/responses", ApiRoute::Endpoint::Responses, ApiStyle::OpenAi},
    {"GET", "/v1/models", ApiRoute::Endpoint::Models, ApiStyle::OpenAi},
    {"POST", "/v1/messages", ApiRoute::Endpoint::Messages, ApiStyle::Anthropic},
    {"POST", "/v1/messages/count_tokens", ApiRoute::Endpoint::CountTokens, ApiStyle::Anthropic},
};

QByteArrayView withoutTrailingSlash(QByteArrayView path)
{
    if (path.size() > 1 && path.endsWith('/'))
        path.chop(1);
    return path;
}

} // namespace

std::optional<ApiRoute> ApiRoute::match(QByteArrayView method, QByteArrayView path)
{
    path = withoutTrailingSlash(path);
    // A resource that answers GET answers HEAD the same, without the body (RFC 9110 §9.3.2).
    const QByteArrayView asMethod = method == QByteArrayView("HEAD") ? QByteArrayView("GET") : method;
    for (const RouteEntry &entry : Routes) {
        if (path == QByteArrayView(entry.path) && asMethod == QByteArrayView(entry.method))
            return ApiRoute{entry.endpoint, entry.style};
    }
    return std::nullopt;
}

QByteArray ApiRoute::allowedMethods(QByteArrayView path)
{
    path = withoutTrailingSlash(path);
    QByteArray methods;
    for (const RouteEntry &entry : Routes) {
        if (path == QByteArrayView(entry.path)) {
            methods += (methods.isEmpty() ? "" : ", ") + QByteArray(entry.method);
            if (QByteArrayView(entry.method) == QByteArrayView("GET"))
                methods += ", HEAD";
        }
    }
    return methods;
}

ApiStyle ApiRoute::styleOfTarget(QByteArrayView target)
{
    // A 414 or 431 in absolute form is refused before the parser turns it into origin form.
    QByteArray origin;
    if (!target.isEmpty() && target.front() != '/') {
        origin = HttpRequest::originForm(target.toByteArray());
        target = origin;
    }
    // /v1/messages and /v1/messages/count_tokens, with or without a query ("?beta=true").
    const QByteArrayView messages("/v1/messages");
    if (!target.startsWith(messages))
        return ApiStyle::OpenAi;
    const QByteArrayView rest = target.sliced(messages.size());
    return rest.isEmpty() || rest.front() == '/' || rest.front() == '?' ? ApiStyle::Anthropic : ApiStyle::OpenAi;
}

QString ApiRoute::endpointPath() const
{
    for (const RouteEntry &entry : Routes) {
        if (entry.endpoint == endpoint)
            return QString::fromLatin1(entry.path);
    }
    return QString();
}

QByteArray ApiRoute::upstreamPathSuffix() const
{
    const QByteArray path = endpointPath().toLatin1();
    return style == ApiStyle::Anthropic ? path : path.mid(3); // drop "/v1" for OpenAI-style base URLs
}

bool ApiRoute::canStream() const
{
    return endpoint == Endpoint::ChatCompletions || endpoint == Endpoint::Completions || endpoint == Endpoint::Responses
           || endpoint == Endpoint::Messages;
}

bool ApiRoute::isBilled() const
{
    return endpoint != Endpoint::Models && endpoint != Endpoint::CountTokens;
}

} // namespace Gateway
