#pragma once

#include "core/common/lazydeadline.h"
#include "core/gateway/httprequestparser.h"
#include "core/gateway/httpserveroptions.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <memory>

class QTcpSocket;

namespace Gateway {

class HttpResponseWriter;
class RequestHandler;

/**
 * One client connection: reads and parses requests and hands them to the handler one at a time, so that
 * pipelined requests are answered strictly in order (RFC 9112 §9.3.2). Closes on errors, on
 * Connection: close, after the idle timeout and after the per-connection request cap.
 */
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    /** Takes ownership of socket. */
    HttpConnection(QTcpSocket *socket, RequestHandler *handler, const HttpServerOptions &options, QObject *parent);
    ~HttpConnection() override;

    /** Closes now when no request is in flight, otherwise right after its response. */
    void closeWhenIdle();
    /** Resets the connection now, a request in flight included: its call sees the client go (and is booked). */
    void abort();
    bool isBusy() const { return !m_writer.isNull(); }

signals:
    /** The socket is gone; the connection deletes itself on the next event-loop turn. */
    void closed();

private:
    void handleReadyRead();
    void processInbox();
    void dispatch(const HttpRequest &request);
    void handleResponseFinished();
    void handleIdleTimeout();
    void answerErrorAndClose(int status, const QByteArray &reason);
    void closeConnection();
    void handleDisconnected();

    QTcpSocket *m_socket;
    QHostAddress m_peerAddress;           // read once: each request shares it instead of allocating a copy
    RequestHandler *m_handler;
    HttpServerOptions m_options;
    HttpRequestParser m_parser;
    QByteArray m_inbox;                   // read from the socket but not yet fed to the parser
    Common::LazyDeadline m_idleDeadline; // pushed back on every byte: a plain QTimer re-registered each time
    QPointer<HttpResponseWriter> m_writer; // the request in flight, if any
    // The last finished writer: it finished inside its own signal, so it goes when the next one finishes
    // (or with this connection) rather than through a posted event per request.
    std::unique_ptr<HttpResponseWriter> m_retiredWriter;
    int m_requestsHandled = 0;
    bool m_closeWhenIdle = false;
    bool m_closing = false;
    bool m_closedEmitted = false;
};

} // namespace Gateway
