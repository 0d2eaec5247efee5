#pragma once

#include "core/gateway/httpresponse.h"

#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace Gateway {

/**
 * The way a handler answers one request: either respond() once, or beginStream(), writeChunk()..., endStream().
 * It tells the handler how many bytes still wait in the socket (back-pressure) and whether the client left.
 */
class HttpResponseWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpResponseWriter)

public:
    struct RequestFacts
    {
        int versionMinor = 1; // HTTP/1.0 clients get no chunked encoding
        bool headRequest = false;
        bool keepAlive = true; // what the connection allows after this response
    };

    HttpResponseWriter(QTcpSocket *socket, RequestFacts facts, qint64 drainThreshold, QObject *parent);

    /** Sends a whole response; the writer is finished afterwards. */
    void respond(const HttpResponse &response);
    /** Sends status and headers of a streamed response (its body is ignored). */
    void beginStream(const HttpResponse &head);
    /** Sends part of the streamed body. */
    void writeChunk(QByteArrayView data);
    /** Ends the streamed body; the writer is finished afterwards. */
    void endStream();
    /** Ends a streamed body that broke upstream: closes the connection without the final chunk. */
    void abortStream();

    /** Bytes handed to the socket that the client has not taken yet. */
    qint64 bytesPending() const;
    /** More than the drain threshold is pending: stop producing until drained(). */
    bool isCongested() const { return bytesPending() > m_drainThreshold; }
    bool isClientConnected() const { return m_clientConnected; }
    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    /** Whether the connection stays open after this response. */
    bool keepAlive() const { return m_facts.keepAlive; }
    /** Makes the response announce Connection: close; no effect once the head was sent. */
    void disableKeepAlive();

signals:
    /** Pending bytes fell to the drain threshold after having been above it. */
    void drained();
    /** The client went away before the response was finished; stop producing it. */
    void clientDisconnected();
    /** The last byte of the response was handed to the socket. */
    void finished();

private:
    void write(const QByteArray &bytes);
    void handleBytesWritten();
    void handleSocketDisconnected();
    void finish();

    QPointer<QTcpSocket> m_socket;
    RequestFacts m_facts;
    qint64 m_drainThreshold;
    bool m_chunked = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_congested = false;
    bool m_clientConnected = true;
};

} // namespace Gateway
