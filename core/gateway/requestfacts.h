#pragma once

#include "core/gateway/apiroute.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Gateway {

/**
 * What the gateway needs to know about a request body, read once: the model, whether it streams,
 * its output ceiling, and (for OpenAI streams) whether the client asked for usage itself.
 */
struct RequestFacts
{
    QString model;
    bool stream = false;
    std::optional<qint64> maxOutputTokens;
    bool clientAskedForUsage = false;

    /** nullopt with `error` set when the body is not a JSON object with a string "model". */
    static std::optional<RequestFacts> read(const ApiRoute &route, const QByteArray &bytes, QString &error);
};

} // namespace Gateway
