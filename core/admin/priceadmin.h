#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/pricing/pricerecord.h"

#include <QByteArray>
#include <QStringList>

namespace Ledger {
class LedgerStore;
}

namespace Admin {

/** What a price-map import changed. */
struct ImportSummary
{
    qint64 modelsInFile = 0;
    qint64 versionsAdded = 0;   // new models plus models whose rates changed
    QStringList rejected;       // models left out for a negative rate or one above Pricing::MaxRatePerMillion
    QStringList misnamed;       // models left out for a name setOverride() refuses (no request can name them)
    QStringList keptOverrides;  // models whose hand-set price was kept although the file's differs
    QStringList replacedOverrides; // models whose hand-set price the file's replaced (HandSetPrices::Replace)
    QString sha256;
};

/** What an import does to a model whose current price was set by hand (PriceAdmin::setOverride). */
enum class HandSetPrices { Keep, Replace };

/** Keeping the versioned price table: the first load of the bundled map, imports and overrides. */
class PriceAdmin final
{
public:
    PriceAdmin(Ledger::LedgerStore &store, const Common::Clock &clock);

    /** Loads the bundled community price map into an empty price table; does nothing otherwise. */
    Common::Status seedIfEmpty();
    /**
     * Adds a version for every model that is new or whose rates differ from its current version;
     * the versions' source is "<sourceName>:<first 12 hex digits of the file's SHA-256>". A hand-set
     * current price is the rate the user says they are billed, so it stays unless `handSet` is Replace.
     */
    Common::Result<ImportSummary> importMap(const QByteArray &json, const QString &sourceName,
                                            HandSetPrices handSet = HandSetPrices::Keep);
    /**
     * Adds an override version of `model`, starting from its current rates if it has any. Rates must
     * lie between 0 and Pricing::MaxRatePerMillion.
     */
    Common::Result<Pricing::PriceRecord> setOverride(const QString &model, const Pricing::RateSet &rates);

    /** Why no price may carry `model` as its name (empty, edge spaces, control characters, too long); empty if it may. */
    static QString modelNameProblem(const QString &model);

private:
    Ledger::LedgerStore &m_store;
    const Common::Clock &m_clock;
};

} // namespace Admin
