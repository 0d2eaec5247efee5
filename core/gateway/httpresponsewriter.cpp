#include "core/gateway/httpresponsewriter.h"

#include "core/common/socketio.h"

#include <QTcpSocket>
#include <QThread>

namespace Gateway {

HttpResponseWriter::HttpResponseWriter(QTcpSocket *socket, RequestFacts facts, qint64 drainThreshold, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_facts(facts)
    , m_drainThreshold(drainThreshold)
{
    connect(socket, &QTcpSocket::bytesWritten, this, &HttpResponseWriter::handleBytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, &HttpResponseWriter::handleSocketDisconnected);
}

void HttpResponseWriter::respond(const HttpResponse &response)
{
    Q_ASSERT(QThread::currentThread() == thread());
    Q_ASSERT(!m_started);
    if (m_started)
        return;
    m_started = true;
    write(response.serialize(m_facts.keepAlive, m_facts.headRequest));
    finish();
}

void HttpResponseWriter::beginStream(const HttpResponse &head)
{
    Q_ASSERT(QThread::currentThread() == thread());
    Q_ASSERT(!m_started);
    if (m_started)
        return;
    m_started = true;
    // RFC 9112 §7.1: chunked is HTTP/1.1 only; an HTTP/1.0 body ends when the connection closes.
    m_chunked = m_facts.versionMinor >= 1;
    if (!m_chunked)
        m_facts.keepAlive = false;
    write(head.serializeHead(m_facts.keepAlive, m_chunked));
}

void HttpResponseWriter::writeChunk(QByteArrayView data)
{
    Q_ASSERT(QThread::currentThread() == thread());
    Q_ASSERT(m_started && !m_finished);
    if (!m_started || m_finished || m_facts.headRequest || data.isEmpty())
        return;
    write(m_chunked ? HttpResponse::chunk(data) : data.toByteArray());
}

void HttpResponseWriter::endStream()
{
    Q_ASSERT(QThread::currentThread() == thread());
    Q_ASSERT(m_started);
    if (!m_started || m_finished)
        return;
    if (m_chunked && !m_facts.headRequest)
        write(HttpResponse::lastChunk());
    finish();
}

void HttpResponseWriter::abortStream()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!m_started || m_finished)
        return;
    // No terminating chunk: the client sees a truncated body (RFC 9112 §7.1 "incomplete"), never
    // one that looks whole. The connection cannot be reused after that.
    m_facts.keepAlive = false;
    finish();
    if (m_socket)
        m_socket->disconnectFromHost();
}

qint64 HttpResponseWriter::bytesPending() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void HttpResponseWriter::disableKeepAlive()
{
    if (!m_started)
        m_facts.keepAlive = false;
}

void HttpResponseWriter::write(const QByteArray &bytes)
{
    if (!m_clientConnected || !m_socket)
        return;
    // Out now, not on the next turn of the loop: QTcpSocket otherwise only buffers, arms its write
    // notifier and sends when the loop comes round, which cost every answer an extra loop turn.
    // (bytesWritten may be emitted from inside a flush; handleBytesWritten copes.)
    Common::writeNow(*m_socket, bytes);
    if (m_socket->bytesToWrite() > m_drainThreshold)
        m_congested = true;
}

void HttpResponseWriter::handleBytesWritten()
{
    if (m_congested && bytesPending() <= m_drainThreshold) {
        m_congested = false;
        emit drained();
    }
}

void HttpResponseWriter::handleSocketDisconnected()
{
    if (!m_clientConnected)
        return;
    m_clientConnected = false;
    if (!m_finished)
        emit clientDisconnected();
}

void HttpResponseWriter::finish()
{
    m_finished = true;
    emit finished();
}

} // namespace Gateway
