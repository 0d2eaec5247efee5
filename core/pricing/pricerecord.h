#pragma once

#include "core/common/money.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Pricing {

/**
 * The highest rate Tollgate accepts, in USD per one million tokens: $10,000, some sixteen times the
 * dearest posted rate (o1-pro's output, $600). A higher one is a typo or a unit mix-up (a price per
 * 1M tokens written per token), and keeping rates this low keeps every cost far inside Money's range.
 */
constexpr Common::Money MaxRatePerMillion = Common::Money::fromNanos(10'000 * Common::Money::NanosPerUsd);

/** Rates in USD per one million tokens (Money per 1M). A missing rate is std::nullopt, never 0. */
struct RateSet
{
    std::optional<Common::Money> input;
    std::optional<Common::Money> cacheRead;
    std::optional<Common::Money> cacheWrite5m;
    std::optional<Common::Money> cacheWrite1h;
    std::optional<Common::Money> output;
    std::optional<Common::Money> reasoning;  // nullopt: reasoning is billed at the output rate

    bool operator==(const RateSet &) const = default;
    /** True when no rate is negative or above MaxRatePerMillion. */
    bool isPlausible() const;
};

/** A long-context tier: when a request's total input exceeds `aboveTokens`, the whole request moves here. */
struct PriceTier
{
    qint64 aboveTokens = 0;
    RateSet rates;

    bool operator==(const PriceTier &) const = default;
};

/** One version of one model's prices. Versions are never edited: a change adds a newer version. */
struct PriceRecord
{
    qint64 id = 0;                 // the ledger's id of this version; traces refer to it
    QString model;                 // the map's key: "gpt-4o", "gemini/gemini-2.5-pro"
    QString provider;              // the map's litellm_provider: "openai", "anthropic", "gemini"
    QString mode;                  // "chat", "embedding", "responses", ...
    std::optional<qint64> maxInputTokens;
    std::optional<qint64> maxOutputTokens;
    RateSet base;
    QList<PriceTier> tiers;        // ascending aboveTokens
    QDateTime effectiveFrom;       // UTC
    QString source;                // "map:<sha256-prefix>", "import:<sha256-prefix>" or HandSetSource

    /** The source of a price set by hand (`prices set`, the Prices page): imports leave it alone, lookups prefer it. */
    static inline const QString HandSetSource = QStringLiteral("override");
    bool isHandSet() const { return source == HandSetSource; }

    /**
     * Whether its base rates can price every kind of token a request may bill: input always, output
     * when the route answers with text (not embeddings). Cache and reasoning rates fall back to these.
     */
    bool pricesEveryToken(bool withOutput) const { return base.input.has_value() && (!withOutput || base.output.has_value()); }

    /** True when the rates (not the bookkeeping fields) are the same. */
    bool sameRatesAs(const PriceRecord &other) const
    {
        return base == other.base && tiers == other.tiers && maxOutputTokens == other.maxOutputTokens
               && maxInputTokens == other.maxInputTokens && mode == other.mode && provider == other.provider;
    }
};

} // namespace Pricing
