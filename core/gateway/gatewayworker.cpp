#include "core/gateway/gatewayworker.h"

#include "core/gateway/httpserver.h"
#include "core/ledger/inlinecommitter.h"
#include "core/ledger/ledgerwriter.h"
#include "core/ledger/nulltracesink.h"
#include "core/ledger/turnbatchingsink.h"
#include "core/limits/configwatcher.h"
#include "core/providers/upstreampool.h"

#include <QThread>
#include <QTimer>

namespace Gateway {

namespace {

constexpr int CallsDrainTimeoutMs = 10'000; // calls left after the connections closed: booking, normally milliseconds

} // namespace

GatewayWorker::GatewayWorker(GatewayOptions options, GatewayHandler::SecretResolver secrets)
    : m_options(std::move(options))
    , m_secrets(std::move(secrets))
{
}

GatewayWorker::~GatewayWorker()
{
    // Order matters: connections first (they reference the handler), then the handler, then the
    // pool it sends through, and the writer last, after it drained every trace handed to it.
    m_server.reset();
    m_handler.reset();
    m_pool.reset();
    m_watcher.reset();
    m_batcher.reset();
    m_inlineCommitter.reset(); // its connection closes on this thread, before the writer's final roll-up
    m_sink.reset();
}

void GatewayWorker::start()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_options.discardTraces) {
        m_sink = std::make_unique<Ledger::NullTraceSink>();
    } else {
        auto writer = Ledger::LedgerWriter::start(m_options.ledgerPath);
        if (!writer) {
            emit startFailed(writer.error().message);
            return;
        }
        m_inlineCommitter = std::make_unique<Ledger::InlineCommitter>(*writer.value(), m_options.ledgerPath);
        m_sink = std::move(writer).value();
    }
    m_pool = std::make_unique<Providers::UpstreamPool>();
    m_pool->setConnectTimeoutMs(m_options.upstreamConnectTimeoutMs);
    m_pool->setFirstByteTimeoutMs(m_options.upstreamFirstByteTimeoutMs);
    // The handler books through a batcher, so a busy turn of this thread reaches the writer at once.
    m_batcher = std::make_unique<Ledger::TurnBatchingSink>(*m_sink, m_inlineCommitter.get());
    m_handler = std::make_unique<GatewayHandler>(*m_batcher, *m_pool, Common::SystemClock::instance());
    m_handler->setSecretResolver(m_secrets);
    m_handler->setMetricsToken(m_options.metricsToken.toUtf8());
    connect(m_handler.get(), &GatewayHandler::requestsBooked, this, &GatewayWorker::requestsBooked);

    // Listen only once keys, providers and prices are loaded, so no request meets an empty gateway.
    m_watcher = std::make_unique<Limits::ConfigWatcher>(m_options.ledgerPath);
    connect(m_watcher.get(), &Limits::ConfigWatcher::configChanged, this,
            [this](std::shared_ptr<const Limits::GatewayConfig> config) {
                m_handler->applyConfig(std::move(config));
                if (!m_listening)
                    handleFirstConfig();
            });
    m_watcher->start();
}

void GatewayWorker::handleFirstConfig()
{
    m_server = std::make_unique<HttpServer>(m_handler.get(), m_options.http);
    if (!m_server->listen(m_options.address, m_options.port)) {
        const QString error = QStringLiteral("cannot listen on %1:%2: %3")
                                  .arg(m_options.address.toString()).arg(m_options.port).arg(m_server->errorString());
        m_server.reset();
        m_watcher->stop();
        emit startFailed(error);
        return;
    }
    m_listening = true;
    const QString host = m_options.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + m_options.address.toString() + u']'
                             : m_options.address.toString();
    emit started(QStringLiteral("http://%1:%2").arg(host).arg(m_server->serverPort()));
}

void GatewayWorker::stop()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_watcher)
        m_watcher->stop();
    if (!m_server) {
        finishStopping();
        return;
    }
    // Drain: no new connections; busy ones finish their response (whose trace commits first).
    connect(m_server.get(), &HttpServer::drained, this, &GatewayWorker::handleServerDrained, Qt::QueuedConnection);
    m_server->close();
}

void GatewayWorker::stopNow()
{
    Q_ASSERT(QThread::currentThread() == thread());
    stop();
    // A reset client connection is what a client that hangs up looks like: its call cancels the
    // upstream exchange and books what was used (client_closed), and the drain above completes.
    if (m_server && !m_stopped)
        m_server->abortAll();
}

void GatewayWorker::handleServerDrained()
{
    // A call whose client hung up outlives its connection: it is still booking (its trace may sit in
    // the batcher or the writer, to be reported back to the handler). Wait for the last one, or the
    // report would be delivered to a handler that no longer exists; a bounded wait, in case one hangs.
    if (m_handler && m_handler->callsInFlight() > 0) {
        connect(m_handler.get(), &GatewayHandler::becameIdle, this, &GatewayWorker::finishStopping, Qt::QueuedConnection);
        QTimer::singleShot(CallsDrainTimeoutMs, this, &GatewayWorker::finishStopping);
        return;
    }
    finishStopping();
}

void GatewayWorker::finishStopping()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_server.reset();
    m_handler.reset();
    m_pool.reset();
    m_batcher.reset(); // hands its last traces to the writer
    // The writer's destructor commits whatever is still queued before its thread ends.
    m_sink.reset();
    emit stopped();
}

} // namespace Gateway
