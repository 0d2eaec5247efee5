#pragma once

#include "core/gateway/gatewayhandler.h"
#include "core/gateway/gatewayservice.h"

#include <QObject>

#include <memory>

namespace Ledger {
class TraceSink;
class TurnBatchingSink;
class InlineCommitter;
}
namespace Limits {
class ConfigWatcher;
}
namespace Providers {
class UpstreamPool;
}

namespace Gateway {

class HttpServer;

/** Everything of the gateway that lives in the gateway thread; created and destroyed there. */
class GatewayWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayWorker)

public:
    GatewayWorker(GatewayOptions options, GatewayHandler::SecretResolver secrets);
    ~GatewayWorker() override;

    void start();
    void stop();
    /** stop(), and requests still in flight are cut off now: each is cancelled upstream and booked. */
    void stopNow();

signals:
    void started(const QString &url);
    void startFailed(const QString &error);
    void stopped();
    void requestsBooked(const QList<Ledger::TraceRecord> &traces); // committed traces, batched

private:
    void handleFirstConfig();
    void handleServerDrained();
    void finishStopping();

    GatewayOptions m_options;
    GatewayHandler::SecretResolver m_secrets;
    std::unique_ptr<Ledger::TraceSink> m_sink;        // the ledger writer, or a no-op with --discard-traces
    std::unique_ptr<Ledger::InlineCommitter> m_inlineCommitter; // lone traces of a quiet turn; null with the ledger off
    std::unique_ptr<Ledger::TurnBatchingSink> m_batcher; // in front of m_sink
    std::unique_ptr<Providers::UpstreamPool> m_pool;
    std::unique_ptr<GatewayHandler> m_handler;
    std::unique_ptr<Limits::ConfigWatcher> m_watcher;
    std::unique_ptr<HttpServer> m_server;
    bool m_listening = false;
    bool m_stopping = false;
    bool m_stopped = false;
};

} // namespace Gateway
