#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Gateway {

/**
 * Changes one or two top-level members of a request body that is a valid JSON object (RequestFacts
 * read it) and keeps every other byte as the client sent it: the prompt, key order, whitespace and
 * numbers that a parse and re-serialization would round (QJsonDocument turns integers above 2^53
 * into doubles).
 */
class RequestBodyEdit final
{
public:
    /**
     * The body with "model" set to `model` (when given) and, when `askForUsage`, with
     * "stream_options" carrying "include_usage": true (added if absent, other options kept).
     * nullopt if `body` is not a JSON object.
     */
    static std::optional<QByteArray> apply(const QByteArray &body, const std::optional<QString> &model, bool askForUsage);
};

} // namespace Gateway
