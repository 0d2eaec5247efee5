#pragma once

#include "core/common/tokenusage.h"

#include <QJsonObject>

#include <optional>

namespace simdjson::dom {
class object;
}

namespace Providers {

/**
 * Normalises a provider's `usage` object to Common::TokenUsage (shared/api-formats.md §1-3, §5, §6).
 * Each returns std::nullopt when the object is not usage of that shape (empty, or without any of the
 * token counts it must carry). Missing detail fields count as 0; negative counts are read as 0.
 * Each reads Qt's JSON types or, on the gateway's hot path, a simdjson DOM (Common::JsonDom), with the
 * same rules and results.
 */
class UsageParser final
{
public:
    /**
     * OpenAI Chat Completions, legacy Completions and Embeddings, and OpenAI-compatible servers:
     * prompt_tokens includes cached tokens (prompt_tokens_details.cached_tokens, or DeepSeek's
     * prompt_cache_hit_tokens); completion_tokens includes completion_tokens_details.reasoning_tokens.
     */
    static std::optional<Common::TokenUsage> fromOpenAi(const QJsonObject &usage);
    static std::optional<Common::TokenUsage> fromOpenAi(const simdjson::dom::object &usage);

    /** OpenAI Responses: input_tokens (incl. input_tokens_details.cached_tokens), output_tokens (incl. reasoning). */
    static std::optional<Common::TokenUsage> fromOpenAiResponses(const QJsonObject &usage);
    static std::optional<Common::TokenUsage> fromOpenAiResponses(const simdjson::dom::object &usage);

    /**
     * Anthropic Messages: input_tokens EXCLUDES the cache, so total input = input_tokens
     * + cache_creation_input_tokens + cache_read_input_tokens; cache_creation.ephemeral_1h_input_tokens is
     * the 1-hour part of the writes; output_tokens is billed output (thinking included).
     */
    static std::optional<Common::TokenUsage> fromAnthropic(const QJsonObject &usage);
    static std::optional<Common::TokenUsage> fromAnthropic(const simdjson::dom::object &usage);
};

} // namespace Providers
