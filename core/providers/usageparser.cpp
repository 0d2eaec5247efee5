#include "core/providers/usageparser.h"

#include <QJsonValue>

#include <algorithm>

namespace Providers {

namespace {

bool hasCount(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).isDouble();
}

qint64 count(const QJsonObject &object, QLatin1String key)
{
    return std::max<qint64>(object.value(key).toInteger(), 0);
}

qint64 detail(const QJsonObject &object, QLatin1String details, QLatin1String key)
{
    return count(object.value(details).toObject(), key);
}

} // namespace

std::optional<Common::TokenUsage> UsageParser::fromOpenAi(const QJsonObject &usage)
{
    if (!hasCount(usage, QLatin1String("prompt_tokens")) && !hasCount(usage, QLatin1String("completion_tokens")))
        return std::nullopt;

    Common::TokenUsage result;
    result.inputTokens = count(usage, QLatin1String("prompt_tokens"));
    result.cachedInputTokens = detail(usage, QLatin1String("prompt_tokens_details"), QLatin1String("cached_tokens"));
    // DeepSeek reports cache hits at the top level (hit + miss = prompt_tokens).
    if (result.cachedInputTokens == 0)
        result.cachedInputTokens = count(usage, QLatin1String("prompt_cache_hit_tokens"));
    result.outputTokens = count(usage, QLatin1String("completion_tokens"));
    result.reasoningTokens =
        detail(usage, QLatin1String("completion_tokens_details"), QLatin1String("reasoning_tokens"));
    return result;
}

std::optional<Common::TokenUsage> UsageParser::fromOpenAiResponses(const QJsonObject &usage)
{
    if (!hasCount(usage, QLatin1String("input_tokens")) && !hasCount(usage, QLatin1String("output_tokens")))
        return std::nullopt;

    Common::TokenUsage result;
    result.inputTokens = count(usage, QLatin1String("input_tokens"));
    result.cachedInputTokens = detail(usage, QLatin1String("input_tokens_details"), QLatin1String("cached_tokens"));
    result.outputTokens = count(usage, QLatin1String("output_tokens"));
    result.reasoningTokens = detail(usage, QLatin1String("output_tokens_details"), QLatin1String("reasoning_tokens"));
    return result;
}

std::optional<Common::TokenUsage> UsageParser::fromAnthropic(const QJsonObject &usage)
{
    if (!hasCount(usage, QLatin1String("input_tokens")) && !hasCount(usage, QLatin1String("output_tokens")))
        return std::nullopt;

    const QJsonObject byTtl = usage.value(QLatin1String("cache_creation")).toObject();
    const qint64 write5m = count(byTtl, QLatin1String("ephemeral_5m_input_tokens"));
    const qint64 write1h = count(byTtl, QLatin1String("ephemeral_1h_input_tokens"));

    Common::TokenUsage result;
    result.cachedInputTokens = count(usage, QLatin1String("cache_read_input_tokens"));
    // The TTL breakdown and the total describe the same writes; trust whichever is larger if they disagree.
    result.cacheWriteTokens = std::max(count(usage, QLatin1String("cache_creation_input_tokens")), write5m + write1h);
    result.cacheWrite1hTokens = write1h;
    result.inputTokens = count(usage, QLatin1String("input_tokens")) + result.cachedInputTokens + result.cacheWriteTokens;
    result.outputTokens = count(usage, QLatin1String("output_tokens"));
    // Newer API versions break the billed output down; the thinking part is our reasoning count.
    const QJsonObject outputDetails = usage.value(QLatin1String("output_tokens_details")).toObject();
    result.reasoningTokens = count(outputDetails, QLatin1String("thinking_tokens"));
    if (result.reasoningTokens == 0)
        result.reasoningTokens = count(outputDetails, QLatin1String("reasoning_tokens"));
    return result;
}

} // namespace Providers
