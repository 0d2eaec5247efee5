#include "core/ledger/traceinsert.h"

#include "core/ledger/tracerecord.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringEncoder>
#include <QVariant>

#include <sqlite3.h>

namespace Ledger {

namespace {

// Positional parameters in column order; TraceInsert::insert binds them in this order.
constexpr char InsertSql[] =
    "INSERT INTO traces (time_ms, key_id, model, served_model, provider, endpoint, stream, status, outcome,"
    " input_tokens, cached_input_tokens, cache_write_tokens, cache_write_1h_tokens, output_tokens,"
    " reasoning_tokens, cost_nanos, cost_status, latency_ms, ttft_ms, attempts, price_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)";

/** SQLite's message and code, in the form QSqlQuery reports them; the caller says what failed. */
QSqlError sqliteError(sqlite3 *connection)
{
    const int code = sqlite3_extended_errcode(connection);
    return QSqlError(QStringLiteral("(SQLite error %1)").arg(code), QString::fromUtf8(sqlite3_errmsg(connection)),
                     QSqlError::StatementError, QString::number(code));
}

/** Binds parameters 1, 2, 3... in turn and remembers whether every bind took. */
class Binder final
{
public:
    explicit Binder(sqlite3_stmt *statement) : m_statement(statement) {}

    void integer(qint64 value) { took(sqlite3_bind_int64(m_statement, ++m_index, value)); }
    void null() { took(sqlite3_bind_null(m_statement, ++m_index)); }
    void integerOrNull(const std::optional<qint64> &value) { value ? integer(*value) : null(); }
    /** A positive id, or SQL NULL for "none" (0). */
    void idOrNull(qint64 id) { id > 0 ? integer(id) : null(); }
    /**
     * The text as UTF-8, which is how the ledger stores it: handed UTF-16, SQLite checked each text for a
     * byte-order mark and translated it (a tenth of the writer's time). Text columns are NOT NULL, so
     * an absent text is ''. SQLite copies the bytes (SQLITE_TRANSIENT), so one buffer serves every bind.
     */
    void text(const QString &value)
    {
        if (m_encoder.requiredSpace(value.size()) <= qsizetype(sizeof(m_utf8))) {
            const char *end = m_encoder.appendToBuffer(m_utf8, value);
            took(sqlite3_bind_text(m_statement, ++m_index, m_utf8, int(end - m_utf8), SQLITE_TRANSIENT));
            return;
        }
        const QByteArray utf8 = value.toUtf8(); // a long text: rare enough to allocate
        took(sqlite3_bind_text(m_statement, ++m_index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    }
    bool allTook() const { return m_allTook; }

private:
    void took(int result) { m_allTook = m_allTook && result == SQLITE_OK; }

    sqlite3_stmt *m_statement;
    int m_index = 0;
    bool m_allTook = true;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    char m_utf8[512];
};

} // namespace

std::unique_ptr<TraceInsert> TraceInsert::prepare(const QSqlDatabase &db, QSqlError *error)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = QSqlError(QStringLiteral("the ledger connection is not SQLite's"), QString(),
                           QSqlError::ConnectionError);
        return nullptr;
    }
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(connection, InsertSql, int(sizeof(InsertSql)), SQLITE_PREPARE_PERSISTENT, &statement,
                           nullptr)
        != SQLITE_OK) {
        *error = sqliteError(connection);
        sqlite3_finalize(statement);
        return nullptr;
    }
    return std::unique_ptr<TraceInsert>(new TraceInsert(connection, statement));
}

TraceInsert::TraceInsert(sqlite3 *connection, sqlite3_stmt *statement)
    : m_connection(connection), m_statement(statement)
{
}

TraceInsert::~TraceInsert()
{
    sqlite3_finalize(m_statement);
}

std::optional<qint64> TraceInsert::insert(const TraceRecord &trace, qint64 timeMs)
{
    const Common::TokenUsage &usage = trace.usage;
    const QString costStatus = costStatusName(trace.costStatus);
    // In the order of InsertSql's columns.
    Binder bind(m_statement);
    bind.integer(timeMs);
    bind.idOrNull(trace.keyId);
    bind.text(trace.model);
    bind.text(trace.servedModel);
    bind.text(trace.provider);
    bind.text(trace.endpoint);
    bind.integer(trace.stream ? 1 : 0);
    bind.integer(trace.status);
    bind.text(trace.outcome);
    bind.integer(usage.inputTokens);
    bind.integer(usage.cachedInputTokens);
    bind.integer(usage.cacheWriteTokens);
    bind.integer(usage.cacheWrite1hTokens);
    bind.integer(usage.outputTokens);
    bind.integer(usage.reasoningTokens);
    bind.integerOrNull(trace.cost ? std::optional<qint64>(trace.cost->nanos()) : std::nullopt);
    bind.text(costStatus);
    bind.integer(trace.latencyMs);
    bind.integerOrNull(trace.ttftMs);
    bind.integer(trace.attempts);
    bind.idOrNull(trace.priceId);

    std::optional<qint64> id;
    if (!bind.allTook())
        m_error = sqliteError(m_connection);
    else if (sqlite3_step(m_statement) == SQLITE_DONE)
        id = sqlite3_last_insert_rowid(m_connection);
    else
        m_error = sqliteError(m_connection);
    // Reset and unbind now: a statement left mid-step would hold its read of the database open.
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return id;
}

} // namespace Ledger
