#pragma once

#include "core/common/tokenusage.h"

#include <QByteArrayView>
#include <QJsonObject>

#include <optional>

namespace simdjson::dom {
class object;
}

namespace Providers {

/**
 * Follows one relayed SSE stream, one event at a time, and keeps the usage it reports
 * (shared/api-formats.md §1.2, §2, §5.2, §6):
 * - OpenAiChat: the LAST non-null `usage` of any chunk (xAI sends it early, vLLM on every chunk), or
 *   Groq's `x_groq.usage`; `[DONE]` and chunks with empty `choices` are fine;
 * - OpenAiResponses: `response.usage` of the terminal `response.completed`, `.incomplete` or `.failed`;
 * - Anthropic: `message_start` gives input, cache and initial output counts; each `message_delta` carries
 *   cumulative counts that replace them field by field.
 * It also counts the characters of relayed content deltas, so an abandoned stream's output can be estimated.
 */
class StreamUsageTracker final
{
public:
    enum class Style { OpenAiChat, OpenAiResponses, Anthropic };

    explicit StreamUsageTracker(Style style);

    /** One SSE event: its `event:` name (may be empty) and its data (the `data:` lines joined). */
    void feed(QByteArrayView eventName, QByteArrayView data);

    /** The usage reported so far; nullopt when the stream never reported any (e.g. it was cut short). */
    std::optional<Common::TokenUsage> usage() const;
    /** True once the provider's final usage arrived (not just Anthropic's opening counts). */
    bool hasFinalUsage() const { return m_final; }
    /** Characters (UTF-16 code units) of text, reasoning and tool-argument deltas seen so far. */
    qint64 outputChars() const { return m_outputChars; }

    /**
     * Whether the event fed last was an OpenAI chat chunk that only carries usage: `choices` is an empty
     * array and `usage` is an object. The gateway drops it when it injected `stream_options.include_usage`
     * the client did not ask for. Read from the parse feed() made: each chunk is parsed once.
     */
    bool lastWasUsageOnlyChunk() const { return m_lastWasUsageOnly; }

private:
    // Events are read with simdjson (Common::JsonDom): a stream is hundreds of small events, and only
    // a usage object goes on to Qt's JSON types.
    void feedOpenAiChat(const simdjson::dom::object &chunk);
    void feedOpenAiResponses(QByteArrayView eventName, const simdjson::dom::object &event);
    void feedAnthropic(QByteArrayView eventName, const simdjson::dom::object &event);

    Style m_style;
    std::optional<Common::TokenUsage> m_usage;
    bool m_lastWasUsageOnly = false;
    QJsonObject m_anthropicUsage; // the merged raw counts, parsed again after every change
    bool m_final = false;
    qint64 m_outputChars = 0;
};

} // namespace Providers
