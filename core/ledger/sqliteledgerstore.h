#pragma once

#include "core/common/clock.h"
#include "core/ledger/ledgerstore.h"
#include "core/ledger/pendingrollup.h"
#include "core/ledger/rollupupsert.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

#include <memory>

class QSqlError;
class QSqlQuery;

namespace Ledger {

class TraceInsert;

/**
 * The ledger in one SQLite file (WAL), through one named QSqlDatabase connection that belongs to
 * the thread that opened it. A ReadWrite store creates and migrates the file; a ReadOnly store
 * never alters it and sees the writer's commits.
 */
class SqliteLedgerStore final : public LedgerStore
{
public:
    static Common::Result<std::unique_ptr<SqliteLedgerStore>> open(const QString &filePath, const QString &connectionName,
                                                                   Access access,
                                                                   const Common::Clock &clock = Common::SystemClock::instance());
    ~SqliteLedgerStore() override;

    /**
     * Turns SQLite's memory statistics off; open() calls it before its connection opens. With them on,
     * each of SQLite's allocations takes a process-wide mutex to count itself: ~9 % of a trace insert on
     * this machine, for numbers Tollgate never reads. SQLite takes the setting only before it starts,
     * so this works if no connection opened before; otherwise it returns false and the counting goes
     * on (slower, not wrong).
     */
    static bool stopSqliteMemoryStatistics();
    Q_DISABLE_COPY_MOVE(SqliteLedgerStore)

    int schemaVersion() const override;
    qint64 configVersion() override;

    Common::Result<qint64> insertKey(const Keys::KeyRecord &key) override;
    Common::Status updateKey(const Keys::KeyRecord &key) override;
    std::optional<Keys::KeyRecord> findKeyByName(const QString &name) override;
    std::optional<Keys::KeyRecord> findKeyByHash(const QByteArray &secretHash) override;
    std::optional<Keys::KeyRecord> findKeyById(qint64 id) override;
    QList<Keys::KeyRecord> listKeys() override;
    Common::Status touchKeysLastUsed(const QList<QPair<qint64, QDateTime>> &uses) override;

    Common::Result<qint64> addCreditEntry(const CreditEntry &entry) override;
    QList<CreditEntry> listCreditEntries() override;
    CreditStatus creditStatus() override;

    Common::Result<qint64> insertProvider(const Providers::ProviderRecord &provider) override;
    Common::Status updateProvider(const Providers::ProviderRecord &provider) override;
    Common::Status removeProvider(const QString &name) override;
    std::optional<Providers::ProviderRecord> findProvider(const QString &name) override;
    QList<Providers::ProviderRecord> listProviders() override;

    Common::Status insertPriceVersions(const QList<Pricing::PriceRecord> &versions) override;
    QList<Pricing::PriceRecord> currentPrices() override;
    QList<Pricing::PriceRecord> priceHistory(const QString &model) override;
    std::optional<Pricing::PriceRecord> priceById(qint64 id) override;
    bool hasPrices() override;

    Common::Result<QList<qint64>> insertTraces(const QList<TraceRecord> &traces) override;
    Common::Status rollUp() override;
    /** Traces the rollup tables do not hold yet (readers add them); for tests and the benchmark. */
    qint64 tracesAwaitingRollUp();
    /** Whether this store wrote traces since its last roll-up. */
    std::optional<Common::Error> readFailure() const override { return m_readFailure; }
    bool hasPendingRollUp() const { return !m_pending.isEmpty(); }
    /** For a connection that never rolls up (InlineCommitter): the writer takes its traces from SQL. */
    void forgetPendingRollUp() { m_pending.clear(); }
    /**
     * Stops this connection from checkpointing the WAL after its commits (PRAGMA wal_autocheckpoint = 0):
     * for the connections that commit traces, whose commits answers wait for; the WalCheckpointer
     * thread does it instead. The log file is cut back to WalCheckpointer::LogSizeLimitBytes when it
     * starts over (PRAGMA journal_size_limit).
     */
    Common::Status leaveCheckpointsToCheckpointer();
    QList<TraceRecord> queryTraces(const TraceQuery &query) override;
    qint64 countTraces(const TraceQuery &query) override;
    QList<ReportRow> report(const ReportQuery &query) override;
    Common::Money keySpend(qint64 keyId) override;
    Common::Money sumTraceCosts() override;
    Common::Money sumRollupCosts() override;

private:
    struct ReportSpan;
    /** The hours `query` reads from the rollups and the stretches it reads from raw traces. */
    ReportSpan reportSpan(const ReportQuery &query);
    SqliteLedgerStore(QSqlDatabase db, const QString &connectionName, const QString &fileName, const Common::Clock &clock);

    Common::Error storageError(const QString &what, const QSqlError &error) const;
    /** A read that failed, or stopped short of its last row: remembered (the first) for readFailure(). */
    void readFailed(const QString &what, const QSqlError &error);
    /** After a `while (query.next())` loop: notes a read cut short by an error (a damaged page). */
    void checkReadEnd(const QSqlQuery &query, const QString &what);
    /** storageError() for a failure inside a transaction, which it rolls back. */
    Common::Error rollBack(const QString &what, const QSqlError &error);
    QSqlQuery prepare(const QString &sql) const;
    QSqlQuery &cachedQuery(std::unique_ptr<QSqlQuery> &slot, const QString &sql);
    std::optional<Keys::KeyRecord> findKeyWhere(const QString &condition, const QVariant &value);
    std::optional<Providers::ProviderRecord> findProviderWhere(const QString &condition, const QVariant &value);
    QList<Pricing::PriceRecord> selectPrices(const QString &tail, const QVariantMap &bindings);
    /** What a sum that cannot be read counts as: the most money (caps then refuse), or no rows. */
    enum class FailedRead { AsMostMoney, AsNone };
    qint64 sumQuery(const QString &sql, const QVariantMap &bindings, FailedRead failed = FailedRead::AsMostMoney);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_fileName;      // for messages: "ledger.sqlite"
    const Common::Clock &m_clock;
    std::unique_ptr<TraceInsert> m_insertTrace;
    // The three rollups (schema v3), each updated once per row touched since the last roll-up.
    RollupUpsert m_upsertKeyModelHour{QStringLiteral("usage_hourly"),
                                      {QStringLiteral("hour"), QStringLiteral("key_id"), QStringLiteral("model"),
                                       QStringLiteral("provider")}};
    RollupUpsert m_upsertKeyHour{QStringLiteral("usage_key_hourly"), {QStringLiteral("hour"), QStringLiteral("key_id")}};
    RollupUpsert m_upsertKey{QStringLiteral("usage_key_total"), {QStringLiteral("key_id")}};
    std::unique_ptr<QSqlQuery> m_beginTraces;
    std::unique_ptr<QSqlQuery> m_commitTraces;
    std::unique_ptr<QSqlQuery> m_touchKey;
    QHash<qint64, qint64> m_lastUsedWritten; // key id -> the last_used_at_ms this store last wrote for it
    std::unique_ptr<QSqlQuery> m_advanceMark;
    PendingRollup m_pending; // this store's committed traces since the last roll-up
    std::optional<Common::Error> m_readFailure; // the first read that failed or stopped short
};

} // namespace Ledger
