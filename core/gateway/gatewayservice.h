#pragma once

#include "core/gateway/gatewayhandler.h"
#include "core/gateway/httpserveroptions.h"
#include "core/ledger/tracerecord.h"

#include <QHostAddress>
#include <QObject>

class QEventLoop;

#include <thread>

namespace Gateway {

class GatewayWorker;

/** How to run the gateway. */
struct GatewayOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8420;
    QString ledgerPath;
    /** Benchmark only: book traces into a sink that discards them (what the durable ledger costs). */
    bool discardTraces = false;
    HttpServerOptions http;
    int upstreamConnectTimeoutMs = 10'000;
    int upstreamFirstByteTimeoutMs = 600'000;
    /** Lets non-loopback clients read GET /metrics with "Authorization: Bearer <token>"; empty: loopback only. */
    QString metricsToken;
};

/**
 * Owns the gateway thread, in which the HTTP server, its connections, the upstream pool, the
 * configuration watcher and the handler all live; the GUI thread never touches a socket. The trace
 * writer has a thread of its own. Talk to it only through start()/stop() and its signals.
 *
 * The thread is a joinable std::thread running a Qt event loop, not a QThread: QThread::wait()
 * returns before a (detached) thread has run its thread-local clean-up, and OpenSSL's (loaded by
 * the upstream pool) then raced the process's exit, which frees the same memory: a double free on
 * about one `tollgate serve` shutdown in five under AddressSanitizer. join() returns only after it.
 */
class GatewayService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayService)

public:
    explicit GatewayService(QObject *parent = nullptr);
    ~GatewayService() override;

    /** Starts listening; exactly one of started() or startFailed() follows. */
    void start(const GatewayOptions &options, GatewayHandler::SecretResolver secrets);
    /** Stops accepting, lets requests in flight finish and their traces commit, then emits stopped(). */
    void stop();
    /** Like stop(), but requests in flight are cut off now (each cancelled upstream and booked) instead of awaited. */
    void stopNow();
    /** How long stop() should be left to drain before stopNow(): an upstream that hangs has a 10-minute first-byte timeout. */
    static constexpr int DefaultDrainSeconds = 30;
    bool isRunning() const { return m_thread.joinable(); }

signals:
    void started(const QString &url);
    void startFailed(const QString &error);
    void stopped();
    void requestsBooked(const QList<Ledger::TraceRecord> &traces); // committed traces, batched

private:
    void handleWorkerStopped();
    /** Ends the thread's event loop and waits until the thread has ended, thread-local clean-up included. */
    void endThread();

    std::thread m_thread;
    GatewayWorker *m_worker = nullptr; // lives in m_thread, destroyed there when its loop ends
    QEventLoop *m_loop = nullptr;      // m_thread's event loop
};

} // namespace Gateway
