#pragma once

#include "core/providers/proxysettings.h"
#include "core/providers/upstreamexchange.h"
#include "core/providers/upstreamrequest.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSslConfiguration>

namespace Providers {

class UpstreamConnection;

/**
 * The gateway's HTTP/1.1 client: keep-alive connections pooled per (scheme, host, port), reused
 * when idle, opened on demand up to a per-origin cap (requests beyond it wait for a free
 * connection). Lives in one thread (the gateway's); all its objects stay there.
 */
class UpstreamPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamPool)

public:
    explicit UpstreamPool(QObject *parent = nullptr);
    ~UpstreamPool() override;

    /** Starts a request. The caller owns the returned exchange and deletes it when done with it. */
    UpstreamExchange *send(const UpstreamRequest &request);

    void setMaxConnectionsPerHost(int count) { m_maxPerHost = qMax(1, count); }
    void setConnectTimeoutMs(int ms) { m_connectTimeoutMs = ms; }
    void setFirstByteTimeoutMs(int ms) { m_firstByteTimeoutMs = ms; }
    void setReadIdleTimeoutMs(int ms) { m_readIdleTimeoutMs = ms; }
    void setPoolIdleTimeoutMs(int ms) { m_poolIdleTimeoutMs = ms; }
    /** Trust and TLS settings for https; the default trusts the system CAs. */
    void setSslConfiguration(const QSslConfiguration &configuration) { m_sslConfiguration = configuration; }
    /** Proxies to use; the default comes from the environment (HTTPS_PROXY, NO_PROXY, ...). */
    void setProxySettings(const ProxySettings &settings) { m_proxy = settings; }

    /** Open connections (busy or idle) to all origins, and the idle ones among them. */
    int connectionCount() const;
    int idleConnectionCount() const;
    /** Closes every idle connection (e.g. when the gateway stops). */
    void closeIdleConnections();

private:
    struct Origin
    {
        QList<UpstreamConnection *> all;
        QList<UpstreamConnection *> idle;   // most recently used last
        QQueue<QPointer<UpstreamExchange>> waiting;
    };

    static QString originKey(const QUrl &url);
    void dispatch(UpstreamExchange *exchange, bool freshOnly);
    UpstreamConnection *openConnection(const QString &key, const QUrl &url);
    void handleIdle(const QString &key, UpstreamConnection *connection);
    void handleRetired(const QString &key, UpstreamConnection *connection);
    void handleFailed(UpstreamExchange *exchange, UpstreamExchange::Failure reason, const QString &detail, bool retryable);
    void serveWaiting(const QString &key);

    QHash<QString, Origin> m_origins;
    QSslConfiguration m_sslConfiguration;
    ProxySettings m_proxy;
    int m_maxPerHost = 256;
    int m_connectTimeoutMs = 10'000;
    int m_firstByteTimeoutMs = 600'000;
    int m_readIdleTimeoutMs = 300'000;
    int m_poolIdleTimeoutMs = 30'000;
};

} // namespace Providers
