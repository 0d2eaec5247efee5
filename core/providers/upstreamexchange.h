#pragma once

#include "core/providers/httpheaders.h"
#include "core/providers/upstreamrequest.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace Providers {

class UpstreamConnection;
class UpstreamPool;

/**
 * One request/response over a pooled upstream connection. Created by UpstreamPool::send(); the
 * caller owns it and deletes it (deleteLater) once finished() or failed() arrived; deleting it
 * earlier aborts it. Signals arrive in the pool's thread, never before send() has returned.
 */
class UpstreamExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamExchange)

public:
    enum class Failure {
        ConnectFailed,       // DNS, refused, unreachable, or the proxy refused the tunnel
        Timeout,             // connect, first byte, or a silent gap mid-body
        ResetBeforeResponse, // the connection ended before the response head was complete
        ResetMidBody,        // the connection ended after the head, before the body ended
        TlsError,            // handshake or certificate verification failed
        ProtocolError,       // the upstream sent something that is not HTTP/1.x
        NoCredentials,       // never sent: the provider's API key is not available (the gateway decides this one)
        CredentialsRefused,  // the provider answered 401 to its API key (the gateway decides this one too)
    };
    Q_ENUM(Failure)

    ~UpstreamExchange() override;

    const UpstreamRequest &request() const { return m_request; }
    int statusCode() const { return m_status; }
    const HttpHeaders &headers() const { return m_headers; }
    /** finished(), failed() or abort() happened: no more signals. */
    bool isDone() const { return m_done; }
    /** The request went over a connection that had served an earlier request. */
    bool usedReusedConnection() const { return m_reusedConnection; }

    /** The client went away: close the upstream connection (it is never reused). No signal follows. */
    void abort();
    /** Stop draining the upstream socket so that a slow client slows the upstream (TCP flow control). */
    void pauseReading();
    void resumeReading();
    bool isReadingPaused() const { return m_paused; }

signals:
    void headReceived(int status, const Providers::HttpHeaders &headers);
    void bodyReceived(const QByteArray &piece);
    void finished();
    void failed(Providers::UpstreamExchange::Failure reason, const QString &detail);

private:
    friend class UpstreamConnection;
    friend class UpstreamPool;

    explicit UpstreamExchange(UpstreamRequest request, QObject *parent = nullptr);

    void attach(UpstreamConnection *connection, bool reused);
    void deliverHead(int status, const HttpHeaders &headers);
    void deliverBody(const QByteArray &piece);
    void deliverFinished();
    void deliverFailure(Failure reason, const QString &detail);

    UpstreamRequest m_request;
    QPointer<UpstreamConnection> m_connection;
    HttpHeaders m_headers;
    int m_status = 0;
    bool m_done = false;
    bool m_paused = false;
    bool m_reusedConnection = false;
    bool m_retried = false; // the pool already retried it once on a fresh connection
};

} // namespace Providers
