#include "core/providers/streamusagetracker.h"

#include "core/providers/usageparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace Providers {

namespace {

std::optional<QJsonObject> parseObject(QByteArrayView data)
{
    const QByteArrayView trimmed = data.trimmed();
    if (trimmed.isEmpty() || trimmed == "[DONE]")
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

qint64 stringLength(const QJsonValue &value)
{
    return value.isString() ? value.toString().size() : 0;
}

// The event's type: the JSON "type" field, which both Anthropic and Responses repeat from the
// `event:` line; the line is the fallback for servers that only send one of the two.
QString eventType(QByteArrayView eventName, const QJsonObject &event)
{
    const QString type = event.value(QLatin1String("type")).toString();
    return type.isEmpty() ? QString::fromUtf8(eventName) : type;
}

} // namespace

StreamUsageTracker::StreamUsageTracker(Style style)
    : m_style(style)
{
}

void StreamUsageTracker::feed(QByteArrayView eventName, QByteArrayView data)
{
    const std::optional<QJsonObject> event = parseObject(data);
    if (!event)
        return; // [DONE], keep-alive comments already stripped, or not JSON: nothing to count
    switch (m_style) {
    case Style::OpenAiChat:
        feedOpenAiChat(*event);
        break;
    case Style::OpenAiResponses:
        feedOpenAiResponses(eventName, *event);
        break;
    case Style::Anthropic:
        feedAnthropic(eventName, *event);
        break;
    }
}

std::optional<Common::TokenUsage> StreamUsageTracker::usage() const
{
    return m_usage;
}

bool StreamUsageTracker::isUsageOnlyChunk(QByteArrayView data)
{
    const std::optional<QJsonObject> chunk = parseObject(data);
    if (!chunk)
        return false;
    const QJsonValue choices = chunk->value(QLatin1String("choices"));
    return choices.isArray() && choices.toArray().isEmpty() && chunk->value(QLatin1String("usage")).isObject();
}

void StreamUsageTracker::feedOpenAiChat(const QJsonObject &chunk)
{
    const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
    for (const QJsonValue &choice : choices) {
        const QJsonObject delta = choice.toObject().value(QLatin1String("delta")).toObject();
        m_outputChars += stringLength(delta.value(QLatin1String("content")));
        m_outputChars += stringLength(delta.value(QLatin1String("reasoning_content"))); // DeepSeek, vLLM
        const QJsonArray toolCalls = delta.value(QLatin1String("tool_calls")).toArray();
        for (const QJsonValue &call : toolCalls)
            m_outputChars += stringLength(call.toObject().value(QLatin1String("function")).toObject().value(QLatin1String("arguments")));
    }

    // Standard `usage` first; Groq's older streams carry it in `x_groq.usage` instead.
    QJsonValue usage = chunk.value(QLatin1String("usage"));
    if (!usage.isObject())
        usage = chunk.value(QLatin1String("x_groq")).toObject().value(QLatin1String("usage"));
    if (!usage.isObject())
        return;
    if (const auto parsed = UsageParser::fromOpenAi(usage.toObject())) {
        m_usage = parsed;
        m_final = true;
    }
}

void StreamUsageTracker::feedOpenAiResponses(QByteArrayView eventName, const QJsonObject &event)
{
    const QString type = eventType(eventName, event);
    // Text, refusal, reasoning and function-argument deltas all carry their text in "delta".
    if (type.endsWith(QLatin1String(".delta"))) {
        m_outputChars += stringLength(event.value(QLatin1String("delta")));
        return;
    }
    if (type != u"response.completed" && type != u"response.incomplete" && type != u"response.failed")
        return;
    const QJsonObject usage = event.value(QLatin1String("response")).toObject().value(QLatin1String("usage")).toObject();
    if (const auto parsed = UsageParser::fromOpenAiResponses(usage)) {
        m_usage = parsed;
        m_final = true;
    }
}

void StreamUsageTracker::feedAnthropic(QByteArrayView eventName, const QJsonObject &event)
{
    const QString type = eventType(eventName, event);
    QJsonObject usage;
    if (type == u"message_start") {
        usage = event.value(QLatin1String("message")).toObject().value(QLatin1String("usage")).toObject();
    } else if (type == u"message_delta") {
        usage = event.value(QLatin1String("usage")).toObject();
    } else if (type == u"content_block_delta") {
        const QJsonObject delta = event.value(QLatin1String("delta")).toObject();
        m_outputChars += stringLength(delta.value(QLatin1String("text")));
        m_outputChars += stringLength(delta.value(QLatin1String("partial_json")));
        m_outputChars += stringLength(delta.value(QLatin1String("thinking")));
        return;
    } else {
        return;
    }

    // Counts are cumulative: a later non-null value replaces the earlier one, never adds to it.
    for (auto it = usage.constBegin(); it != usage.constEnd(); ++it) {
        if (!it.value().isNull())
            m_anthropicUsage.insert(it.key(), it.value());
    }
    if (const auto parsed = UsageParser::fromAnthropic(m_anthropicUsage)) {
        m_usage = parsed;
        if (type == u"message_delta")
            m_final = true;
    }
}

} // namespace Providers
