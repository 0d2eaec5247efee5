#include "core/providers/usageparser.h"

#include <QJsonValue>

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <string_view>

namespace Providers {

namespace {

// The rules are written once (below) against a reader; these two read Qt's JSON types and a
// simdjson DOM the same way. A count is a JSON number: what is not a whole number that fits 64 bits
// counts as 0, as QJsonValue::toInteger() reads it, and so does a negative one.

class QtReader
{
public:
    explicit QtReader(QJsonObject object)
        : m_object(std::move(object))
    {
    }
    bool hasCount(std::string_view key) const { return value(key).isDouble(); }
    qint64 count(std::string_view key) const { return std::max<qint64>(value(key).toInteger(), 0); }
    QtReader child(std::string_view key) const { return QtReader(value(key).toObject()); }

private:
    QJsonValue value(std::string_view key) const
    {
        return m_object.value(QLatin1String(key.data(), qsizetype(key.size())));
    }
    QJsonObject m_object;
};

class DomReader
{
public:
    explicit DomReader(const simdjson::dom::object &object)
        : m_object(object)
        , m_valid(true)
    {
    }
    DomReader() = default; // an absent object: no counts

    bool hasCount(std::string_view key) const
    {
        simdjson::dom::element value;
        return find(key, value) && value.is_number();
    }
    qint64 count(std::string_view key) const
    {
        simdjson::dom::element value;
        if (!find(key, value))
            return 0;
        switch (value.type()) {
        case simdjson::dom::element_type::INT64:
            return std::max<qint64>(value.get_int64().value_unsafe(), 0);
        case simdjson::dom::element_type::DOUBLE: {
            const double number = value.get_double().value_unsafe();
            const bool whole = std::trunc(number) == number && number >= -0x1p63 && number < 0x1p63;
            return whole ? std::max<qint64>(qint64(number), 0) : 0;
        }
        default: // UINT64 is beyond qint64; strings, null and the rest are no count
            return 0;
        }
    }
    DomReader child(std::string_view key) const
    {
        simdjson::dom::element value;
        simdjson::dom::object object;
        if (find(key, value) && value.get(object) == simdjson::SUCCESS)
            return DomReader(object);
        return {};
    }

private:
    bool find(std::string_view key, simdjson::dom::element &value) const
    {
        return m_valid && m_object.at_key(key).get(value) == simdjson::SUCCESS;
    }
    simdjson::dom::object m_object;
    bool m_valid = false;
};

template<typename Usage>
std::optional<Common::TokenUsage> readOpenAi(const Usage &usage)
{
    if (!usage.hasCount("prompt_tokens") && !usage.hasCount("completion_tokens"))
        return std::nullopt;

    Common::TokenUsage result;
    result.inputTokens = usage.count("prompt_tokens");
    result.cachedInputTokens = usage.child("prompt_tokens_details").count("cached_tokens");
    // DeepSeek reports cache hits at the top level (hit + miss = prompt_tokens).
    if (result.cachedInputTokens == 0)
        result.cachedInputTokens = usage.count("prompt_cache_hit_tokens");
    result.outputTokens = usage.count("completion_tokens");
    result.reasoningTokens = usage.child("completion_tokens_details").count("reasoning_tokens");
    return result;
}

template<typename Usage>
std::optional<Common::TokenUsage> readOpenAiResponses(const Usage &usage)
{
    if (!usage.hasCount("input_tokens") && !usage.hasCount("output_tokens"))
        return std::nullopt;

    Common::TokenUsage result;
    result.inputTokens = usage.count("input_tokens");
    result.cachedInputTokens = usage.child("input_tokens_details").count("cached_tokens");
    result.outputTokens = usage.count("output_tokens");
    result.reasoningTokens = usage.child("output_tokens_details").count("reasoning_tokens");
    return result;
}

template<typename Usage>
std::optional<Common::TokenUsage> readAnthropic(const Usage &usage)
{
    if (!usage.hasCount("input_tokens") && !usage.hasCount("output_tokens"))
        return std::nullopt;

    const Usage byTtl = usage.child("cache_creation");
    const qint64 write5m = byTtl.count("ephemeral_5m_input_tokens");
    const qint64 write1h = byTtl.count("ephemeral_1h_input_tokens");

    Common::TokenUsage result;
    result.cachedInputTokens = usage.count("cache_read_input_tokens");
    // The TTL breakdown and the total describe the same writes; trust whichever is larger if they disagree.
    result.cacheWriteTokens = std::max(usage.count("cache_creation_input_tokens"), write5m + write1h);
    result.cacheWrite1hTokens = write1h;
    result.inputTokens = usage.count("input_tokens") + result.cachedInputTokens + result.cacheWriteTokens;
    result.outputTokens = usage.count("output_tokens");
    // Newer API versions break the billed output down; the thinking part is our reasoning count.
    const Usage outputDetails = usage.child("output_tokens_details");
    result.reasoningTokens = outputDetails.count("thinking_tokens");
    if (result.reasoningTokens == 0)
        result.reasoningTokens = outputDetails.count("reasoning_tokens");
    return result;
}

} // namespace

std::optional<Common::TokenUsage> UsageParser::fromOpenAi(const QJsonObject &usage)
{
    return readOpenAi(QtReader(usage));
}

std::optional<Common::TokenUsage> UsageParser::fromOpenAi(const simdjson::dom::object &usage)
{
    return readOpenAi(DomReader(usage));
}

std::optional<Common::TokenUsage> UsageParser::fromOpenAiResponses(const QJsonObject &usage)
{
    return readOpenAiResponses(QtReader(usage));
}

std::optional<Common::TokenUsage> UsageParser::fromOpenAiResponses(const simdjson::dom::object &usage)
{
    return readOpenAiResponses(DomReader(usage));
}

std::optional<Common::TokenUsage> UsageParser::fromAnthropic(const QJsonObject &usage)
{
    return readAnthropic(QtReader(usage));
}

std::optional<Common::TokenUsage> UsageParser::fromAnthropic(const simdjson::dom::object &usage)
{
    return readAnthropic(DomReader(usage));
}

} // namespace Providers
