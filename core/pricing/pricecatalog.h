#pragma once

#include "core/pricing/pricerecord.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Pricing {

/**
 * An immutable index over the current price of each model, for the gateway's per-request lookups.
 *
 * resolve() builds a list of candidate names and returns the first one the map has:
 *  1. with a provider hint and a bare model: "<hint>/<model>" ("gemini" + "gemini-2.5-pro");
 *  2. the model name exactly as given ("gpt-4o", "gemini/gemini-2.5-pro");
 *  3. each shorter name obtained by dropping a leading "<provider>/" segment
 *     ("anthropic/claude-sonnet-4-5" -> "claude-sonnet-4-5");
 *  right after each candidate comes the same name without a date suffix ("-YYYY-MM-DD", "-YYYYMMDD",
 *  "@YYYYMMDD"): a dated entry in the map wins over its undated base ("gpt-4o-2024-08-06"), and an
 *  unknown date falls back to the base ("gpt-4o-2099-01-01" -> "gpt-4o");
 *  4. only when nothing matched, the same list again, ignoring case.
 * A price set by hand for any of these names wins over the map's for all of them, in the exact pass and
 * again in the case-folded one: the user's rate is the one billed (QA: a provider named "gemini" found
 * the map's "gemini/gemini-2.5-pro" before the price set by hand for "gemini-2.5-pro").
 * A model nothing matches has no price (std::nullopt): its cost is unknown, never $0.
 */
class PriceCatalog final
{
public:
    /** When two records share a model name, the later effectiveFrom (then the later one in the list) wins. */
    explicit PriceCatalog(QList<PriceRecord> records);

    std::optional<PriceRecord> resolve(QStringView model, QStringView providerHint = {}) const;

    qsizetype size() const { return m_records.size(); }
    const QList<PriceRecord> &records() const { return m_records; }

private:
    std::optional<qsizetype> find(const QList<QString> &candidates, const QHash<QString, qsizetype> &index,
                                  bool foldCase) const;

    QList<PriceRecord> m_records;
    QHash<QString, qsizetype> m_byName;       // model name -> index in m_records
    QHash<QString, qsizetype> m_byFoldedName; // lower-case model name -> index in m_records
    QHash<QString, qsizetype> m_handSetByName;       // the same for the prices set by hand alone
    QHash<QString, qsizetype> m_handSetByFoldedName;
};

} // namespace Pricing
