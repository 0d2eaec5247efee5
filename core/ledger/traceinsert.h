#pragma once

#include <QSqlError>
#include <QtGlobal>

#include <memory>
#include <optional>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace Ledger {

struct TraceRecord;

/**
 * The trace INSERT, run through SQLite's C API on the connection QtSql opened (QSqlDriver::handle()).
 * It is the statement every answer waits for, and through QSqlQuery a named bind of 21 QVariants cost
 * about as much as SQLite's own work. Everything else stays on QtSql, inside the same transactions.
 */
class TraceInsert final
{
public:
    /** Prepares the statement once; nullptr (and `error` set) if the connection is not SQLite's. */
    static std::unique_ptr<TraceInsert> prepare(const QSqlDatabase &db, QSqlError *error);
    ~TraceInsert(); // finalizes the statement: it must go before its connection closes

    /** Inserts one trace stamped `timeMs`; its id, or nullopt with lastError() set. */
    std::optional<qint64> insert(const TraceRecord &trace, qint64 timeMs);
    QSqlError lastError() const { return m_error; }

private:
    TraceInsert(sqlite3 *connection, sqlite3_stmt *statement);
    Q_DISABLE_COPY_MOVE(TraceInsert)

    sqlite3 *m_connection;
    sqlite3_stmt *m_statement;
    QSqlError m_error;
};

} // namespace Ledger
