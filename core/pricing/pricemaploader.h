#pragma once

#include "core/common/result.h"
#include "core/pricing/pricerecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pricing {

/** The priced entries of one community price map file, and the file's fingerprint. */
struct PriceMap
{
    QList<PriceRecord> records;
    QStringList rejected; // models left out for a rate that is not a number, negative or implausible (RateSet::isPlausible)
    QString sha256;  // lower-case hex digest of the file's bytes, identifies the map version
};

/**
 * Reads the community price map (LiteLLM's model_prices_and_context_window.json format, see
 * shared/api-formats.md §7) into PriceRecords. Only per-token text prices are read: service-tier
 * (`_priority`, `_flex`), Batch API (`_batches`) and non-token modalities (audio, image, per-second,
 * per-character, per-query) are ignored, because the gateway meters text tokens at the standard tier.
 */
class PriceMapLoader final
{
public:
    /**
     * Parses `json`. Every record gets `source = sourceTag` and `effectiveFrom`. Entries without any token
     * rate (e.g. image-only models) and the non-model keys `sample_spec` and `fallback_generalizations`
     * are skipped. An entry with a negative rate or one above MaxRatePerMillion, in its base or in any
     * tier, is left out whole and named in `rejected`: billing it would book money that is not owed
     * (or a refund). Malformed JSON, or a top level that is not an object, is Error::Invalid.
     */
    static Common::Result<PriceMap> load(const QByteArray &json, const QString &sourceTag,
                                         const QDateTime &effectiveFrom);

    /** The map bundled as resource :/pricing/model_prices_and_context_window.json (empty if missing). */
    static QByteArray bundledMap();
};

} // namespace Pricing
