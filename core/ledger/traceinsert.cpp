#include "core/ledger/traceinsert.h"

#include "core/ledger/tracerecord.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringEncoder>
#include <QVariant>

#include <sqlite3.h>

namespace Ledger {

namespace {

// The columns one row binds, in the order TraceInsert::insertRows() binds them.
constexpr char InsertColumns[] =
    "INSERT INTO traces (time_ms, key_id, model, served_model, provider, endpoint, stream, status, outcome,"
    " input_tokens, cached_input_tokens, cache_write_tokens, cache_write_1h_tokens, output_tokens,"
    " reasoning_tokens, cost_nanos, cost_status, latency_ms, ttft_ms, attempts, price_id) VALUES ";
constexpr int ParametersPerRow = 21;

/** The INSERT of `rows` rows: "... VALUES (?,...,?), (?,...,?)" with anonymous positional parameters. */
QByteArray insertSql(int rows)
{
    QByteArray row = "(?";
    for (int i = 1; i < ParametersPerRow; ++i)
        row += ", ?";
    row += ')';
    QByteArray sql = InsertColumns;
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += ", ";
        sql += row;
    }
    return sql;
}

/** SQLite's message and code, in the form QSqlQuery reports them; the caller says what failed. */
QSqlError sqliteError(sqlite3 *connection)
{
    const int code = sqlite3_extended_errcode(connection);
    return QSqlError(QStringLiteral("(SQLite error %1)").arg(code), QString::fromUtf8(sqlite3_errmsg(connection)),
                     QSqlError::StatementError, QString::number(code));
}

/** The texts one trace binds, in column order. */
std::array<QString, 6> textsOf(const TraceRecord &trace)
{
    return {trace.model, trace.servedModel, trace.provider, trace.endpoint, trace.outcome,
            costStatusName(trace.costStatus)};
}

/**
 * Binds parameters 1, 2, 3... in turn and remembers whether every bind took. Texts go in as UTF-8, which
 * is how the ledger stores them: handed UTF-16, SQLite checked each for a byte-order mark and translated
 * it (a tenth of the writer's time). They are encoded into `texts`, which the caller sized for all of
 * them, and bound without a copy (SQLITE_STATIC): SQLite reads them when the statement runs, and a
 * copy was an allocation per text. Text columns are NOT NULL, so an absent text is ''.
 */
class Binder final
{
public:
    /** Room `texts` needs for every text of `trace`. */
    static qsizetype textRoom(const std::array<QString, 6> &texts)
    {
        static const QStringEncoder sizer(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
        qsizetype room = 0;
        for (const QString &text : texts)
            room += sizer.requiredSpace(text.size());
        return room;
    }

    Binder(sqlite3_stmt *statement, char *texts) : m_statement(statement), m_next(texts) {}

    void integer(qint64 value) { took(sqlite3_bind_int64(m_statement, ++m_index, value)); }
    void null() { took(sqlite3_bind_null(m_statement, ++m_index)); }
    void integerOrNull(const std::optional<qint64> &value) { value ? integer(*value) : null(); }
    /** A positive id, or SQL NULL for "none" (0). */
    void idOrNull(qint64 id) { id > 0 ? integer(id) : null(); }
    void text(const QString &value)
    {
        char *start = m_next;
        m_next = m_encoder.appendToBuffer(m_next, value);
        took(sqlite3_bind_text(m_statement, ++m_index, start, int(m_next - start), SQLITE_STATIC));
    }
    bool allTook() const { return m_allTook; }

private:
    void took(int result) { m_allTook = m_allTook && result == SQLITE_OK; }

    sqlite3_stmt *m_statement;
    char *m_next;
    int m_index = 0;
    bool m_allTook = true;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

/** Binds one trace's 21 parameters, in the order of InsertColumns; `texts` are textsOf(trace). */
void bindRow(Binder &bind, const TraceRecord &trace, const std::array<QString, 6> &texts, qint64 timeMs)
{
    const Common::TokenUsage &usage = trace.usage;
    bind.integer(timeMs);
    bind.idOrNull(trace.keyId);
    bind.text(texts[0]); // model
    bind.text(texts[1]); // served_model
    bind.text(texts[2]); // provider
    bind.text(texts[3]); // endpoint
    bind.integer(trace.stream ? 1 : 0);
    bind.integer(trace.status);
    bind.text(texts[4]); // outcome
    bind.integer(usage.inputTokens);
    bind.integer(usage.cachedInputTokens);
    bind.integer(usage.cacheWriteTokens);
    bind.integer(usage.cacheWrite1hTokens);
    bind.integer(usage.outputTokens);
    bind.integer(usage.reasoningTokens);
    bind.integerOrNull(trace.cost ? std::optional<qint64>(trace.cost->nanos()) : std::nullopt);
    bind.text(texts[5]); // cost_status
    bind.integer(trace.latencyMs);
    bind.integerOrNull(trace.ttftMs);
    bind.integer(trace.attempts);
    bind.idOrNull(trace.priceId);
}

} // namespace

std::unique_ptr<TraceInsert> TraceInsert::prepare(const QSqlDatabase &db, QSqlError *error)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = QSqlError(QStringLiteral("the ledger connection is not SQLite's"), QString(),
                           QSqlError::ConnectionError);
        return nullptr;
    }
    std::unique_ptr<TraceInsert> insert(new TraceInsert(*static_cast<sqlite3 *const *>(handle.constData())));
    if (!insert->prepareAll()) {
        *error = insert->lastError();
        return nullptr;
    }
    return insert;
}

TraceInsert::TraceInsert(sqlite3 *connection) : m_connection(connection)
{
}

TraceInsert::~TraceInsert()
{
    for (sqlite3_stmt *statement : m_statements)
        sqlite3_finalize(statement); // a no-op for null
}

bool TraceInsert::prepareAll()
{
    for (std::size_t i = 0; i < RowsPerStatement.size(); ++i) {
        const QByteArray sql = insertSql(RowsPerStatement[i]);
        if (sqlite3_prepare_v3(m_connection, sql.constData(), int(sql.size()) + 1, SQLITE_PREPARE_PERSISTENT,
                               &m_statements[i], nullptr)
            != SQLITE_OK) {
            fail();
            return false;
        }
    }
    return true;
}

bool TraceInsert::insert(std::span<const TraceRecord> traces, std::span<const qint64> timesMs, QList<qint64> &ids)
{
    Q_ASSERT(traces.size() == timesMs.size());
    std::size_t done = 0;
    for (std::size_t i = 0; i < RowsPerStatement.size(); ++i) {
        const std::size_t rows = std::size_t(RowsPerStatement[i]);
        for (; traces.size() - done >= rows; done += rows) {
            if (!insertRows(m_statements[i], traces.subspan(done, rows), timesMs.subspan(done, rows), ids))
                return false;
        }
    }
    return true;
}

bool TraceInsert::insertRows(sqlite3_stmt *statement, std::span<const TraceRecord> traces,
                             std::span<const qint64> timesMs, QList<qint64> &ids)
{
    std::array<std::array<QString, 6>, RowsPerStatement.front()> texts;
    qsizetype textRoom = 0;
    for (std::size_t i = 0; i < traces.size(); ++i) {
        texts[i] = textsOf(traces[i]);
        textRoom += Binder::textRoom(texts[i]);
    }
    // Sized before the first bind and not touched again until the statement has run: the bound texts
    // point into it. resize() keeps the capacity, so after the first batches this allocates nothing.
    m_texts.resize(textRoom);
    Binder bind(statement, m_texts.data());
    for (std::size_t i = 0; i < traces.size(); ++i)
        bindRow(bind, traces[i], texts[i], timesMs[i]);

    bool inserted = false;
    if (bind.allTook() && sqlite3_step(statement) == SQLITE_DONE
        && sqlite3_changes64(m_connection) == qint64(traces.size())) {
        // The rows of one INSERT get consecutive ids: each new row's id is one more than the largest in
        // the table (SQLite picks another only once an id of 2^63 - 1 exists), and this transaction is
        // the only writer.
        const qint64 last = sqlite3_last_insert_rowid(m_connection);
        for (qint64 id = last - qint64(traces.size()) + 1; id <= last; ++id)
            ids.append(id);
        inserted = true;
    } else {
        fail();
    }
    // Reset now: a statement left mid-step would hold its read of the database open. The bindings stay
    // (pointing into m_texts) but are never used again: the next run binds every parameter anew.
    sqlite3_reset(statement);
    return inserted;
}

void TraceInsert::fail()
{
    m_error = sqliteError(m_connection);
}

} // namespace Ledger
