#pragma once

#include "core/common/result.h"
#include "core/keys/keyrecord.h"
#include "core/ledger/queries.h"
#include "core/ledger/tracerecord.h"
#include "core/pricing/pricerecord.h"
#include "core/providers/providerrecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace Ledger {

/**
 * Everything Tollgate keeps, behind one interface with portable SQL, so that a PostgreSQL backend
 * can follow the SQLite one. An instance belongs to the thread that opened it.
 */
class LedgerStore
{
public:
    enum class Access { ReadWrite, ReadOnly };

    virtual ~LedgerStore() = default;

    /** Schema version this build writes; an older ledger is migrated step by step, a newer one refused. */
    virtual int schemaVersion() const = 0;
    /**
     * The first read since the store opened that failed or was cut short (a damaged page ends a listing
     * early), if any: the lists the reads return are then incomplete, and a command must not present them
     * as the ledger.
     */
    virtual std::optional<Common::Error> readFailure() const = 0;

    /**
     * A number that changes whenever keys, providers, prices or credit entries change (but not when
     * traces are added or a key's last-used time moves), so a reader can poll it cheaply to learn that
     * the configuration changed. -1 when it cannot be read.
     */
    virtual qint64 configVersion() = 0;

    // Keys
    virtual Common::Result<qint64> insertKey(const Keys::KeyRecord &key) = 0;            // Duplicate if the name is taken
    virtual Common::Status updateKey(const Keys::KeyRecord &key) = 0;                    // by id; every field
    virtual std::optional<Keys::KeyRecord> findKeyByName(const QString &name) = 0;
    virtual std::optional<Keys::KeyRecord> findKeyByHash(const QByteArray &secretHash) = 0;
    virtual std::optional<Keys::KeyRecord> findKeyById(qint64 id) = 0;
    virtual QList<Keys::KeyRecord> listKeys() = 0;                                       // by name
    virtual Common::Status touchKeysLastUsed(const QList<QPair<qint64, QDateTime>> &uses) = 0;

    // Credit
    virtual Common::Result<qint64> addCreditEntry(const CreditEntry &entry) = 0;
    virtual QList<CreditEntry> listCreditEntries() = 0;                                  // oldest first
    virtual CreditStatus creditStatus() = 0;

    // Providers
    virtual Common::Result<qint64> insertProvider(const Providers::ProviderRecord &provider) = 0;
    virtual Common::Status updateProvider(const Providers::ProviderRecord &provider) = 0;
    virtual Common::Status removeProvider(const QString &name) = 0;                      // NotFound if absent
    virtual std::optional<Providers::ProviderRecord> findProvider(const QString &name) = 0;
    virtual QList<Providers::ProviderRecord> listProviders() = 0;                        // by priority, then name

    // Prices: versions are only ever added
    virtual Common::Status insertPriceVersions(const QList<Pricing::PriceRecord> &versions) = 0; // one transaction
    virtual QList<Pricing::PriceRecord> currentPrices() = 0;      // the newest version of every model
    virtual QList<Pricing::PriceRecord> priceHistory(const QString &model) = 0;          // oldest first
    virtual std::optional<Pricing::PriceRecord> priceById(qint64 id) = 0;
    virtual bool hasPrices() = 0;

    // Traces: each batch is one transaction. The rollups (what reports read) catch up in rollUp();
    // until then every reader adds the traces written since, so reports are exact either way. A batch
    // the ledger cannot take now (disk full, I/O error) fails with Error::Code::Unwritable.
    virtual Common::Result<QList<qint64>> insertTraces(const QList<TraceRecord> &traces) = 0;
    virtual Common::Status rollUp() = 0; // one transaction; cheap when this store wrote the new traces
    virtual QList<TraceRecord> queryTraces(const TraceQuery &query) = 0;
    virtual qint64 countTraces(const TraceQuery &query) = 0;
    virtual QList<ReportRow> report(const ReportQuery &query) = 0;
    virtual Common::Money keySpend(qint64 keyId) = 0;             // lifetime, from the rollups
    virtual Common::Money sumTraceCosts() = 0;                    // from raw traces, for audits and tests
    virtual Common::Money sumRollupCosts() = 0;                   // what reports add up, for audits and tests
};

} // namespace Ledger
