#include "core/ledger/sqliteledgerstore.h"

#include "core/common/privatefiles.h"
#include "core/ledger/ledgerlog.h"
#include "core/ledger/ledgerschema.h"
#include "core/ledger/traceinsert.h"
#include "core/ledger/walcheckpointer.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace Ledger {

namespace {

constexpr qint64 MsPerHour = RollupUpsert::MsPerHour;
constexpr qint64 LastUsedResolutionMs = 60'000; // how stale a key's "last used" may get from traces
// The traces (alias t) the rollups do not hold yet, which every reader of a rollup adds; found by id range.
const QString AwaitingRollUp = QStringLiteral("t.id > (SELECT rolled_up_to FROM meta)");

// Floor division, so that times before 1970 still land in the hour that contains them.
qint64 hourOf(qint64 ms)
{
    return ms >= 0 ? ms / MsPerHour : -((-ms + MsPerHour - 1) / MsPerHour);
}

// Ceiling division: the first whole hour that starts at or after `ms`.
qint64 firstHourFrom(qint64 ms)
{
    return -hourOf(-ms);
}

// Raw traces in a report are grouped by quarter hour for days: every zone in use today is a whole
// number of quarter hours off UTC, so no quarter hour holds two local dates.
constexpr qint64 MsPerQuarterHour = MsPerHour / 4;

/** "(a, b, c)" for an SQL IN list of integers (never user text). */
QString integerList(const QList<qint64> &values)
{
    QStringList texts;
    for (const qint64 value : values)
        texts << QString::number(value);
    return QLatin1Char('(') + texts.join(QLatin1String(", ")) + QLatin1Char(')');
}

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QDateTime utcFromVariant(const QVariant &value)
{
    return value.isNull() ? QDateTime() : utcFromMs(value.toLongLong());
}

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QVariant nanosOrNull(const std::optional<Common::Money> &money)
{
    return money ? QVariant(money->nanos()) : QVariant();
}

std::optional<Common::Money> moneyFromVariant(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return Common::Money::fromNanos(value.toLongLong());
}

template<typename T>
QVariant optionalOrNull(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QStringList splitList(const QString &joined)
{
    return joined.split(u',', Qt::SkipEmptyParts);
}

// Qt binds a null QString as SQL NULL; text columns are NOT NULL, so an absent text is ''.
QVariant text(const QString &value)
{
    return QVariant(value.isNull() ? QStringLiteral("") : value);
}

bool isUniqueViolation(const QSqlError &error)
{
    // SQLite: "UNIQUE constraint failed: keys.name"; PostgreSQL: SQLSTATE 23505.
    return error.databaseText().contains(QLatin1String("UNIQUE constraint failed"))
           || error.nativeErrorCode() == QLatin1String("23505");
}

// SQLite's primary result codes for a ledger that cannot be written now but may be later: the disk is
// full, an I/O error, the file became read-only or went away, a lock was held too long, no memory. A
// trace refused for one of these is worth holding and trying again; one refused for what it holds is not.
bool isUnwritable(const QSqlError &error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber) & 0xff; // extended codes keep the primary in the low byte
    if (!isNumber)
        return false;
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_NOMEM:
    case SQLITE_READONLY:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
        return true;
    default:
        return false;
    }
}

/** `failure` to write traces, marked Unwritable when SQLite's `cause` says the ledger may take them later. */
Common::Error traceWriteFailure(Common::Error failure, const QSqlError &cause)
{
    if (isUnwritable(cause))
        failure.code = Common::Error::Code::Unwritable;
    return failure;
}

void bindValues(QSqlQuery &query, const QVariantMap &bindings)
{
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        query.bindValue(it.key(), it.value());
}

// --- keys ---

const QString KeyColumns = QStringLiteral(
    "id, name, prefix, secret_hash, max_spend_nanos, rate_limit_count, rate_limit_period_s, tpm_limit,"
    " allowed_models, expires_at_ms, status, created_at_ms, last_used_at_ms, revoked_at_ms");

Keys::KeyRecord keyFromRow(const QSqlQuery &query)
{
    Keys::KeyRecord key;
    key.id = query.value(0).toLongLong();
    key.name = query.value(1).toString();
    key.prefix = query.value(2).toString();
    key.secretHash = query.value(3).toString().toLatin1();
    key.maxSpend = moneyFromVariant(query.value(4));
    if (!query.value(5).isNull()) {
        if (const auto period = Common::RateLimit::periodFromSeconds(query.value(6).toLongLong()))
            key.rateLimit = Common::RateLimit{query.value(5).toLongLong(), *period};
        else
            qCWarning(lcLedger) << "key" << key.id << "has an unknown rate limit period; ignoring its rate limit";
    }
    key.tokensPerMinute = optionalInt(query.value(7));
    key.allowedModels = splitList(query.value(8).toString());
    if (!query.value(9).isNull())
        key.expiresAt = utcFromMs(query.value(9).toLongLong());
    key.status = query.value(10).toString() == QLatin1String("revoked") ? Keys::KeyStatus::Revoked
                                                                        : Keys::KeyStatus::Active;
    key.createdAt = utcFromVariant(query.value(11));
    key.lastUsedAt = utcFromVariant(query.value(12));
    key.revokedAt = utcFromVariant(query.value(13));
    return key;
}

void bindKey(QSqlQuery &query, const Keys::KeyRecord &key, const QDateTime &createdAt)
{
    query.bindValue(QStringLiteral(":name"), text(key.name));
    query.bindValue(QStringLiteral(":prefix"), text(key.prefix));
    query.bindValue(QStringLiteral(":secret_hash"), text(QString::fromLatin1(key.secretHash)));
    query.bindValue(QStringLiteral(":max_spend_nanos"), nanosOrNull(key.maxSpend));
    query.bindValue(QStringLiteral(":rate_limit_count"), key.rateLimit ? QVariant(key.rateLimit->count) : QVariant());
    query.bindValue(QStringLiteral(":rate_limit_period_s"),
                    key.rateLimit ? QVariant(key.rateLimit->periodSeconds()) : QVariant());
    query.bindValue(QStringLiteral(":tpm_limit"), optionalOrNull(key.tokensPerMinute));
    query.bindValue(QStringLiteral(":allowed_models"), text(key.allowedModels.join(u',')));
    query.bindValue(QStringLiteral(":expires_at_ms"), key.expiresAt ? msOrNull(*key.expiresAt) : QVariant());
    query.bindValue(QStringLiteral(":status"), key.status == Keys::KeyStatus::Revoked ? QStringLiteral("revoked")
                                                                                     : QStringLiteral("active"));
    query.bindValue(QStringLiteral(":created_at_ms"), createdAt.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":last_used_at_ms"), msOrNull(key.lastUsedAt));
    query.bindValue(QStringLiteral(":revoked_at_ms"), msOrNull(key.revokedAt));
}

// --- credit ---

QString creditKindName(CreditEntryKind kind)
{
    switch (kind) {
    case CreditEntryKind::TopUp: return QStringLiteral("topup");
    case CreditEntryKind::Adjustment: return QStringLiteral("adjustment");
    case CreditEntryKind::Off: return QStringLiteral("off");
    }
    return QStringLiteral("off");
}

CreditEntryKind creditKindFromName(const QString &name)
{
    if (name == QLatin1String("topup"))
        return CreditEntryKind::TopUp;
    if (name == QLatin1String("adjustment"))
        return CreditEntryKind::Adjustment;
    return CreditEntryKind::Off;
}

// --- providers ---

const QString ProviderColumns = QStringLiteral(
    "id, name, type, base_url, api_key_env, has_stored_secret, models, priority, created_at_ms");

Providers::ProviderRecord providerFromRow(const QSqlQuery &query)
{
    Providers::ProviderRecord provider;
    provider.id = query.value(0).toLongLong();
    provider.name = query.value(1).toString();
    provider.type = query.value(2).toString() == QLatin1String("anthropic") ? Providers::ProviderType::Anthropic
                                                                            : Providers::ProviderType::OpenAi;
    provider.baseUrl = query.value(3).toString();
    provider.apiKeyEnv = query.value(4).toString();
    provider.hasStoredSecret = query.value(5).toLongLong() != 0;
    provider.models = splitList(query.value(6).toString());
    provider.priority = query.value(7).toInt();
    provider.createdAt = utcFromVariant(query.value(8));
    return provider;
}

void bindProvider(QSqlQuery &query, const Providers::ProviderRecord &provider, const QDateTime &createdAt)
{
    query.bindValue(QStringLiteral(":name"), text(provider.name));
    query.bindValue(QStringLiteral(":type"), Providers::ProviderRecord::typeName(provider.type));
    query.bindValue(QStringLiteral(":base_url"), text(provider.baseUrl));
    query.bindValue(QStringLiteral(":api_key_env"), text(provider.apiKeyEnv));
    query.bindValue(QStringLiteral(":has_stored_secret"), provider.hasStoredSecret ? 1 : 0);
    query.bindValue(QStringLiteral(":models"), text(provider.models.join(u',')));
    query.bindValue(QStringLiteral(":priority"), provider.priority);
    query.bindValue(QStringLiteral(":created_at_ms"), createdAt.toMSecsSinceEpoch());
}

// --- prices ---

const QString PriceColumns = QStringLiteral(
    "id, model, provider, mode, max_input_tokens, max_output_tokens, input_nanos_per_m, cache_read_nanos_per_m,"
    " cache_write_5m_nanos_per_m, cache_write_1h_nanos_per_m, output_nanos_per_m, reasoning_nanos_per_m, tiers,"
    " effective_from_ms, source");

// Rate names in the tiers JSON, in RateSet order.
constexpr std::optional<Common::Money> Pricing::RateSet::*RateMembers[] = {
    &Pricing::RateSet::input,        &Pricing::RateSet::cacheRead, &Pricing::RateSet::cacheWrite5m,
    &Pricing::RateSet::cacheWrite1h, &Pricing::RateSet::output,    &Pricing::RateSet::reasoning,
};
const QString RateJsonNames[] = {
    QStringLiteral("input"),          QStringLiteral("cache_read"), QStringLiteral("cache_write_5m"),
    QStringLiteral("cache_write_1h"), QStringLiteral("output"),     QStringLiteral("reasoning"),
};
constexpr qsizetype RateCount = std::size(RateMembers);

// Compact JSON with integer nanos: [{"above":200000,"input":2500000000,...}]. Missing rates are left out.
QString tiersToJson(const QList<Pricing::PriceTier> &tiers)
{
    QJsonArray array;
    for (const Pricing::PriceTier &tier : tiers) {
        QJsonObject object;
        object.insert(QStringLiteral("above"), tier.aboveTokens);
        for (qsizetype i = 0; i < RateCount; ++i) {
            if (const auto &rate = tier.rates.*RateMembers[i])
                object.insert(RateJsonNames[i], rate->nanos());
        }
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Pricing::PriceTier> tiersFromJson(const QString &json)
{
    QList<Pricing::PriceTier> tiers;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Pricing::PriceTier tier;
        tier.aboveTokens = object.value(QStringLiteral("above")).toInteger();
        for (qsizetype i = 0; i < RateCount; ++i) {
            const QJsonValue rate = object.value(RateJsonNames[i]);
            if (!rate.isUndefined() && !rate.isNull())
                tier.rates.*RateMembers[i] = Common::Money::fromNanos(rate.toInteger());
        }
        tiers.append(tier);
    }
    return tiers;
}

Pricing::PriceRecord priceFromRow(const QSqlQuery &query)
{
    Pricing::PriceRecord price;
    price.id = query.value(0).toLongLong();
    price.model = query.value(1).toString();
    price.provider = query.value(2).toString();
    price.mode = query.value(3).toString();
    price.maxInputTokens = optionalInt(query.value(4));
    price.maxOutputTokens = optionalInt(query.value(5));
    for (int i = 0; i < int(RateCount); ++i)
        price.base.*RateMembers[i] = moneyFromVariant(query.value(6 + i));
    price.tiers = tiersFromJson(query.value(12).toString());
    price.effectiveFrom = utcFromVariant(query.value(13));
    price.source = query.value(14).toString();
    return price;
}

// --- traces ---

const QString TraceColumns = QStringLiteral(
    "t.id, t.time_ms, t.key_id, k.name, t.model, t.served_model, t.provider, t.endpoint, t.stream, t.status,"
    " t.outcome, t.input_tokens, t.cached_input_tokens, t.cache_write_tokens, t.cache_write_1h_tokens,"
    " t.output_tokens, t.reasoning_tokens, t.cost_nanos, t.cost_status, t.latency_ms, t.ttft_ms, t.attempts,"
    " t.price_id");

TraceRecord traceFromRow(const QSqlQuery &query)
{
    TraceRecord trace;
    trace.id = query.value(0).toLongLong();
    trace.time = utcFromMs(query.value(1).toLongLong());
    trace.keyId = query.value(2).toLongLong();
    trace.keyName = query.value(3).toString();
    trace.model = query.value(4).toString();
    trace.servedModel = query.value(5).toString();
    trace.provider = query.value(6).toString();
    trace.endpoint = query.value(7).toString();
    trace.stream = query.value(8).toLongLong() != 0;
    trace.status = query.value(9).toInt();
    trace.outcome = query.value(10).toString();
    trace.usage.inputTokens = query.value(11).toLongLong();
    trace.usage.cachedInputTokens = query.value(12).toLongLong();
    trace.usage.cacheWriteTokens = query.value(13).toLongLong();
    trace.usage.cacheWrite1hTokens = query.value(14).toLongLong();
    trace.usage.outputTokens = query.value(15).toLongLong();
    trace.usage.reasoningTokens = query.value(16).toLongLong();
    trace.cost = moneyFromVariant(query.value(17));
    trace.costStatus = costStatusFromName(query.value(18).toString()).value_or(CostStatus::Unpriced);
    trace.latencyMs = query.value(19).toLongLong();
    trace.ttftMs = optionalInt(query.value(20));
    trace.attempts = query.value(21).toInt();
    trace.priceId = query.value(22).toLongLong();
    return trace;
}

// WHERE clause and bindings shared by queryTraces() and countTraces().
QString traceFilter(const TraceQuery &query, QVariantMap &bindings)
{
    QStringList conditions;
    if (query.since.isValid()) {
        conditions << QStringLiteral("t.time_ms >= :since");
        bindings.insert(QStringLiteral(":since"), query.since.toMSecsSinceEpoch());
    }
    if (query.until.isValid()) {
        conditions << QStringLiteral("t.time_ms < :until");
        bindings.insert(QStringLiteral(":until"), query.until.toMSecsSinceEpoch());
    }
    if (!query.keyName.isEmpty()) {
        // A sub-select rather than a filter on the join, so the (key_id, time_ms) index applies.
        conditions << QStringLiteral("t.key_id = (SELECT id FROM keys WHERE name = :key_name)");
        bindings.insert(QStringLiteral(":key_name"), query.keyName);
    }
    if (!query.model.isEmpty()) {
        conditions << QStringLiteral("t.model = :model");
        bindings.insert(QStringLiteral(":model"), query.model);
    }
    if (!query.provider.isEmpty()) {
        conditions << QStringLiteral("t.provider = :provider");
        bindings.insert(QStringLiteral(":provider"), query.provider);
    }
    if (!query.outcome.isEmpty()) {
        conditions << QStringLiteral("t.outcome = :outcome");
        bindings.insert(QStringLiteral(":outcome"), query.outcome);
    }
    if (query.minStatus > 0) {
        conditions << QStringLiteral("t.status >= :min_status");
        bindings.insert(QStringLiteral(":min_status"), query.minStatus);
    }
    if (query.maxStatus > 0) {
        conditions << QStringLiteral("t.status <= :max_status");
        bindings.insert(QStringLiteral(":max_status"), query.maxStatus);
    }
    if (query.costStatus) {
        conditions << QStringLiteral("t.cost_status = :cost_status");
        bindings.insert(QStringLiteral(":cost_status"), costStatusName(*query.costStatus));
    }
    // Keyset paging on (time_ms, id). The plain range on time_ms comes first so that the time index
    // bounds the scan; the second term only breaks ties within one millisecond.
    if (query.olderThan) {
        conditions << QStringLiteral("t.time_ms <= :older_time AND (t.time_ms < :older_time_tie OR t.id < :older_id)");
        bindings.insert(QStringLiteral(":older_time"), query.olderThan->timeMs);
        bindings.insert(QStringLiteral(":older_time_tie"), query.olderThan->timeMs);
        bindings.insert(QStringLiteral(":older_id"), query.olderThan->id);
    }
    if (query.newerThan) {
        conditions << QStringLiteral("t.time_ms >= :newer_time AND (t.time_ms > :newer_time_tie OR t.id > :newer_id)");
        bindings.insert(QStringLiteral(":newer_time"), query.newerThan->timeMs);
        bindings.insert(QStringLiteral(":newer_time_tie"), query.newerThan->timeMs);
        bindings.insert(QStringLiteral(":newer_id"), query.newerThan->id);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

} // namespace

// --- opening ---

SqliteLedgerStore::SqliteLedgerStore(QSqlDatabase db, const QString &connectionName, const QString &fileName,
                                     const Common::Clock &clock)
    : m_db(db), m_connectionName(connectionName), m_fileName(fileName), m_clock(clock)
{
}

SqliteLedgerStore::~SqliteLedgerStore()
{
    // Statements first: a connection cannot be removed while a query still refers to it.
    m_insertTrace.reset();
    m_upsertKeyModelHour.reset();
    m_upsertKeyHour.reset();
    m_upsertKey.reset();
    m_beginTraces.reset();
    m_commitTraces.reset();
    m_touchKey.reset();
    m_advanceMark.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SqliteLedgerStore::stopSqliteMemoryStatistics()
{
    // SQLite accepts this only before it initializes, which the process's first connection does. A
    // function-local static: the first store to open, on whichever thread, does it once.
    static const bool stopped = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    return stopped;
}

Common::Result<std::unique_ptr<SqliteLedgerStore>> SqliteLedgerStore::open(const QString &filePath,
                                                                           const QString &connectionName,
                                                                           Access access, const Common::Clock &clock)
{
    const QFileInfo info(filePath);
    if (QSqlDatabase::contains(connectionName))
        return Common::makeError(Common::Error::Code::Invalid,
                                 QStringLiteral("the database connection %1 is already open").arg(connectionName));
    if (access == Access::ReadOnly && !info.exists())
        return Common::makeError(Common::Error::Code::NotFound, QStringLiteral("no ledger at %1").arg(filePath));
    if (access == Access::ReadWrite && !Common::makePrivateDirectory(info.absolutePath())) {
        const QFileInfo directory(info.absolutePath());
        return Common::makeError(Common::Error::Code::Storage,
                                 directory.exists() && !directory.isDir()
                                     ? QStringLiteral("%1 is a file, not a directory").arg(info.absolutePath())
                                     : QStringLiteral("cannot create the directory %1").arg(info.absolutePath()));
    }
    // A new ledger is its owner's alone, and so are its -wal and -shm files: SQLite gives them the
    // database file's permissions. (It would create the file under the umask, usually readable by all.)
    if (access == Access::ReadWrite && !Common::createPrivateFile(filePath))
        return Common::makeError(Common::Error::Code::Storage, QStringLiteral("cannot create %1").arg(filePath));

    stopSqliteMemoryStatistics();
    // From here on the store owns the connection: returning early removes it again.
    std::unique_ptr<SqliteLedgerStore> store(new SqliteLedgerStore(
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName), connectionName, info.fileName(), clock));
    QSqlDatabase &db = store->m_db;
    db.setDatabaseName(filePath);
    if (access == Access::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return store->storageError(QStringLiteral("cannot open %1").arg(filePath), db.lastError());

    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA busy_timeout = 5000")))
        return store->storageError(QStringLiteral("cannot configure %1").arg(filePath), pragma.lastError());

    // Check the version before anything writes: a newer ledger must stay byte for byte as it is.
    const Common::Result<int> version = LedgerSchema::readVersion(db);
    if (!version)
        return version.error();
    if (const Common::Status newer = LedgerSchema::checkNotNewer(version.value(), info.fileName()); !newer)
        return newer.error();

    if (access == Access::ReadOnly) {
        if (version.value() < LedgerSchema::CurrentVersion)
            return Common::makeError(Common::Error::Code::Storage,
                                     QStringLiteral("%1 uses schema %2 but this Tollgate needs %3; start Tollgate once "
                                                    "to upgrade it")
                                         .arg(info.fileName())
                                         .arg(version.value())
                                         .arg(LedgerSchema::CurrentVersion));
        return store;
    }

    const QString settings[] = {
        QStringLiteral("PRAGMA journal_mode = WAL"),   // readers never block the writer
        QStringLiteral("PRAGMA synchronous = NORMAL"), // durable at checkpoints; safe with WAL
        QStringLiteral("PRAGMA foreign_keys = ON"),
    };
    for (const QString &statement : settings) {
        if (!pragma.exec(statement))
            return store->storageError(QStringLiteral("cannot configure %1").arg(filePath), pragma.lastError());
    }
    pragma.finish();
    if (const Common::Status migrated = LedgerSchema::migrate(db, info.fileName()); !migrated)
        return migrated.error();
    return store;
}

int SqliteLedgerStore::schemaVersion() const
{
    return LedgerSchema::CurrentVersion;
}

qint64 SqliteLedgerStore::configVersion()
{
    QSqlQuery query = prepare(QStringLiteral("SELECT config_version FROM meta"));
    if (!query.exec() || !query.next()) {
        storageError(QStringLiteral("cannot read the configuration version"), query.lastError());
        return -1;
    }
    return query.value(0).toLongLong();
}

Common::Error SqliteLedgerStore::storageError(const QString &what, const QSqlError &error) const
{
    const QString message = what + QStringLiteral(": ") + error.text();
    qCWarning(lcLedger).noquote() << m_fileName << message;
    return Common::makeError(isUniqueViolation(error) ? Common::Error::Code::Duplicate : Common::Error::Code::Storage,
                             message);
}

void SqliteLedgerStore::readFailed(const QString &what, const QSqlError &error)
{
    if (!m_readFailure)
        m_readFailure = storageError(what, error);
}

void SqliteLedgerStore::checkReadEnd(const QSqlQuery &query, const QString &what)
{
    // next() is false at the end of the rows and on an error alike: only the error sets lastError().
    if (query.lastError().isValid())
        readFailed(what, query.lastError());
}

Common::Error SqliteLedgerStore::rollBack(const QString &what, const QSqlError &error)
{
    const Common::Error failure = storageError(what, error);
    m_db.rollback();
    return failure;
}

QSqlQuery &SqliteLedgerStore::cachedQuery(std::unique_ptr<QSqlQuery> &slot, const QString &sql)
{
    if (!slot)
        slot = std::make_unique<QSqlQuery>(prepare(sql));
    return *slot;
}

QSqlQuery SqliteLedgerStore::prepare(const QString &sql) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        qCWarning(lcLedger).noquote() << "cannot prepare" << sql << ":" << query.lastError().text();
    return query;
}

qint64 SqliteLedgerStore::sumQuery(const QString &sql, const QVariantMap &bindings, FailedRead failed)
{
    QSqlQuery query = prepare(sql);
    bindValues(query, bindings);
    const qint64 largest = Common::Money::largest().nanos();
    if (!query.exec() || !query.next()) {
        // SUM() fails rather than wrap. Every sum here is money spent, and reading it as 0 would
        // reopen every cap: it saturates, as Money does.
        if (query.lastError().databaseText().contains(QLatin1String("integer overflow"))) {
            qCWarning(lcLedger).noquote() << "a sum of money is beyond" << Common::Money::largest().toUsdString()
                                          << "; counted as that maximum";
            return largest;
        }
        // A sum that cannot be read (a damaged page) is no zero either: read as 0, every key's spend
        // and the credit spent reopened their caps (QA). Money counts as the most it could be, so caps
        // and credit refuse until the ledger is mended; counts as none.
        readFailed(QStringLiteral("cannot sum"), query.lastError());
        return failed == FailedRead::AsMostMoney ? largest : 0;
    }
    const QVariant sum = query.value(0);
    // SQLite's "+" turns an integer overflow into an inexact REAL; clamp it rather than let the
    // conversion to qint64 produce an arbitrary value.
    if (sum.typeId() == QMetaType::Double) {
        const double value = sum.toDouble();
        return value >= double(largest) ? largest : value <= -double(largest) ? -largest : qint64(std::llround(value));
    }
    return sum.toLongLong(); // SUM() of no rows is NULL, which reads as 0
}

// --- keys ---

Common::Result<qint64> SqliteLedgerStore::insertKey(const Keys::KeyRecord &key)
{
    if (findKeyByName(key.name))
        return Common::makeError(Common::Error::Code::Duplicate, QStringLiteral("a key named %1 already exists").arg(key.name));
    QSqlQuery query = prepare(
        QStringLiteral("INSERT INTO keys (name, prefix, secret_hash, max_spend_nanos, rate_limit_count,"
                       " rate_limit_period_s, tpm_limit, allowed_models, expires_at_ms, status, created_at_ms,"
                       " last_used_at_ms, revoked_at_ms)"
                       " VALUES (:name, :prefix, :secret_hash, :max_spend_nanos, :rate_limit_count,"
                       " :rate_limit_period_s, :tpm_limit, :allowed_models, :expires_at_ms, :status, :created_at_ms,"
                       " :last_used_at_ms, :revoked_at_ms)"));
    bindKey(query, key, key.createdAt.isValid() ? key.createdAt : m_clock.nowUtc());
    if (!query.exec())
        return storageError(QStringLiteral("cannot add the key %1").arg(key.name), query.lastError());
    return query.lastInsertId().toLongLong();
}

Common::Status SqliteLedgerStore::updateKey(const Keys::KeyRecord &key)
{
    if (const auto sameName = findKeyByName(key.name); sameName && sameName->id != key.id)
        return Common::makeError(Common::Error::Code::Duplicate, QStringLiteral("a key named %1 already exists").arg(key.name));
    QSqlQuery query = prepare(
        QStringLiteral("UPDATE keys SET name = :name, prefix = :prefix, secret_hash = :secret_hash,"
                       " max_spend_nanos = :max_spend_nanos, rate_limit_count = :rate_limit_count,"
                       " rate_limit_period_s = :rate_limit_period_s, tpm_limit = :tpm_limit,"
                       " allowed_models = :allowed_models, expires_at_ms = :expires_at_ms, status = :status,"
                       " created_at_ms = :created_at_ms,"
                       // Only forward: a record read before the gateway last used the key (a dialog left
                       // open) must not set the column back when it is saved. MAX() of a NULL is NULL.
                       " last_used_at_ms = MAX(COALESCE(last_used_at_ms, :last_used_at_ms),"
                       "                       COALESCE(:last_used_at_ms, last_used_at_ms)),"
                       " revoked_at_ms = :revoked_at_ms WHERE id = :id"));
    bindKey(query, key, key.createdAt.isValid() ? key.createdAt : m_clock.nowUtc());
    query.bindValue(QStringLiteral(":id"), key.id);
    if (!query.exec())
        return storageError(QStringLiteral("cannot update the key %1").arg(key.name), query.lastError());
    if (query.numRowsAffected() == 0)
        return Common::makeError(Common::Error::Code::NotFound, QStringLiteral("no key with id %1").arg(key.id));
    return Common::Done{};
}

std::optional<Keys::KeyRecord> SqliteLedgerStore::findKeyWhere(const QString &condition, const QVariant &value)
{
    QSqlQuery query = prepare(QStringLiteral("SELECT ") + KeyColumns + QStringLiteral(" FROM keys WHERE ") + condition);
    query.bindValue(QStringLiteral(":value"), value);
    if (!query.exec()) {
        storageError(QStringLiteral("cannot read keys"), query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return keyFromRow(query);
}

std::optional<Keys::KeyRecord> SqliteLedgerStore::findKeyByName(const QString &name)
{
    return findKeyWhere(QStringLiteral("name = :value"), name);
}

std::optional<Keys::KeyRecord> SqliteLedgerStore::findKeyByHash(const QByteArray &secretHash)
{
    return findKeyWhere(QStringLiteral("secret_hash = :value"), QString::fromLatin1(secretHash));
}

std::optional<Keys::KeyRecord> SqliteLedgerStore::findKeyById(qint64 id)
{
    return findKeyWhere(QStringLiteral("id = :value"), id);
}

QList<Keys::KeyRecord> SqliteLedgerStore::listKeys()
{
    QList<Keys::KeyRecord> keys;
    QSqlQuery query = prepare(QStringLiteral("SELECT ") + KeyColumns + QStringLiteral(" FROM keys ORDER BY name"));
    if (!query.exec()) {
        readFailed(QStringLiteral("cannot list keys"), query.lastError());
        return keys;
    }
    while (query.next())
        keys.append(keyFromRow(query));
    checkReadEnd(query, QStringLiteral("cannot list keys"));
    return keys;
}

Common::Status SqliteLedgerStore::touchKeysLastUsed(const QList<QPair<qint64, QDateTime>> &uses)
{
    if (!m_db.transaction())
        return storageError(QStringLiteral("cannot start a transaction"), m_db.lastError());
    // Only ever moves forward, so late or out-of-order batches cannot turn the clock back.
    QSqlQuery query = prepare(QStringLiteral("UPDATE keys SET last_used_at_ms = :time WHERE id = :id"
                                             " AND (last_used_at_ms IS NULL OR last_used_at_ms < :later)"));
    for (const auto &[keyId, time] : uses) {
        query.bindValue(QStringLiteral(":time"), time.toMSecsSinceEpoch());
        query.bindValue(QStringLiteral(":later"), time.toMSecsSinceEpoch());
        query.bindValue(QStringLiteral(":id"), keyId);
        if (!query.exec())
            return rollBack(QStringLiteral("cannot record key use"), query.lastError());
    }
    if (!m_db.commit())
        return storageError(QStringLiteral("cannot commit key use"), m_db.lastError());
    return Common::Done{};
}

// --- credit ---

Common::Result<qint64> SqliteLedgerStore::addCreditEntry(const CreditEntry &entry)
{
    QSqlQuery query = prepare(QStringLiteral("INSERT INTO credit_entries (time_ms, kind, amount_nanos, note)"
                                             " VALUES (:time_ms, :kind, :amount_nanos, :note)"));
    query.bindValue(QStringLiteral(":time_ms"),
                    (entry.time.isValid() ? entry.time : m_clock.nowUtc()).toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":kind"), creditKindName(entry.kind));
    query.bindValue(QStringLiteral(":amount_nanos"), entry.amount.nanos());
    query.bindValue(QStringLiteral(":note"), text(entry.note));
    if (!query.exec())
        return storageError(QStringLiteral("cannot add a credit entry"), query.lastError());
    return query.lastInsertId().toLongLong();
}

QList<CreditEntry> SqliteLedgerStore::listCreditEntries()
{
    QList<CreditEntry> entries;
    QSqlQuery query = prepare(
        QStringLiteral("SELECT id, time_ms, kind, amount_nanos, note FROM credit_entries ORDER BY time_ms, id"));
    if (!query.exec()) {
        readFailed(QStringLiteral("cannot list credit entries"), query.lastError());
        return entries;
    }
    while (query.next()) {
        CreditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.time = utcFromMs(query.value(1).toLongLong());
        entry.kind = creditKindFromName(query.value(2).toString());
        entry.amount = Common::Money::fromNanos(query.value(3).toLongLong());
        entry.note = query.value(4).toString();
        entries.append(entry);
    }
    checkReadEnd(query, QStringLiteral("cannot list credit entries"));
    return entries;
}

CreditStatus SqliteLedgerStore::creditStatus()
{
    const QList<CreditEntry> entries = listCreditEntries();
    // The current period starts at the first top-up after the last Off (or ever, if never switched off).
    qsizetype start = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).kind == CreditEntryKind::Off)
            start = i + 1;
    }
    while (start < entries.size() && entries.at(start).kind != CreditEntryKind::TopUp)
        ++start;

    CreditStatus status;
    if (start >= entries.size())
        return status;
    status.enabled = true;
    status.periodStart = entries.at(start).time;
    for (qsizetype i = start; i < entries.size(); ++i)
        status.toppedUp += entries.at(i).amount; // Off entries cannot follow start, the rest all count

    // Whole hours after the start hour come from the rollup, plus the traces after its mark in those
    // hours; the start hour itself from raw traces. One statement, so all three see one snapshot.
    const qint64 startMs = status.periodStart.toMSecsSinceEpoch();
    const qint64 startHour = hourOf(startMs);
    status.spent = Common::Money::fromNanos(sumQuery(
        QStringLiteral("SELECT COALESCE((SELECT SUM(cost_nanos) FROM usage_key_hourly WHERE hour > :hour), 0)"
                       " + COALESCE((SELECT SUM(cost_nanos) FROM traces WHERE time_ms >= :since AND time_ms < :until), 0)"
                       " + COALESCE((SELECT SUM(t.cost_nanos) FROM traces t WHERE ")
            + AwaitingRollUp + QStringLiteral(" AND +t.time_ms >= :until), 0)"),
        {{QStringLiteral(":hour"), startHour}, {QStringLiteral(":since"), startMs},
         {QStringLiteral(":until"), (startHour + 1) * MsPerHour}}));
    return status;
}

// --- providers ---

Common::Result<qint64> SqliteLedgerStore::insertProvider(const Providers::ProviderRecord &provider)
{
    if (findProvider(provider.name))
        return Common::makeError(Common::Error::Code::Duplicate,
                                 QStringLiteral("a provider named %1 already exists").arg(provider.name));
    QSqlQuery query = prepare(
        QStringLiteral("INSERT INTO providers (name, type, base_url, api_key_env, has_stored_secret, models, priority,"
                       " created_at_ms) VALUES (:name, :type, :base_url, :api_key_env, :has_stored_secret, :models,"
                       " :priority, :created_at_ms)"));
    bindProvider(query, provider, provider.createdAt.isValid() ? provider.createdAt : m_clock.nowUtc());
    if (!query.exec())
        return storageError(QStringLiteral("cannot add the provider %1").arg(provider.name), query.lastError());
    return query.lastInsertId().toLongLong();
}

Common::Status SqliteLedgerStore::updateProvider(const Providers::ProviderRecord &provider)
{
    if (const auto sameName = findProvider(provider.name); sameName && sameName->id != provider.id)
        return Common::makeError(Common::Error::Code::Duplicate,
                                 QStringLiteral("a provider named %1 already exists").arg(provider.name));
    QSqlQuery query = prepare(
        QStringLiteral("UPDATE providers SET name = :name, type = :type, base_url = :base_url,"
                       " api_key_env = :api_key_env, has_stored_secret = :has_stored_secret, models = :models,"
                       " priority = :priority, created_at_ms = :created_at_ms WHERE id = :id"));
    bindProvider(query, provider, provider.createdAt.isValid() ? provider.createdAt : m_clock.nowUtc());
    query.bindValue(QStringLiteral(":id"), provider.id);
    if (!query.exec())
        return storageError(QStringLiteral("cannot update the provider %1").arg(provider.name), query.lastError());
    if (query.numRowsAffected() == 0)
        return Common::makeError(Common::Error::Code::NotFound, QStringLiteral("no provider with id %1").arg(provider.id));
    return Common::Done{};
}

Common::Status SqliteLedgerStore::removeProvider(const QString &name)
{
    QSqlQuery query = prepare(QStringLiteral("DELETE FROM providers WHERE name = :name"));
    query.bindValue(QStringLiteral(":name"), name);
    if (!query.exec())
        return storageError(QStringLiteral("cannot remove the provider %1").arg(name), query.lastError());
    if (query.numRowsAffected() == 0)
        return Common::makeError(Common::Error::Code::NotFound, QStringLiteral("no provider named %1").arg(name));
    return Common::Done{};
}

std::optional<Providers::ProviderRecord> SqliteLedgerStore::findProvider(const QString &name)
{
    QSqlQuery query = prepare(QStringLiteral("SELECT ") + ProviderColumns
                              + QStringLiteral(" FROM providers WHERE name = :name"));
    query.bindValue(QStringLiteral(":name"), name);
    if (!query.exec()) {
        storageError(QStringLiteral("cannot read providers"), query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return providerFromRow(query);
}

QList<Providers::ProviderRecord> SqliteLedgerStore::listProviders()
{
    QList<Providers::ProviderRecord> providers;
    QSqlQuery query = prepare(QStringLiteral("SELECT ") + ProviderColumns
                              + QStringLiteral(" FROM providers ORDER BY priority, name"));
    if (!query.exec()) {
        readFailed(QStringLiteral("cannot list providers"), query.lastError());
        return providers;
    }
    while (query.next())
        providers.append(providerFromRow(query));
    checkReadEnd(query, QStringLiteral("cannot list providers"));
    return providers;
}

// --- prices ---

Common::Status SqliteLedgerStore::insertPriceVersions(const QList<Pricing::PriceRecord> &versions)
{
    if (!m_db.transaction())
        return storageError(QStringLiteral("cannot start a transaction"), m_db.lastError());
    QSqlQuery query = prepare(
        QStringLiteral("INSERT INTO prices (model, provider, mode, max_input_tokens, max_output_tokens,"
                       " input_nanos_per_m, cache_read_nanos_per_m, cache_write_5m_nanos_per_m,"
                       " cache_write_1h_nanos_per_m, output_nanos_per_m, reasoning_nanos_per_m, tiers,"
                       " effective_from_ms, source) VALUES (:model, :provider, :mode, :max_input_tokens,"
                       " :max_output_tokens, :input, :cache_read, :cache_write_5m, :cache_write_1h, :output,"
                       " :reasoning, :tiers, :effective_from_ms, :source)"));
    const QDateTime now = m_clock.nowUtc();
    for (const Pricing::PriceRecord &price : versions) {
        query.bindValue(QStringLiteral(":model"), text(price.model));
        query.bindValue(QStringLiteral(":provider"), text(price.provider));
        query.bindValue(QStringLiteral(":mode"), text(price.mode));
        query.bindValue(QStringLiteral(":max_input_tokens"), optionalOrNull(price.maxInputTokens));
        query.bindValue(QStringLiteral(":max_output_tokens"), optionalOrNull(price.maxOutputTokens));
        for (qsizetype i = 0; i < RateCount; ++i)
            query.bindValue(u':' + RateJsonNames[i], nanosOrNull(price.base.*RateMembers[i]));
        query.bindValue(QStringLiteral(":tiers"), tiersToJson(price.tiers));
        query.bindValue(QStringLiteral(":effective_from_ms"),
                        (price.effectiveFrom.isValid() ? price.effectiveFrom : now).toMSecsSinceEpoch());
        query.bindValue(QStringLiteral(":source"), text(price.source));
        if (!query.exec())
            return rollBack(QStringLiteral("cannot add a price for %1").arg(price.model), query.lastError());
    }
    if (!m_db.commit())
        return storageError(QStringLiteral("cannot commit prices"), m_db.lastError());
    return Common::Done{};
}

QList<Pricing::PriceRecord> SqliteLedgerStore::selectPrices(const QString &tail, const QVariantMap &bindings)
{
    QList<Pricing::PriceRecord> prices;
    QSqlQuery query = prepare(QStringLiteral("SELECT ") + PriceColumns + QStringLiteral(" FROM prices p ") + tail);
    bindValues(query, bindings);
    if (!query.exec()) {
        readFailed(QStringLiteral("cannot read prices"), query.lastError());
        return prices;
    }
    while (query.next())
        prices.append(priceFromRow(query));
    checkReadEnd(query, QStringLiteral("cannot read prices"));
    return prices;
}

QList<Pricing::PriceRecord> SqliteLedgerStore::currentPrices()
{
    // The newest version per model; among equal effective times the one added last.
    return selectPrices(QStringLiteral("WHERE p.id = (SELECT p2.id FROM prices p2 WHERE p2.model = p.model"
                                       " ORDER BY p2.effective_from_ms DESC, p2.id DESC LIMIT 1) ORDER BY p.model"),
                        {});
}

QList<Pricing::PriceRecord> SqliteLedgerStore::priceHistory(const QString &model)
{
    return selectPrices(QStringLiteral("WHERE p.model = :model ORDER BY p.effective_from_ms, p.id"),
                        {{QStringLiteral(":model"), model}});
}

std::optional<Pricing::PriceRecord> SqliteLedgerStore::priceById(qint64 id)
{
    const QList<Pricing::PriceRecord> prices = selectPrices(QStringLiteral("WHERE p.id = :id"),
                                                            {{QStringLiteral(":id"), id}});
    if (prices.isEmpty())
        return std::nullopt;
    return prices.first();
}

bool SqliteLedgerStore::hasPrices()
{
    QSqlQuery query = prepare(QStringLiteral("SELECT id FROM prices LIMIT 1"));
    if (!query.exec()) {
        readFailed(QStringLiteral("cannot read prices"), query.lastError());
        return false;
    }
    return query.next();
}

// --- traces ---

Common::Result<QList<qint64>> SqliteLedgerStore::insertTraces(const QList<TraceRecord> &traces)
{
    QList<qint64> ids;
    ids.reserve(traces.size());
    if (traces.isEmpty())
        return ids;
    // BEGIN and COMMIT prepared once, like the INSERT: QSqlDatabase::transaction() and commit() compile
    // theirs on every call, which a lone trace's transaction (a quiet gateway) pays each time.
    QSqlQuery &begin = cachedQuery(m_beginTraces, QStringLiteral("BEGIN"));
    if (!begin.exec())
        return traceWriteFailure(storageError(QStringLiteral("cannot start a transaction"), begin.lastError()), begin.lastError());

    // Prepared once per store and reused for every batch: at one trace per batch (a single client),
    // compiling the SQL again each time cost more than executing it.
    if (!m_insertTrace) {
        QSqlError error;
        m_insertTrace = TraceInsert::prepare(m_db, &error);
        if (!m_insertTrace)
            return rollBack(QStringLiteral("cannot prepare the trace insert"), error);
    }

    std::vector<qint64> timesMs; // each trace's stamp
    timesMs.reserve(std::size_t(traces.size()));
    QHash<qint64, qint64> lastUsed; // key id -> newest trace time in this batch
    const qint64 now = m_clock.nowMs();
    for (const TraceRecord &trace : traces) {
        const qint64 timeMs = trace.time.isValid() ? trace.time.toMSecsSinceEpoch() : now;
        timesMs.push_back(timeMs);
        // A key refused for being revoked or expired is traced (a client still trying it shows up) but
        // was not used: "last used" stays at its last accepted request.
        const bool keyRefused = trace.status == 401 && trace.outcome == u"rejected";
        if (trace.keyId > 0 && !keyRefused) {
            qint64 &newest = lastUsed[trace.keyId];
            newest = std::max(newest, timeMs);
        }
    }
    if (!m_insertTrace->insert(std::span(traces.constData(), std::size_t(traces.size())), timesMs, ids))
        return traceWriteFailure(rollBack(QStringLiteral("cannot add a trace"), m_insertTrace->lastError()), m_insertTrace->lastError());

    // "Last used" is kept to the minute: a key busy every second would otherwise rewrite its row, one
    // more 4 KiB page in the write-ahead log, on every commit. A row that matches nothing is not written,
    // and a key this store set within the minute is not even asked: this UPDATE only moves the column
    // forward, so the row still holds at least what was written then and would match nothing. (A whole
    // key saved in between, updateKey(), can set it back; the first batch after the minute puts it right,
    // the same minute of staleness the column allows anyway.)
    QSqlQuery &touch = cachedQuery(m_touchKey, QStringLiteral("UPDATE keys SET last_used_at_ms = :time WHERE id = :id"
                                                              " AND (last_used_at_ms IS NULL OR last_used_at_ms < :stale)"));
    QList<std::pair<qint64, qint64>> touched; // key id, the time written: m_lastUsedWritten once committed
    for (auto it = lastUsed.cbegin(); it != lastUsed.cend(); ++it) {
        const qint64 stale = it.value() - LastUsedResolutionMs;
        if (const auto written = m_lastUsedWritten.constFind(it.key());
            written != m_lastUsedWritten.cend() && *written >= stale)
            continue;
        touch.bindValue(QStringLiteral(":time"), it.value());
        touch.bindValue(QStringLiteral(":stale"), stale);
        touch.bindValue(QStringLiteral(":id"), it.key());
        if (!touch.exec())
            return traceWriteFailure(rollBack(QStringLiteral("cannot record key use"), touch.lastError()), touch.lastError());
        if (touch.numRowsAffected() > 0)
            touched.append({it.key(), it.value()});
    }
    QSqlQuery &commit = cachedQuery(m_commitTraces, QStringLiteral("COMMIT"));
    if (!commit.exec())
        return traceWriteFailure(rollBack(QStringLiteral("cannot commit traces"), commit.lastError()), commit.lastError());
    for (const auto &[keyId, timeMs] : std::as_const(touched))
        m_lastUsedWritten.insert(keyId, timeMs);
    for (qsizetype i = 0; i < traces.size(); ++i)
        m_pending.add(ids.at(i), hourOf(timesMs[std::size_t(i)]), traces.at(i));
    return ids;
}

Common::Status SqliteLedgerStore::rollUp()
{
    if (!m_db.transaction())
        return storageError(QStringLiteral("cannot start a transaction"), m_db.lastError());
    QSqlQuery marks = prepare(QStringLiteral("SELECT rolled_up_to, (SELECT MAX(id) FROM traces) FROM meta"));
    if (!marks.exec() || !marks.next())
        return rollBack(QStringLiteral("cannot read the rollup mark"), marks.lastError());
    const qint64 mark = marks.value(0).toLongLong();
    const qint64 newest = marks.value(1).toLongLong();
    marks.finish();
    if (newest <= mark) {
        m_db.rollback(); // nothing new: no write, no WAL frame
        m_pending.clear();
        return Common::Done{};
    }

    if (m_pending.covers(mark, newest)) {
        for (const auto &[where, sums] : m_pending.byKeyModelHour()) {
            const auto &[hour, keyId, model, provider] = where;
            if (!m_upsertKeyModelHour.add(m_db, {hour, keyId, text(model), text(provider)}, sums))
                return rollBack(QStringLiteral("cannot update the hourly rollup"), m_upsertKeyModelHour.lastError());
        }
        for (const auto &[where, sums] : m_pending.byKeyHour()) {
            if (!m_upsertKeyHour.add(m_db, {where.first, where.second}, sums))
                return rollBack(QStringLiteral("cannot update the per-key hourly rollup"), m_upsertKeyHour.lastError());
        }
        for (const auto &[keyId, sums] : m_pending.byKey()) {
            if (!m_upsertKey.add(m_db, {keyId}, sums))
                return rollBack(QStringLiteral("cannot update the per-key totals"), m_upsertKey.lastError());
        }
    } else {
        // Traces this store did not write itself (another process, or before a restart): sum them in SQL.
        for (RollupUpsert *rollup : {&m_upsertKeyModelHour, &m_upsertKeyHour, &m_upsertKey}) {
            if (!rollup->addTraces(m_db, mark, newest))
                return rollBack(QStringLiteral("cannot roll up traces"), rollup->lastError());
        }
    }
    QSqlQuery &advance = cachedQuery(m_advanceMark, QStringLiteral("UPDATE meta SET rolled_up_to = ?"));
    advance.addBindValue(newest);
    if (!advance.exec())
        return rollBack(QStringLiteral("cannot move the rollup mark"), advance.lastError());
    if (!m_db.commit())
        return rollBack(QStringLiteral("cannot commit the rollup"), m_db.lastError());
    m_pending.clear();
    return Common::Done{};
}

Common::Status SqliteLedgerStore::leaveCheckpointsToCheckpointer()
{
    QSqlQuery pragma(m_db);
    if (!pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")))
        return storageError(QStringLiteral("cannot hand checkpoints to the checkpointer"), pragma.lastError());
    if (!pragma.exec(QStringLiteral("PRAGMA journal_size_limit = %1").arg(WalCheckpointer::LogSizeLimitBytes)))
        return storageError(QStringLiteral("cannot limit the log's size"), pragma.lastError());
    return Common::Done{};
}

qint64 SqliteLedgerStore::tracesAwaitingRollUp()
{
    return sumQuery(QStringLiteral("SELECT COUNT(*) FROM traces t WHERE ") + AwaitingRollUp, {}, FailedRead::AsNone);
}

QList<TraceRecord> SqliteLedgerStore::queryTraces(const TraceQuery &query)
{
    QList<TraceRecord> traces;
    QVariantMap bindings;
    const QString where = traceFilter(query, bindings);
    bindings.insert(QStringLiteral(":limit"), query.limit);
    bindings.insert(QStringLiteral(":offset"), query.offset);
    QSqlQuery select = prepare(QStringLiteral("SELECT ") + TraceColumns
                               + QStringLiteral(" FROM traces t LEFT JOIN keys k ON k.id = t.key_id") + where
                               + QStringLiteral(" ORDER BY t.time_ms DESC, t.id DESC LIMIT :limit OFFSET :offset"));
    bindValues(select, bindings);
    if (!select.exec()) {
        readFailed(QStringLiteral("cannot read traces"), select.lastError());
        return traces;
    }
    while (select.next())
        traces.append(traceFromRow(select));
    checkReadEnd(select, QStringLiteral("cannot read traces"));
    return traces;
}

qint64 SqliteLedgerStore::countTraces(const TraceQuery &query)
{
    QVariantMap bindings;
    const QString where = traceFilter(query, bindings);
    return sumQuery(QStringLiteral("SELECT COUNT(*) FROM traces t") + where, bindings, FailedRead::AsNone);
}

/** Which hours a report reads from the rollups, and which stretches of time from raw traces. */
struct SqliteLedgerStore::ReportSpan
{
    std::optional<qint64> firstHour; // the rollups' hours, from (inclusive); open when unset
    std::optional<qint64> endHour;   // to (exclusive)
    QList<qint64> rawHours;          // hours within those that are read from raw traces instead
    QList<std::pair<qint64, qint64>> rawRanges; // [from, to) in ms, read from raw traces
};

SqliteLedgerStore::ReportSpan SqliteLedgerStore::reportSpan(const ReportQuery &query)
{
    ReportSpan span;
    const bool bySince = query.since.isValid();
    const bool byUntil = query.until.isValid();
    const qint64 since = bySince ? query.since.toMSecsSinceEpoch() : 0;
    const qint64 until = byUntil ? query.until.toMSecsSinceEpoch() : 0;
    const qint64 firstHour = firstHourFrom(since);
    const qint64 endHour = hourOf(until);
    if (bySince)
        span.firstHour = firstHour;
    if (byUntil)
        span.endHour = endHour;
    if (bySince && byUntil && firstHour > endHour) {
        // Both ends inside one hour: no whole hour at all.
        if (since < until)
            span.rawRanges.append({since, until});
        span.endHour = firstHour;
        return span;
    }
    if (bySince && since != firstHour * MsPerHour)
        span.rawRanges.append({since, firstHour * MsPerHour});
    if (byUntil && until != endHour * MsPerHour)
        span.rawRanges.append({endHour * MsPerHour, until});

    if (!query.groupBy.contains(ReportDimension::Day))
        return span;
    // A local midnight inside an hour splits that hour between two dates: read it from raw traces.
    // Open ends are bounded by the ledger's first and last trace (two lookups in the time index).
    qint64 fromMs = span.firstHour ? *span.firstHour * MsPerHour : 0;
    qint64 toMs = span.endHour ? *span.endHour * MsPerHour : 0;
    if (!span.firstHour || !span.endHour) {
        // Two subqueries: SQLite reads a lone MIN() or MAX() off the index's end, but scans the whole
        // table for both in one SELECT (700 ms on 10 million traces).
        QSqlQuery bounds = prepare(QStringLiteral("SELECT (SELECT MIN(time_ms) FROM traces), (SELECT MAX(time_ms) FROM traces)"));
        if (!bounds.exec() || !bounds.next() || bounds.value(0).isNull())
            return span; // no traces, nothing to split
        if (!span.firstHour)
            fromMs = hourOf(bounds.value(0).toLongLong()) * MsPerHour;
        if (!span.endHour)
            toMs = (hourOf(bounds.value(1).toLongLong()) + 1) * MsPerHour;
    }
    for (QDate day = QDateTime::fromMSecsSinceEpoch(fromMs, query.timeZone).date();; day = day.addDays(1)) {
        const qint64 midnight = QDateTime(day, QTime(0, 0), query.timeZone).toMSecsSinceEpoch();
        if (midnight >= toMs)
            break;
        if (midnight > fromMs && midnight % MsPerHour != 0) {
            const qint64 hour = hourOf(midnight);
            span.rawHours.append(hour);
            span.rawRanges.append({hour * MsPerHour, (hour + 1) * MsPerHour});
        }
    }
    return span;
}

QList<ReportRow> SqliteLedgerStore::report(const ReportQuery &query)
{
    // One SQL group per combination of the requested columns; Day groups per UTC hour first and is
    // folded into local dates below, because the database knows nothing of time zones.
    // The traces not rolled up yet (the newest few hundred milliseconds' worth) are grouped the same
    // way and added: `tail*` are the same columns and conditions over raw traces.
    QStringList columns;
    QStringList tailColumns;
    for (const ReportDimension dimension : query.groupBy) {
        QString column;
        switch (dimension) {
        case ReportDimension::Key:
            // Names are looked up afterwards: joining keys on every rollup row made the 90-day
            // per-key chart read twice the pages for a handful of distinct names.
            column = QStringLiteral("key_id");
            break;
        case ReportDimension::Model:
            column = QStringLiteral("model");
            break;
        case ReportDimension::Route:
            column = QStringLiteral("provider");
            break;
        case ReportDimension::Day:
            column = QStringLiteral("hour");
            break;
        }
        columns << QStringLiteral("u.") + column;
        tailColumns << RollupUpsert::traceColumn(column);
    }
    const QStringList &groups = columns;
    const ReportSpan span = reportSpan(query);
    QStringList conditions;
    // Only the new traces, found by id; "+" keeps SQLite from trading that range for a time index.
    QStringList tailConditions{AwaitingRollUp};
    QVariantMap bindings;
    if (span.firstHour) {
        conditions << QStringLiteral("u.hour >= :first_hour");
        tailConditions << QStringLiteral("+t.time_ms >= :first_hour * %1").arg(MsPerHour);
        bindings.insert(QStringLiteral(":first_hour"), *span.firstHour);
    }
    if (span.endHour) {
        conditions << QStringLiteral("u.hour < :end_hour");
        tailConditions << QStringLiteral("+t.time_ms < :end_hour * %1").arg(MsPerHour);
        bindings.insert(QStringLiteral(":end_hour"), *span.endHour);
    }
    if (!span.rawHours.isEmpty()) {
        conditions << QStringLiteral("u.hour NOT IN ") + integerList(span.rawHours);
        tailConditions << RollupUpsert::traceColumn(QStringLiteral("hour")) + QStringLiteral(" NOT IN ") + integerList(span.rawHours);
    }
    // Day rows say how long their time unit is: an hour from the rollups, a quarter hour from raw traces.
    const bool byDay = query.groupBy.contains(ReportDimension::Day);
    const QString hourUnit = byDay ? QStringLiteral(", %1").arg(MsPerHour) : QString();
    // The coarsest rollup that has every column asked for: per key (and day) needs no model rows,
    // and lifetime per key is one row per key.
    const bool byKeyOrDayOnly = std::all_of(query.groupBy.cbegin(), query.groupBy.cend(), [](ReportDimension dimension) {
        return dimension == ReportDimension::Key || dimension == ReportDimension::Day;
    });
    const bool dayAndKey = query.groupBy.contains(ReportDimension::Day) && query.groupBy.contains(ReportDimension::Key);
    QString table = QStringLiteral("usage_hourly");
    if (byKeyOrDayOnly)
        table = query.groupBy.contains(ReportDimension::Day) || !conditions.isEmpty() ? QStringLiteral("usage_key_hourly")
                                                                                      : QStringLiteral("usage_key_total");
    // Per key and hour, each row of usage_key_hourly is already its own group. Letting SQLite
    // GROUP BY anyway cost ten aggregate steps per row, 30 ms for 90 days of ten keys; the
    // rows are folded into days below regardless.
    const bool rowsAreGroups = dayAndKey && table == QLatin1String("usage_key_hourly");
    QString sql = QStringLiteral("SELECT ");
    for (const QString &column : std::as_const(columns))
        sql += column + QStringLiteral(", ");
    QStringList sums;
    for (const QString &column : RollupUpsert::sumColumns()) {
        const QString qualified = QStringLiteral("u.") + column;
        sums << (rowsAreGroups ? qualified : QStringLiteral("SUM(%1)").arg(qualified));
    }
    sql += sums.join(QLatin1String(", ")) + hourUnit + QStringLiteral(" FROM ") + table + QStringLiteral(" u");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
    if (!groups.isEmpty() && !rowsAreGroups)
        sql += QStringLiteral(" GROUP BY ") + groups.join(QLatin1String(", "));
    // One statement, so the rollups and the traces after their mark are read from one snapshot.
    sql += QStringLiteral(" UNION ALL SELECT ");
    for (const QString &column : std::as_const(tailColumns))
        sql += column + QStringLiteral(", ");
    sql += RollupUpsert::traceSums() + hourUnit + QStringLiteral(" FROM traces t WHERE ") + tailConditions.join(QLatin1String(" AND "));
    if (!tailColumns.isEmpty())
        sql += QStringLiteral(" GROUP BY ") + tailColumns.join(QLatin1String(", "));
    if (!span.rawRanges.isEmpty()) {
        // The part hours, every trace in them whether rolled up or not, through the time index.
        QStringList rawColumns = tailColumns;
        if (byDay)
            rawColumns[query.groupBy.indexOf(ReportDimension::Day)] = QStringLiteral("(t.time_ms / %1)").arg(MsPerQuarterHour);
        // The ranges as a VALUES table joined to the time index, one index range per row. Left to
        // itself SQLite walked the (key, time) index for the GROUP BY instead: all 10 million traces,
        // 780 ms for one part hour of the Overview's 90 days (tollgate-bench).
        QStringList ranges;
        for (qsizetype i = 0; i < span.rawRanges.size(); ++i) {
            ranges << QStringLiteral("(:raw_from_%1, :raw_to_%1)").arg(i);
            bindings.insert(QStringLiteral(":raw_from_%1").arg(i), span.rawRanges.at(i).first);
            bindings.insert(QStringLiteral(":raw_to_%1").arg(i), span.rawRanges.at(i).second);
        }
        sql += QStringLiteral(" UNION ALL SELECT ");
        for (const QString &column : std::as_const(rawColumns))
            sql += column + QStringLiteral(", ");
        sql += RollupUpsert::traceSums() + (byDay ? QStringLiteral(", %1").arg(MsPerQuarterHour) : QString())
               + QStringLiteral(" FROM (VALUES ") + ranges.join(QLatin1String(", "))
               + QStringLiteral(") r CROSS JOIN traces t INDEXED BY traces_time"
                                " WHERE t.time_ms >= r.column1 AND t.time_ms < r.column2");
        if (!rawColumns.isEmpty())
            sql += QStringLiteral(" GROUP BY ") + rawColumns.join(QLatin1String(", "));
    }

    QSqlQuery select = prepare(sql);
    bindValues(select, bindings);
    if (!select.exec()) {
        readFailed(QStringLiteral("cannot build the report"), select.lastError());
        return {};
    }

    QHash<qint64, QString> keyNames;
    if (query.groupBy.contains(ReportDimension::Key)) {
        QSqlQuery names = prepare(QStringLiteral("SELECT id, name FROM keys"));
        if (names.exec()) {
            while (names.next())
                keyNames.insert(names.value(0).toLongLong(), names.value(1).toString());
        }
        checkReadEnd(names, QStringLiteral("cannot read key names"));
    }
    const int SumColumnCount = int(RollupUpsert::sumColumns().size());
    QHash<qint64, QString> dayOfStart; // few distinct hours, many rows: convert each start once
    QMap<QStringList, ReportRow> folded;
    const int first = int(columns.size());
    while (select.next()) {
        QStringList values;
        for (int i = 0; i < first; ++i) {
            if (query.groupBy.at(i) == ReportDimension::Key) {
                values << keyNames.value(select.value(i).toLongLong()); // key 0 ("no key") has no name
                continue;
            }
            if (query.groupBy.at(i) != ReportDimension::Day) {
                values << select.value(i).toString();
                continue;
            }
            const qint64 startMs = select.value(i).toLongLong() * select.value(first + SumColumnCount).toLongLong();
            auto day = dayOfStart.constFind(startMs);
            if (day == dayOfStart.cend()) {
                const QDate date = QDateTime::fromMSecsSinceEpoch(startMs, query.timeZone).date();
                day = dayOfStart.insert(startMs, date.toString(Qt::ISODate));
            }
            values << *day;
        }
        const qint64 requests = select.value(first).toLongLong();
        if (requests == 0)
            continue; // SUM over no rows at all (no grouping), or no traces awaiting roll-up
        ReportRow &row = folded[values];
        row.groupValues = values;
        row.requests += requests;
        row.usage.inputTokens += select.value(first + 1).toLongLong();
        row.usage.cachedInputTokens += select.value(first + 2).toLongLong();
        row.usage.cacheWriteTokens += select.value(first + 3).toLongLong();
        row.usage.cacheWrite1hTokens += select.value(first + 4).toLongLong();
        row.usage.outputTokens += select.value(first + 5).toLongLong();
        row.usage.reasoningTokens += select.value(first + 6).toLongLong();
        row.cost += Common::Money::fromNanos(select.value(first + 7).toLongLong());
        row.unpricedRequests += select.value(first + 8).toLongLong();
        row.estimatedRequests += select.value(first + 9).toLongLong();
    }
    checkReadEnd(select, QStringLiteral("cannot build the report"));

    // Dearest first; grouped by day, day by day first (ISO dates sort as text), as a reader of a
    // daily report expects.
    const qsizetype dayColumn = query.groupBy.indexOf(ReportDimension::Day);
    QList<ReportRow> rows = folded.values();
    std::sort(rows.begin(), rows.end(), [dayColumn](const ReportRow &a, const ReportRow &b) {
        if (dayColumn >= 0 && a.groupValues.at(dayColumn) != b.groupValues.at(dayColumn))
            return a.groupValues.at(dayColumn) < b.groupValues.at(dayColumn);
        if (a.cost != b.cost)
            return a.cost > b.cost;
        return a.groupValues < b.groupValues;
    });
    return rows;
}

Common::Money SqliteLedgerStore::keySpend(qint64 keyId)
{
    // The rollup plus the traces after its mark, in one statement (one snapshot).
    return Common::Money::fromNanos(sumQuery(
        QStringLiteral("SELECT COALESCE((SELECT SUM(cost_nanos) FROM usage_key_total WHERE key_id = :key_id), 0)"
                       " + COALESCE((SELECT SUM(t.cost_nanos) FROM traces t WHERE ")
            + AwaitingRollUp + QStringLiteral(" AND +t.key_id = :key_id), 0)"),
        {{QStringLiteral(":key_id"), keyId}}));
}

Common::Money SqliteLedgerStore::sumTraceCosts()
{
    return Common::Money::fromNanos(sumQuery(QStringLiteral("SELECT SUM(cost_nanos) FROM traces"), {}));
}

Common::Money SqliteLedgerStore::sumRollupCosts()
{
    return Common::Money::fromNanos(
        sumQuery(QStringLiteral("SELECT COALESCE((SELECT SUM(cost_nanos) FROM usage_hourly), 0)"
                                " + COALESCE((SELECT SUM(t.cost_nanos) FROM traces t WHERE ")
                     + AwaitingRollUp + QStringLiteral("), 0)"),
                 {}));
}

} // namespace Ledger
