#pragma once

#include "core/common/lazydeadline.h"
#include "core/providers/httpresponseparser.h"
#include "core/providers/proxysettings.h"
#include "core/providers/upstreamexchange.h"

#include <QAbstractSocket>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <optional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
class QSslSocket;
QT_END_NAMESPACE

namespace Providers {

/**
 * One keep-alive HTTP/1.1 connection to one origin (optionally through an HTTP proxy), carrying
 * one exchange at a time. UpstreamPool owns it; it reports back through signals and never reuses
 * itself after anything unexpected (a close, an error, extra bytes, an aborted exchange).
 */
class UpstreamConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamConnection)

public:
    struct Settings
    {
        QString host;
        quint16 port = 0;
        bool tls = false;
        std::optional<ProxyEndpoint> proxy;
        QSslConfiguration sslConfiguration;
        int connectTimeoutMs = 10'000;    // TCP connect, proxy tunnel and TLS handshake together
        int firstByteTimeoutMs = 600'000; // a non-streamed completion may think for minutes
        int readIdleTimeoutMs = 300'000;  // the longest silence mid-body
        int poolIdleTimeoutMs = 30'000;   // how long an unused connection is kept
        qint64 readBufferBytes = 256 * 1024; // bounds what a paused exchange buffers
    };

    explicit UpstreamConnection(Settings settings, QObject *parent = nullptr);
    ~UpstreamConnection() override;

    /** Sends the exchange's request, connecting first if this connection is new. */
    void start(UpstreamExchange *exchange);
    bool isIdle() const { return m_phase == Phase::Idle; }
    bool isClosed() const { return m_phase == Phase::Closed; }
    int requestsServed() const { return m_requestsServed; }
    /** Closes the connection for good; emits retired() if it was open. */
    void close();

    void abortExchange(UpstreamExchange *exchange);
    void setReadingPaused(bool paused);

signals:
    /** The response ended cleanly and the connection may carry the next request. */
    void becameIdle();
    /** The connection is closed and must be forgotten. */
    void retired();
    /** The exchange failed; `retryable` when a reused connection died before any response byte. */
    void exchangeFailed(Providers::UpstreamExchange *exchange, Providers::UpstreamExchange::Failure reason,
                        const QString &detail, bool retryable);

private:
    enum class Phase { Unconnected, Connecting, Tunnelling, Handshaking, AwaitingResponse, Idle, Closed };

    void openSocket();
    void handleConnected();
    void handleEncrypted();
    void handleReadyRead();
    void handleSocketGone();
    void handleTimeout();
    void drain();
    bool handleBytes(const QByteArray &chunk);
    void sendRequest();
    QByteArray buildRequest(const UpstreamRequest &request) const;
    void completeExchange(bool cleanEnd);
    void finishAtEof();
    void failAndRetire(UpstreamExchange::Failure reason, const QString &detail, bool retryable = false);
    void retire();

    Settings m_settings;
    Phase m_phase = Phase::Unconnected;
    QTcpSocket *m_socket = nullptr;
    QSslSocket *m_sslSocket = nullptr; // the same object when tls
    QPointer<UpstreamExchange> m_exchange;
    HttpResponseParser m_parser;
    Common::LazyDeadline m_deadline; // moved on every request and read: a plain QTimer re-registered each time
    QString m_tlsErrors;
    int m_requestsServed = 0;
    bool m_reusedForCurrent = false;
    bool m_receivedAny = false;
    bool m_paused = false;
    bool m_peerClosed = false;
};

} // namespace Providers
