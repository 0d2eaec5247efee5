#include "core/gateway/httpresponsewriter.h"
#include "core/gateway/httpserver.h"
#include "core/gateway/requesthandler.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace Gateway;

namespace {

/** Echoes "METHOD target body"; a few paths behave differently to exercise the connection. */
class TestHandler final : public RequestHandler
{
public:
    void handleRequest(const HttpRequest &request, HttpResponseWriter *writer) override
    {
        ++inFlight;
        maxInFlight = qMax(maxInFlight, inFlight);
        seen.append(request.path());
        QPointer<HttpResponseWriter> guarded(writer);
        QObject::connect(writer, &HttpResponseWriter::clientDisconnected, writer, [this] { ++disconnects; });
        QObject::connect(writer, &HttpResponseWriter::finished, writer, [this] { --inFlight; });
        const QByteArray echo = request.method + ' ' + request.target + ' ' + request.body;

        if (request.path() == "/slow") {
            const int ms = request.query().mid(3).toInt(); // "ms=N"
            QTimer::singleShot(ms, writer, [guarded, echo] {
                if (guarded)
                    guarded->respond(HttpResponse(200, "text/plain", echo));
            });
        } else if (request.path() == "/stream" || request.path() == "/hold") {
            held = guarded;
            if (request.path() == "/stream")
                writer->beginStream(HttpResponse(200, "text/event-stream", {}));
        } else if (request.path() == "/big") {
            streamBig(guarded);
        } else {
            writer->respond(HttpResponse(200, "text/plain", echo));
        }
    }

    // Produces BigTotal bytes, pausing whenever the writer reports congestion.
    static constexpr qint64 BigTotal = 32 * 1024 * 1024; // beyond what the kernel buffers on loopback
    void streamBig(QPointer<HttpResponseWriter> writer)
    {
        writer->beginStream(HttpResponse(200, "application/octet-stream", {}));
        auto pump = [this, writer] {
            while (writer && bigSent < BigTotal && !writer->isCongested()) {
                writer->writeChunk(QByteArray(256 * 1024, 'z'));
                bigSent += 256 * 1024;
            }
            if (writer && bigSent >= BigTotal && !writer->isFinished())
                writer->endStream();
        };
        QObject::connect(writer, &HttpResponseWriter::drained, writer, [this, pump] {
            ++drainedSignals;
            pump();
        });
        pump();
    }

    QList<QByteArray> seen;
    QPointer<HttpResponseWriter> held;
    int inFlight = 0;
    int maxInFlight = 0;
    int disconnects = 0;
    int drainedSignals = 0;
    qint64 bigSent = 0;
};

struct Response
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

/** A raw client that parses just enough HTTP/1.1 to check the server. */
class Client
{
public:
    bool connectTo(quint16 port)
    {
        socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(2000);
    }
    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }
    void pull() { buffer += socket.readAll(); }
    bool isClosed() const { return socket.state() == QAbstractSocket::UnconnectedState; }

    /** Whether one whole response has arrived (QTRY_* macros evaluate their condition once more at the end,
        so the check must not consume anything). */
    bool hasResponse() { return parse(false).has_value(); }
    /** Takes one whole response (interim 1xx included) off the buffer, if it has arrived. */
    std::optional<Response> next() { return parse(true); }
    /** The bodies of the next `count` responses, waiting up to `timeoutMs` for them (fewer if they do not come). */
    QList<QByteArray> nextBodies(qsizetype count, int timeoutMs = 3000)
    {
        QList<QByteArray> bodies;
        const QDeadlineTimer deadline(timeoutMs);
        while (bodies.size() < count && !deadline.hasExpired()) {
            if (std::optional<Response> response = next())
                bodies.append(response->body);
            else
                QTest::qWait(10);
        }
        return bodies;
    }

private:
    std::optional<Response> parse(bool consume)
    {
        pull();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return std::nullopt;
        Response r;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        r.status = lines.first().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            r.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
        }
        qsizetype end = headEnd + 4;
        if (r.status >= 200 && r.headers.value("transfer-encoding") == "chunked") {
            for (;;) {
                const qsizetype lineEnd = buffer.indexOf("\r\n", end);
                if (lineEnd < 0)
                    return std::nullopt;
                bool ok = false;
                const qsizetype size = buffer.mid(end, lineEnd - end).toLongLong(&ok, 16);
                if (buffer.size() < lineEnd + 2 + size + 2)
                    return std::nullopt;
                r.body += buffer.mid(lineEnd + 2, size);
                end = lineEnd + 2 + size + 2;
                if (size == 0)
                    break;
            }
        } else if (r.status >= 200) {
            const qsizetype length = r.headers.value("content-length").toLongLong();
            if (buffer.size() < end + length)
                return std::nullopt;
            r.body = buffer.mid(end, length);
            end += length;
        }
        if (consume)
            buffer.remove(0, end);
        return r;
    }

public:
    QTcpSocket socket;
    QByteArray buffer;
};

QByteArray get(const QByteArray &target, const QByteArray &extra = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

} // namespace

class TestHttpServer final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void keepAliveReusesOneSocket();
    void pipelinedRequestsAnsweredInOrder();
    void requestSentDuringAnotherIsAnsweredAfterIt();
    void http10Closes();
    void connectionCloseCloses();
    void continueArrivesBeforeBody();
    void idleTimeoutCloses();
    void idleTimeoutCountsFromLastActivity();
    void connectionCapAnswers503();
    void requestCapClosesConnection();
    void malformedRequestGetsJsonErrorAndClose();
    void streamsChunkByChunk();
    void reportsClientDisconnectMidStream();
    void backPressureDrains();
    void slowClientByteByByte();
    void closeDrainsInFlightRequests();
    void serializesResponses_data();
    void serializesResponses();
    void encodesChunks();

private:
    void startServer(const HttpServerOptions &options);

    std::unique_ptr<TestHandler> m_handler;
    std::unique_ptr<HttpServer> m_server;
};

void TestHttpServer::init()
{
    m_handler = std::make_unique<TestHandler>();
    HttpServerOptions options;
    options.idleTimeout = std::chrono::milliseconds(5000);
    startServer(options);
}

void TestHttpServer::cleanup()
{
    m_server.reset();
    m_handler.reset();
}

void TestHttpServer::startServer(const HttpServerOptions &options)
{
    m_server = std::make_unique<HttpServer>(m_handler.get(), options);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    QVERIFY(m_server->serverPort() != 0);
}

void TestHttpServer::keepAliveReusesOneSocket()
{
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    for (int i = 0; i < 3; ++i) {
        const QByteArray path = "/r" + QByteArray::number(i);
        c.send(get(path));
        std::optional<Response> r;
        QTRY_VERIFY(c.hasResponse());
        r = c.next();
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, "GET " + path + ' ');
        QCOMPARE(r->headers.value("connection"), QByteArray("keep-alive"));
        QVERIFY(r->headers.contains("date"));
    }
    QVERIFY(!c.isClosed());
    QCOMPARE(m_server->connectionCount(), 1);
}

void TestHttpServer::pipelinedRequestsAnsweredInOrder()
{
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    // The first is the slowest; the answers must still come first to last (RFC 9112 §9.3.2).
    c.send(get("/slow?ms=300") + "POST /b HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nhi" + get("/c"));
    const QList<QByteArray> bodies = c.nextBodies(3);
    QCOMPARE(bodies.size(), 3);
    QCOMPARE(bodies.at(0), QByteArray("GET /slow?ms=300 "));
    QCOMPARE(bodies.at(1), QByteArray("POST /b hi"));
    QCOMPARE(bodies.at(2), QByteArray("GET /c "));
    QCOMPARE(m_handler->maxInFlight, 1);
    QCOMPARE(m_handler->seen, (QList<QByteArray>{"/slow", "/b", "/c"}));
}

// The second request reaches the socket while the first is in flight: it waits there, read but not
// parsed, and no readyRead comes for it again; finishing the first must start it.
void TestHttpServer::requestSentDuringAnotherIsAnsweredAfterIt()
{
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.send(get("/slow?ms=300"));
    QTRY_COMPARE_WITH_TIMEOUT(m_handler->inFlight, 1, 2000);
    c.send(get("/second"));
    QTest::qWait(50); // the server reads it (readyRead) while /slow is still being answered

    const QList<QByteArray> bodies = c.nextBodies(2);
    QCOMPARE(bodies.size(), 2);
    QCOMPARE(bodies.at(0), QByteArray("GET /slow?ms=300 "));
    QCOMPARE(bodies.at(1), QByteArray("GET /second "));
}

void TestHttpServer::http10Closes()
{
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.send("GET /old HTTP/1.0\r\n\r\n");
    std::optional<Response> r;
    QTRY_VERIFY(c.hasResponse());
    r = c.next();
    QCOMPARE(r->body, QByteArray("GET /old "));
    QCOMPARE(r->headers.value("connection"), QByteArray("close"));
    QTRY_VERIFY(c.isClosed());
}

void TestHttpServer::connectionCloseCloses()
{
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.send(get("/bye", "Connection: close\r\n"));
    std::optional<Response> r;
    QTRY_VERIFY(c.hasResponse());
    r = c.next();
    QCOMPARE(r->headers.value("connection"), QByteArray("close"));
    QTRY_VERIFY(c.isClosed());
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void TestHttpServer::continueArrivesBeforeBody()
{
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.send("POST /up HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
    std::optional<Response> interim;
    QTRY_VERIFY(c.hasResponse());
    interim = c.next();
    QCOMPARE(interim->status, 100);
    QVERIFY(m_handler->seen.isEmpty());
    c.send("hello");
    std::optional<Response> r;
    QTRY_VERIFY(c.hasResponse());
    r = c.next();
    QCOMPARE(r->status, 200);
    QCOMPARE(r->body, QByteArray("POST /up hello"));
}

void TestHttpServer::idleTimeoutCloses()
{
    HttpServerOptions options;
    options.idleTimeout = std::chrono::milliseconds(200);
    startServer(options);

    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.send(get("/once"));
    std::optional<Response> r;
    QTRY_VERIFY(c.hasResponse());
    r = c.next();
    QElapsedTimer idle;
    idle.start();
    QTRY_VERIFY_WITH_TIMEOUT(c.isClosed(), 2000);
    QVERIFY2(idle.elapsed() >= 150, qPrintable(QString::number(idle.elapsed())));
}

// The idle timer is re-armed lazily (it is not restarted per byte or per request): a trickling client
// and a response slower than the timeout must still count from their last activity.
void TestHttpServer::idleTimeoutCountsFromLastActivity()
{
    HttpServerOptions options;
    options.idleTimeout = std::chrono::milliseconds(300);
    startServer(options);

    // A response that takes twice the idle timeout is not cut off, and the idle time starts after it.
    Client slow;
    QVERIFY(slow.connectTo(m_server->serverPort()));
    slow.send(get("/slow?ms=600"));
    QTRY_VERIFY_WITH_TIMEOUT(slow.hasResponse(), 3000);
    QCOMPARE(slow.next()->status, 200);
    QElapsedTimer sinceResponse;
    sinceResponse.start();
    QTRY_VERIFY_WITH_TIMEOUT(slow.isClosed(), 3000);
    QVERIFY2(sinceResponse.elapsed() >= 250, qPrintable(QString::number(sinceResponse.elapsed())));

    // A client sending its request a piece every 100 ms for 800 ms stays connected...
    Client trickle;
    QVERIFY(trickle.connectTo(m_server->serverPort()));
    const QByteArray head = "POST /trickle HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\n";
    trickle.send(head);
    QElapsedTimer sinceByte;
    for (int i = 0; i < 8; ++i) {
        QTest::qWait(100);
        QVERIFY2(!trickle.isClosed(), qPrintable(QStringLiteral("closed after piece %1").arg(i)));
        trickle.send("x");
        QVERIFY(trickle.socket.waitForBytesWritten(1000) || trickle.socket.bytesToWrite() == 0);
        sinceByte.start();
    }
    // ...and when it stalls mid-body it is told so, an idle timeout after its last byte.
    QTRY_VERIFY_WITH_TIMEOUT(trickle.hasResponse(), 3000);
    QVERIFY2(sinceByte.elapsed() >= 250, qPrintable(QString::number(sinceByte.elapsed())));
    QCOMPARE(trickle.next()->status, 408);
    QVERIFY(m_handler->seen.size() == 1); // only /slow reached the handler
}

void TestHttpServer::connectionCapAnswers503()
{
    HttpServerOptions options;
    options.maxConnections = 2;
    startServer(options);

    Client a;
    Client b;
    QVERIFY(a.connectTo(m_server->serverPort()));
    QVERIFY(b.connectTo(m_server->serverPort()));
    QTRY_COMPARE(m_server->connectionCount(), 2);

    Client over;
    QVERIFY(over.connectTo(m_server->serverPort()));
    std::optional<Response> r;
    QTRY_VERIFY(over.hasResponse());
    r = over.next();
    QCOMPARE(r->status, 503);
    QCOMPARE(r->headers.value("connection"), QByteArray("close"));
    QVERIFY(r->body.contains("\"error\""));
    QTRY_VERIFY(over.isClosed());

    // The held connections still work.
    a.send(get("/still"));
    QTRY_VERIFY(a.hasResponse());
    r = a.next();
    QCOMPARE(r->status, 200);
}

void TestHttpServer::requestCapClosesConnection()
{
    HttpServerOptions options;
    options.maxRequestsPerConnection = 2;
    startServer(options);

    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.send(get("/1") + get("/2") + get("/3"));
    std::optional<Response> r;
    QTRY_VERIFY(c.hasResponse());
    r = c.next();
    QCOMPARE(r->headers.value("connection"), QByteArray("keep-alive"));
    QTRY_VERIFY(c.hasResponse());
    r = c.next();
    QCOMPARE(r->headers.value("connection"), QByteArray("close"));
    QTRY_VERIFY(c.isClosed());
    QCOMPARE(m_handler->seen.size(), 2);
}

void TestHttpServer::malformedRequestGetsJsonErrorAndClose()
{
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.send("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n");
    std::optional<Response> r;
    QTRY_VERIFY(c.hasResponse());
    r = c.next();
    QCOMPARE(r->status, 400);
    QCOMPARE(r->headers.value("content-type"), QByteArray("application/json"));
    QVERIFY(r->body.startsWith("{\"error\":{"));
    QTRY_VERIFY(c.isClosed());
    QVERIFY(m_handler->seen.isEmpty());
}

void TestHttpServer::streamsChunkByChunk()
{
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.send(get("/stream"));
    QTRY_VERIFY(c.buffer.append(c.socket.readAll()).contains("\r\n\r\n"));
    QVERIFY(c.buffer.contains("Transfer-Encoding: chunked\r\n"));
    QVERIFY(!c.buffer.contains("Content-Length"));
    c.buffer.remove(0, c.buffer.indexOf("\r\n\r\n") + 4);
    QVERIFY(m_handler->held);

    // Each chunk reaches the client on its own, before the next one exists.
    for (const QByteArray &piece : {QByteArray("data: one\n\n"), QByteArray("data: two\n\n")}) {
        m_handler->held->writeChunk(piece);
        const QByteArray expected = QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        QTRY_COMPARE(c.buffer.append(c.socket.readAll()), expected);
        c.buffer.clear();
    }
    m_handler->held->endStream();
    QTRY_COMPARE(c.buffer.append(c.socket.readAll()), QByteArray("0\r\n\r\n"));

    // The connection stays usable after a streamed response.
    c.buffer.clear();
    c.send(get("/after"));
    std::optional<Response> r;
    QTRY_VERIFY(c.hasResponse());
    r = c.next();
    QCOMPARE(r->body, QByteArray("GET /after "));
}

void TestHttpServer::reportsClientDisconnectMidStream()
{
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.send(get("/stream"));
    QTRY_VERIFY(m_handler->held);
    QPointer<HttpResponseWriter> writer = m_handler->held;
    QSignalSpy spy(writer.data(), &HttpResponseWriter::clientDisconnected);
    writer->writeChunk("partial");
    QTRY_VERIFY(c.buffer.append(c.socket.readAll()).contains("partial"));

    c.socket.abort();
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(m_handler->disconnects, 1);
    QTRY_VERIFY(writer.isNull()); // dies with its connection
    QCOMPARE(m_server->connectionCount(), 0);
}

void TestHttpServer::backPressureDrains()
{
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    c.send(get("/big"));
    std::optional<Response> r;
    QTRY_VERIFY_WITH_TIMEOUT(c.hasResponse(), 5000);
    r = c.next();
    QCOMPARE(r->body.size(), TestHandler::BigTotal);
    QVERIFY(m_handler->drainedSignals > 0);
}

void TestHttpServer::slowClientByteByByte()
{
    Client c;
    QVERIFY(c.connectTo(m_server->serverPort()));
    const QByteArray raw = "POST /slowly HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nabcd";
    for (char byte : raw) {
        c.send(QByteArray(1, byte));
        QVERIFY(c.socket.waitForBytesWritten(1000) || c.socket.bytesToWrite() == 0);
        QTest::qWait(1); // let each byte arrive as its own segment
    }
    std::optional<Response> r;
    QTRY_VERIFY(c.hasResponse());
    r = c.next();
    QCOMPARE(r->body, QByteArray("POST /slowly abcd"));
    QCOMPARE(m_handler->seen.size(), 1);
}

void TestHttpServer::closeDrainsInFlightRequests()
{
    Client busy;
    Client idle;
    QVERIFY(busy.connectTo(m_server->serverPort()));
    QVERIFY(idle.connectTo(m_server->serverPort()));
    busy.send(get("/hold"));
    QTRY_VERIFY(m_handler->held);
    QTRY_COMPARE(m_server->connectionCount(), 2);

    QSignalSpy drained(m_server.get(), &HttpServer::drained);
    m_server->close();
    QVERIFY(!m_server->isListening());
    QTRY_VERIFY(idle.isClosed());
    QCOMPARE(drained.count(), 0);

    m_handler->held->respond(HttpResponse(200, "text/plain", "late"));
    std::optional<Response> r;
    QTRY_VERIFY(busy.hasResponse());
    r = busy.next();
    QCOMPARE(r->body, QByteArray("late"));
    QCOMPARE(r->headers.value("connection"), QByteArray("close"));
    QTRY_COMPARE(drained.count(), 1);
    QTRY_VERIFY(busy.isClosed());
}

void TestHttpServer::serializesResponses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<bool>("head");
    QTest::addColumn<QByteArray>("expectedStart");
    QTest::addColumn<QByteArray>("expectedEnd");

    QTest::addRow("200 keep-alive") << 200 << true << false << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n")
                                    << QByteArray("Connection: keep-alive\r\nContent-Length: 5\r\n\r\nhello");
    QTest::addRow("HEAD keeps length, drops body")
        << 200 << true << true << QByteArray("HTTP/1.1 200 OK\r\n")
        << QByteArray("Connection: keep-alive\r\nContent-Length: 5\r\n\r\n");
    QTest::addRow("close") << 404 << false << false << QByteArray("HTTP/1.1 404 Not Found\r\n")
                           << QByteArray("Connection: close\r\nContent-Length: 5\r\n\r\nhello");
    QTest::addRow("204 has no length or body") << 204 << true << false << QByteArray("HTTP/1.1 204 No Content\r\n")
                                               << QByteArray("Connection: keep-alive\r\n\r\n");
}

void TestHttpServer::serializesResponses()
{
    QFETCH(int, status);
    QFETCH(bool, keepAlive);
    QFETCH(bool, head);
    QFETCH(QByteArray, expectedStart);
    QFETCH(QByteArray, expectedEnd);

    const QByteArray wire = HttpResponse(status, "text/plain", "hello").serialize(keepAlive, head);
    QVERIFY2(wire.startsWith(expectedStart), wire.constData());
    QVERIFY2(wire.endsWith(expectedEnd), wire.constData());
    QVERIFY(wire.contains("\r\nDate: "));
    QVERIFY(wire.contains(" GMT\r\n"));
}

void TestHttpServer::encodesChunks()
{
    QCOMPARE(HttpResponse::chunk(QByteArray(26, 'x')), "1a\r\n" + QByteArray(26, 'x') + "\r\n");
    QCOMPARE(HttpResponse::chunk({}), QByteArray()); // an empty chunk would end the body early
    QCOMPARE(HttpResponse::lastChunk(), QByteArray("0\r\n\r\n"));
    const QByteArray head = HttpResponse(200, "text/event-stream", {}).serializeHead(true);
    QVERIFY(head.contains("\r\nTransfer-Encoding: chunked\r\n"));
    QVERIFY(!head.contains("Content-Length"));
    QVERIFY(head.endsWith("\r\n\r\n"));
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
