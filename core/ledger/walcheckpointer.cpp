#include "core/ledger/walcheckpointer.h"

#include "core/common/threadname.h"
#include "core/common/threadpolicy.h"
#include "core/ledger/ledgerlog.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <optional>
#include <utility>

namespace Ledger {

namespace {

struct CheckpointResult
{
    qint64 logFrames = 0;    // frames in the log
    qint64 copiedFrames = 0; // of them, copied into the database
};

std::optional<CheckpointResult> checkpointPassively(QSqlQuery &checkpoint)
{
    std::optional<CheckpointResult> result;
    // Result row: busy (1 if it could not finish), WAL frames, frames checkpointed.
    if (checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && checkpoint.next())
        result = CheckpointResult{checkpoint.value(1).toLongLong(), checkpoint.value(2).toLongLong()};
    else
        qCDebug(lcLedger).noquote() << "checkpoint skipped:" << checkpoint.lastError().text();
    checkpoint.finish();
    return result;
}

/**
 * Writes the log's and the database's dirty pages out and waits for them. SQLite syncs both inside a
 * checkpoint; done just before, those syncs find little left to write while the writers wait
 * (tollgate-bench, 64 connections: the writers' wait 2.3-5.8 ms -> mostly 0.5-1.2 ms).
 *
 * Through this connection's own open files, never a descriptor of ours: closing any descriptor of a
 * file drops every POSIX lock the process holds on it (fcntl(2)), SQLite's SHARED lock on the ledger
 * included, and the next connection to close in another process (any CLI command) then took itself
 * for the last one, checkpointed and deleted the log and the shared index under the gateway.
 */
void syncThroughSqlite(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    for (const int which : {SQLITE_FCNTL_JOURNAL_POINTER, SQLITE_FCNTL_FILE_POINTER}) {
        sqlite3_file *file = nullptr;
        // The journal pointer is the write-ahead log once the connection has read in WAL mode.
        if (sqlite3_file_control(connection, "main", which, &file) == SQLITE_OK && file && file->pMethods)
            file->pMethods->xSync(file, SQLITE_SYNC_NORMAL | SQLITE_SYNC_DATAONLY);
    }
}

} // namespace

WalCheckpointer::WalCheckpointer(QString ledgerPath, std::chrono::milliseconds interval, TakeTurn takeTurn,
                                 qint64 restartAtFrames)
    : m_ledgerPath(std::move(ledgerPath))
    , m_interval(interval)
    , m_takeTurn(std::move(takeTurn))
    , m_restartAtFrames(restartAtFrames)
    , m_thread([this] { run(); })
{
}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wakeUp.notify_one();
    m_thread.join();
}

void WalCheckpointer::run()
{
    Common::nameCurrentThread("wal-checkpoint");
    Common::preferNotToPreempt(); // background work: it need not preempt the gateway either
    // A connection per thread, opened here (QtSql connections belong to the thread that opens them).
    const QString connectionName = QStringLiteral("ledger-checkpointer-%1").arg(quintptr(this));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(m_ledgerPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
        if (!db.open()) {
            qCWarning(lcLedger).noquote() << "the checkpointer cannot open the ledger:" << db.lastError().text();
        } else {
            QSqlQuery checkpoint(db);
            qint64 logFramesBefore = 0;
            std::unique_lock lock(m_mutex);
            while (!m_wakeUp.wait_for(lock, m_interval, [this] { return m_stopping; })) {
                lock.unlock();
                const std::optional<CheckpointResult> pass = checkpointPassively(checkpoint);
                const qint64 logFrames = pass ? pass->logFrames : 0;
                if (pass)
                    m_frames.fetch_add(pass->copiedFrames, std::memory_order_relaxed);
                // A log that did not grow since the last pass has had no commit to race: copied
                // in full, the next commit starts it over without anyone waiting.
                if (m_takeTurn && logFrames >= m_restartAtFrames && logFrames != logFramesBefore)
                    catchUpWhileWritersWait(db, checkpoint);
                logFramesBefore = logFrames;
                lock.lock();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

void WalCheckpointer::catchUpWhileWritersWait(const QSqlDatabase &db, QSqlQuery &checkpoint)
{
    syncThroughSqlite(db);
    const std::unique_lock turn = m_takeTurn();
    const std::optional<CheckpointResult> last = checkpointPassively(checkpoint);
    if (last && last->copiedFrames == last->logFrames)
        m_logsCaughtUp.fetch_add(1, std::memory_order_relaxed);
}

} // namespace Ledger
