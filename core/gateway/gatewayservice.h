#pragma once

#include "core/gateway/gatewayhandler.h"
#include "core/gateway/httpserveroptions.h"
#include "core/ledger/tracerecord.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <memory>

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
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void started(const QString &url);
    void startFailed(const QString &error);
    void stopped();
    void requestsBooked(const QList<Ledger::TraceRecord> &traces); // committed traces, batched

private:
    void handleWorkerStopped();

    std::unique_ptr<QThread> m_thread;
    GatewayWorker *m_worker = nullptr;
};

} // namespace Gateway
