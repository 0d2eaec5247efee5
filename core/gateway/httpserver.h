#pragma once

#include "core/gateway/httpserveroptions.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>

class QTcpServer;

namespace Gateway {

class HttpConnection;
class RequestHandler;

/** Accepts HTTP/1.1 connections and passes their requests to one handler; everything on this object's thread. */
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    /** handler must outlive the server. */
    explicit HttpServer(RequestHandler *handler, const HttpServerOptions &options = {}, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port = 0);
    bool isListening() const;
    quint16 serverPort() const;
    QString errorString() const;
    int connectionCount() const { return int(m_connections.size()); }

    /** Stops accepting; idle connections close now, busy ones after their response. drained() follows
        (possibly before this returns) once no connection is left. */
    void close();
    /** After close(): resets the connections still open, requests in flight included; drained() follows. */
    void abortAll();

signals:
    /** After close(): the last connection closed. */
    void drained();

private:
    void handleNewConnection();
    void handleConnectionClosed(HttpConnection *connection);
    void emitDrainedIfDone();

    RequestHandler *m_handler;
    HttpServerOptions m_options;
    QTcpServer *m_server;
    QSet<HttpConnection *> m_connections;
    bool m_closing = false;
    bool m_drainedEmitted = false;
};

} // namespace Gateway
