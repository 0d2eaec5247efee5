#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

class QSqlDatabase;
class QSqlQuery;

namespace Ledger {

/**
 * Copies the ledger's write-ahead log back into the database file on its own thread and its own
 * connection, every `interval`, with SQLite's PASSIVE checkpoint (which never blocks the writer).
 *
 * Why: by default the connection whose commit crosses 1,000 WAL pages runs the checkpoint itself,
 * fsync included. For the trace writer that meant a commit taking milliseconds now and then, and
 * every response waiting on it (at 5,000 requests/s the gateway's p99 added latency was 6 ms with
 * the ledger on and 0 with it off). The writer turns its automatic checkpoints off and this does them.
 *
 * A passive checkpoint alone never lets a busy log start over: SQLite reuses the log from its start
 * only when a commit finds every frame copied, and under steady traffic a commit always lands while
 * the copy runs. The log then grew as long as the traffic lasted (270 MB in 10 s at 5,000 requests/s,
 * 31 MB in 6 s at 500), and once its early pages had left the page cache every commit that overwrote
 * one read it back from disk first, inside the commit that answers wait for. So once the log holds
 * `restartAtFrames`, the checkpointer copies what is left while it holds the writers' turn
 * (`takeTurn`): no commit can land then, the copy catches up, and the next commit starts the log over.
 */
class WalCheckpointer final
{
public:
    /** Blocks until no connection that commits traces is in a transaction, and keeps them out until released. */
    using TakeTurn = std::function<std::unique_lock<std::mutex>()>;

    /** About 16 MiB of 4 KiB pages: at the gateway's peak the log starts over every half second or so. */
    static constexpr qint64 RestartAtFrames = 4096;
    /**
     * What the log file is cut back to when it starts over (PRAGMA journal_size_limit on the connections
     * that commit traces): above what it reaches between two restarts, so that it is not cut and grown
     * again each time, but a log that grew while a reader kept it from starting over shrinks back.
     */
    static constexpr qint64 LogSizeLimitBytes = qint64(64) * 1024 * 1024;

    /** Without `takeTurn` it only ever runs passive checkpoints. */
    WalCheckpointer(QString ledgerPath, std::chrono::milliseconds interval, TakeTurn takeTurn = {},
                    qint64 restartAtFrames = RestartAtFrames);
    ~WalCheckpointer(); // stops and joins
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /** WAL frames copied into the database so far (as SQLite reports them); for tests and metrics. */
    qint64 framesCheckpointed() const { return m_frames.load(std::memory_order_relaxed); }
    /** How often the whole log was copied while the writers waited, so that the next commit started it over. */
    qint64 logsCaughtUp() const { return m_logsCaughtUp.load(std::memory_order_relaxed); }

private:
    void run();
    /** Copies the rest of the log while holding the writers' turn, so that the next commit starts it over. */
    void catchUpWhileWritersWait(const QSqlDatabase &db, QSqlQuery &checkpoint);

    const QString m_ledgerPath;
    const std::chrono::milliseconds m_interval;
    const TakeTurn m_takeTurn;
    const qint64 m_restartAtFrames;
    std::mutex m_mutex;
    std::condition_variable m_wakeUp;
    bool m_stopping = false; // guarded by m_mutex
    std::atomic<qint64> m_frames{0};
    std::atomic<qint64> m_logsCaughtUp{0};
    std::thread m_thread;    // last: starts once the members above exist
};

} // namespace Ledger
