#include "core/providers/upstreampool.h"

#include "core/providers/upstreamconnection.h"

#include <QThread>
#include <QTimer>

namespace Providers {

UpstreamPool::UpstreamPool(QObject *parent)
    : QObject(parent)
    , m_sslConfiguration(QSslConfiguration::defaultConfiguration())
    , m_proxy(ProxySettings::fromEnvironment())
{
}

UpstreamPool::~UpstreamPool()
{
    // Connections are our children; stop them reporting into a half-destroyed pool.
    for (Origin &origin : m_origins) {
        for (UpstreamConnection *connection : std::as_const(origin.all))
            connection->disconnect(this);
    }
}

QString UpstreamPool::originKey(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme + QStringLiteral("://") + url.host().toLower() + u':'
           + QString::number(url.port(scheme == u"https" ? 443 : 80));
}

UpstreamExchange *UpstreamPool::send(const UpstreamRequest &request)
{
    Q_ASSERT(QThread::currentThread() == thread());
    auto *exchange = new UpstreamExchange(request);
    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || request.url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        // Report on the next turn so the caller can connect to the signals first.
        QTimer::singleShot(0, exchange, [exchange] {
            exchange->deliverFailure(UpstreamExchange::Failure::ConnectFailed, QStringLiteral("not an http(s) URL"));
        });
        return exchange;
    }
    dispatch(exchange, false);
    return exchange;
}

void UpstreamPool::dispatch(UpstreamExchange *exchange, bool freshOnly)
{
    const QString key = originKey(exchange->request().url);
    Origin &origin = m_origins[key];
    if (!freshOnly && !origin.idle.isEmpty()) {
        // The most recently used connection is the least likely to have been closed by the server.
        origin.idle.takeLast()->start(exchange);
        return;
    }
    if (freshOnly || origin.all.size() < m_maxPerHost) {
        openConnection(key, exchange->request().url)->start(exchange);
        return;
    }
    origin.waiting.enqueue(exchange);
}

UpstreamConnection *UpstreamPool::openConnection(const QString &key, const QUrl &url)
{
    UpstreamConnection::Settings settings;
    settings.host = url.host();
    settings.tls = url.scheme().compare(u"https", Qt::CaseInsensitive) == 0;
    settings.port = static_cast<quint16>(url.port(settings.tls ? 443 : 80));
    settings.proxy = m_proxy.proxyFor(url);
    settings.sslConfiguration = m_sslConfiguration;
    settings.connectTimeoutMs = m_connectTimeoutMs;
    settings.firstByteTimeoutMs = m_firstByteTimeoutMs;
    settings.readIdleTimeoutMs = m_readIdleTimeoutMs;
    settings.poolIdleTimeoutMs = m_poolIdleTimeoutMs;

    auto *connection = new UpstreamConnection(std::move(settings), this);
    m_origins[key].all.append(connection);
    connect(connection, &UpstreamConnection::becameIdle, this, [this, key, connection] { handleIdle(key, connection); });
    connect(connection, &UpstreamConnection::retired, this, [this, key, connection] { handleRetired(key, connection); });
    connect(connection, &UpstreamConnection::exchangeFailed, this, &UpstreamPool::handleFailed);
    return connection;
}

void UpstreamPool::handleIdle(const QString &key, UpstreamConnection *connection)
{
    Origin &origin = m_origins[key];
    while (!origin.waiting.isEmpty()) {
        const QPointer<UpstreamExchange> next = origin.waiting.dequeue();
        if (next && !next->isDone()) {
            connection->start(next);
            return;
        }
    }
    origin.idle.append(connection);
}

void UpstreamPool::handleRetired(const QString &key, UpstreamConnection *connection)
{
    Origin &origin = m_origins[key];
    origin.all.removeOne(connection);
    origin.idle.removeOne(connection);
    // Not deleted now: we are inside its signal, and it still reports the failed exchange after this.
    connection->deleteLater();
    serveWaiting(key);
    if (origin.all.isEmpty() && origin.waiting.isEmpty())
        m_origins.remove(key);
}

void UpstreamPool::serveWaiting(const QString &key)
{
    Origin &origin = m_origins[key];
    while (!origin.waiting.isEmpty() && origin.all.size() < m_maxPerHost) {
        const QPointer<UpstreamExchange> next = origin.waiting.dequeue();
        if (next && !next->isDone())
            dispatch(next, false);
    }
}

void UpstreamPool::handleFailed(UpstreamExchange *exchange, UpstreamExchange::Failure reason, const QString &detail,
                                bool retryable)
{
    if (retryable && !exchange->m_retried && !exchange->isDone()) {
        exchange->m_retried = true;
        dispatch(exchange, true); // once, and never on another connection that sat idle
        return;
    }
    exchange->deliverFailure(reason, detail);
}

int UpstreamPool::connectionCount() const
{
    int count = 0;
    for (const Origin &origin : m_origins)
        count += static_cast<int>(origin.all.size());
    return count;
}

int UpstreamPool::idleConnectionCount() const
{
    int count = 0;
    for (const Origin &origin : m_origins)
        count += static_cast<int>(origin.idle.size());
    return count;
}

void UpstreamPool::closeIdleConnections()
{
    QList<UpstreamConnection *> idle;
    for (const Origin &origin : std::as_const(m_origins))
        idle += origin.idle;
    for (UpstreamConnection *connection : std::as_const(idle))
        connection->close();
}

} // namespace Providers
