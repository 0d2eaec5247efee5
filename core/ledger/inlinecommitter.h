#pragma once

#include "core/ledger/tracesink.h"

#include <QString>

#include <chrono>
#include <memory>

namespace Ledger {

class LedgerWriter;
class SqliteLedgerStore;

/**
 * Commits a lone trace on the calling thread, on a connection of its own, when the writer thread is
 * between transactions; otherwise declines and the trace goes to the writer as usual.
 *
 * Why: a gateway with one request in flight otherwise hands its trace to the writer thread and waits
 * to be told it is durable: two thread wake-ups, which on this project's VM cost ~70 µs around a
 * ~15 µs commit (tollgate-bench, writer round trip). Offered only a turn's single trace, and declining
 * while the writer has group-committed (two or more traces at once) within the last 20 ms, so a busy
 * gateway keeps handing whole turns to the writer: its own thread does no SQLite work it needs for
 * serving requests, and the two connections do not take turns writing (each would re-read the pages
 * the other changed).
 *
 * The traces are as durable as the writer's (the same WAL commit); the writer rolls them up from SQL
 * within 200 ms. Lives in, and must be used from, the thread that created it.
 */
class InlineCommitter final
{
public:
    /** `writerQuietFor`: how long after the writer's last group commit this keeps off. */
    InlineCommitter(LedgerWriter &writer, const QString &ledgerPath,
                    std::chrono::milliseconds writerQuietFor = std::chrono::milliseconds(20));
    ~InlineCommitter();
    Q_DISABLE_COPY_MOVE(InlineCommitter)

    /**
     * Commits `pending`'s trace and posts its done() (queued to its context, as the writer does);
     * false, leaving `pending` as it was, if the writer is busy or the commit failed.
     */
    bool tryCommit(TraceSink::Pending &pending);
    qint64 commits() const { return m_commits; }

private:
    LedgerWriter &m_writer;
    std::chrono::milliseconds m_writerQuietFor;
    std::unique_ptr<SqliteLedgerStore> m_store; // opened on construction, on this thread; null: all go to the writer
    qint64 m_commits = 0;
};

} // namespace Ledger
