#include "core/providers/proxysettings.h"
#include "core/providers/ssedecoder.h"
#include "core/providers/upstreamexchange.h"
#include "core/providers/upstreampool.h"

#include <QPointer>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

using Providers::ProxySettings;
using Providers::UpstreamExchange;
using Providers::UpstreamPool;
using Providers::UpstreamRequest;
using Failure = UpstreamExchange::Failure;

namespace {

QByteArray okResponse(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

/**
 * A tiny HTTP/1.1 origin on 127.0.0.1: it splits the byte stream into requests (head plus
 * Content-Length body) and hands each to the test's responder with its index on that connection.
 */
class TestServer final
{
public:
    using Responder = std::function<void(QTcpSocket *socket, int indexOnSocket, const QByteArray &request)>;

    explicit TestServer(Responder responder, std::unique_ptr<QTcpServer> server = std::make_unique<QTcpServer>())
        : m_server(std::move(server))
        , m_responder(std::move(responder))
    {
        QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, m_server.get(), [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                accept(socket);
        });
    }

    bool listen() { return m_server->listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server->serverPort(); }
    QUrl url(const QString &path = QStringLiteral("/v1/chat/completions"), const QString &scheme = QStringLiteral("http")) const
    {
        QUrl url;
        url.setScheme(scheme);
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(port());
        url.setPath(path);
        return url;
    }

    int accepted = 0;
    QList<QByteArray> requests;
    QList<QPointer<QTcpSocket>> sockets;

private:
    void accept(QTcpSocket *socket)
    {
        ++accepted;
        sockets.append(socket);
        auto buffer = std::make_shared<QByteArray>();
        auto index = std::make_shared<int>(0);
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QIODevice::readyRead, socket, [this, socket, buffer, index] {
            *buffer += socket->readAll();
            for (;;) {
                const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
                if (headEnd < 0)
                    return;
                const QByteArray head = buffer->left(headEnd).toLower();
                qsizetype length = 0;
                const qsizetype at = head.indexOf("\r\ncontent-length:");
                if (at >= 0) {
                    const qsizetype lineEnd = head.indexOf("\r\n", at + 2);
                    length = head.mid(at + 17, lineEnd < 0 ? -1 : lineEnd - at - 17).trimmed().toLongLong();
                }
                const qsizetype total = headEnd + 4 + length;
                if (buffer->size() < total)
                    return;
                const QByteArray request = buffer->left(total);
                buffer->remove(0, total);
                requests.append(request);
                m_responder(socket, (*index)++, request);
                if (socket->state() != QAbstractSocket::ConnectedState)
                    return;
            }
        });
    }

    std::unique_ptr<QTcpServer> m_server;
    Responder m_responder;
};

/** Collects what one exchange reports. */
class Call final
{
public:
    Call(UpstreamPool &pool, const UpstreamRequest &request)
        : exchange(pool.send(request))
    {
        QObject::connect(exchange.get(), &UpstreamExchange::headReceived, exchange.get(),
                         [this](int code, const Providers::HttpHeaders &) { status = code; });
        QObject::connect(exchange.get(), &UpstreamExchange::bodyReceived, exchange.get(), [this](const QByteArray &piece) {
            body += piece;
            ++pieces;
        });
        QObject::connect(exchange.get(), &UpstreamExchange::finished, exchange.get(), [this] { finished = true; });
        QObject::connect(exchange.get(), &UpstreamExchange::failed, exchange.get(), [this](Failure reason, const QString &why) {
            failure = reason;
            detail = why;
        });
    }

    bool done() const { return finished || failure.has_value(); }

    std::unique_ptr<UpstreamExchange> exchange;
    int status = 0;
    QByteArray body;
    int pieces = 0;
    bool finished = false;
    std::optional<Failure> failure;
    QString detail;
};

UpstreamRequest postTo(const QUrl &url, const QByteArray &body = "{\"model\":\"m\"}")
{
    UpstreamRequest request;
    request.url = url;
    request.headers = {{"Content-Type", "application/json"}};
    request.body = body;
    return request;
}

/** A pool that ignores the machine's proxy environment. */
std::unique_ptr<UpstreamPool> directPool()
{
    auto pool = std::make_unique<UpstreamPool>();
    pool->setProxySettings(ProxySettings());
    return pool;
}

} // namespace

class TestUpstreamPool final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reusesOneConnectionForSequentialRequests();
    void parallelRequestsOpenParallelConnections();
    void capQueuesRequestsBeyondIt();
    void retriesWhenServerDroppedIdleConnection();
    void dropsConnectionClosedWhileIdle();
    void resetMidBodyIsReported();
    void closeBeforeResponseOnFreshConnectionIsNotRetried();
    void garbageResponseIsProtocolError();
    void refusedConnectionIsReported();
    void slowFirstByteTimesOut();
    void silenceMidBodyTimesOutAfterLastBytes();
    void idleConnectionClosesAfterItsLastUse();
    void chunkedSseArrivesPieceByPiece();
    void abortClosesUpstreamSocket();
    void pausedReadingPushesBack();
    void tlsWithTrustedCertificate();
    void tlsWithUntrustedCertificateFails();
    void httpsThroughConnectProxy();
    void httpThroughProxyUsesAbsoluteForm();
    void noProxyMatching_data();
    void noProxyMatching();

private:
    QTemporaryDir m_certDir;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

void TestUpstreamPool::initTestCase()
{
    QVERIFY(m_certDir.isValid());
    // A throw-away self-signed certificate for localhost, made fresh for this run.
    QProcess openssl;
    openssl.setWorkingDirectory(m_certDir.path());
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("cert.pem"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,DNS:upstream.test,IP:127.0.0.1")});
    QVERIFY(openssl.waitForFinished(15'000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    const auto certificates = QSslCertificate::fromPath(m_certDir.filePath(QStringLiteral("cert.pem")));
    QCOMPARE(certificates.size(), qsizetype(1));
    m_certificate = certificates.first();
    QFile keyFile(m_certDir.filePath(QStringLiteral("key.pem")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    m_key = QSslKey(&keyFile, QSsl::Ec);
    QVERIFY(!m_key.isNull());
}

void TestUpstreamPool::reusesOneConnectionForSequentialRequests()
{
    TestServer server([](QTcpSocket *socket, int index, const QByteArray &) {
        socket->write(okResponse("reply " + QByteArray::number(index)));
    });
    QVERIFY(server.listen());
    auto pool = directPool();
    for (int i = 0; i < 20; ++i) {
        Call call(*pool, postTo(server.url()));
        QTRY_VERIFY(call.done());
        QVERIFY2(call.finished, qPrintable(call.detail));
        QCOMPARE(call.status, 200);
        QCOMPARE(call.body, "reply " + QByteArray::number(i));
        QCOMPARE(call.exchange->usedReusedConnection(), i > 0);
    }
    QCOMPARE(server.accepted, 1);
    QCOMPARE(pool->idleConnectionCount(), 1);
    const QByteArray first = server.requests.first();
    QVERIFY(first.startsWith("POST /v1/chat/completions HTTP/1.1\r\n"));
    QVERIFY(first.contains(QByteArray("\r\nHost: 127.0.0.1:" + QByteArray::number(server.port()) + "\r\n")));
    QVERIFY(first.contains("\r\nContent-Length: 13\r\n"));
    QVERIFY(first.endsWith("\r\n\r\n{\"model\":\"m\"}"));
}

void TestUpstreamPool::parallelRequestsOpenParallelConnections()
{
    // Answer only once four requests are in, so they must be on four connections at once.
    QList<QPointer<QTcpSocket>> held;
    TestServer server([&held](QTcpSocket *socket, int, const QByteArray &) {
        held.append(socket);
        if (held.size() == 4) {
            for (const auto &s : std::as_const(held))
                s->write(okResponse("ok"));
        }
    });
    QVERIFY(server.listen());
    auto pool = directPool();
    std::vector<std::unique_ptr<Call>> calls;
    for (int i = 0; i < 4; ++i)
        calls.push_back(std::make_unique<Call>(*pool, postTo(server.url())));
    for (const auto &call : calls) {
        QTRY_VERIFY(call->done());
        QVERIFY(call->finished);
    }
    QCOMPARE(server.accepted, 4);
    QCOMPARE(pool->idleConnectionCount(), 4);
}

void TestUpstreamPool::capQueuesRequestsBeyondIt()
{
    TestServer server([](QTcpSocket *socket, int, const QByteArray &) {
        QTimer::singleShot(50, socket, [socket] { socket->write(okResponse("ok")); });
    });
    QVERIFY(server.listen());
    auto pool = directPool();
    pool->setMaxConnectionsPerHost(2);
    std::vector<std::unique_ptr<Call>> calls;
    for (int i = 0; i < 6; ++i)
        calls.push_back(std::make_unique<Call>(*pool, postTo(server.url())));
    QCOMPARE(pool->connectionCount(), 2);
    for (const auto &call : calls) {
        QTRY_VERIFY(call->done());
        QVERIFY(call->finished);
    }
    QCOMPARE(server.accepted, 2);
}

void TestUpstreamPool::retriesWhenServerDroppedIdleConnection()
{
    // The server answers the first request, then closes that connection when the second one
    // arrives, without answering: exactly the race of a keep-alive timeout on the server.
    TestServer server([](QTcpSocket *socket, int index, const QByteArray &) {
        if (index == 0)
            socket->write(okResponse("first"));
        else
            socket->close();
    });
    QVERIFY(server.listen());
    auto pool = directPool();
    {
        Call call(*pool, postTo(server.url()));
        QTRY_VERIFY(call.done());
        QVERIFY(call.finished);
    }
    Call second(*pool, postTo(server.url()));
    QTRY_VERIFY(second.done());
    QVERIFY2(second.finished, qPrintable(second.detail));
    QCOMPARE(second.body, QByteArray("first")); // index 0 on the fresh connection
    QCOMPARE(server.accepted, 2);
    QCOMPARE(server.requests.size(), 3);
}

void TestUpstreamPool::dropsConnectionClosedWhileIdle()
{
    TestServer server([](QTcpSocket *socket, int, const QByteArray &) {
        socket->write(okResponse("bye"));
        socket->disconnectFromHost();
    });
    QVERIFY(server.listen());
    auto pool = directPool();
    {
        Call call(*pool, postTo(server.url()));
        QTRY_VERIFY(call.done());
        QVERIFY(call.finished);
    }
    QTRY_COMPARE(pool->connectionCount(), 0);
    Call again(*pool, postTo(server.url()));
    QTRY_VERIFY(again.done());
    QVERIFY(again.finished);
    QVERIFY(!again.exchange->usedReusedConnection());
    QCOMPARE(server.accepted, 2);
}

void TestUpstreamPool::resetMidBodyIsReported()
{
    TestServer server([](QTcpSocket *socket, int, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly ten b");
        socket->flush();
        QTimer::singleShot(50, socket, [socket] { socket->abort(); });
    });
    QVERIFY(server.listen());
    auto pool = directPool();
    Call call(*pool, postTo(server.url()));
    QTRY_VERIFY(call.done());
    QCOMPARE(call.status, 200);
    QCOMPARE(call.body, QByteArray("only ten b"));
    QCOMPARE(call.failure, std::optional<Failure>(Failure::ResetMidBody));
    QTRY_COMPARE(pool->connectionCount(), 0);
}

void TestUpstreamPool::closeBeforeResponseOnFreshConnectionIsNotRetried()
{
    TestServer server([](QTcpSocket *socket, int, const QByteArray &) { socket->close(); });
    QVERIFY(server.listen());
    auto pool = directPool();
    Call call(*pool, postTo(server.url()));
    QTRY_VERIFY(call.done());
    QCOMPARE(call.failure, std::optional<Failure>(Failure::ResetBeforeResponse));
    QCOMPARE(server.accepted, 1); // a request that may have reached the upstream is not sent twice
}

void TestUpstreamPool::garbageResponseIsProtocolError()
{
    TestServer server([](QTcpSocket *socket, int, const QByteArray &) { socket->write("SSH-2.0-OpenSSH\r\n\r\n"); });
    QVERIFY(server.listen());
    auto pool = directPool();
    Call call(*pool, postTo(server.url()));
    QTRY_VERIFY(call.done());
    QCOMPARE(call.failure, std::optional<Failure>(Failure::ProtocolError));
    QTRY_COMPARE(pool->connectionCount(), 0);
}

void TestUpstreamPool::refusedConnectionIsReported()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    auto pool = directPool();
    QUrl url(QStringLiteral("http://127.0.0.1/"));
    url.setPort(port);
    Call call(*pool, postTo(url));
    QTRY_VERIFY(call.done());
    QCOMPARE(call.failure, std::optional<Failure>(Failure::ConnectFailed));
}

void TestUpstreamPool::slowFirstByteTimesOut()
{
    TestServer server([](QTcpSocket *, int, const QByteArray &) {}); // never answers
    QVERIFY(server.listen());
    auto pool = directPool();
    pool->setFirstByteTimeoutMs(200);
    Call call(*pool, postTo(server.url()));
    QTRY_VERIFY(call.done());
    QCOMPARE(call.failure, std::optional<Failure>(Failure::Timeout));
    QTRY_VERIFY(server.sockets.first().isNull()); // the server saw us close it
}

// The read timeout is pushed back by every piece (lazily: see Common::LazyDeadline), and fires once the
// upstream falls silent mid-body.
void TestUpstreamPool::silenceMidBodyTimesOutAfterLastBytes()
{
    TestServer server([](QTcpSocket *socket, int, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int i = 1; i <= 6; ++i) // a piece every 100 ms for 600 ms, each within the 250 ms timeout
            QTimer::singleShot(100 * i, socket, [socket] { socket->write("5\r\nhello\r\n"); });
    });
    QVERIFY(server.listen());
    auto pool = directPool();
    pool->setReadIdleTimeoutMs(250);
    Call call(*pool, postTo(server.url()));
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(call.done(), 5000);
    QCOMPARE(call.failure, std::optional<Failure>(Failure::Timeout));
    QVERIFY2(clock.elapsed() >= 800, qPrintable(QString::number(clock.elapsed()))); // 600 ms of pieces + 250
    QCOMPARE(call.body, QByteArray("hello").repeated(6));
}

// An idle pooled connection is closed a pool-idle timeout after its last use, not after its first.
void TestUpstreamPool::idleConnectionClosesAfterItsLastUse()
{
    TestServer server([](QTcpSocket *socket, int index, const QByteArray &) {
        socket->write(okResponse("reply " + QByteArray::number(index)));
    });
    QVERIFY(server.listen());
    auto pool = directPool();
    pool->setPoolIdleTimeoutMs(300);
    for (int i = 0; i < 5; ++i) { // one request every ~120 ms: 600 ms in all, on one connection
        Call call(*pool, postTo(server.url()));
        QTRY_VERIFY(call.done());
        QVERIFY(call.finished);
        QTest::qWait(120);
    }
    QCOMPARE(server.accepted, 1);
    QCOMPARE(pool->idleConnectionCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(pool->connectionCount(), 0, 3000);
    QTRY_VERIFY(server.sockets.first().isNull()); // the server saw us close it
}

void TestUpstreamPool::chunkedSseArrivesPieceByPiece()
{
    TestServer server([](QTcpSocket *socket, int, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "f\r\ndata: {\"n\":1}\n\n\r\n");
        QTimer::singleShot(150, socket, [socket] { socket->write("f\r\ndata: {\"n\":2}\n\n\r\n"); });
        QTimer::singleShot(300, socket, [socket] { socket->write("e\r\ndata: [DONE]\n\n\r\n0\r\n\r\n"); });
    });
    QVERIFY(server.listen());
    auto pool = directPool();
    Call call(*pool, postTo(server.url()));
    Providers::SseDecoder decoder;
    QStringList events;
    connect(call.exchange.get(), &UpstreamExchange::bodyReceived, this, [&](const QByteArray &piece) {
        for (const auto &event : decoder.feed(piece))
            events.append(QString::fromUtf8(event.data));
    });
    QTRY_COMPARE(events.size(), 1);
    QVERIFY(!call.done()); // the first event is here long before the stream ends
    QCOMPARE(events.first(), QStringLiteral("{\"n\":1}"));
    QTRY_COMPARE(events.size(), 2);
    QVERIFY(!call.done());
    QTRY_VERIFY(call.done());
    QVERIFY(call.finished);
    QCOMPARE(events, (QStringList{QStringLiteral("{\"n\":1}"), QStringLiteral("{\"n\":2}"), QStringLiteral("[DONE]")}));
    QVERIFY(call.pieces >= 3);
    QCOMPARE(pool->idleConnectionCount(), 1);
}

void TestUpstreamPool::abortClosesUpstreamSocket()
{
    TestServer server([](QTcpSocket *socket, int, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n");
    });
    QVERIFY(server.listen());
    auto pool = directPool();
    Call call(*pool, postTo(server.url()));
    QTRY_COMPARE(call.status, 200);
    QCOMPARE(server.sockets.size(), qsizetype(1));
    QVERIFY(!server.sockets.first().isNull());
    call.exchange->abort();
    QVERIFY(call.exchange->isDone());
    QTRY_VERIFY(server.sockets.first().isNull()); // disconnected -> deleteLater on the server side
    QTRY_COMPARE(pool->connectionCount(), 0);
    QVERIFY(!call.done()); // no signal after abort
}

void TestUpstreamPool::pausedReadingPushesBack()
{
    constexpr qsizetype Total = 48 * 1024 * 1024; // more than loopback socket buffers can absorb
    TestServer server([](QTcpSocket *socket, int, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(Total) + "\r\n\r\n");
        socket->write(QByteArray(Total, 'x'));
    });
    QVERIFY(server.listen());
    auto pool = directPool();
    Call call(*pool, postTo(server.url()));
    connect(call.exchange.get(), &UpstreamExchange::headReceived, this, [&call] { call.exchange->pauseReading(); });
    QTRY_COMPARE(call.status, 200);
    QTest::qWait(300);
    const qsizetype whilePaused = call.body.size();
    QVERIFY(whilePaused < Total / 2);
    QVERIFY(server.sockets.first()->bytesToWrite() > 0); // the upstream is held back
    QTest::qWait(100);
    QCOMPARE(call.body.size(), whilePaused); // nothing more while paused
    call.exchange->resumeReading();
    QTRY_VERIFY_WITH_TIMEOUT(call.done(), 10'000);
    QVERIFY(call.finished);
    QCOMPARE(call.body.size(), Total);
}

void TestUpstreamPool::tlsWithTrustedCertificate()
{
    auto sslServer = std::make_unique<QSslServer>();
    QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
    serverConfig.setLocalCertificate(m_certificate);
    serverConfig.setPrivateKey(m_key);
    sslServer->setSslConfiguration(serverConfig);
    TestServer server([](QTcpSocket *socket, int index, const QByteArray &) {
        socket->write(okResponse("secure " + QByteArray::number(index)));
    }, std::move(sslServer));
    QVERIFY(server.listen());

    auto pool = directPool();
    QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
    trust.addCaCertificate(m_certificate);
    pool->setSslConfiguration(trust);
    QUrl url = server.url(QStringLiteral("/v1/messages"), QStringLiteral("https"));
    url.setHost(QStringLiteral("localhost"));
    for (int i = 0; i < 2; ++i) {
        Call call(*pool, postTo(url));
        QTRY_VERIFY_WITH_TIMEOUT(call.done(), 10'000);
        QVERIFY2(call.finished, qPrintable(call.detail));
        QCOMPARE(call.body, "secure " + QByteArray::number(i));
    }
    QCOMPARE(server.accepted, 1);
}

void TestUpstreamPool::tlsWithUntrustedCertificateFails()
{
    auto sslServer = std::make_unique<QSslServer>();
    QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
    serverConfig.setLocalCertificate(m_certificate);
    serverConfig.setPrivateKey(m_key);
    sslServer->setSslConfiguration(serverConfig);
    TestServer server([](QTcpSocket *socket, int, const QByteArray &) { socket->write(okResponse("no")); },
                      std::move(sslServer));
    QVERIFY(server.listen());

    auto pool = directPool(); // system CAs only
    QUrl url = server.url(QStringLiteral("/"), QStringLiteral("https"));
    url.setHost(QStringLiteral("localhost"));
    Call call(*pool, postTo(url));
    QTRY_VERIFY_WITH_TIMEOUT(call.done(), 10'000);
    QCOMPARE(call.failure, std::optional<Failure>(Failure::TlsError));
    QVERIFY(server.requests.isEmpty());
}

namespace {

/** A minimal forward proxy: CONNECT tunnels to `tunnelPort` on 127.0.0.1 whatever the host; other requests answered itself. */
class TestProxy final
{
public:
    explicit TestProxy(quint16 tunnelPort)
        : m_tunnelPort(tunnelPort)
    {
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> heads;

private:
    void accept(QTcpSocket *client)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        QObject::connect(client, &QIODevice::readyRead, client, [this, client, buffer] {
            *buffer += client->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end + 4);
            buffer->remove(0, end + 4);
            heads.append(head);
            if (!head.startsWith("CONNECT ")) {
                client->write(okResponse("proxied"));
                return;
            }
            QObject::disconnect(client, &QIODevice::readyRead, client, nullptr);
            auto *upstream = new QTcpSocket(client);
            QObject::connect(upstream, &QAbstractSocket::connected, client, [client, upstream] {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                QObject::connect(client, &QIODevice::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
                QObject::connect(upstream, &QIODevice::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
            });
            upstream->connectToHost(QHostAddress::LocalHost, m_tunnelPort);
        });
    }

    QTcpServer m_server;
    quint16 m_tunnelPort;
};

} // namespace

void TestUpstreamPool::httpsThroughConnectProxy()
{
    auto sslServer = std::make_unique<QSslServer>();
    QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
    serverConfig.setLocalCertificate(m_certificate);
    serverConfig.setPrivateKey(m_key);
    sslServer->setSslConfiguration(serverConfig);
    TestServer server([](QTcpSocket *socket, int, const QByteArray &) { socket->write(okResponse("tunnelled")); },
                      std::move(sslServer));
    QVERIFY(server.listen());
    TestProxy proxy(server.port());
    QVERIFY(proxy.listen());

    auto pool = std::make_unique<UpstreamPool>();
    const QString proxyUrl = QStringLiteral("http://user:secret@127.0.0.1:%1").arg(proxy.port());
    pool->setProxySettings(ProxySettings(QString(), proxyUrl, QStringLiteral("example.org")));
    QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
    trust.addCaCertificate(m_certificate);
    pool->setSslConfiguration(trust);

    // "upstream.test" does not resolve: only the proxy can reach it, and TLS must verify that name.
    QUrl url(QStringLiteral("https://upstream.test/v1/messages"));
    url.setPort(server.port());
    Call call(*pool, postTo(url));
    QTRY_VERIFY_WITH_TIMEOUT(call.done(), 10'000);
    QVERIFY2(call.finished, qPrintable(call.detail));
    QCOMPARE(call.body, QByteArray("tunnelled"));
    QCOMPARE(proxy.heads.size(), qsizetype(1));
    const QByteArray authority = "upstream.test:" + QByteArray::number(server.port());
    QVERIFY(proxy.heads.first().startsWith(QByteArray("CONNECT " + authority + " HTTP/1.1\r\n")));
    QVERIFY(proxy.heads.first().contains(QByteArray("\r\nProxy-Authorization: Basic " + QByteArray("user:secret").toBase64() + "\r\n")));
    QVERIFY(server.requests.first().startsWith("POST /v1/messages HTTP/1.1\r\n"));
    QVERIFY(!server.requests.first().contains("Proxy-Authorization")); // credentials stay with the proxy
}

void TestUpstreamPool::httpThroughProxyUsesAbsoluteForm()
{
    TestProxy proxy(0);
    QVERIFY(proxy.listen());
    auto pool = std::make_unique<UpstreamPool>();
    pool->setProxySettings(ProxySettings(QStringLiteral("127.0.0.1:%1").arg(proxy.port()), QString(), QString()));
    Call call(*pool, postTo(QUrl(QStringLiteral("http://upstream.test:8080/v1/chat/completions?x=1"))));
    QTRY_VERIFY(call.done());
    QVERIFY2(call.finished, qPrintable(call.detail));
    QCOMPARE(call.body, QByteArray("proxied"));
    QVERIFY(proxy.heads.first().startsWith("POST http://upstream.test:8080/v1/chat/completions?x=1 HTTP/1.1\r\n"));
    QVERIFY(proxy.heads.first().contains("\r\nHost: upstream.test:8080\r\n"));
}

void TestUpstreamPool::noProxyMatching_data()
{
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("bypass");

    const QString list = QStringLiteral("internal.corp, .example.com,*.svc.local ,api.foo.io:8443,10.1.2.3,[::2]:80");
    QTest::addRow("empty list") << QString() << QStringLiteral("api.openai.com") << 443 << false;
    QTest::addRow("star") << QStringLiteral("*") << QStringLiteral("api.openai.com") << 443 << true;
    QTest::addRow("exact host") << list << QStringLiteral("internal.corp") << 443 << true;
    QTest::addRow("subdomain of plain entry") << list << QStringLiteral("a.internal.corp") << 443 << true;
    QTest::addRow("suffix needs a dot boundary") << list << QStringLiteral("notinternal.corp") << 443 << false;
    QTest::addRow("leading dot matches domain") << list << QStringLiteral("example.com") << 443 << true;
    QTest::addRow("leading dot matches subdomain") << list << QStringLiteral("x.y.example.com") << 443 << true;
    QTest::addRow("star-dot entry") << list << QStringLiteral("db.svc.local") << 443 << true;
    QTest::addRow("case insensitive") << list << QStringLiteral("API.Example.COM") << 443 << true;
    QTest::addRow("host:port matches port") << list << QStringLiteral("api.foo.io") << 8443 << true;
    QTest::addRow("host:port other port") << list << QStringLiteral("api.foo.io") << 443 << false;
    QTest::addRow("ip entry") << list << QStringLiteral("10.1.2.3") << 80 << true;
    QTest::addRow("other ip") << list << QStringLiteral("10.1.2.4") << 80 << false;
    QTest::addRow("bracketed ipv6 with port") << list << QStringLiteral("::2") << 80 << true;
    QTest::addRow("unrelated host") << list << QStringLiteral("api.anthropic.com") << 443 << false;
    QTest::addRow("localhost always direct") << QString() << QStringLiteral("localhost") << 8080 << true;
    QTest::addRow("127.x always direct") << QString() << QStringLiteral("127.0.0.5") << 80 << true;
    QTest::addRow("ipv6 loopback always direct") << QString() << QStringLiteral("[::1]") << 80 << true;
}

void TestUpstreamPool::noProxyMatching()
{
    QFETCH(QString, noProxy);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, bypass);
    QCOMPARE(ProxySettings::bypassesProxy(noProxy, host, port), bypass);
}

QTEST_GUILESS_MAIN(TestUpstreamPool)
#include "tst_upstreampool.moc"
