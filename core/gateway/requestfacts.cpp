#include "core/gateway/requestfacts.h"

#include <QJsonDocument>

namespace Gateway {

std::optional<RequestFacts> RequestFacts::read(const ApiRoute &route, const QByteArray &bytes, QString &error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error = bytes.trimmed().isEmpty() ? QStringLiteral("The request body is empty; expected a JSON object.")
                                          : QStringLiteral("The request body is not a JSON object: %1.").arg(parseError.errorString());
        return std::nullopt;
    }
    RequestFacts facts;
    facts.body = document.object();
    const QJsonValue model = facts.body.value(QStringLiteral("model"));
    if (!model.isString() || model.toString().isEmpty()) {
        error = QStringLiteral("The request body has no \"model\".");
        return std::nullopt;
    }
    facts.model = model.toString();
    facts.stream = route.canStream() && facts.body.value(QStringLiteral("stream")).toBool(false);

    // Each API names its output ceiling differently; the first present one bounds the reservation.
    for (const char *name : {"max_completion_tokens", "max_tokens", "max_output_tokens"}) {
        const QJsonValue value = facts.body.value(QString::fromLatin1(name));
        if (value.isDouble() && value.toDouble() > 0) {
            facts.maxOutputTokens = static_cast<qint64>(value.toDouble());
            break;
        }
    }
    facts.clientAskedForUsage = facts.body.value(QStringLiteral("stream_options")).toObject()
                                    .value(QStringLiteral("include_usage")).toBool(false);
    return facts;
}

} // namespace Gateway
