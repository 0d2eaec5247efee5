#include "core/common/threadpolicy.h"
#include "core/ledger/inlinecommitter.h"
#include "core/ledger/ledgerwriter.h"
#include "core/ledger/nulltracesink.h"
#include "core/ledger/sqliteledgerstore.h"
#include "core/ledger/turnbatchingsink.h"
#include "tests/support/tempdatadir.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QTestEventLoop>
#include <QThread>

#include <algorithm>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using Common::Money;
using Ledger::LedgerStore;
using Ledger::LedgerWriter;
using Ledger::SqliteLedgerStore;
using Ledger::TraceRecord;

namespace {

TraceRecord makeTrace(qint64 serial)
{
    TraceRecord trace;
    trace.time = QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC).addSecs(serial * 7);
    trace.model = serial % 2 == 0 ? QStringLiteral("gpt-4o") : QStringLiteral("claude-sonnet");
    trace.servedModel = trace.model;
    trace.provider = QStringLiteral("openai");
    trace.endpoint = QStringLiteral("/v1/chat/completions");
    trace.status = 200;
    trace.outcome = QStringLiteral("ok");
    trace.usage.inputTokens = 100 + serial;
    trace.usage.outputTokens = 20;
    trace.cost = Money::fromNanos(1'000 + serial % 1'234);
    return trace;
}

/** What the `done` callbacks reported, and on which thread they ran. */
struct Reports
{
    QList<qint64> committedIds;
    qsizetype failures = 0;
    qsizetype offThread = 0; // callbacks that did not run on the context's (the test's) thread

    qsizetype count() const { return committedIds.size() + failures; }
    Ledger::TraceSink::DoneCallback callback()
    {
        QThread *const expected = QThread::currentThread();
        return [this, expected](bool committed, qint64 traceId) {
            if (QThread::currentThread() != expected)
                ++offThread;
            if (committed)
                committedIds.append(traceId);
            else
                ++failures;
        };
    }
};

std::unique_ptr<LedgerWriter> startWriter(const QString &path)
{
    Common::Result<std::unique_ptr<LedgerWriter>> started = LedgerWriter::start(path);
    if (!started)
        qWarning() << "cannot start the writer:" << started.error().message;
    return started ? std::move(started).value() : nullptr;
}

std::unique_ptr<SqliteLedgerStore> openReader(const QString &path)
{
    auto opened = SqliteLedgerStore::open(path, QStringLiteral("test-reader"), LedgerStore::Access::ReadOnly);
    if (!opened)
        qWarning() << "cannot open the reader:" << opened.error().message;
    return opened ? std::move(opened).value() : nullptr;
}

#if defined(Q_OS_LINUX)
/** The scheduling policy (SCHED_*) of this process's thread with that name, or -1 if there is none. */
int schedulingPolicyOfThread(const QByteArray &name)
{
    const QStringList threadIds = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &threadId : threadIds) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(threadId));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == name)
            return sched_getscheduler(threadId.toInt());
    }
    return -1;
}

/** The nice value of this process's thread with that name, or 100 if there is none. */
int niceOfThread(const QByteArray &name)
{
    const QStringList threadIds = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &threadId : threadIds) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(threadId));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == name)
            return getpriority(PRIO_PROCESS, id_t(threadId.toInt()));
    }
    return 100;
}
#endif

QSet<qint64> storedIds(LedgerStore &store)
{
    Ledger::TraceQuery all;
    all.limit = 10'000'000;
    QSet<qint64> ids;
    for (const TraceRecord &trace : store.queryTraces(all))
        ids.insert(trace.id);
    return ids;
}

/**
 * Offers `pending` to the committer until it takes it (at most 5 s). The writer rolls up what it wrote,
 * or heard was written, about 200 ms after its last roll-up, and the committer rightly declines while
 * that transaction runs (a declined trace is left as it was): a single offer could meet the roll-up on a
 * loaded machine. Sleeps rather than spinning the event loop, so reports stay queued for the caller to count.
 */
bool commitOnceTheWriterLetsIt(Ledger::InlineCommitter &committer, Ledger::TraceSink::Pending &pending)
{
    QElapsedTimer waited;
    waited.start();
    while (!committer.tryCommit(pending)) {
        if (waited.hasExpired(5000))
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

/**
 * How often the ledger's write-ahead log has started over: the checkpoint sequence number in its header
 * (bytes 12-15, big-endian; SQLite's WAL format), which the first commit after each restart increments.
 * -1 without a log.
 */
qint64 logRestarts(const QString &ledgerPath)
{
    QFile log(ledgerPath + QStringLiteral("-wal"));
    if (!log.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = log.read(16);
    if (header.size() < 16)
        return -1;
    const auto byte = [&header](int i) { return quint32(quint8(header.at(i))); };
    return qint64(byte(12) << 24 | byte(13) << 16 | byte(14) << 8 | byte(15));
}

/**
 * Whether another process sees this one hold its SHARED lock on the ledger (SQLite's unix locking: a read
 * lock on the 510 bytes after the pending and reserved bytes at 1 GiB). A connection in WAL mode holds it
 * for as long as it is open; without it, the next connection to close in another process takes itself for
 * the last one and deletes the log under this one. Asked from a forked child with F_GETLK (a process
 * never conflicts with its own locks), which only makes system calls before _exit().
 */
bool anotherProcessSeesOurLock(const QString &ledgerPath)
{
    constexpr off_t SharedFirst = 0x40000000 + 2;
    constexpr off_t SharedSize = 510;
    const QByteArray path = QFile::encodeName(ledgerPath);
    const pid_t child = ::fork();
    if (child == 0) {
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            ::_exit(2);
        struct flock wanted = {};
        wanted.l_type = F_WRLCK;
        wanted.l_whence = SEEK_SET;
        wanted.l_start = SharedFirst;
        wanted.l_len = SharedSize;
        if (::fcntl(fd, F_GETLK, &wanted) != 0)
            ::_exit(2);
        ::_exit(wanted.l_type == F_UNLCK ? 1 : 0);
    }
    int status = 0;
    return child > 0 && ::waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

class TestLedgerWriter final : public QObject
{
    Q_OBJECT

private slots:
    void singleSubmitIsCommittedAndReadable();
    void manySubmitsAreGroupCommitted();
    void concurrentSubmitters();
    void eachContextHearsOnItsOwnThreadInOrder();
    void stopDrainsPendingWork();
    void submitAfterStopFails();
    void startFailsWhenTheLedgerCannotBeCreated();
    void badTraceFailsAloneInItsBatch();
    void crashKeepsEveryReportedTrace();
    void rollsUpWhileRunningAndWhenStopped();
    void throughput();
    void nullSinkReportsCommittedLater();
    void turnBatchingHandsOverOncePerLoopTurn();
    void checkpointsHappenOffTheCommitPath();
    void theLogStartsOverUnderSteadyCommits();
    void turnBatchingHandsOverWhatItHoldsWhenDestroyed();
    void backgroundThreadsDoNotPreempt();
    void inlineCommitWhileTheWriterIsQuiet();
    void inlineCommitDeclinesWhileTheWriterIsInATransaction();
    void inlineCommitDeclinesWhileTheWriterGroupCommits();
    void turnBatchingCommitsALoneTraceInline();
};

void TestLedgerWriter::singleSubmitIsCommittedAndReadable()
{
    TestSupport::TempDataDir dir;
    std::unique_ptr<LedgerWriter> writer = startWriter(dir.ledgerPath());
    QVERIFY(writer);

    Reports reports;
    writer->submit(makeTrace(1), this, reports.callback());
    QCOMPARE(reports.count(), 0); // queued, never called inside submit()
    QTRY_COMPARE(reports.count(), 1);
    QCOMPARE(reports.failures, 0);
    QCOMPARE(reports.offThread, 0);
    const qint64 id = reports.committedIds.constFirst();
    QVERIFY(id > 0);

    // Committed means visible to another connection, while the writer is still running.
    std::unique_ptr<SqliteLedgerStore> reader = openReader(dir.ledgerPath());
    QVERIFY(reader);
    const QList<TraceRecord> traces = reader->queryTraces({});
    QCOMPARE(traces.size(), 1);
    QCOMPARE(traces.constFirst().id, id);
    QCOMPARE(traces.constFirst().model, QStringLiteral("claude-sonnet"));
    QCOMPARE(reader->sumTraceCosts(), makeTrace(1).cost.value());
    QCOMPARE(writer->tracesWritten(), 1);
    QCOMPARE(writer->batchesWritten(), 1);
}

void TestLedgerWriter::manySubmitsAreGroupCommitted()
{
    TestSupport::TempDataDir dir;
    std::unique_ptr<LedgerWriter> writer = startWriter(dir.ledgerPath());
    QVERIFY(writer);

    // In waves, waiting for each to be reported, so that the writer goes idle and wakes up again: a
    // single burst could land in one batch, and at least one batch per wave must happen.
    constexpr int Count = 10'000;
    constexpr int Waves = 10;
    Reports reports;
    Money expected;
    for (int wave = 0; wave < Waves; ++wave) {
        for (int i = wave * Count / Waves; i < (wave + 1) * Count / Waves; ++i) {
            TraceRecord trace = makeTrace(i);
            expected += *trace.cost;
            writer->submit(std::move(trace), this, reports.callback());
        }
        QTRY_COMPARE_WITH_TIMEOUT(reports.count(), (wave + 1) * Count / Waves, 30'000);
    }
    QCOMPARE(reports.failures, 0);
    QCOMPARE(reports.offThread, 0);
    QCOMPARE(QSet<qint64>(reports.committedIds.cbegin(), reports.committedIds.cend()).size(), Count);

    QCOMPARE(writer->tracesWritten(), Count);
    QVERIFY2(writer->batchesWritten() >= Waves && writer->batchesWritten() < Count,
             qPrintable(QStringLiteral("%1 batches").arg(writer->batchesWritten())));
    QVERIFY(writer->largestBatch() > 1);

    std::unique_ptr<SqliteLedgerStore> reader = openReader(dir.ledgerPath());
    QVERIFY(reader);
    QCOMPARE(reader->countTraces({}), Count);
    QCOMPARE(reader->sumTraceCosts(), expected);
    QCOMPARE(reader->sumRollupCosts(), expected);
}

void TestLedgerWriter::concurrentSubmitters()
{
    TestSupport::TempDataDir dir;
    std::unique_ptr<LedgerWriter> writer = startWriter(dir.ledgerPath());
    QVERIFY(writer);

    constexpr int Threads = 4;
    constexpr int PerThread = 2'500;
    Reports reports;
    const Ledger::TraceSink::DoneCallback done = reports.callback(); // runs on this thread, whoever submits
    std::vector<std::thread> submitters;
    for (int t = 0; t < Threads; ++t) {
        submitters.emplace_back([&writer, &done, this, t] {
            for (int i = 0; i < PerThread; ++i)
                writer->submit(makeTrace(t * PerThread + i), this, done);
        });
    }
    for (std::thread &submitter : submitters)
        submitter.join();

    QTRY_COMPARE_WITH_TIMEOUT(reports.count(), Threads * PerThread, 30'000);
    QCOMPARE(reports.failures, 0);
    QCOMPARE(reports.offThread, 0);
    QCOMPARE(QSet<qint64>(reports.committedIds.cbegin(), reports.committedIds.cend()).size(), Threads * PerThread);

    Money expected;
    for (int i = 0; i < Threads * PerThread; ++i)
        expected += *makeTrace(i).cost;
    std::unique_ptr<SqliteLedgerStore> reader = openReader(dir.ledgerPath());
    QVERIFY(reader);
    QCOMPARE(reader->countTraces({}), Threads * PerThread);
    QCOMPARE(reader->sumTraceCosts(), expected);
    QCOMPARE(reader->sumRollupCosts(), expected);
}

void TestLedgerWriter::eachContextHearsOnItsOwnThreadInOrder()
{
    // The writer reports a batch with one queued call per context: interleaved submissions for two
    // contexts in two threads must still each be reported once, on their context's thread, in order.
    TestSupport::TempDataDir dir;
    std::unique_ptr<LedgerWriter> writer = startWriter(dir.ledgerPath());
    QVERIFY(writer);
    QThread otherThread;
    otherThread.start();
    QObject otherContext;
    otherContext.moveToThread(&otherThread);

    constexpr int PerContext = 2'000;
    struct Heard
    {
        std::mutex mutex;
        QList<qint64> ids;
        qsizetype wrongThread = 0;
    };
    Heard here;
    Heard there;
    const auto listener = [](Heard &heard, QThread *thread) {
        return [&heard, thread](bool committed, qint64 traceId) {
            const std::lock_guard lock(heard.mutex);
            if (QThread::currentThread() != thread)
                ++heard.wrongThread;
            heard.ids.append(committed ? traceId : -1);
        };
    };
    for (int i = 0; i < PerContext; ++i) {
        writer->submit(makeTrace(2 * i), this, listener(here, QThread::currentThread()));
        writer->submit(makeTrace(2 * i + 1), &otherContext, listener(there, &otherThread));
    }
    const auto heardAll = [](Heard &heard) {
        const std::lock_guard lock(heard.mutex);
        return heard.ids.size() == PerContext;
    };
    QTRY_VERIFY_WITH_TIMEOUT(heardAll(here) && heardAll(there), 30'000);
    otherThread.quit();
    otherThread.wait();
    for (Heard *heard : {&here, &there}) {
        QCOMPARE(heard->wrongThread, 0);
        QVERIFY(!heard->ids.contains(-1));
        QVERIFY(std::is_sorted(heard->ids.cbegin(), heard->ids.cend())); // ids follow submission order
    }
    QVERIFY(writer->batchesWritten() < 2 * PerContext); // they were grouped
}

void TestLedgerWriter::stopDrainsPendingWork()
{
    TestSupport::TempDataDir dir;
    std::unique_ptr<LedgerWriter> writer = startWriter(dir.ledgerPath());
    QVERIFY(writer);

    constexpr int Count = 5'000;
    Reports reports;
    for (int i = 0; i < Count; ++i)
        writer->submit(makeTrace(i), this, reports.callback());
    writer->stop(); // returns once everything above is written

    QCOMPARE(writer->tracesWritten(), Count);
    {
        std::unique_ptr<SqliteLedgerStore> reader = openReader(dir.ledgerPath());
        QVERIFY(reader);
        QCOMPARE(reader->countTraces({}), Count);
    }
    QTRY_COMPARE(reports.count(), Count); // the callbacks were queued before stop() returned
    QCOMPARE(reports.failures, 0);
    writer->stop(); // again: harmless
}

void TestLedgerWriter::submitAfterStopFails()
{
    TestSupport::TempDataDir dir;
    std::unique_ptr<LedgerWriter> writer = startWriter(dir.ledgerPath());
    QVERIFY(writer);
    writer->stop();

    Reports reports;
    writer->submit(makeTrace(1), this, reports.callback());
    QTRY_COMPARE(reports.count(), 1);
    QCOMPARE(reports.failures, 1);
    QCOMPARE(reports.offThread, 0);
    QCOMPARE(writer->tracesFailed(), 1);
}

void TestLedgerWriter::startFailsWhenTheLedgerCannotBeCreated()
{
    TestSupport::TempDataDir dir;
    // A regular file where a directory should be: not creatable, even for root.
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    const Common::Result<std::unique_ptr<LedgerWriter>> started =
        LedgerWriter::start(dir.filePath(QStringLiteral("blocker/sub/ledger.sqlite")));
    QVERIFY(!started);
    QCOMPARE(started.error().code, Common::Error::Code::Storage);

    // The failed start left no connection behind: a writer can start afterwards.
    QVERIFY(startWriter(dir.ledgerPath()));
}

void TestLedgerWriter::badTraceFailsAloneInItsBatch()
{
    TestSupport::TempDataDir dir;
    std::unique_ptr<LedgerWriter> writer = startWriter(dir.ledgerPath());
    QVERIFY(writer);

    // Submitted back to back, the bad trace shares a transaction with good ones: the foreign key on
    // price_id fails that transaction, and the writer must still commit its neighbours.
    constexpr int Good = 400;
    Reports good;
    Reports bad;
    Money expected;
    for (int i = 0; i < Good; ++i) {
        if (i == Good / 2) {
            TraceRecord dangling = makeTrace(-1);
            dangling.priceId = 987'654; // no such price version
            writer->submit(dangling, this, bad.callback());
        }
        expected += *makeTrace(i).cost;
        writer->submit(makeTrace(i), this, good.callback());
    }
    QTRY_COMPARE_WITH_TIMEOUT(good.count() + bad.count(), Good + 1, 30'000);
    QCOMPARE(bad.failures, 1);
    QCOMPARE(good.failures, 0);
    QCOMPARE(good.committedIds.size(), Good);
    QCOMPARE(writer->tracesFailed(), 1);
    QCOMPARE(writer->tracesWritten(), Good);

    std::unique_ptr<SqliteLedgerStore> reader = openReader(dir.ledgerPath());
    QVERIFY(reader);
    QCOMPARE(storedIds(*reader), QSet<qint64>(good.committedIds.cbegin(), good.committedIds.cend()));
    QCOMPARE(reader->sumTraceCosts(), expected);
    QCOMPARE(reader->sumRollupCosts(), expected);
}

void TestLedgerWriter::crashKeepsEveryReportedTrace()
{
    TestSupport::TempDataDir dir;
    QSet<qint64> reported;
    // Three kills at different moments, on the same file: each run also reopens a ledger left by a crash.
    for (const int delayMs : {150, 400, 650}) {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tollgate.ledger.info=false"));
        child.setProcessEnvironment(environment); // so that its stderr holds warnings only
        child.start(QStringLiteral(TOLLGATE_LEDGERWRITER_CRASHCHILD), {dir.ledgerPath()});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(child.bytesAvailable() > 0, 10'000); // it is writing
        QTest::qWait(delayMs);
        child.kill(); // SIGKILL: no destructor, no final flush
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(child.readAllStandardError(), QByteArray());

        QByteArray output = child.readAllStandardOutput();
        // A line cut by the kill was never completely reported: ignore it.
        output.truncate(output.lastIndexOf('\n') + 1);
        const QList<QByteArray> lines = output.split('\n');
        qsizetype printed = 0;
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            bool isNumber = false;
            reported.insert(line.toLongLong(&isNumber));
            QVERIFY2(isNumber, line.constData());
            ++printed;
        }
        QVERIFY(printed > 0);

        std::unique_ptr<SqliteLedgerStore> reader = openReader(dir.ledgerPath());
        QVERIFY(reader);
        const QSet<qint64> stored = storedIds(*reader);
        QVERIFY2(stored.contains(reported), qPrintable(QStringLiteral("%1 of %2 reported traces are missing")
                                                           .arg((reported - stored).size())
                                                           .arg(reported.size())));
        QCOMPARE(reader->sumTraceCosts(), reader->sumRollupCosts());
        qDebug() << "killed after" << delayMs << "ms:" << printed << "reported," << stored.size() << "stored in total";
    }
    // The killed writers never rolled up their last traces; the next writer does, as it starts.
    std::unique_ptr<SqliteLedgerStore> reader = openReader(dir.ledgerPath());
    QVERIFY(reader);
    QVERIFY(reader->tracesAwaitingRollUp() > 0);
    const Money total = reader->sumTraceCosts();
    std::unique_ptr<LedgerWriter> writer = startWriter(dir.ledgerPath());
    QVERIFY(writer);
    writer->stop();
    QCOMPARE(reader->tracesAwaitingRollUp(), 0);
    QCOMPARE(reader->sumRollupCosts(), total);
}

void TestLedgerWriter::rollsUpWhileRunningAndWhenStopped()
{
    TestSupport::TempDataDir dir;
    std::unique_ptr<LedgerWriter> writer = startWriter(dir.ledgerPath());
    QVERIFY(writer);
    std::unique_ptr<SqliteLedgerStore> reader = openReader(dir.ledgerPath());
    QVERIFY(reader);
    Reports reports;
    QObject context;
    Money expected;
    for (int i = 0; i < 50; ++i) {
        const TraceRecord trace = makeTrace(i);
        expected += *trace.cost;
        writer->submit(trace, &context, reports.callback());
    }
    QTRY_COMPARE(reports.count(), 50);
    // Reports are exact at once: the reader adds what the rollups do not hold yet.
    QCOMPARE(reader->sumRollupCosts(), expected);
    // Within a roll-up interval (200 ms) of the last write, with no further traffic to wake the writer.
    QTRY_COMPARE_WITH_TIMEOUT(reader->tracesAwaitingRollUp(), 0, 2'000);
    QVERIFY(writer->rollUps() >= 2); // the one at start-up (nothing to do), then this one
    QCOMPARE(reader->sumRollupCosts(), expected);

    for (int i = 50; i < 60; ++i) {
        const TraceRecord trace = makeTrace(i);
        expected += *trace.cost;
        writer->submit(trace, &context, reports.callback());
    }
    writer->stop(); // long before the next interval: stopping rolls up too
    QCOMPARE(reader->tracesAwaitingRollUp(), 0);
    QCOMPARE(reader->sumRollupCosts(), expected);
    QCOMPARE(reader->sumTraceCosts(), expected);
}

void TestLedgerWriter::throughput()
{
    TestSupport::TempDataDir dir;
    std::unique_ptr<LedgerWriter> writer = startWriter(dir.ledgerPath());
    QVERIFY(writer);

    constexpr int Count = 20'000;
    int done = 0;
    qint64 elapsedNs = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Count; ++i) {
        writer->submit(makeTrace(i), this, [&](bool committed, qint64) {
            if (committed && ++done == Count) {
                elapsedNs = timer.nsecsElapsed();
                QTestEventLoop::instance().exitLoop();
            }
        });
    }
    // A real event loop: QTRY's polling sleeps between passes and would make the writer look slow.
    QTestEventLoop::instance().enterLoop(60);
    QCOMPARE(done, Count);
    const double seconds = static_cast<double>(elapsedNs) / 1e9;
    qDebug().nospace() << Count << " durable trace writes submitted at once: " << seconds << " s, "
                       << static_cast<qint64>(Count / seconds) << " writes/s, " << writer->batchesWritten()
                       << " transactions, largest batch " << writer->largestBatch();

    // Closer to the gateway: a fixed number of requests in flight, each waiting for its own commit.
    constexpr int InFlight = 64;
    const qint64 batchesBefore = writer->batchesWritten();
    int submitted = 0;
    done = 0;
    std::function<void()> submitNext = [&] {
        writer->submit(makeTrace(submitted++), this, [&](bool committed, qint64) {
            if (committed && ++done == Count) {
                elapsedNs = timer.nsecsElapsed();
                QTestEventLoop::instance().exitLoop();
            }
            if (submitted < Count)
                submitNext();
        });
    };
    timer.restart();
    for (int i = 0; i < InFlight; ++i)
        submitNext();
    QTestEventLoop::instance().enterLoop(60);
    QCOMPARE(done, Count);
    const double closedSeconds = static_cast<double>(elapsedNs) / 1e9;
    qDebug().nospace() << Count << " durable trace writes, " << InFlight << " in flight: " << closedSeconds
                       << " s, " << static_cast<qint64>(Count / closedSeconds) << " writes/s, "
                       << writer->batchesWritten() - batchesBefore << " transactions";
}

void TestLedgerWriter::nullSinkReportsCommittedLater()
{
    Ledger::NullTraceSink sink;
    Reports reports;
    sink.submit(makeTrace(1), this, reports.callback());
    QCOMPARE(reports.count(), 0); // queued, like a real sink
    QTRY_COMPARE(reports.count(), 1);
    QCOMPARE(reports.committedIds, QList<qint64>{0});
    QCOMPARE(reports.offThread, 0);
}

void TestLedgerWriter::turnBatchingHandsOverOncePerLoopTurn()
{
    TestSupport::TempDataDir dir;
    std::unique_ptr<LedgerWriter> writer = startWriter(dir.ledgerPath());
    QVERIFY(writer);
    Ledger::TurnBatchingSink batcher(*writer);
    Reports reports;

    // Everything submitted within one turn of the loop reaches the writer together: one transaction.
    for (int i = 0; i < 100; ++i)
        batcher.submit(makeTrace(i), this, reports.callback());
    QCOMPARE(batcher.handOvers(), 0); // held until the loop is about to wait
    QTRY_COMPARE(reports.count(), 100);
    QCOMPARE(batcher.handOvers(), 1);
    QCOMPARE(writer->batchesWritten(), 1);
    QCOMPARE(reports.failures, 0);
    QCOMPARE(reports.offThread, 0);
    QVERIFY(std::is_sorted(reports.committedIds.cbegin(), reports.committedIds.cend()));

    // A later turn is a later hand-over.
    batcher.submit(makeTrace(100), this, reports.callback());
    QTRY_COMPARE(reports.count(), 101);
    QCOMPARE(batcher.handOvers(), 2);
    QCOMPARE(writer->batchesWritten(), 2);
}

void TestLedgerWriter::checkpointsHappenOffTheCommitPath()
{
    // The writer's own connection never checkpoints; the checkpointer thread copies the WAL back.
    TestSupport::TempDataDir dir;
    std::unique_ptr<LedgerWriter> writer = startWriter(dir.ledgerPath());
    QVERIFY(writer);
    Reports reports;
    for (int i = 0; i < 2'000; ++i)
        writer->submit(makeTrace(i), this, reports.callback());
    QTRY_COMPARE(reports.count(), 2'000);
    QTest::qWait(600); // a few checkpoint intervals
    writer->stop();
    QVERIFY2(writer->framesCheckpointed() > 0, qPrintable(QString::number(writer->framesCheckpointed())));
    std::unique_ptr<SqliteLedgerStore> reader = openReader(dir.ledgerPath());
    QVERIFY(reader);
    QCOMPARE(reader->countTraces({}), 2'000);
}

// With commits landing all the time, a passive checkpoint never finds the log copied in full, so the
// log never started over and grew for as long as the traffic lasted (and with it the disk reads of
// pages that had left the cache). One commit after another for two seconds here: the checkpointer must
// catch up with the log under the writer's turn about every 200 ms, once it holds 64 frames.
void TestLedgerWriter::theLogStartsOverUnderSteadyCommits()
{
    TestSupport::TempDataDir dir;
    auto started = LedgerWriter::start(dir.ledgerPath(), 64);
    QVERIFY(started);
    std::unique_ptr<LedgerWriter> writer = std::move(started).value();
    Reports reports;
    QElapsedTimer running;
    running.start();
    qint64 submitted = 0;
    while (!running.hasExpired(2000)) {
        writer->submit(makeTrace(submitted++), this, reports.callback());
        while (reports.count() < submitted) // one commit at a time, as a gateway with one client makes them
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (submitted == 1)
            QVERIFY2(anotherProcessSeesOurLock(dir.ledgerPath()), "the check itself: the writer's lock, before any catch-up");
    }
    const qint64 restarts = logRestarts(dir.ledgerPath());
    // The catch-ups must leave SQLite's locks as they were (a descriptor of the ledger opened and closed
    // beside SQLite's drops them all: fcntl(2)).
    QVERIFY2(anotherProcessSeesOurLock(dir.ledgerPath()), "the writer's lock, after the catch-ups");
    writer->stop();
    QCOMPARE(reports.failures, 0);
    QVERIFY2(restarts >= 4, qPrintable(QStringLiteral("the log started over %1 times in %2 commits")
                                           .arg(restarts).arg(writer->batchesWritten())));
    QVERIFY(writer->logsCaughtUp() >= 4);
    std::unique_ptr<SqliteLedgerStore> reader = openReader(dir.ledgerPath());
    QVERIFY(reader);
    QCOMPARE(reader->countTraces({}), submitted);
}

// The writer and the checkpointer run under SCHED_BATCH, so that waking up they do not preempt the
// gateway thread, and five nice steps below it; the thread that started them (as the gateway) keeps the
// default policy and its nice value.
void TestLedgerWriter::backgroundThreadsDoNotPreempt()
{
#if defined(Q_OS_LINUX)
    TestSupport::TempDataDir dir;
    std::unique_ptr<LedgerWriter> writer = startWriter(dir.ledgerPath());
    QVERIFY(writer);
    QCOMPARE(schedulingPolicyOfThread("ledger-writer"), SCHED_BATCH);
    QTRY_COMPARE(schedulingPolicyOfThread("wal-checkpoint"), SCHED_BATCH); // it names itself once running
    QCOMPARE(sched_getscheduler(0), SCHED_OTHER);
    const int starterNice = getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid))); // the main thread here
    const int backgroundNice = std::min(starterNice + Common::BackgroundNiceIncrement, 19);
    QCOMPARE(getpriority(PRIO_PROCESS, id_t(getpid())), starterNice); // unchanged
    QCOMPARE(niceOfThread("ledger-writer"), backgroundNice);
    QCOMPARE(niceOfThread("wal-checkpoint"), backgroundNice);
#else
    QSKIP("scheduling policies are Linux's");
#endif
}

void TestLedgerWriter::turnBatchingHandsOverWhatItHoldsWhenDestroyed()
{
    TestSupport::TempDataDir dir;
    std::unique_ptr<LedgerWriter> writer = startWriter(dir.ledgerPath());
    QVERIFY(writer);
    Reports reports;
    {
        Ledger::TurnBatchingSink batcher(*writer);
        for (int i = 0; i < 5; ++i)
            batcher.submit(makeTrace(i), this, reports.callback());
    } // no loop turn in between: the destructor hands them over
    writer->stop();
    QCOMPARE(writer->tracesWritten(), 5);
    QTRY_COMPARE(reports.committedIds.size(), 5);
}

void TestLedgerWriter::inlineCommitWhileTheWriterIsQuiet()
{
    TestSupport::TempDataDir dir;
    std::unique_ptr<LedgerWriter> writer = startWriter(dir.ledgerPath());
    QVERIFY(writer);
    std::unique_ptr<SqliteLedgerStore> reader = openReader(dir.ledgerPath());
    QVERIFY(reader);
    Reports reports;
    {
        Ledger::InlineCommitter committer(*writer, dir.ledgerPath());
        qint64 expectedCost = 0;
        for (int i = 0; i < 3; ++i) {
            Ledger::TraceSink::Pending pending{makeTrace(i), this, reports.callback()};
            expectedCost += pending.trace.cost->nanos();
            QVERIFY(commitOnceTheWriterLetsIt(committer, pending));
        }
        QCOMPARE(reports.count(), 0); // queued, as the writer reports
        QTRY_COMPARE(reports.committedIds.size(), 3);
        QCOMPARE(reports.offThread, 0);
        QCOMPARE(committer.commits(), 3);
        QCOMPARE(writer->tracesWritten(), 0); // not the writer's work
        QCOMPARE(storedIds(*reader), QSet<qint64>(reports.committedIds.cbegin(), reports.committedIds.cend()));

        // The writer hears of them and rolls them up (from SQL: they are not in its sums) within 200 ms.
        QTRY_COMPARE_WITH_TIMEOUT(reader->tracesAwaitingRollUp(), qint64(0), 5000);
        QCOMPARE(reader->sumRollupCosts(), Money::fromNanos(expectedCost));
        QVERIFY(writer->rollUps() >= 1);
    }
    writer->stop();
}

void TestLedgerWriter::inlineCommitDeclinesWhileTheWriterIsInATransaction()
{
    TestSupport::TempDataDir dir;
    std::unique_ptr<LedgerWriter> writer = startWriter(dir.ledgerPath());
    QVERIFY(writer);
    Ledger::InlineCommitter committer(*writer, dir.ledgerPath());
    Reports reports;
    Ledger::TraceSink::Pending pending{makeTrace(1), this, reports.callback()};

    // Another thread in the writer's place (the writer itself holds its turn only mid-transaction).
    std::promise<void> taken;
    std::promise<void> release;
    std::thread holder([&writer, &taken, released = release.get_future()]() mutable {
        const std::unique_lock turn = writer->tryTakeTurn();
        taken.set_value();
        released.wait();
    });
    taken.get_future().wait();
    QVERIFY(!committer.tryCommit(pending));
    QVERIFY(pending.done); // left as it was, for the writer to take
    release.set_value();
    holder.join();

    QVERIFY(committer.tryCommit(pending));
    QTRY_COMPARE(reports.committedIds.size(), 1);
    writer->stop();
}

void TestLedgerWriter::inlineCommitDeclinesWhileTheWriterGroupCommits()
{
    TestSupport::TempDataDir dir;
    std::unique_ptr<LedgerWriter> writer = startWriter(dir.ledgerPath());
    QVERIFY(writer);
    // A writer that never group-committed has not done so "recently", however long the period: the
    // steady clock counts from boot, and a machine up for less than an hour read the 0 as just now.
    QVERIFY(!writer->groupCommittedWithin(std::chrono::hours(24 * 365 * 100)));
    Reports reports;
    // One trace alone is not a sign of load...
    writer->submit(makeTrace(1), this, reports.callback());
    QTRY_COMPARE(reports.count(), 1);
    Ledger::InlineCommitter committer(*writer, dir.ledgerPath(), std::chrono::hours(1));
    Ledger::TraceSink::Pending first{makeTrace(2), this, reports.callback()};
    QVERIFY(commitOnceTheWriterLetsIt(committer, first));

    // ...two committed together are: traces queue up for the writer, so the committer keeps off.
    std::vector<Ledger::TraceSink::Pending> group;
    group.push_back({makeTrace(3), this, reports.callback()});
    group.push_back({makeTrace(4), this, reports.callback()});
    writer->submitAll(std::move(group));
    QTRY_COMPARE(reports.count(), 4);
    QVERIFY(writer->groupCommittedWithin(std::chrono::hours(1)));
    Ledger::TraceSink::Pending second{makeTrace(5), this, reports.callback()};
    QVERIFY(!committer.tryCommit(second));
    QCOMPARE(committer.commits(), 1);
    writer->stop();
}

void TestLedgerWriter::turnBatchingCommitsALoneTraceInline()
{
    TestSupport::TempDataDir dir;
    std::unique_ptr<LedgerWriter> writer = startWriter(dir.ledgerPath());
    QVERIFY(writer);
    Ledger::InlineCommitter committer(*writer, dir.ledgerPath());
    Ledger::TurnBatchingSink batcher(*writer, &committer);
    Reports reports;

    batcher.submit(makeTrace(1), this, reports.callback()); // a turn with one trace: committed here
    QTRY_COMPARE(reports.count(), 1);
    QCOMPARE(committer.commits(), 1);
    QCOMPARE(batcher.handOvers(), 0);

    batcher.submit(makeTrace(2), this, reports.callback()); // a turn with two: the writer's
    batcher.submit(makeTrace(3), this, reports.callback());
    QTRY_COMPARE(reports.count(), 3);
    QCOMPARE(committer.commits(), 1);
    QCOMPARE(batcher.handOvers(), 1);
    QCOMPARE(writer->tracesWritten(), 2);
    QCOMPARE(reports.failures, 0);
    writer->stop();
}

QTEST_GUILESS_MAIN(TestLedgerWriter)
#include "tst_ledgerwriter.moc"
