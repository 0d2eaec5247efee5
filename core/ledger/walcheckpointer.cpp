#include "core/ledger/walcheckpointer.h"

#include "core/common/threadname.h"
#include "core/common/threadpolicy.h"
#include "core/ledger/ledgerlog.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace Ledger {

WalCheckpointer::WalCheckpointer(QString ledgerPath, std::chrono::milliseconds interval)
    : m_ledgerPath(std::move(ledgerPath))
    , m_interval(interval)
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
            std::unique_lock lock(m_mutex);
            while (!m_wakeUp.wait_for(lock, m_interval, [this] { return m_stopping; })) {
                lock.unlock();
                // Result row: busy (1 if it could not finish), WAL frames, frames checkpointed.
                if (checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && checkpoint.next())
                    m_frames.store(m_frames.load(std::memory_order_relaxed) + checkpoint.value(2).toLongLong(),
                                   std::memory_order_relaxed);
                else
                    qCDebug(lcLedger).noquote() << "checkpoint skipped:" << checkpoint.lastError().text();
                checkpoint.finish();
                lock.lock();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace Ledger
