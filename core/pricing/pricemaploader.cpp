#include "core/pricing/pricemaploader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace Pricing {

namespace {

using Common::Money;

// Which field of a RateSet a map key (without any tier suffix) sets.
enum class RateField { Input, CacheRead, CacheWrite5m, CacheWrite1h, Output, Reasoning };

std::optional<RateField> rateFieldOf(QStringView baseKey)
{
    if (baseKey == u"input_cost_per_token")
        return RateField::Input;
    if (baseKey == u"cache_read_input_token_cost")
        return RateField::CacheRead;
    if (baseKey == u"cache_creation_input_token_cost")
        return RateField::CacheWrite5m;
    if (baseKey == u"cache_creation_input_token_cost_above_1hr")
        return RateField::CacheWrite1h;
    if (baseKey == u"output_cost_per_token")
        return RateField::Output;
    if (baseKey == u"output_cost_per_reasoning_token")
        return RateField::Reasoning;
    return std::nullopt;
}

std::optional<Money> &slotOf(RateSet &rates, RateField field)
{
    switch (field) {
    case RateField::Input: return rates.input;
    case RateField::CacheRead: return rates.cacheRead;
    case RateField::CacheWrite5m: return rates.cacheWrite5m;
    case RateField::CacheWrite1h: return rates.cacheWrite1h;
    case RateField::Output: return rates.output;
    case RateField::Reasoning: return rates.reasoning;
    }
    Q_UNREACHABLE();
}

bool hasAnyRate(const RateSet &rates)
{
    return rates.input || rates.cacheRead || rates.cacheWrite5m || rates.cacheWrite1h || rates.output
           || rates.reasoning;
}

// `number` is a JSON number: an entry with a rate of another type is refused before it gets here.
Money moneyOf(const QJsonValue &number)
{
    // A number too large for Money is the largest rate, so that the plausibility check rejects the
    // entry instead of the rate quietly going missing.
    return Money::fromUsdPerTokenPerMillion(number.toDouble()).value_or(Money::largest());
}

std::optional<qint64> countOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return value.toInteger();
}

/**
 * nullopt when a rate holds something other than a number ("2.5e-6" as a string, null): such an entry is
 * refused whole, as an implausible one is, rather than loaded without that rate and its traffic booked
 * as unpriced from then on.
 */
std::optional<PriceRecord> recordFrom(const QString &key, const QJsonObject &entry)
{
    // A long-context rate is "<base key>_above_<N>k_tokens". Anchoring at the end leaves out the
    // "..._above_<N>k_tokens_priority" service-tier variants on purpose.
    static const QRegularExpression tierKey(QStringLiteral("^(.+)_above_(\\d+)k_tokens$"));

    PriceRecord record;
    record.model = key;
    record.provider = entry.value(QLatin1String("litellm_provider")).toString();
    record.mode = entry.value(QLatin1String("mode")).toString();
    record.maxInputTokens = countOf(entry.value(QLatin1String("max_input_tokens")));
    record.maxOutputTokens = countOf(entry.value(QLatin1String("max_output_tokens")));
    if (!record.maxOutputTokens)
        record.maxOutputTokens = countOf(entry.value(QLatin1String("max_tokens")));

    QMap<qint64, RateSet> tiers; // ordered by threshold, as PriceRecord::tiers must be
    for (auto it = entry.constBegin(); it != entry.constEnd(); ++it) {
        const QString field = it.key();
        if (const auto base = rateFieldOf(field)) {
            if (!it.value().isDouble())
                return std::nullopt;
            slotOf(record.base, *base) = moneyOf(it.value());
            continue;
        }
        const QRegularExpressionMatch match = tierKey.match(field);
        if (!match.hasMatch())
            continue;
        const auto tierField = rateFieldOf(match.capturedView(1));
        bool ok = false;
        const qint64 thousands = match.capturedView(2).toLongLong(&ok);
        if (!tierField || !ok)
            continue; // e.g. input_cost_per_image_above_128k_tokens: not a token rate
        if (!it.value().isDouble())
            return std::nullopt;
        slotOf(tiers[thousands * 1000], *tierField) = moneyOf(it.value());
    }

    // Older DeepSeek-style alias for the cache-read rate; the current name wins when both exist.
    if (!record.base.cacheRead && entry.contains(QLatin1String("input_cost_per_token_cache_hit"))) {
        const QJsonValue alias = entry.value(QLatin1String("input_cost_per_token_cache_hit"));
        if (!alias.isDouble())
            return std::nullopt;
        record.base.cacheRead = moneyOf(alias);
    }

    for (auto it = tiers.constBegin(); it != tiers.constEnd(); ++it)
        record.tiers.append(PriceTier{it.key(), it.value()});
    return record;
}

} // namespace

Common::Result<PriceMap> PriceMapLoader::load(const QByteArray &json, const QString &sourceTag,
                                              const QDateTime &effectiveFrom)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Common::makeError(Common::Error::Code::Invalid,
                                 QStringLiteral("price map is not valid JSON at offset %1: %2")
                                     .arg(parseError.offset)
                                     .arg(parseError.errorString()));
    if (!document.isObject())
        return Common::makeError(Common::Error::Code::Invalid,
                                 QStringLiteral("price map must be a JSON object of model entries"));

    PriceMap map;
    map.sha256 = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());

    const QJsonObject root = document.object();
    map.records.reserve(root.size());
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        // Schema documentation and regex family defaults, not models.
        if (it.key() == u"sample_spec" || it.key() == u"fallback_generalizations")
            continue;
        // Any other entry names a model: one that is no object has no price to read, and is said so (QA:
        // "m": [1, 2, 3] was left out without a word).
        if (!it.value().isObject()) {
            map.rejected.append(it.key());
            continue;
        }
        std::optional<PriceRecord> read = recordFrom(it.key(), it.value().toObject());
        if (!read) {
            map.rejected.append(it.key());
            continue;
        }
        PriceRecord &record = *read;
        const bool priced = hasAnyRate(record.base)
                            || std::any_of(record.tiers.cbegin(), record.tiers.cend(),
                                           [](const PriceTier &tier) { return hasAnyRate(tier.rates); });
        if (!priced)
            continue;
        const bool plausible = record.base.isPlausible()
                               && std::all_of(record.tiers.cbegin(), record.tiers.cend(),
                                              [](const PriceTier &tier) { return tier.rates.isPlausible(); });
        if (!plausible) {
            map.rejected.append(record.model);
            continue;
        }
        record.effectiveFrom = effectiveFrom;
        record.source = sourceTag;
        map.records.append(std::move(record));
    }
    return map;
}

QByteArray PriceMapLoader::bundledMap()
{
    QFile file(QStringLiteral(":/pricing/model_prices_and_context_window.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace Pricing
