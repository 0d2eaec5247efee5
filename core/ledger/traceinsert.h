#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlError>
#include <QtGlobal>

#include <array>
#include <memory>
#include <span>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace Ledger {

struct TraceRecord;

/**
 * The trace INSERT, run through SQLite's C API on the connection QtSql opened (QSqlDriver::handle()).
 * It is the statement every answer waits for, and through QSqlQuery a named bind of 21 QVariants cost
 * about as much as SQLite's own work. Everything else stays on QtSql, inside the same transactions.
 *
 * A batch goes in as few statements as it can: one statement inserts 16, 4 or 1 rows (a batch of 21 is
 * three), because each statement's execution opens and closes a cursor on the table and on each index.
 * With the ledger's schema on this machine that was ~11 % of a row's cost in batches of about twenty
 * (a C program against the same SQLite: 3.46 µs per row one by one, 3.12 µs five at a time, 3.00 µs
 * twenty-five at a time).
 */
class TraceInsert final
{
public:
    /** Prepares the statements once; nullptr (and `error` set) if the connection is not SQLite's. */
    static std::unique_ptr<TraceInsert> prepare(const QSqlDatabase &db, QSqlError *error);
    ~TraceInsert(); // finalizes the statements: they must go before their connection closes

    /**
     * Inserts the traces in order, the i-th stamped timesMs[i], inside the caller's transaction.
     * Appends their ids to `ids`; false with lastError() set if any failed (roll back then).
     */
    bool insert(std::span<const TraceRecord> traces, std::span<const qint64> timesMs, QList<qint64> &ids);
    QSqlError lastError() const { return m_error; }

private:
    /** Rows per statement, largest first; a batch takes as many of the largest as fit. */
    static constexpr std::array<int, 3> RowsPerStatement{16, 4, 1};

    explicit TraceInsert(sqlite3 *connection);
    Q_DISABLE_COPY_MOVE(TraceInsert)

    bool prepareAll();
    bool insertRows(sqlite3_stmt *statement, std::span<const TraceRecord> traces, std::span<const qint64> timesMs,
                    QList<qint64> &ids);
    void fail();

    sqlite3 *m_connection;
    std::array<sqlite3_stmt *, RowsPerStatement.size()> m_statements{};
    QByteArray m_texts; // the bound texts of the statement being run, as UTF-8 (bound without a copy)
    QSqlError m_error;
};

} // namespace Ledger
