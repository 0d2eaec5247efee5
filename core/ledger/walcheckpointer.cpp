#include "core/ledger/walcheckpointer.h"

#include "core/common/threadname.h"
#include "core/common/threadpolicy.h"
#include "core/ledger/ledgerlog.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <fcntl.h>
#include <unistd.h>

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
 * Writes the file's dirty pages out and waits for them. SQLite syncs the log and the database inside
 * a checkpoint; done just before, those syncs find little left to write while the writers wait
 * (tollgate-bench, 64 connections: the writers' wait 2.3-5.8 ms -> mostly 0.5-1.2 ms).
 */
void syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return; // no log yet: nothing to write out
    ::fdatasync(fd);
    ::close(fd);
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
                    catchUpWhileWritersWait(checkpoint);
                logFramesBefore = logFrames;
                lock.lock();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

void WalCheckpointer::catchUpWhileWritersWait(QSqlQuery &checkpoint)
{
    syncFile(m_ledgerPath + QStringLiteral("-wal"));
    syncFile(m_ledgerPath);
    const std::unique_lock turn = m_takeTurn();
    const std::optional<CheckpointResult> last = checkpointPassively(checkpoint);
    if (last && last->copiedFrames == last->logFrames)
        m_logsCaughtUp.fetch_add(1, std::memory_order_relaxed);
}

} // namespace Ledger
