#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Ledger {

/**
 * Copies the ledger's write-ahead log back into the database file on its own thread and its own
 * connection, every `interval`, with SQLite's PASSIVE checkpoint (which never blocks the writer).
 *
 * Why: by default the connection whose commit crosses 1,000 WAL pages runs the checkpoint itself,
 * fsync included. For the trace writer that meant a commit taking milliseconds now and then, and
 * every response waiting on it (at 5,000 requests/s the gateway's p99 added latency was 6 ms with
 * the ledger on and 0 with it off). The writer turns its automatic checkpoints off and this does them.
 */
class WalCheckpointer final
{
public:
    WalCheckpointer(QString ledgerPath, std::chrono::milliseconds interval);
    ~WalCheckpointer(); // stops and joins
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /** WAL frames copied into the database so far (as SQLite reports them); for tests and metrics. */
    qint64 framesCheckpointed() const { return m_frames.load(std::memory_order_relaxed); }

private:
    void run();

    const QString m_ledgerPath;
    const std::chrono::milliseconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_wakeUp;
    bool m_stopping = false; // guarded by m_mutex
    std::atomic<qint64> m_frames{0};
    std::thread m_thread;    // last: starts once the members above exist
};

} // namespace Ledger
