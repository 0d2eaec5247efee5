#include "core/gateway/apiroute.h"
#include "core/gateway/httprequestparser.h"

#include <QTest>

using Gateway::ApiRoute;
using Gateway::ApiStyle;
using Gateway::HttpRequest;
using Gateway::HttpRequestParser;
using Status = Gateway::HttpRequestParser::Status;

Q_DECLARE_METATYPE(Gateway::HttpRequestParser::Status)

namespace {

struct Outcome
{
    Status status = Status::NeedMore;
    qsizetype consumed = 0;
};

/** Feeds bytes in slices of sliceSize (0: all at once) until the parser stops asking for more. */
Outcome feedInSlices(HttpRequestParser &parser, QByteArrayView bytes, qsizetype sliceSize)
{
    Outcome out;
    const qsizetype step = sliceSize > 0 ? sliceSize : qMax<qsizetype>(bytes.size(), 1);
    while (out.consumed < bytes.size()) {
        const QByteArrayView slice = bytes.sliced(out.consumed, qMin(step, bytes.size() - out.consumed));
        qsizetype used = 0;
        out.status = parser.feed(slice, used);
        out.consumed += used;
        if (out.status != Status::NeedMore)
            break;
        if (used != slice.size()) { // NeedMore must mean every byte was taken
            out.status = Status::Error;
            break;
        }
    }
    return out;
}

QByteArray repeated(char c, qsizetype n)
{
    return QByteArray(n, c);
}

} // namespace

class TestHttpRequestParser final : public QObject
{
    Q_OBJECT

private slots:
    void parsesRequests_data();
    void parsesRequests();
    void byteByByteEqualsOneShot_data();
    void byteByByteEqualsOneShot();
    void rejectsBadRequests_data();
    void aTooLongTargetKeepsItsStart();
    void absoluteFormGoesByItsPath_data();
    void absoluteFormGoesByItsPath();
    void rejectsBadRequests();
    void keepsPipelinedBytesForTheNextRequest();
    void reportsExpectContinueAfterHeaders();
    void noContinueWhenBodyTooLarge();
    void keepsHeaderOrderAndDuplicates();
    void decidesKeepAlive_data();
    void decidesKeepAlive();
};

void TestHttpRequestParser::parsesRequests_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<int>("versionMinor");
    QTest::addColumn<QByteArray>("body");

    QTest::addRow("simple GET") << QByteArray("GET /v1/models HTTP/1.1\r\nHost: localhost\r\n\r\n")
                                << QByteArray("GET") << QByteArray("/v1/models") << QByteArray() << 1 << QByteArray();
    QTest::addRow("GET with query") << QByteArray("GET /a/b?x=1&y=2 HTTP/1.1\r\nHost: h\r\n\r\n") << QByteArray("GET")
                                    << QByteArray("/a/b") << QByteArray("x=1&y=2") << 1 << QByteArray();
    QTest::addRow("POST with body")
        << QByteArray("POST /v1/chat/completions HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n"
                      "Content-Length: 13\r\n\r\n{\"model\":\"x\"}")
        << QByteArray("POST") << QByteArray("/v1/chat/completions") << QByteArray() << 1
        << QByteArray("{\"model\":\"x\"}");
    QTest::addRow("chunked body")
        << QByteArray("POST /up HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n")
        << QByteArray("POST") << QByteArray("/up") << QByteArray() << 1 << QByteArray("hello, world");
    // RFC 9110 §5.6.1: an empty list element is no coding (QA re-test: it was a 501).
    QTest::addRow("chunked after an empty element")
        << QByteArray("POST /up HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: ,chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
        << QByteArray("POST") << QByteArray("/up") << QByteArray() << 1 << QByteArray("hello");
    QTest::addRow("HTTP/1.0 without Host") << QByteArray("GET / HTTP/1.0\r\n\r\n") << QByteArray("GET")
                                           << QByteArray("/") << QByteArray() << 0 << QByteArray();
    QTest::addRow("HEAD") << QByteArray("HEAD /x HTTP/1.1\r\nHost: h\r\n\r\n") << QByteArray("HEAD")
                          << QByteArray("/x") << QByteArray() << 1 << QByteArray();
}

void TestHttpRequestParser::parsesRequests()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);
    QFETCH(int, versionMinor);
    QFETCH(QByteArray, body);

    HttpRequestParser parser;
    const Outcome out = feedInSlices(parser, raw, 0);
    QCOMPARE(out.status, Status::Complete);
    QCOMPARE(out.consumed, raw.size());
    const HttpRequest request = parser.takeRequest();
    QCOMPARE(request.method, method);
    QCOMPARE(request.path(), path);
    QCOMPARE(request.query(), query);
    QCOMPARE(request.versionMinor, versionMinor);
    QCOMPARE(request.body, body);
    QVERIFY(!request.hasHeader("x-trailer")); // trailers are not request headers
}

void TestHttpRequestParser::byteByByteEqualsOneShot_data()
{
    parsesRequests_data();
}

void TestHttpRequestParser::byteByByteEqualsOneShot()
{
    QFETCH(QByteArray, raw);

    HttpRequestParser oneShot;
    QCOMPARE(feedInSlices(oneShot, raw, 0).status, Status::Complete);
    HttpRequestParser byteByByte;
    const Outcome out = feedInSlices(byteByByte, raw, 1);
    QCOMPARE(out.status, Status::Complete);
    QCOMPARE(out.consumed, raw.size());

    const HttpRequest a = oneShot.takeRequest();
    const HttpRequest b = byteByByte.takeRequest();
    QCOMPARE(b.method, a.method);
    QCOMPARE(b.target, a.target);
    QCOMPARE(b.versionMinor, a.versionMinor);
    QCOMPARE(b.body, a.body);
    QCOMPARE(b.headers.size(), a.headers.size());
    for (qsizetype i = 0; i < a.headers.size(); ++i) {
        QCOMPARE(b.headers.at(i).name, a.headers.at(i).name);
        QCOMPARE(b.headers.at(i).value, a.headers.at(i).value);
    }
}

void TestHttpRequestParser::rejectsBadRequests_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<qint64>("maxBody");
    QTest::addColumn<int>("httpStatus");

    const qint64 cap = HttpRequestParser::DefaultMaxBodyBytes;
    QTest::addRow("content-length with transfer-encoding")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "0\r\n\r\n")
        << cap << 400;
    QTest::addRow("transfer-encoding with content-length")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n"
                      "0\r\n\r\n")
        << cap << 400;
    QTest::addRow("duplicate differing content-length")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd") << cap << 400;
    QTest::addRow("content-length list")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3, 4\r\n\r\nabcd") << cap << 400;
    QTest::addRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-Long: one\r\n two\r\n\r\n") << cap << 400;
    QTest::addRow("obs-fold with tab")
        << QByteArray("GET / HTTP/1.1\r\nX-Long: one\r\n\ttwo\r\nHost: h\r\n\r\n") << cap << 400;
    QTest::addRow("bare CR in header value")
        << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-A: o\rne\r\n\r\n") << cap << 400;
    QTest::addRow("bare CR after request line") << QByteArray("GET / HTTP/1.1\rHost: h\r\n\r\n") << cap << 400;
    QTest::addRow("bare CR ending a header") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\rX: y\r\n\r\n") << cap << 400;
    QTest::addRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : h\r\n\r\n") << cap << 400;
    QTest::addRow("missing host on 1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << cap << 400;
    QTest::addRow("transfer-encoding on 1.0")
        << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << cap << 400;
    QTest::addRow("unknown transfer-encoding")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\nabc") << cap << 400;
    // Chunked last, but a coding before it that the gateway would not undo: read as plain, the body was
    // taken for what it was not (QA).
    QTest::addRow("unknown coding before chunked")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n") << cap << 501;
    QTest::addRow("unknown coding after an empty element")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: , gzip ,chunked\r\n\r\n0\r\n\r\n") << cap << 501;
    QTest::addRow("unknown coding in a header of its own")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << cap << 501;
    QTest::addRow("garbage method") << QByteArray("G@T / HTTP/1.1\r\nHost: h\r\n\r\n") << cap << 400;
    // RFC 9110 §4.2.1, §4.2.4 (QA re-test: both were served).
    QTest::addRow("absolute form without a host") << QByteArray("GET http:///v1/models HTTP/1.1\r\nHost: h\r\n\r\n") << cap << 400;
    QTest::addRow("absolute form with user information")
        << QByteArray("GET http://u:p@x/v1/models HTTP/1.1\r\nHost: h\r\n\r\n") << cap << 400;
    QTest::addRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << cap << 505;
    QTest::addRow("long URL") << ("GET /" + repeated('a', 8 * 1024) + " HTTP/1.1\r\nHost: h\r\n\r\n") << cap << 414;
    QTest::addRow("huge header") << ("GET / HTTP/1.1\r\nHost: h\r\nX-Big: " + repeated('b', 16 * 1024) + "\r\n\r\n")
                                 << cap << 431;
    QByteArray many = "GET / HTTP/1.1\r\nHost: h\r\n";
    for (int i = 0; i < 100; ++i)
        many += "X-" + QByteArray::number(i) + ": v\r\n";
    QTest::addRow("too many headers") << (many + "\r\n") << cap << 431;
    QTest::addRow("whitespace flood in headers")
        << ("GET / HTTP/1.1\r\nHost: h\r\nX-A:" + repeated(' ', 25 * 1024) + "v\r\n\r\n") << cap << 431;
    QTest::addRow("body over cap by content-length")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n") << qint64(10) << 413;
    QTest::addRow("body over cap chunked")
        << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "6\r\nabcdef\r\n5\r\nghijk\r\n0\r\n\r\n")
        << qint64(10) << 413;
}

// The 414 answers in the shape of the API its path names (QA: /v1/messages?<9000 bytes> got OpenAI's), so
// the parser keeps the target's first 8 KiB, however the bytes were split.
void TestHttpRequestParser::aTooLongTargetKeepsItsStart()
{
    const QByteArray raw = "POST /v1/messages?" + repeated('a', 9000) + " HTTP/1.1\r\nHost: h\r\n\r\n";
    for (const qsizetype slice : {qsizetype(0), qsizetype(1), qsizetype(7)}) {
        HttpRequestParser parser(HttpRequestParser::DefaultMaxBodyBytes);
        QCOMPARE(feedInSlices(parser, raw, slice).status, Status::Error);
        QCOMPARE(parser.errorStatus(), 414);
        QVERIFY(parser.targetSoFar().startsWith("/v1/messages?aaa"));
        QCOMPARE(parser.targetSoFar().size(), 8 * 1024);
        QCOMPARE(ApiRoute::styleOfTarget(parser.targetSoFar()), ApiStyle::Anthropic);
    }
    // In absolute form too, refused before the parser could turn it into origin form (QA re-test).
    HttpRequestParser parser(HttpRequestParser::DefaultMaxBodyBytes);
    const QByteArray absolute = "POST http://x" + raw.mid(5);
    QCOMPARE(feedInSlices(parser, absolute, 0).status, Status::Error);
    QCOMPARE(parser.errorStatus(), 414);
    QVERIFY(parser.targetSoFar().startsWith("http://x/v1/messages?aaa"));
    QCOMPARE(ApiRoute::styleOfTarget(parser.targetSoFar()), ApiStyle::Anthropic);
    QCOMPARE(ApiRoute::styleOfTarget("http://x/v1/chat/completions"), ApiStyle::OpenAi);
    QCOMPARE(ApiRoute::styleOfTarget("HTTPS://x:1/v1/messages/count_tokens"), ApiStyle::Anthropic);
}

void TestHttpRequestParser::absoluteFormGoesByItsPath_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("origin form") << QByteArray("/v1/models?x=1") << QByteArray("/v1/models?x=1");
    // QA: a 404 "Unknown endpoint POST http://x/v1/chat/completions".
    QTest::addRow("absolute form") << QByteArray("http://x/v1/chat/completions") << QByteArray("/v1/chat/completions");
    QTest::addRow("with a port and a query") << QByteArray("http://127.0.0.1:8420/v1/models?a=b") << QByteArray("/v1/models?a=b");
    QTest::addRow("https, upper case") << QByteArray("HTTPS://x/v1/messages") << QByteArray("/v1/messages");
    QTest::addRow("mixed case") << QByteArray("Http://x/v1/messages") << QByteArray("/v1/messages");
    QTest::addRow("no path") << QByteArray("http://x") << QByteArray("/");
    QTest::addRow("query without a path") << QByteArray("http://x?a=/b") << QByteArray("/?a=/b");
}

void TestHttpRequestParser::absoluteFormGoesByItsPath()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, expected);
    HttpRequestParser parser(HttpRequestParser::DefaultMaxBodyBytes);
    qsizetype used = 0;
    const QByteArray raw = "GET " + target + " HTTP/1.1\r\nHost: h\r\n\r\n";
    QCOMPARE(parser.feed(raw, used), Status::Complete);
    QCOMPARE(parser.takeRequest().target, expected);
}

void TestHttpRequestParser::rejectsBadRequests()
{
    QFETCH(QByteArray, raw);
    QFETCH(qint64, maxBody);
    QFETCH(int, httpStatus);

    // The verdict must not depend on how the bytes were split.
    for (const qsizetype slice : {qsizetype(0), qsizetype(1), qsizetype(7)}) {
        HttpRequestParser parser(maxBody);
        const Outcome out = feedInSlices(parser, raw, slice);
        QVERIFY2(out.status == Status::Error, qPrintable(QStringLiteral("slice %1").arg(slice)));
        QCOMPARE(parser.errorStatus(), httpStatus);
        QVERIFY(!parser.errorReason().isEmpty());
        // An error is sticky until reset().
        qsizetype used = 0;
        QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: h\r\n\r\n", used), Status::Error);
        parser.reset();
        QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: h\r\n\r\n", used), Status::Complete);
    }
}

void TestHttpRequestParser::keepsPipelinedBytesForTheNextRequest()
{
    const QByteArray first = "POST /one HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc";
    const QByteArray second = "GET /two HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n";
    const QByteArray both = first + second;

    HttpRequestParser parser;
    qsizetype consumed = 0;
    QCOMPARE(parser.feed(both, consumed), Status::Complete);
    QCOMPARE(consumed, first.size());
    QCOMPARE(parser.takeRequest().path(), QByteArray("/one"));
    // Without reset() the parser stays on the finished message and takes nothing.
    qsizetype again = 0;
    QCOMPARE(parser.feed(QByteArrayView(both).sliced(consumed), again), Status::Complete);
    QCOMPARE(again, 0);

    parser.reset();
    QCOMPARE(parser.feed(QByteArrayView(both).sliced(consumed), again), Status::Complete);
    QCOMPARE(again, second.size());
    const HttpRequest request = parser.takeRequest();
    QCOMPARE(request.path(), QByteArray("/two"));
    QVERIFY(!request.keepAlive());
}

void TestHttpRequestParser::reportsExpectContinueAfterHeaders()
{
    const QByteArray head = "POST /x HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n";
    HttpRequestParser parser;
    int calls = 0;
    parser.setContinueCallback([&calls] { ++calls; });

    qsizetype consumed = 0;
    QCOMPARE(parser.feed(head.left(head.size() - 2), consumed), Status::NeedMore);
    QCOMPARE(calls, 0);
    QVERIFY(!parser.expectsContinue());
    QCOMPARE(parser.feed("\r\n", consumed), Status::NeedMore);
    QCOMPARE(calls, 1);
    QVERIFY(parser.expectsContinue());
    QCOMPARE(parser.feed("body", consumed), Status::Complete);
    QCOMPARE(calls, 1);
    QCOMPARE(parser.takeRequest().body, QByteArray("body"));
    parser.reset();
    QVERIFY(!parser.expectsContinue());
}

void TestHttpRequestParser::noContinueWhenBodyTooLarge()
{
    HttpRequestParser parser(100);
    int calls = 0;
    parser.setContinueCallback([&calls] { ++calls; });
    qsizetype consumed = 0;
    QCOMPARE(parser.feed("POST /x HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 101\r\n\r\n", consumed),
             Status::Error);
    QCOMPARE(parser.errorStatus(), 413);
    QCOMPARE(calls, 0);
}

void TestHttpRequestParser::keepsHeaderOrderAndDuplicates()
{
    HttpRequestParser parser;
    qsizetype consumed = 0;
    QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: h\r\nX-Dup: 1\r\nAuthorization: Bearer k\r\nx-dup: 2\r\n\r\n",
                         consumed),
             Status::Complete);
    const HttpRequest request = parser.takeRequest();
    QCOMPARE(request.headers.size(), 4);
    QCOMPARE(request.headers.at(1).name, QByteArray("x-dup"));
    QCOMPARE(request.headers.at(2).name, QByteArray("authorization"));
    QCOMPARE(request.headers.at(3).value, QByteArray("2"));
    QCOMPARE(request.header("x-dup"), QByteArray("1"));
    QCOMPARE(request.header("authorization"), QByteArray("Bearer k"));
    QVERIFY(request.header("absent").isNull());
}

void TestHttpRequestParser::decidesKeepAlive_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("keepAlive");
    QTest::addRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n\r\n") << true;
    QTest::addRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nConnection: Close\r\n\r\n") << false;
    QTest::addRow("1.1 close in list") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nConnection: te, close\r\n\r\n")
                                       << false;
    QTest::addRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::addRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
}

void TestHttpRequestParser::decidesKeepAlive()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, keepAlive);
    HttpRequestParser parser;
    qsizetype consumed = 0;
    QCOMPARE(parser.feed(raw, consumed), Status::Complete);
    QCOMPARE(parser.takeRequest().keepAlive(), keepAlive);
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
