#include "core/gateway/httpserver.h"

#include "core/gateway/httpconnection.h"
#include "core/gateway/httpresponse.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace Gateway {

HttpServer::HttpServer(RequestHandler *handler, const HttpServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_handler(handler)
    , m_options(options)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::handleNewConnection);
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_closing = false;
    m_drainedEmitted = false;
    return m_server->listen(address, port);
}

bool HttpServer::isListening() const
{
    return m_server->isListening();
}

quint16 HttpServer::serverPort() const
{
    return m_server->serverPort();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

void HttpServer::close()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_closing = true;
    m_server->close();
    // Copy: idle connections close (and leave the set) while we iterate.
    const QSet<HttpConnection *> connections = m_connections;
    for (HttpConnection *connection : connections)
        connection->closeWhenIdle();
    emitDrainedIfDone();
}

void HttpServer::abortAll()
{
    Q_ASSERT(QThread::currentThread() == thread());
    Q_ASSERT(m_closing);
    const QSet<HttpConnection *> connections = m_connections; // each leaves the set as it closes
    for (HttpConnection *connection : connections)
        connection->abort();
    emitDrainedIfDone();
}

void HttpServer::handleNewConnection()
{
    Q_ASSERT(QThread::currentThread() == thread());
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_closing) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        if (m_connections.size() >= m_options.maxConnections) {
            // Over the cap: a short answer instead of a silent reset, so clients know to retry later.
            socket->write(HttpResponse::jsonError(503, QStringLiteral("Too many connections")).serialize(false, false));
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            continue;
        }
        auto *connection = new HttpConnection(socket, m_handler, m_options, this);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::closed, this, [this, connection] { handleConnectionClosed(connection); });
    }
}

void HttpServer::handleConnectionClosed(HttpConnection *connection)
{
    m_connections.remove(connection);
    emitDrainedIfDone();
}

void HttpServer::emitDrainedIfDone()
{
    if (m_closing && m_connections.isEmpty() && !m_drainedEmitted) {
        m_drainedEmitted = true;
        emit drained();
    }
}

} // namespace Gateway
