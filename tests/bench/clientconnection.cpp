#include "tests/bench/clientconnection.h"

#include "tests/bench/samples.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace Bench {

ClientConnection::ClientConnection(quint16 port, QByteArray request, bool recordEvents, QObject *parent)
    : QObject(parent)
    , m_port(port)
    , m_request(std::move(request))
    , m_recordEvents(recordEvents)
    , m_socket(new QTcpSocket(this))
{
    connect(m_socket, &QTcpSocket::connected, this, &ClientConnection::handleConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &ClientConnection::handleReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &ClientConnection::handleDisconnected);
    m_parser.setHeadHandler([this] {
        if (m_headSeen)
            return;
        m_headSeen = true;
        m_response.headNs = m_readNs;
        m_response.status = m_parser.statusCode();
        if (m_onHead)
            m_onHead(this);
    });
    m_parser.setBodyHandler([this](QByteArrayView body) {
        if (m_recordEvents)
            countEvents(body);
    });
}

ClientConnection::~ClientConnection() = default;

void ClientConnection::send()
{
    Q_ASSERT(!m_inFlight);
    m_inFlight = true;
    m_headSeen = false;
    m_lastWasNewline = false;
    m_response = Response{};
    m_parser.reset();
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        writeRequest();
        return;
    }
    // Connecting is part of the first request's latency, as it is for any client.
    m_response.sentNs = nowNs();
    m_pendingWrite = true;
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        m_socket->connectToHost(QHostAddress::LocalHost, m_port);
}

void ClientConnection::abort()
{
    m_inFlight = false;
    m_pendingWrite = false;
    m_socket->abort();
}

void ClientConnection::handleConnected()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_pendingWrite) {
        m_pendingWrite = false;
        const qint64 sent = m_response.sentNs;
        writeRequest();
        m_response.sentNs = sent;
    }
}

void ClientConnection::writeRequest()
{
    m_response.sentNs = nowNs();
    m_socket->write(m_request);
}

void ClientConnection::handleReadyRead()
{
    m_readNs = nowNs();
    const QByteArray bytes = m_socket->readAll();
    if (!m_inFlight)
        return; // a late byte after an abandoned response
    const Providers::HttpResponseParser::State state = m_parser.feed(bytes);
    if (state == Providers::HttpResponseParser::State::Complete)
        finish(true);
    else if (state == Providers::HttpResponseParser::State::Error)
        finish(false);
}

void ClientConnection::handleDisconnected()
{
    if (!m_inFlight)
        return;
    if (m_parser.finish() == Providers::HttpResponseParser::State::Complete)
        finish(true);
    else
        finish(false);
}

// SSE events end with a blank line; a "\n\n" may straddle two reads.
void ClientConnection::countEvents(QByteArrayView body)
{
    for (const char c : body) {
        if (c == '\n') {
            if (m_lastWasNewline)
                m_response.eventNs.append(m_readNs);
            m_lastWasNewline = !m_lastWasNewline;
        } else if (c != '\r') {
            m_lastWasNewline = false;
        }
    }
}

void ClientConnection::finish(bool ok)
{
    m_inFlight = false;
    m_response.ok = ok;
    m_response.doneNs = m_readNs;
    const bool keepAlive = ok && m_parser.keepAlive();
    if (!keepAlive)
        m_socket->abort();
    if (m_onFinished)
        m_onFinished(this, m_response);
}

} // namespace Bench
