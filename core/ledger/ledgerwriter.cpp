#include "core/ledger/ledgerwriter.h"

#include "core/common/fileidentity.h"
#include "core/common/threadname.h"
#include "core/common/threadpolicy.h"
#include "core/ledger/ledgerlog.h"
#include "core/ledger/sqliteledgerstore.h"
#include "core/ledger/walcheckpointer.h"

#include <QFile>
#include <QMetaObject>

#include <algorithm>
#include <chrono>
#include <exception>
#include <thread>
#include <tuple>
#include <utility>


namespace Ledger {

namespace {

const QString ConnectionName = QStringLiteral("ledger-writer");
constexpr std::chrono::milliseconds CheckpointInterval{200};
// How stale the rollups may get. Readers add the traces after them, so this bounds how many raw
// traces a report adds up (a few thousand at the gateway's peak), not what it shows.
constexpr std::chrono::milliseconds RollUpInterval{200};
// How often traces held for a ledger that cannot be written are tried again when nothing newer comes.
constexpr std::chrono::milliseconds RetryHeldInterval{1000};
// How often the writer looks whether its ledger file is still the one it opened.
constexpr std::chrono::milliseconds FileCheckInterval{500};

} // namespace

Common::Result<std::unique_ptr<LedgerWriter>> LedgerWriter::start(const QString &ledgerPath, qint64 restartLogAtFrames)
{
    std::unique_ptr<LedgerWriter> writer(new LedgerWriter);
    // The connection must be opened in the thread that uses it, so the thread opens it and tells us how it went.
    std::promise<std::optional<Common::Error>> opened;
    std::future<std::optional<Common::Error>> openResult = opened.get_future();
    writer->m_thread = std::thread([raw = writer.get(), ledgerPath, restartLogAtFrames, &opened] {
        raw->run(ledgerPath, restartLogAtFrames, opened);
    });
    if (std::optional<Common::Error> error = openResult.get()) {
        writer->m_thread.join(); // run() has already returned
        return std::move(*error);
    }
    return writer;
}

LedgerWriter::~LedgerWriter()
{
    stop();
}

void LedgerWriter::submit(TraceRecord trace, QObject *context, DoneCallback done)
{
    Q_ASSERT(context);
    Submission submission{std::move(trace), context, std::move(done)};
    bool accepted = false;
    bool wasEmpty = false;
    {
        const std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            accepted = true;
            wasEmpty = m_queue.empty();
            m_queue.push_back(std::move(submission));
        }
    }
    if (accepted) {
        // Accepted. The thread only sleeps on an empty queue, so only the first submission must wake it;
        // the rest join the batch it takes next.
        if (wasEmpty)
            m_wakeUp.notify_one();
        return;
    }
    qCWarning(lcLedger) << "a trace was submitted after the ledger writer stopped; it is not recorded";
    m_tracesFailed.fetch_add(1, std::memory_order_relaxed);
    reportDone(submission, false, 0);
}

void LedgerWriter::submitAll(std::vector<Pending> pending)
{
    if (pending.empty())
        return;
    bool wasEmpty = false;
    {
        const std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            wasEmpty = m_queue.empty();
            for (Pending &one : pending)
                m_queue.push_back(Submission{std::move(one.trace), one.context, std::move(one.done)});
            pending.clear();
        }
    }
    if (pending.empty()) {
        // One wake-up for the lot: they become (part of) one transaction.
        if (wasEmpty)
            m_wakeUp.notify_one();
        return;
    }
    TraceSink::submitAll(std::move(pending)); // stopped: each fails as a single submit would
}

void LedgerWriter::stop()
{
    Q_ASSERT(std::this_thread::get_id() != m_thread.get_id());
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wakeUp.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void LedgerWriter::run(const QString &ledgerPath, qint64 restartLogAtFrames,
                       std::promise<std::optional<Common::Error>> &opened)
{
    Common::nameCurrentThread("ledger-writer");
    // It commits whatever has queued up when it runs: it need not preempt the gateway to run sooner.
    Common::preferNotToPreempt();
    // style.md: nothing may be thrown out of a thread entry point. Qt and SQLite do not throw, but an
    // allocation may; then the writer stops and fails everything not yet reported.
    bool startReported = false; // `opened` belongs to start(), which may return once it is set
    try {
        Common::Result<std::unique_ptr<SqliteLedgerStore>> store =
            SqliteLedgerStore::open(ledgerPath, ConnectionName, LedgerStore::Access::ReadWrite);
        startReported = true;
        if (!store) {
            opened.set_value(store.error());
            return;
        }
        // Checkpoints happen on their own thread, never inside one of our commits (see WalCheckpointer).
        // Should that fail, SQLite's own checkpoints go on (the store has logged why): slower, not wrong.
        std::ignore = store.value()->leaveCheckpointsToCheckpointer();
        // It takes our turn (as InlineCommitter does) when the log must be copied in full to start over.
        WalCheckpointer checkpointer(ledgerPath, CheckpointInterval, [this] { return std::unique_lock(m_turn); },
                                     restartLogAtFrames);
        opened.set_value(std::nullopt);
        m_fileIdentity = Common::FileIdentity::of(ledgerPath);
        writeLoop(*store.value(), ledgerPath);
        m_framesCheckpointed.store(checkpointer.framesCheckpointed(), std::memory_order_relaxed);
        m_logsCaughtUp.store(checkpointer.logsCaughtUp(), std::memory_order_relaxed);
        return;
    } catch (const std::exception &exception) {
        qCCritical(lcLedger) << "the ledger writer stopped on an exception:" << exception.what();
    } catch (...) {
        qCCritical(lcLedger) << "the ledger writer stopped on an unknown exception";
    }
    if (!startReported) {
        opened.set_value(Common::makeError(Common::Error::Code::Storage,
                                           QStringLiteral("the ledger writer failed while opening %1").arg(ledgerPath)));
        return;
    }

    const std::lock_guard lock(m_mutex);
    m_stopping = true;
    for (std::vector<Submission> *pending : {&m_inFlight, &m_queue}) {
        for (Submission &submission : *pending) {
            if (!submission.reported) {
                m_tracesFailed.fetch_add(1, std::memory_order_relaxed);
                reportDone(submission, false, 0);
            }
        }
        pending->clear();
    }
}

bool LedgerWriter::groupCommittedWithin(std::chrono::milliseconds period) const
{
    const qint64 lastGroupEndNs = m_lastGroupEndNs.load(std::memory_order_relaxed);
    // 0 is "never": the steady clock counts from boot, so on a machine up for less than `period` a
    // zero read as "just now" (the committer then kept off a quiet gateway for good).
    if (lastGroupEndNs == 0)
        return false;
    const std::chrono::steady_clock::duration lastGroupEnd(lastGroupEndNs);
    return std::chrono::steady_clock::now().time_since_epoch() - lastGroupEnd < period;
}

void LedgerWriter::noteWrittenElsewhere()
{
    if (m_writtenElsewhere.exchange(true, std::memory_order_acq_rel))
        return; // already noted: the writer is counting down to its roll-up
    // Through the mutex, so that a writer about to wait either sees the flag or gets the notification.
    { const std::lock_guard lock(m_mutex); }
    m_wakeUp.notify_one();
}

void LedgerWriter::writeLoop(SqliteLedgerStore &store, const QString &ledgerPath)
{
    rollUp(store); // traces an earlier run committed but never rolled up (it was killed)
    auto lastRollUp = std::chrono::steady_clock::now();
    auto lastTry = lastRollUp; // the last transaction tried with traces held in it
    auto lastFileCheck = lastRollUp;
    const auto rollUpDue = [this, &store] {
        return store.hasPendingRollUp() || m_writtenElsewhere.load(std::memory_order_acquire);
    };
    for (;;) {
        bool finished = false;
        {
            std::unique_lock lock(m_mutex);
            const auto ready = [this] { return !m_queue.empty() || m_stopping; };
            // Woken by traces or stop(); by a roll-up falling due (another connection wrote), unless one
            // already is and waits for its time; and at the next look at the file or retry of held traces.
            const bool dueAlready = rollUpDue();
            auto until = lastFileCheck + FileCheckInterval;
            if (dueAlready)
                until = std::min(until, lastRollUp + RollUpInterval);
            if (!m_held.empty())
                until = std::min(until, lastTry + RetryHeldInterval);
            m_wakeUp.wait_until(lock, until, [&] { return ready() || (!dueAlready && rollUpDue()); });
            m_inFlight.swap(m_queue); // take everything: the queue starts over empty for the next batch
            finished = m_stopping && m_inFlight.empty(); // everything submitted before stop() is written
        }
        if (std::chrono::steady_clock::now() - lastFileCheck >= FileCheckInterval) {
            lastFileCheck = std::chrono::steady_clock::now();
            checkTheFileIsStillThere(ledgerPath);
        }
        const bool retryDue = !m_held.empty() && (finished || std::chrono::steady_clock::now() - lastTry >= RetryHeldInterval);
        if (!m_held.empty() && (retryDue || !m_inFlight.empty()))
            lastTry = std::chrono::steady_clock::now();
        if (!m_inFlight.empty() || retryDue) {
            {
                const std::lock_guard turn(m_turn);
                writeBatch(store, m_inFlight);
                if (m_inFlight.size() > 1) {
                    m_lastGroupEndNs.store(std::chrono::steady_clock::now().time_since_epoch().count(),
                                           std::memory_order_relaxed);
                }
                m_inFlight.clear();
            }
            // The batch's "committed" has just woken the gateway thread, whose answers wait for it, and
            // Linux often queues a woken thread on the waker's core: this one. Left to run on, the writer
            // kept it waiting for the rest of its time slice (the next batch, a roll-up) while the
            // answers parked on the commit left the machine idle. Yielding hands it the core now; with
            // nothing else to run here the call returns at once. tollgate-bench, 64 connections, 18
            // alternating pairs: the gateway thread ready but without a core median 6.0 -> 3.6 % of the
            // time (lower in 14 of 14), ledger on/off 0.868 -> 0.891 (14 of 18), p99 added 2.77 -> 2.31 ms.
            std::this_thread::yield();
        }
        const auto now = std::chrono::steady_clock::now();
        if (finished || (rollUpDue() && now - lastRollUp >= RollUpInterval)) {
            const std::lock_guard turn(m_turn);
            // Cleared first: a commit elsewhere during this roll-up sets it again for the next one.
            m_writtenElsewhere.store(false, std::memory_order_release);
            rollUp(store);
            lastRollUp = now;
        }
        if (finished) {
            if (!m_held.empty())
                dropHeld("the writer stopped");
            return;
        }
    }
}

void LedgerWriter::checkTheFileIsStillThere(const QString &ledgerPath)
{
    // SQLite goes on writing to a file that was deleted (or renamed over) under it, and nothing would
    // ever read those traces. Sticky: the connections still have the old file open.
    if (m_ledgerGone.load(std::memory_order_relaxed) || Common::FileIdentity::of(ledgerPath) == m_fileIdentity)
        return;
    m_ledgerGone.store(true, std::memory_order_relaxed);
    qCCritical(lcLedger).noquote() << ledgerPath
                                   << "was deleted or replaced while the gateway ran: no trace can reach it any more, so the gateway "
                                      "refuses new requests; restart Tollgate";
}

void LedgerWriter::rollUp(SqliteLedgerStore &store)
{
    // A failed roll-up loses nothing: the traces stay after the mark, readers keep adding them, and
    // the next roll-up (from SQL, since the sums in memory were dropped) takes them. The store logged why.
    if (store.rollUp())
        m_rollUps.fetch_add(1, std::memory_order_relaxed);
}

void LedgerWriter::writeBatch(SqliteLedgerStore &store, std::vector<Submission> &batch)
{
    // Traces held since the ledger last refused them go first, in the same transaction: they are older.
    const qsizetype heldCount = qsizetype(m_held.size());
    QList<TraceRecord> traces;
    traces.reserve(heldCount + static_cast<qsizetype>(batch.size()));
    for (TraceRecord &trace : m_held)
        traces.append(std::move(trace));
    m_held.clear();
    for (Submission &submission : batch)
        traces.append(std::move(submission.trace));
    // The i-th trace's submission, or null for a held one (its answer went out when it was first refused).
    const auto submissionOf = [&](qsizetype i) { return i < heldCount ? nullptr : &batch[std::size_t(i - heldCount)]; };

    // One transaction for the whole batch: this is what makes a commit per request cheap.
    const Common::Result<QList<qint64>> ids = store.insertTraces(traces);
    if (ids) {
        recordBatch(traces.size());
        noteHeldWritten(heldCount);
        m_tracesHeld.store(0, std::memory_order_relaxed);
        reportBatch(batch, ids.value().mid(heldCount));
        return;
    }
    const bool unwritable = ids.error().code == Common::Error::Code::Unwritable;
    if (unwritable || traces.size() == 1) {
        for (qsizetype i = 0; i < traces.size(); ++i)
            notWritten(std::move(traces[i]), submissionOf(i), unwritable);
        m_tracesHeld.store(qint64(m_held.size()), std::memory_order_relaxed);
        return;
    }

    // One bad trace (say, a dangling price id) must not cost the other requests of its batch their
    // traces: retry one by one so that only the culprit fails. The store has logged the cause.
    qCWarning(lcLedger) << "a batch of" << traces.size() << "traces failed; writing them one at a time";
    qsizetype heldWritten = 0;
    for (qsizetype i = 0; i < traces.size(); ++i) {
        Submission *submission = submissionOf(i);
        const Common::Result<QList<qint64>> id = store.insertTraces({traces.at(i)});
        if (id) {
            recordBatch(1);
            if (submission)
                reportDone(*submission, true, id.value().constFirst());
            else
                ++heldWritten;
            continue;
        }
        notWritten(std::move(traces[i]), submission, id.error().code == Common::Error::Code::Unwritable);
    }
    noteHeldWritten(heldWritten);
    m_tracesHeld.store(qint64(m_held.size()), std::memory_order_relaxed);
}

void LedgerWriter::notWritten(TraceRecord trace, Submission *submission, bool unwritable)
{
    // Held to be tried again if the ledger may take it later; else it fails alone, as a bad trace does.
    if (unwritable)
        hold(std::move(trace));
    else
        m_tracesFailed.fetch_add(1, std::memory_order_relaxed);
    if (submission) // null for a trace already held: its answer went out when it was first refused
        reportDone(*submission, false, 0);
}

void LedgerWriter::hold(TraceRecord trace)
{
    if (m_held.empty() && m_tracesHeld.load(std::memory_order_relaxed) == 0) {
        qCCritical(lcLedger) << "the ledger cannot be written (the store logged why): its traces are held in memory and"
                                " tried again every second, and the gateway refuses new requests until it takes them";
    }
    if (qsizetype(m_held.size()) >= MostTracesHeld) {
        // The gateway refuses new requests meanwhile, so only requests already running get here.
        m_tracesFailed.fetch_add(1, std::memory_order_relaxed);
        qCCritical(lcLedger) << "a trace was lost: the ledger cannot be written and" << MostTracesHeld << "traces are held already";
        return;
    }
    m_held.push_back(std::move(trace));
    // Before its request hears that it was not committed: the client's next request must find it held.
    m_tracesHeld.store(std::max(m_tracesHeld.load(std::memory_order_relaxed), qint64(m_held.size())), std::memory_order_relaxed);
}

void LedgerWriter::noteHeldWritten(qsizetype count)
{
    if (count == 0)
        return;
    if (m_held.empty())
        qCWarning(lcLedger) << "the ledger takes traces again:" << count << "held traces written";
}

void LedgerWriter::dropHeld(const char *why)
{
    qCCritical(lcLedger) << m_held.size() << "traces could not be written to the ledger and are lost:" << why;
    m_tracesFailed.fetch_add(qint64(m_held.size()), std::memory_order_relaxed);
    m_held.clear();
    m_tracesHeld.store(0, std::memory_order_relaxed);
}

void LedgerWriter::recordBatch(qsizetype size)
{
    // Only this thread writes the counters; atomics let any thread read them.
    m_tracesWritten.fetch_add(size, std::memory_order_relaxed);
    m_batchesWritten.fetch_add(1, std::memory_order_relaxed);
    m_largestBatch.store(std::max<qint64>(m_largestBatch.load(std::memory_order_relaxed), size),
                         std::memory_order_relaxed);
}

void LedgerWriter::reportBatch(std::vector<Submission> &batch, const QList<qint64> &traceIds)
{
    // One queued call per receiving context, not one per trace: every queued call wakes the
    // receiver's event loop (a syscall and a loop turn), which at thousands of requests a second cost
    // the gateway thread more than the callbacks themselves.
    std::vector<Report> reports;
    reports.reserve(batch.size());
    for (std::size_t i = 0; i < batch.size(); ++i) {
        Submission &submission = batch[i];
        submission.reported = true;
        reports.emplace_back(submission.context,
                             [done = std::move(submission.done), traceId = traceIds.at(static_cast<qsizetype>(i))] {
                                 done(true, traceId);
                             });
    }
    deliverGrouped(std::move(reports));
}

void LedgerWriter::reportDone(Submission &submission, bool committed, qint64 traceId)
{
    submission.reported = true;
    QMetaObject::invokeMethod(
        submission.context,
        [done = std::move(submission.done), committed, traceId] { done(committed, traceId); },
        Qt::QueuedConnection);
}

} // namespace Ledger
