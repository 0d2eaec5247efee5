#include "core/providers/streamusagetracker.h"

#include "core/common/jsondom.h"
#include "core/providers/usageparser.h"

#include <QJsonValue>

#include <string_view>

namespace Providers {

namespace {

QByteArrayView eventData(QByteArrayView data)
{
    const QByteArrayView trimmed = data.trimmed();
    return trimmed == "[DONE]" ? QByteArrayView() : trimmed;
}

/** UTF-16 code units of a UTF-8 string, as QString::size() would count them, without converting it. */
qint64 utf16Length(std::string_view utf8)
{
    qint64 units = 0;
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte & 0xC0) != 0x80)
            ++units; // a character starts here
        if (byte >= 0xF0)
            ++units; // four UTF-8 bytes: outside the BMP, a surrogate pair in UTF-16
    }
    return units;
}

/** Length of the string at `path` (a JSON pointer) below `node`; 0 when absent or not a string. */
template<typename Node> // simdjson::dom::element or ::object
qint64 stringLength(const Node &node, std::string_view path)
{
    std::string_view text;
    return node.at_pointer(path).get(text) == simdjson::SUCCESS ? utf16Length(text) : 0;
}

/** The object at `path` below `event` in Qt's JSON types (a usage object: a few dozen bytes); {} if none. */
QJsonObject objectAt(const simdjson::dom::object &event, std::string_view path)
{
    simdjson::dom::element value;
    if (event.at_pointer(path).get(value) != simdjson::SUCCESS || !value.is_object())
        return {};
    return Common::JsonDom::toQt(value).toObject();
}

// The event's type: the JSON "type" field, which both Anthropic and Responses repeat from the
// `event:` line; the line is the fallback for servers that only send one of the two.
std::string_view eventType(QByteArrayView eventName, const simdjson::dom::object &event)
{
    std::string_view type;
    if (event["type"].get(type) == simdjson::SUCCESS && !type.empty())
        return type;
    return std::string_view(eventName.data(), std::size_t(eventName.size()));
}

} // namespace

StreamUsageTracker::StreamUsageTracker(Style style)
    : m_style(style)
{
}

void StreamUsageTracker::feed(QByteArrayView eventName, QByteArrayView data)
{
    m_lastWasUsageOnly = false;
    const QByteArrayView json = eventData(data);
    if (json.isEmpty())
        return; // [DONE] or keep-alive comments already stripped
    const Common::JsonDom dom(json);
    simdjson::dom::object event;
    if (!dom.ok() || dom.root().get(event) != simdjson::SUCCESS)
        return; // not JSON: nothing to count
    switch (m_style) {
    case Style::OpenAiChat:
        feedOpenAiChat(event);
        break;
    case Style::OpenAiResponses:
        feedOpenAiResponses(eventName, event);
        break;
    case Style::Anthropic:
        feedAnthropic(eventName, event);
        break;
    }
}

std::optional<Common::TokenUsage> StreamUsageTracker::usage() const
{
    return m_usage;
}

void StreamUsageTracker::feedOpenAiChat(const simdjson::dom::object &chunk)
{
    simdjson::dom::array choices;
    const bool hasChoices = chunk["choices"].get(choices) == simdjson::SUCCESS;
    simdjson::dom::object usageObject;
    m_lastWasUsageOnly = hasChoices && choices.size() == 0 && chunk["usage"].get(usageObject) == simdjson::SUCCESS;
    if (hasChoices) {
        for (const simdjson::dom::element choice : choices) {
            m_outputChars += stringLength(choice, "/delta/content");
            m_outputChars += stringLength(choice, "/delta/reasoning_content"); // DeepSeek, vLLM
            simdjson::dom::array toolCalls;
            if (choice.at_pointer("/delta/tool_calls").get(toolCalls) == simdjson::SUCCESS) {
                for (const simdjson::dom::element call : toolCalls)
                    m_outputChars += stringLength(call, "/function/arguments");
            }
        }
    }

    // Standard `usage` first; Groq's older streams carry it in `x_groq.usage` instead.
    QJsonObject usage = objectAt(chunk, "/usage");
    if (usage.isEmpty())
        usage = objectAt(chunk, "/x_groq/usage");
    if (usage.isEmpty())
        return;
    if (const auto parsed = UsageParser::fromOpenAi(usage)) {
        m_usage = parsed;
        m_final = true;
    }
}

void StreamUsageTracker::feedOpenAiResponses(QByteArrayView eventName, const simdjson::dom::object &event)
{
    const std::string_view type = eventType(eventName, event);
    // Text, refusal, reasoning and function-argument deltas all carry their text in "delta".
    if (type.ends_with(".delta")) {
        m_outputChars += stringLength(event, "/delta");
        return;
    }
    if (type != "response.completed" && type != "response.incomplete" && type != "response.failed")
        return;
    const QJsonObject usage = objectAt(event, "/response/usage");
    if (const auto parsed = UsageParser::fromOpenAiResponses(usage)) {
        m_usage = parsed;
        m_final = true;
    }
}

void StreamUsageTracker::feedAnthropic(QByteArrayView eventName, const simdjson::dom::object &event)
{
    const std::string_view type = eventType(eventName, event);
    QJsonObject usage;
    if (type == "message_start") {
        usage = objectAt(event, "/message/usage");
    } else if (type == "message_delta") {
        usage = objectAt(event, "/usage");
    } else if (type == "content_block_delta") {
        m_outputChars += stringLength(event, "/delta/text");
        m_outputChars += stringLength(event, "/delta/partial_json");
        m_outputChars += stringLength(event, "/delta/thinking");
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
        if (type == "message_delta")
            m_final = true;
    }
}

} // namespace Providers
