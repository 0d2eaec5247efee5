#include "core/providers/upstreamconnection.h"

#include "core/common/socketio.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>

#include <utility>

namespace Providers {

namespace {

// One read per turn keeps each bodyReceived piece bounded and lets a pause take effect between reads.
constexpr qint64 ReadChunkBytes = 64 * 1024;

QByteArray hostHeader(const QString &host, quint16 port, bool tls)
{
    QByteArray value = QUrl::toAce(host);
    if (value.isEmpty())
        value = host.toLatin1();
    if (value.contains(':'))
        value = '[' + value + ']'; // IPv6 literal (RFC 3986 §3.2.2)
    if (port != (tls ? 443 : 80))
        value += ':' + QByteArray::number(port);
    return value;
}

bool methodCarriesBody(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH";
}

} // namespace

UpstreamConnection::UpstreamConnection(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    connect(&m_deadline, &Common::LazyDeadline::expired, this, &UpstreamConnection::handleTimeout);
    m_parser.setHeadHandler([this] {
        if (m_phase == Phase::AwaitingResponse && m_exchange)
            m_exchange->deliverHead(m_parser.statusCode(), m_parser.headers());
    });
    m_parser.setBodyHandler([this](QByteArrayView piece) {
        if (m_phase == Phase::AwaitingResponse && m_exchange)
            m_exchange->deliverBody(piece.toByteArray());
    });
}

UpstreamConnection::~UpstreamConnection()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void UpstreamConnection::start(UpstreamExchange *exchange)
{
    Q_ASSERT(QThread::currentThread() == thread());
    Q_ASSERT(!m_exchange);
    m_exchange = exchange;
    m_reusedForCurrent = m_requestsServed > 0;
    exchange->attach(this, m_reusedForCurrent);
    m_paused = exchange->isReadingPaused();
    if (m_phase == Phase::Idle)
        sendRequest();
    else if (m_phase == Phase::Unconnected)
        openSocket();
}

void UpstreamConnection::openSocket()
{
    if (m_settings.tls) {
        if (!QSslSocket::supportsSsl()) {
            failAndRetire(UpstreamExchange::Failure::TlsError, QStringLiteral("TLS is not available in this build"));
            return;
        }
        m_sslSocket = new QSslSocket(this);
        m_sslSocket->setSslConfiguration(m_settings.sslConfiguration);
        m_socket = m_sslSocket;
        connect(m_sslSocket, &QSslSocket::encrypted, this, &UpstreamConnection::handleEncrypted);
        connect(m_sslSocket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                m_tlsErrors += (m_tlsErrors.isEmpty() ? QString() : QStringLiteral("; ")) + error.errorString();
        });
    } else {
        m_socket = new QTcpSocket(this);
    }
    // A paused exchange stops reading; once this buffer is full Qt stops reading the kernel socket,
    // the TCP window closes and the upstream has to wait.
    m_socket->setReadBufferSize(m_settings.readBufferBytes);
    connect(m_socket, &QAbstractSocket::connected, this, &UpstreamConnection::handleConnected);
    connect(m_socket, &QIODevice::readyRead, this, &UpstreamConnection::handleReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &UpstreamConnection::handleSocketGone);
    connect(m_socket, &QAbstractSocket::disconnected, this, &UpstreamConnection::handleSocketGone);

    m_phase = Phase::Connecting;
    m_deadline.expireIn(std::chrono::milliseconds(m_settings.connectTimeoutMs));
    if (m_settings.proxy)
        m_socket->connectToHost(m_settings.proxy->host, m_settings.proxy->port);
    else if (m_sslSocket)
        m_sslSocket->connectToHostEncrypted(m_settings.host, m_settings.port); // SNI and verify name = host
    else
        m_socket->connectToHost(m_settings.host, m_settings.port);
}

void UpstreamConnection::handleConnected()
{
    if (m_phase != Phase::Connecting)
        return;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // small SSE writes must not wait for Nagle
    if (m_settings.proxy && m_sslSocket) {
        // RFC 9110 §9.3.6: ask the proxy for a tunnel, then speak TLS through it.
        m_phase = Phase::Tunnelling;
        const QByteArray authority = hostHeader(m_settings.host, m_settings.port, false);
        QByteArray connectRequest = "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n";
        if (!m_settings.proxy->authorization.isEmpty())
            connectRequest += "Proxy-Authorization: " + m_settings.proxy->authorization + "\r\n";
        connectRequest += "\r\n";
        m_parser.reset();
        m_parser.setExpectNoBody(true);
        m_socket->write(connectRequest);
    } else if (m_sslSocket) {
        m_phase = Phase::Handshaking; // connectToHostEncrypted goes on with the handshake
    } else {
        sendRequest();
    }
}

void UpstreamConnection::handleEncrypted()
{
    if (m_phase != Phase::Handshaking)
        return;
    if (!m_exchange) {
        retire(); // aborted while connecting
        return;
    }
    sendRequest();
}

void UpstreamConnection::sendRequest()
{
    if (!m_exchange) {
        retire();
        return;
    }
    const UpstreamRequest &request = m_exchange->request();
    m_parser.reset();
    m_parser.setExpectNoBody(request.method == "HEAD");
    m_receivedAny = false;
    m_phase = Phase::AwaitingResponse;
    const int firstByteMs = request.firstByteTimeoutMs >= 0 ? request.firstByteTimeoutMs : m_settings.firstByteTimeoutMs;
    m_deadline.expireIn(std::chrono::milliseconds(firstByteMs));
    Common::writeNow(*m_socket, buildRequest(request)); // now rather than on the loop's next turn
}

QByteArray UpstreamConnection::buildRequest(const UpstreamRequest &request) const
{
    QByteArray target;
    if (m_settings.proxy && !m_settings.tls) {
        // RFC 9112 §3.2.2: a proxy gets the absolute form.
        target = request.url.toEncoded(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
        if (request.url.path().isEmpty())
            target += '/';
    } else {
        target = request.url.path(QUrl::FullyEncoded).toLatin1();
        if (target.isEmpty())
            target = "/";
        if (request.url.hasQuery())
            target += '?' + request.url.query(QUrl::FullyEncoded).toLatin1();
    }

    QByteArray head;
    head.reserve(256 + request.body.size());
    head += request.method + ' ' + target + " HTTP/1.1\r\n";
    bool hasHost = false;
    bool hasLength = false;
    for (const auto &field : request.headers) {
        hasHost = hasHost || field.first.compare("host", Qt::CaseInsensitive) == 0;
        hasLength = hasLength || field.first.compare("content-length", Qt::CaseInsensitive) == 0
                    || field.first.compare("transfer-encoding", Qt::CaseInsensitive) == 0;
        head += field.first + ": " + field.second + "\r\n";
    }
    if (!hasHost)
        head += "Host: " + hostHeader(m_settings.host, m_settings.port, m_settings.tls) + "\r\n";
    if (!hasLength && (!request.body.isEmpty() || methodCarriesBody(request.method)))
        head += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    if (m_settings.proxy && !m_settings.tls && !m_settings.proxy->authorization.isEmpty())
        head += "Proxy-Authorization: " + m_settings.proxy->authorization + "\r\n";
    head += "\r\n";
    head += request.body;
    return head;
}

void UpstreamConnection::handleReadyRead()
{
    if (!m_paused)
        drain();
}

void UpstreamConnection::drain()
{
    while (m_socket && m_phase != Phase::Closed && !m_paused && m_socket->bytesAvailable() > 0) {
        if (!handleBytes(Common::readAvailable(*m_socket, ReadChunkBytes)))
            return;
    }
    if (m_peerClosed && !m_paused && m_phase == Phase::AwaitingResponse)
        finishAtEof();
}

bool UpstreamConnection::handleBytes(const QByteArray &chunk)
{
    switch (m_phase) {
    case Phase::Tunnelling: {
        qsizetype consumed = 0;
        const auto state = m_parser.feed(chunk, &consumed);
        if (state == HttpResponseParser::State::NeedMore)
            return true;
        const int status = m_parser.statusCode();
        if (state == HttpResponseParser::State::Error || status < 200 || status > 299 || consumed != chunk.size()) {
            failAndRetire(UpstreamExchange::Failure::ConnectFailed,
                          QStringLiteral("proxy refused the tunnel (status %1)").arg(status));
            return false;
        }
        m_phase = Phase::Handshaking;
        m_sslSocket->setPeerVerifyName(m_settings.host); // also the SNI name
        m_sslSocket->startClientEncryption();
        return true;
    }
    case Phase::AwaitingResponse: {
        m_receivedAny = true;
        m_deadline.expireIn(std::chrono::milliseconds(m_settings.readIdleTimeoutMs));
        qsizetype consumed = 0;
        const auto state = m_parser.feed(chunk, &consumed);
        if (m_phase != Phase::AwaitingResponse)
            return false; // a receiver aborted the exchange from a signal
        if (state == HttpResponseParser::State::Error) {
            failAndRetire(UpstreamExchange::Failure::ProtocolError, m_parser.errorString());
            return false;
        }
        if (state == HttpResponseParser::State::Complete)
            completeExchange(consumed == chunk.size());
        return m_phase != Phase::Closed;
    }
    case Phase::Idle:
        retire(); // bytes nobody asked for: the connection's framing can no longer be trusted
        return false;
    default:
        return true;
    }
}

void UpstreamConnection::completeExchange(bool cleanEnd)
{
    UpstreamExchange *exchange = m_exchange.data();
    m_exchange = nullptr;
    m_deadline.cancel();
    ++m_requestsServed;
    const bool reusable = cleanEnd && m_parser.keepAlive() && !m_peerClosed
                          && m_socket->state() == QAbstractSocket::ConnectedState && m_socket->bytesAvailable() == 0;
    if (reusable) {
        m_phase = Phase::Idle;
        m_paused = false;
        m_deadline.expireIn(std::chrono::milliseconds(m_settings.poolIdleTimeoutMs));
        // Becoming idle before reporting the end lets a finished() handler's next request reuse us.
        emit becameIdle();
    } else {
        retire();
    }
    if (exchange)
        exchange->deliverFinished();
}

void UpstreamConnection::finishAtEof()
{
    const auto state = m_parser.finish();
    if (state == HttpResponseParser::State::Complete) {
        completeExchange(false); // a read-until-close body
        return;
    }
    if (m_parser.headComplete()) {
        failAndRetire(UpstreamExchange::Failure::ResetMidBody, QStringLiteral("upstream closed the connection mid-body"));
        return;
    }
    // The server may close a keep-alive connection just as we reuse it (RFC 9112 §9.3.1): that
    // request never reached it, so the pool may send it again on a fresh connection.
    const bool retryable = m_reusedForCurrent && !m_receivedAny;
    failAndRetire(UpstreamExchange::Failure::ResetBeforeResponse,
                  QStringLiteral("upstream closed the connection before responding"), retryable);
}

void UpstreamConnection::handleSocketGone()
{
    if (m_phase == Phase::Closed || m_peerClosed)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString reason = m_socket->errorString();
    m_peerClosed = true;
    switch (m_phase) {
    case Phase::Unconnected:
    case Phase::Connecting:
        failAndRetire(UpstreamExchange::Failure::ConnectFailed, reason);
        break;
    case Phase::Tunnelling:
        failAndRetire(UpstreamExchange::Failure::ConnectFailed, QStringLiteral("proxy closed the connection: ") + reason);
        break;
    case Phase::Handshaking:
        failAndRetire(UpstreamExchange::Failure::TlsError, m_tlsErrors.isEmpty() ? reason : m_tlsErrors);
        break;
    case Phase::AwaitingResponse:
        if (error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInternalError) {
            failAndRetire(UpstreamExchange::Failure::TlsError, reason);
            break;
        }
        // Bytes already buffered still belong to the response; a paused exchange gets them on resume.
        drain();
        break;
    case Phase::Idle:
        retire();
        break;
    case Phase::Closed:
        break;
    }
}

void UpstreamConnection::handleTimeout()
{
    switch (m_phase) {
    case Phase::Connecting:
    case Phase::Tunnelling:
    case Phase::Handshaking:
        failAndRetire(UpstreamExchange::Failure::Timeout, QStringLiteral("connecting to the upstream timed out"));
        break;
    case Phase::AwaitingResponse:
        failAndRetire(UpstreamExchange::Failure::Timeout, m_receivedAny
                                                              ? QStringLiteral("the upstream went silent mid-response")
                                                              : QStringLiteral("no response from the upstream in time"));
        break;
    case Phase::Idle:
        retire(); // unused too long; servers drop idle connections anyway
        break;
    case Phase::Unconnected:
    case Phase::Closed:
        break;
    }
}

void UpstreamConnection::setReadingPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (m_phase != Phase::AwaitingResponse)
        return;
    if (paused) {
        m_deadline.cancel(); // a slow client is not a silent upstream
        return;
    }
    const int timeoutMs = m_receivedAny ? m_settings.readIdleTimeoutMs : m_settings.firstByteTimeoutMs;
    m_deadline.expireIn(std::chrono::milliseconds(timeoutMs));
    // readyRead does not fire again for bytes already buffered: drain them on the next turn.
    QMetaObject::invokeMethod(this, &UpstreamConnection::drain, Qt::QueuedConnection);
}

void UpstreamConnection::abortExchange(UpstreamExchange *exchange)
{
    if (m_exchange != exchange)
        return;
    m_exchange = nullptr;
    retire(); // the response was not read to its end, so this connection cannot carry another
}

void UpstreamConnection::failAndRetire(UpstreamExchange::Failure reason, const QString &detail, bool retryable)
{
    UpstreamExchange *exchange = m_exchange.data();
    m_exchange = nullptr;
    retire();
    if (exchange)
        emit exchangeFailed(exchange, reason, detail, retryable);
}

void UpstreamConnection::close()
{
    m_exchange = nullptr;
    retire();
}

void UpstreamConnection::retire()
{
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    m_deadline.cancel();
    if (m_socket) {
        // Signals off first: abort() would otherwise re-enter handleSocketGone().
        m_socket->disconnect(this);
        m_socket->abort();
    }
    emit retired();
}

} // namespace Providers
