#include "core/ledger/inlinecommitter.h"

#include "core/ledger/ledgerlog.h"
#include "core/ledger/ledgerwriter.h"
#include "core/ledger/sqliteledgerstore.h"

#include <QMetaObject>

#include <utility>

namespace Ledger {

InlineCommitter::InlineCommitter(LedgerWriter &writer, const QString &ledgerPath,
                                 std::chrono::milliseconds writerQuietFor)
    : m_writer(writer)
    , m_writerQuietFor(writerQuietFor)
{
    // Opened now, on the thread that will use it, so that the first request does not wait for it.
    auto store = SqliteLedgerStore::open(ledgerPath, QStringLiteral("ledger-inline-%1").arg(quintptr(this), 0, 16),
                                         LedgerStore::Access::ReadWrite);
    if (!store) {
        qCWarning(lcLedger).noquote() << "inline commits are off:" << store.error().message;
        return;
    }
    // A checkpoint here would stall the gateway; the store has logged why if this fails.
    if (!store.value()->leaveCheckpointsToCheckpointer()) {
        qCWarning(lcLedger) << "inline commits are off";
        return;
    }
    m_store = std::move(store).value();
}

InlineCommitter::~InlineCommitter() = default;

bool InlineCommitter::tryCommit(TraceSink::Pending &pending)
{
    // A writer that group-committed this recently is serving a busy gateway: leave the traces to it.
    if (!m_store || m_writer.groupCommittedWithin(m_writerQuietFor))
        return false;
    const std::unique_lock turn = m_writer.tryTakeTurn();
    if (!turn.owns_lock())
        return false; // the writer is in a transaction: it takes this trace with the next one
    const Common::Result<QList<qint64>> ids = m_store->insertTraces({pending.trace});
    m_store->forgetPendingRollUp(); // this connection never rolls up; the writer does, from SQL
    if (!ids)
        return false; // the store logged why; the writer retries it and reports the outcome
    m_writer.noteWrittenElsewhere();
    ++m_commits;
    const qint64 id = ids.value().constFirst();
    // Queued even on this thread, so that the caller sees the same order of events as with the writer.
    QMetaObject::invokeMethod(
        pending.context, [done = std::move(pending.done), id] { done(true, id); }, Qt::QueuedConnection);
    return true;
}

} // namespace Ledger
