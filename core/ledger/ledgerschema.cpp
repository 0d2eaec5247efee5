#include "core/ledger/ledgerschema.h"

#include "core/ledger/ledgerlog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Ledger {

namespace {

Common::Error storageError(const QString &what, const QSqlError &error)
{
    const QString message = what + QStringLiteral(": ") + error.text();
    qCWarning(lcLedger).noquote() << message;
    return Common::makeError(Common::Error::Code::Storage, message);
}

// Runs DDL statements in order; the caller owns the transaction.
Common::Status execAll(QSqlDatabase db, const QStringList &statements)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return storageError(QStringLiteral("cannot create the ledger schema"), query.lastError());
    }
    return Common::Done{};
}

} // namespace

Common::Result<int> LedgerSchema::readVersion(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return storageError(QStringLiteral("cannot read the ledger schema version"), query.lastError());
    return query.value(0).toInt();
}

Common::Status LedgerSchema::checkNotNewer(int version, const QString &fileName)
{
    if (version <= CurrentVersion)
        return Common::Done{};
    return Common::makeError(Common::Error::Code::SchemaTooNew,
                             QStringLiteral("%1 uses schema %2 but this Tollgate understands up to %3; upgrade Tollgate")
                                 .arg(fileName)
                                 .arg(version)
                                 .arg(CurrentVersion));
}

Common::Status LedgerSchema::migrate(QSqlDatabase db, const QString &fileName)
{
    const Common::Result<int> found = readVersion(db);
    if (!found)
        return found.error();
    int version = found.value();
    if (const Common::Status newer = checkNotNewer(version, fileName); !newer)
        return newer;
    while (version < CurrentVersion) {
        if (const Common::Status step = migrateTo(db, version + 1); !step)
            return step;
        ++version;
        qCInfo(lcLedger).noquote() << fileName << "migrated to schema" << version;
    }
    return Common::Done{};
}

Common::Status LedgerSchema::migrateTo(QSqlDatabase db, int version)
{
    if (!db.transaction())
        return storageError(QStringLiteral("cannot start the migration to schema %1").arg(version), db.lastError());
    Common::Status step = Common::makeError(Common::Error::Code::Storage,
                                            QStringLiteral("no migration to schema %1").arg(version));
    switch (version) {
    case 1: step = migrateTo1(db); break;
    case 2: step = migrateTo2(db); break;
    case 3: step = migrateTo3(db); break;
    case 4: step = migrateTo4(db); break;
    default: break;
    }
    if (step) {
        // user_version is part of the database header, so it commits (or rolls back) with the step.
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            step = storageError(QStringLiteral("cannot record schema %1").arg(version), query.lastError());
    }
    if (!step) {
        db.rollback();
        return step;
    }
    if (!db.commit())
        return storageError(QStringLiteral("cannot commit the migration to schema %1").arg(version), db.lastError());
    return Common::Done{};
}

// Version 1: the whole schema. Portable SQL (INTEGER/BIGINT/TEXT, no SQLite-only functions) so that
// a PostgreSQL backend can share it. Times are epoch milliseconds (UTC), money is integer nano-USD.
Common::Status LedgerSchema::migrateTo1(QSqlDatabase db)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE keys ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " prefix TEXT NOT NULL,"
                       " secret_hash TEXT NOT NULL UNIQUE,"
                       " max_spend_nanos BIGINT,"
                       " rate_limit_count BIGINT,"
                       " rate_limit_period_s BIGINT,"
                       " tpm_limit BIGINT,"
                       " allowed_models TEXT NOT NULL DEFAULT '',"
                       " expires_at_ms BIGINT,"
                       " status TEXT NOT NULL CHECK (status IN ('active', 'revoked')),"
                       " created_at_ms BIGINT NOT NULL,"
                       " last_used_at_ms BIGINT,"
                       " revoked_at_ms BIGINT)"),
        QStringLiteral("CREATE TABLE credit_entries ("
                       " id INTEGER PRIMARY KEY,"
                       " time_ms BIGINT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('topup', 'adjustment', 'off')),"
                       " amount_nanos BIGINT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE providers ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " type TEXT NOT NULL CHECK (type IN ('openai', 'anthropic')),"
                       " base_url TEXT NOT NULL,"
                       " api_key_env TEXT NOT NULL DEFAULT '',"
                       " has_stored_secret INTEGER NOT NULL DEFAULT 0,"
                       " models TEXT NOT NULL DEFAULT '',"
                       " priority INTEGER NOT NULL DEFAULT 100,"
                       " created_at_ms BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE prices ("
                       " id INTEGER PRIMARY KEY,"
                       " model TEXT NOT NULL,"
                       " provider TEXT NOT NULL DEFAULT '',"
                       " mode TEXT NOT NULL DEFAULT '',"
                       " max_input_tokens BIGINT,"
                       " max_output_tokens BIGINT,"
                       " input_nanos_per_m BIGINT,"
                       " cache_read_nanos_per_m BIGINT,"
                       " cache_write_5m_nanos_per_m BIGINT,"
                       " cache_write_1h_nanos_per_m BIGINT,"
                       " output_nanos_per_m BIGINT,"
                       " reasoning_nanos_per_m BIGINT,"
                       " tiers TEXT NOT NULL DEFAULT '[]',"
                       " effective_from_ms BIGINT NOT NULL,"
                       " source TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX prices_model_effective ON prices (model, effective_from_ms)"),
        // Traces are the bulk of the file (millions of rows): small integers, short text, two indexes.
        // key_id is NULL for requests no key was found for.
        QStringLiteral("CREATE TABLE traces ("
                       " id INTEGER PRIMARY KEY,"
                       " time_ms BIGINT NOT NULL,"
                       " key_id BIGINT REFERENCES keys (id),"
                       " model TEXT NOT NULL,"
                       " served_model TEXT NOT NULL,"
                       " provider TEXT NOT NULL,"
                       " endpoint TEXT NOT NULL,"
                       " stream INTEGER NOT NULL,"
                       " status INTEGER NOT NULL,"
                       " outcome TEXT NOT NULL,"
                       " input_tokens BIGINT NOT NULL,"
                       " cached_input_tokens BIGINT NOT NULL,"
                       " cache_write_tokens BIGINT NOT NULL,"
                       " cache_write_1h_tokens BIGINT NOT NULL,"
                       " output_tokens BIGINT NOT NULL,"
                       " reasoning_tokens BIGINT NOT NULL,"
                       " cost_nanos BIGINT,"
                       " cost_status TEXT NOT NULL,"
                       " latency_ms BIGINT NOT NULL,"
                       " ttft_ms BIGINT,"
                       " attempts INTEGER NOT NULL,"
                       " price_id BIGINT REFERENCES prices (id))"),
        QStringLiteral("CREATE INDEX traces_time ON traces (time_ms)"),
        QStringLiteral("CREATE INDEX traces_key_time ON traces (key_id, time_ms)"),
        // One row per key, model, provider and UTC epoch hour; key_id 0 stands for "no key" so that
        // the primary key (and the upsert's conflict target) never holds a NULL.
        QStringLiteral("CREATE TABLE usage_hourly ("
                       " key_id BIGINT NOT NULL,"
                       " model TEXT NOT NULL,"
                       " provider TEXT NOT NULL,"
                       " hour BIGINT NOT NULL,"
                       " requests BIGINT NOT NULL,"
                       " input_tokens BIGINT NOT NULL,"
                       " cached_input_tokens BIGINT NOT NULL,"
                       " cache_write_tokens BIGINT NOT NULL,"
                       " cache_write_1h_tokens BIGINT NOT NULL,"
                       " output_tokens BIGINT NOT NULL,"
                       " reasoning_tokens BIGINT NOT NULL,"
                       " cost_nanos BIGINT NOT NULL,"
                       " unpriced_requests BIGINT NOT NULL,"
                       " estimated_requests BIGINT NOT NULL,"
                       " PRIMARY KEY (key_id, model, provider, hour))"),
        QStringLiteral("CREATE INDEX usage_hourly_hour ON usage_hourly (hour)"),
    });
}

// Version 2: a configuration version that every change the gateway must see bumps, so that a running
// gateway can notice a change the CLI made (another process) by polling one integer. Triggers do the
// bumping, so no writer can forget it. Traces and the last-used time of keys are not configuration:
// they change on every request and must not make the gateway reload.
Common::Status LedgerSchema::migrateTo2(QSqlDatabase db)
{
    QStringList statements = {
        QStringLiteral("CREATE TABLE meta (config_version BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO meta (config_version) VALUES (1)"),
    };
    const QString bump = QStringLiteral(" BEGIN UPDATE meta SET config_version = config_version + 1; END");
    const auto trigger = [&statements, &bump](const QString &table, const QString &event, const QString &name) {
        statements << QStringLiteral("CREATE TRIGGER %1_%2_bumps_config AFTER %3 ON %1 FOR EACH ROW")
                              .arg(table, name, event)
                          + bump;
    };
    const QStringList tables{QStringLiteral("keys"), QStringLiteral("providers"), QStringLiteral("prices"),
                             QStringLiteral("credit_entries")};
    for (const QString &table : tables) {
        trigger(table, QStringLiteral("INSERT"), QStringLiteral("insert"));
        trigger(table, QStringLiteral("DELETE"), QStringLiteral("delete"));
        if (table != QLatin1String("keys"))
            trigger(table, QStringLiteral("UPDATE"), QStringLiteral("update"));
    }
    // Every column of keys except last_used_at_ms, which each request moves.
    trigger(QStringLiteral("keys"),
            QStringLiteral("UPDATE OF name, prefix, secret_hash, max_spend_nanos, rate_limit_count,"
                           " rate_limit_period_s, tpm_limit, allowed_models, expires_at_ms, status, created_at_ms,"
                           " revoked_at_ms"),
            QStringLiteral("update"));
    return execAll(db, statements);
}

// Version 3: two coarser rollups beside usage_hourly, kept in the same transaction as the traces.
// The window's per-day-per-key chart read every (key, model, provider, hour) row of 90 days and the
// lifetime spend per key every row ever written (150 ms on a year-old ledger); per key and hour there
// are a third of the rows, and per key there is one row. Filled from usage_hourly here.
// The hourly tables are stored in hour order (WITHOUT ROWID: the primary key is the table, so a
// period is one sequential range and no separate index is needed). usage_hourly is rebuilt that way
// too, which drops its two indexes: each commit writes two pages fewer, which pays for the new tables.
Common::Status LedgerSchema::migrateTo3(QSqlDatabase db)
{
    const QString sums = QStringLiteral("requests BIGINT NOT NULL, input_tokens BIGINT NOT NULL,"
                                        " cached_input_tokens BIGINT NOT NULL, cache_write_tokens BIGINT NOT NULL,"
                                        " cache_write_1h_tokens BIGINT NOT NULL, output_tokens BIGINT NOT NULL,"
                                        " reasoning_tokens BIGINT NOT NULL, cost_nanos BIGINT NOT NULL,"
                                        " unpriced_requests BIGINT NOT NULL, estimated_requests BIGINT NOT NULL");
    const QString summed = QStringLiteral("SUM(requests), SUM(input_tokens), SUM(cached_input_tokens),"
                                          " SUM(cache_write_tokens), SUM(cache_write_1h_tokens), SUM(output_tokens),"
                                          " SUM(reasoning_tokens), SUM(cost_nanos), SUM(unpriced_requests),"
                                          " SUM(estimated_requests)");
    return execAll(db, {
        QStringLiteral("CREATE TABLE usage_hourly_by_hour (hour BIGINT NOT NULL, key_id BIGINT NOT NULL,"
                       " model TEXT NOT NULL, provider TEXT NOT NULL, ") + sums
            + QStringLiteral(", PRIMARY KEY (hour, key_id, model, provider)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO usage_hourly_by_hour SELECT hour, key_id, model, provider, requests, input_tokens,"
                       " cached_input_tokens, cache_write_tokens, cache_write_1h_tokens, output_tokens,"
                       " reasoning_tokens, cost_nanos, unpriced_requests, estimated_requests FROM usage_hourly"),
        QStringLiteral("DROP TABLE usage_hourly"), // its index goes with it
        QStringLiteral("ALTER TABLE usage_hourly_by_hour RENAME TO usage_hourly"),
        QStringLiteral("CREATE TABLE usage_key_hourly (hour BIGINT NOT NULL, key_id BIGINT NOT NULL, ") + sums
            + QStringLiteral(", PRIMARY KEY (hour, key_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE usage_key_total (key_id BIGINT NOT NULL PRIMARY KEY, ") + sums + QStringLiteral(")"),
        QStringLiteral("INSERT INTO usage_key_hourly SELECT hour, key_id, ") + summed
            + QStringLiteral(" FROM usage_hourly GROUP BY hour, key_id"),
        QStringLiteral("INSERT INTO usage_key_total SELECT key_id, ") + summed + QStringLiteral(" FROM usage_hourly GROUP BY key_id"),
    });
}

// Version 4: the rollups are brought up to date every few hundred milliseconds instead of in every
// trace's transaction, which then writes three B-tree pages instead of six (a single client's commit
// took 44 microseconds, 18 of them for the rollups). meta.rolled_up_to is the newest trace id the
// rollups hold; every reader adds the traces after it, so reports stay exact in between. Every
// trace written before this version is in the rollups already.
Common::Status LedgerSchema::migrateTo4(QSqlDatabase db)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE meta ADD COLUMN rolled_up_to BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE meta SET rolled_up_to = COALESCE((SELECT MAX(id) FROM traces), 0)"),
    });
}

} // namespace Ledger
