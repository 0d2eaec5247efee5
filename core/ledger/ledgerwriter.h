#pragma once

#include "core/common/fileidentity.h"
#include "core/common/result.h"
#include "core/ledger/tracesink.h"
#include "core/ledger/walcheckpointer.h"

#include <QList>
#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace Ledger {

class SqliteLedgerStore;

/**
 * The ledger's trace writer: one dedicated thread with its own ReadWrite connection
 * ("ledger-writer") that commits traces with group commit. Whatever was submitted while the
 * previous transaction ran becomes the next one, so a busy gateway pays one commit for many
 * traces and an idle one pays no waiting at all. Every 200 ms, if it or an InlineCommitter (which
 * takes the writer's turn to commit a quiet gateway's lone trace itself) wrote traces, it rolls
 * them up (SqliteLedgerStore::rollUp()) in a transaction of its own, and once more when it stops.
 *
 * Durability is the store's: WAL with synchronous=NORMAL, so a committed trace survives the
 * process being killed (the WAL write has reached the OS), not necessarily a power cut.
 *
 * A ledger that cannot be written now (the disk is full, an I/O error: Error::Code::Unwritable) does
 * not lose what it was given: the writer reports those traces as not committed, so their answers go
 * out (the provider has been paid), holds them in memory and tries them again every second, before
 * anything newer, until the ledger takes them. canTakeTraces() tells the gateway to refuse new requests
 * meanwhile (QA: on a full disk it answered 200 for thousands of requests it never booked, and caps
 * forgot that spend on restart). What is still held when the writer stops is lost, and logged. A ledger
 * file deleted or replaced while the gateway runs is noticed within half a second and refuses them for
 * good (QA: traces went on into the deleted file, and were lost with it).
 */
class LedgerWriter final : public TraceSink
{
public:
    /**
     * Opens (creating or migrating) the ledger on the writer thread; fails if it cannot be opened.
     * `restartLogAtFrames`: see WalCheckpointer (tests pass a small one).
     */
    static Common::Result<std::unique_ptr<LedgerWriter>> start(const QString &ledgerPath,
                                                               qint64 restartLogAtFrames = WalCheckpointer::RestartAtFrames);
    ~LedgerWriter() override; // stop()
    Q_DISABLE_COPY_MOVE(LedgerWriter)

    void submit(TraceRecord trace, QObject *context, DoneCallback done) override;
    void submitAll(std::vector<Pending> pending) override;
    bool canTakeTraces() const override
    {
        return m_tracesHeld.load(std::memory_order_relaxed) == 0 && !m_ledgerGone.load(std::memory_order_relaxed);
    }
    bool ledgerGone() const override { return m_ledgerGone.load(std::memory_order_relaxed); }
    /** Traces the ledger could not take yet, held to be tried again. */
    qint64 tracesHeld() const { return m_tracesHeld.load(std::memory_order_relaxed); }

    /** The most traces held for a ledger that cannot be written; beyond it they are lost (and logged). */
    static constexpr qsizetype MostTracesHeld = 100'000;

    /**
     * Writes everything already submitted, then ends the thread. Later submissions fail
     * (done(false, 0)). Call it from the thread that owns the writer; calling it again is harmless.
     */
    void stop();

    /**
     * Lets another thread commit on a connection of its own while the writer is between transactions
     * (Ledger::InlineCommitter): owns the lock if the writer is not writing or rolling up now, and the
     * writer waits for it before its next transaction. SQLite would serialize the two anyway, but its
     * busy handler sleeps a millisecond at least; this never makes either side sleep.
     */
    std::unique_lock<std::mutex> tryTakeTurn() { return std::unique_lock(m_turn, std::try_to_lock); }
    /**
     * Whether the writer committed several traces in one transaction within `period`: traces queue
     * up for it, so the gateway is busy. Two connections taking turns to write make each re-read what
     * the other changed, so InlineCommitter keeps off then. (Not "wrote at all": what the committer
     * declines goes to the writer, so that would keep it off for good once it declined.)
     */
    bool groupCommittedWithin(std::chrono::milliseconds period) const;
    /** Another connection committed traces: the writer rolls them up (from SQL) within 200 ms. */
    void noteWrittenElsewhere();

    qint64 tracesWritten() const { return m_tracesWritten.load(std::memory_order_relaxed); }
    qint64 tracesFailed() const { return m_tracesFailed.load(std::memory_order_relaxed); }
    qint64 batchesWritten() const { return m_batchesWritten.load(std::memory_order_relaxed); } // transactions
    qint64 largestBatch() const { return m_largestBatch.load(std::memory_order_relaxed); }
    qint64 rollUps() const { return m_rollUps.load(std::memory_order_relaxed); } // roll-ups that committed
    /** WAL frames the checkpointer had copied into the database file when the writer stopped. */
    qint64 framesCheckpointed() const { return m_framesCheckpointed.load(std::memory_order_relaxed); }
    /** How often the checkpointer had caught up with the whole log, so that it started over, when the writer stopped. */
    qint64 logsCaughtUp() const { return m_logsCaughtUp.load(std::memory_order_relaxed); }

private:
    struct Submission
    {
        TraceRecord trace;
        QObject *context = nullptr;
        DoneCallback done;
        bool reported = false; // done has been posted (it is moved out then)
    };

    LedgerWriter() = default;

    void run(const QString &ledgerPath, qint64 restartLogAtFrames, std::promise<std::optional<Common::Error>> &opened);
    void writeLoop(SqliteLedgerStore &store, const QString &ledgerPath);
    void checkTheFileIsStillThere(const QString &ledgerPath);
    void writeBatch(SqliteLedgerStore &store, std::vector<Submission> &batch);
    void notWritten(TraceRecord trace, Submission *submission, bool unwritable);
    void hold(TraceRecord trace);
    void noteHeldWritten(qsizetype count);
    void dropHeld(const char *why);
    void rollUp(SqliteLedgerStore &store);
    void recordBatch(qsizetype size);
    static void reportBatch(std::vector<Submission> &batch, const QList<qint64> &traceIds); // all committed
    static void reportDone(Submission &submission, bool committed, qint64 traceId);

    // A std::thread rather than a QThread: this thread never runs an event loop (it sleeps on
    // m_wakeUp), so QThread's dispatcher and quit() would be dead weight; join() after setting
    // m_stopping is exactly "drain, then wait". Qt adopts the thread, which is all QSqlDatabase needs.
    std::thread m_thread;

    std::mutex m_mutex;                  // guards m_queue and m_stopping
    std::condition_variable m_wakeUp;    // signalled when m_queue becomes non-empty or on stop()
    std::vector<Submission> m_queue;
    bool m_stopping = false;
    std::vector<Submission> m_inFlight;  // the batch being written; only the writer thread touches it
    std::vector<TraceRecord> m_held;     // traces the ledger could not take yet, oldest first; writer thread only
    std::atomic<qint64> m_tracesHeld{0}; // m_held's size, for other threads
    std::optional<Common::FileIdentity> m_fileIdentity; // the ledger file's when opened
    std::atomic<bool> m_ledgerGone{false}; // the ledger file was deleted or replaced: nothing can reach it any more
    std::mutex m_turn;                   // held by whoever is in a transaction: the writer, tryTakeTurn()'s caller, or
                                         // the checkpointer copying the rest of a log that must start over
    std::atomic<bool> m_writtenElsewhere{false}; // traces committed on another connection since the last roll-up
    std::atomic<qint64> m_lastGroupEndNs{0};     // steady clock, when a batch of two or more last committed; 0: never

    std::atomic<qint64> m_tracesWritten{0};
    std::atomic<qint64> m_tracesFailed{0};
    std::atomic<qint64> m_batchesWritten{0};
    std::atomic<qint64> m_largestBatch{0};
    std::atomic<qint64> m_rollUps{0};
    std::atomic<qint64> m_framesCheckpointed{0};
    std::atomic<qint64> m_logsCaughtUp{0};
};

} // namespace Ledger
