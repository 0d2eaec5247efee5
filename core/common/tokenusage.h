#pragma once

#include <QtGlobal>

namespace Common {

/**
 * Token counts of one request, normalised once for every provider:
 * - inputTokens counts all input, including cache reads and cache writes;
 *   cachedInputTokens and cacheWriteTokens are parts of it, cacheWrite1hTokens is the part of
 *   cacheWriteTokens written with the one-hour TTL (priced higher by Anthropic).
 * - outputTokens counts all output, including reasoning; reasoningTokens is part of it.
 */
struct TokenUsage
{
    qint64 inputTokens = 0;
    qint64 cachedInputTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 cacheWrite1hTokens = 0;
    qint64 outputTokens = 0;
    qint64 reasoningTokens = 0;

    qint64 uncachedInputTokens() const { return inputTokens - cachedInputTokens - cacheWriteTokens; }
    bool operator==(const TokenUsage &) const = default;
};

} // namespace Common
