#include "core/gateway/httpconnection.h"

#include "core/common/socketio.h"
#include "core/gateway/httpresponsewriter.h"
#include "core/gateway/requesthandler.h"

#include <QTcpSocket>
#include <QThread>

#include <utility>

namespace Gateway {

namespace {
constexpr qint64 ReadChunkBytes = 64 * 1024;
}

HttpConnection::HttpConnection(QTcpSocket *socket, RequestHandler *handler, const HttpServerOptions &options,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_peerAddress(socket->peerAddress())
    , m_handler(handler)
    , m_options(options)
    , m_parser(options.maxBodyBytes)
{
    m_socket->setParent(this);
    // Small requests and streamed chunks must not wait for Nagle's algorithm.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // While a request is in flight we stop reading; a bounded buffer lets TCP flow control hold the client.
    m_socket->setReadBufferSize(options.readBufferBytes);

    connect(&m_idleDeadline, &Common::LazyDeadline::expired, this, &HttpConnection::handleIdleTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::handleReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::handleDisconnected);

    // RFC 9110 §10.1.1: tell the client to send the body once its headers are acceptable.
    m_parser.setContinueCallback([this] { m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n")); });

    m_idleDeadline.expireIn(m_options.idleTimeout);
    // Bytes may have arrived before this object connected to readyRead.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::processInbox, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::closeWhenIdle()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_closeWhenIdle = true;
    if (m_writer)
        m_writer->disableKeepAlive();
    else
        closeConnection();
}

void HttpConnection::abort()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_inbox.clear();
    m_socket->abort(); // disconnected() follows at once while connected, which tells the writer and the call
    handleDisconnected();
}

void HttpConnection::handleReadyRead()
{
    Q_ASSERT(QThread::currentThread() == thread());
    // While a request is in flight the bytes wait in the socket: one request at a time.
    if (m_writer || m_closing)
        return;
    processInbox();
}

void HttpConnection::processInbox()
{
    if (m_writer || m_closing)
        return;
    for (;;) {
        if (m_inbox.isEmpty()) {
            m_inbox = Common::readAvailable(*m_socket, ReadChunkBytes);
            if (m_inbox.isEmpty())
                break;
            m_idleDeadline.expireIn(m_options.idleTimeout); // a byte from the client: not idle
        }
        qsizetype consumed = 0;
        const HttpRequestParser::Status status = m_parser.feed(m_inbox, consumed);
        m_inbox.remove(0, consumed);
        if (status == HttpRequestParser::Status::Error) {
            answerErrorAndClose(m_parser.errorStatus(), m_parser.errorReason());
            return;
        }
        if (status == HttpRequestParser::Status::Complete) {
            HttpRequest request = m_parser.takeRequest();
            request.peerAddress = m_peerAddress;
            m_parser.reset();
            dispatch(request);
            return;
        }
    }
}

void HttpConnection::dispatch(const HttpRequest &request)
{
    m_idleDeadline.cancel();
    ++m_requestsHandled;
    HttpResponseWriter::RequestFacts facts;
    facts.versionMinor = request.versionMinor;
    facts.headRequest = request.isHead();
    facts.keepAlive =
        request.keepAlive() && !m_closeWhenIdle && m_requestsHandled < m_options.maxRequestsPerConnection;
    auto *writer = new HttpResponseWriter(m_socket, facts, m_options.drainThreshold, this);
    m_writer = writer;
    connect(writer, &HttpResponseWriter::finished, this, &HttpConnection::handleResponseFinished);
    m_handler->handleRequest(request, writer);
}

void HttpConnection::handleResponseFinished()
{
    Q_ASSERT(QThread::currentThread() == thread());
    const bool keepAlive = m_writer->keepAlive() && !m_closeWhenIdle;
    m_retiredWriter.reset(std::exchange(m_writer, nullptr)); // the one retired before goes now
    if (!keepAlive) {
        closeConnection();
        return;
    }
    m_idleDeadline.expireIn(m_options.idleTimeout);
    // A request that came behind this one (pipelined) is read already, and readyRead does not come
    // again for bytes that are read: start it. Queued, so that a handler answering synchronously does
    // not recurse through a pipeline of requests. Otherwise the next request comes with readyRead.
    if (!m_inbox.isEmpty() || m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::processInbox, Qt::QueuedConnection);
}

void HttpConnection::handleIdleTimeout()
{
    if (m_writer)
        return; // not idle: a response is in flight (the deadline is cancelled then, so this is a guard)
    // RFC 9110 §15.5.9: a client that stalls in the middle of a request is told so; an idle one is just closed.
    if (m_parser.hasPartialMessage())
        answerErrorAndClose(408, "Timed out waiting for the request");
    else
        closeConnection();
}

void HttpConnection::answerErrorAndClose(int status, const QByteArray &reason)
{
    m_socket->write(m_handler->protocolError(status, QString::fromLatin1(reason), m_parser.targetSoFar()).serialize(false, false));
    closeConnection();
}

void HttpConnection::closeConnection()
{
    if (m_closing)
        return;
    m_closing = true;
    m_idleDeadline.cancel();
    m_inbox.clear();
    // Flushes what was written, then closes; disconnected() follows.
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        handleDisconnected();
}

void HttpConnection::handleDisconnected()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    m_closing = true;
    m_idleDeadline.cancel();
    emit closed();
    deleteLater();
}

} // namespace Gateway
