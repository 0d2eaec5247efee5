#include "core/providers/httpresponseparser.h"

#include <QTest>

using Providers::HttpResponseParser;
using State = HttpResponseParser::State;

Q_DECLARE_METATYPE(QList<QByteArray>)

class TestHttpResponseParser final : public QObject
{
    Q_OBJECT

private slots:
    void parsesResponses_data();
    void parsesResponses();
    void deliversBodyIncrementally();
    void stopsAtEndOfResponse();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void closeBeforeResponseIsAnError();
    void truncatedBodyIsAnError();
    void headResponseHasNoBody();
    void resetsForNextResponse();
};

namespace {

struct Outcome
{
    State state = State::NeedMore;
    QByteArray body;
    int bodyPieces = 0;
};

// Feeds the pieces in order and, if asked, signals EOF afterwards.
Outcome run(HttpResponseParser &parser, const QList<QByteArray> &pieces, bool eof)
{
    Outcome outcome;
    parser.setBodyHandler([&outcome](QByteArrayView piece) {
        outcome.body += piece;
        ++outcome.bodyPieces;
    });
    for (const QByteArray &piece : pieces)
        outcome.state = parser.feed(piece);
    if (eof && outcome.state == State::NeedMore)
        outcome.state = parser.finish();
    return outcome;
}

QList<QByteArray> splitEvery(const QByteArray &bytes, qsizetype size)
{
    QList<QByteArray> pieces;
    for (qsizetype i = 0; i < bytes.size(); i += size)
        pieces.append(bytes.mid(i, size));
    return pieces;
}

} // namespace

void TestHttpResponseParser::parsesResponses_data()
{
    QTest::addColumn<QList<QByteArray>>("pieces");
    QTest::addColumn<bool>("eof");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("keepAlive");

    const QByteArray json = "{\"ok\":true}";
    QTest::addRow("content-length in one piece")
        << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n" + json}
        << false << 200 << QByteArray("OK") << QByteArray("application/json") << json << true;
    QTest::addRow("content-length byte by byte")
        << splitEvery("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n" + json, 1)
        << false << 200 << QByteArray("OK") << QByteArray("application/json") << json << true;
    const QByteArray chunked = "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                               "5\r\ndata:\r\n6\r\n hi\n\n\n\r\n0\r\n\r\n";
    QTest::addRow("chunked split every 3 bytes") << splitEvery(chunked, 3) << false << 200 << QByteArray("OK")
                                                 << QByteArray("text/event-stream") << QByteArray("data: hi\n\n\n") << true;
    QTest::addRow("chunked with trailers and extensions")
        << QList<QByteArray>{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n0\r\nX-Trailer: t\r\n\r\n"}
        << false << 200 << QByteArray("OK") << QByteArray() << QByteArray("abc") << true;
    QTest::addRow("read until close")
        << QList<QByteArray>{"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nhello ", "world"} << true << 200
        << QByteArray("OK") << QByteArray("text/plain") << QByteArray("hello world") << false;
    QTest::addRow("204 has no body") << QList<QByteArray>{"HTTP/1.1 204 No Content\r\n\r\n"} << false << 204
                                     << QByteArray("No Content") << QByteArray() << QByteArray() << true;
    QTest::addRow("connection close") << QList<QByteArray>{"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok"}
                                      << false << 200 << QByteArray("OK") << QByteArray() << QByteArray("ok") << false;
    QTest::addRow("http/1.0 defaults to close") << QList<QByteArray>{"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok"}
                                                << false << 200 << QByteArray("OK") << QByteArray() << QByteArray("ok") << false;
    QTest::addRow("http/1.0 keep-alive") << QList<QByteArray>{"HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok"}
                                         << false << 200 << QByteArray("OK") << QByteArray() << QByteArray("ok") << true;
    QTest::addRow("100 continue is skipped")
        << QList<QByteArray>{"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 429 Too Many Requests\r\nContent-Length: 4\r\n\r\nslow"}
        << false << 429 << QByteArray("Too Many Requests") << QByteArray() << QByteArray("slow") << true;
    QTest::addRow("empty reason, header case folded")
        << QList<QByteArray>{"HTTP/1.1 500 \r\nCONTENT-TYPE:   text/plain  \r\nContent-Length: 0\r\n\r\n"} << false << 500
        << QByteArray() << QByteArray("text/plain") << QByteArray() << true;
}

void TestHttpResponseParser::parsesResponses()
{
    QFETCH(QList<QByteArray>, pieces);
    QFETCH(bool, eof);
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, keepAlive);

    HttpResponseParser parser;
    int heads = 0;
    parser.setHeadHandler([&heads] { ++heads; });
    const Outcome outcome = run(parser, pieces, eof);
    QCOMPARE(outcome.state, State::Complete);
    QCOMPARE(heads, 1);
    QCOMPARE(parser.statusCode(), status);
    QCOMPARE(parser.reasonPhrase(), reason);
    QCOMPARE(Providers::headerValue(parser.headers(), "content-type"), contentType);
    QCOMPARE(outcome.body, body);
    QCOMPARE(parser.keepAlive(), keepAlive);
    for (const auto &field : parser.headers())
        QCOMPARE(field.first, field.first.toLower());
}

void TestHttpResponseParser::deliversBodyIncrementally()
{
    HttpResponseParser parser;
    QList<QByteArray> pieces;
    parser.setBodyHandler([&pieces](QByteArrayView piece) { pieces.append(piece.toByteArray()); });
    QCOMPARE(parser.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nab"), State::NeedMore);
    QVERIFY(parser.headComplete());
    QCOMPARE(pieces, QList<QByteArray>{"ab"}); // before the chunk is even complete
    QCOMPARE(parser.feed("cd\r\n"), State::NeedMore);
    QCOMPARE(pieces.join(), QByteArray("abcd"));
    QCOMPARE(parser.feed("0\r\n\r\n"), State::Complete);
}

void TestHttpResponseParser::stopsAtEndOfResponse()
{
    HttpResponseParser parser;
    const QByteArray first = "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc";
    qsizetype consumed = -1;
    QCOMPARE(parser.feed(QByteArray(first + "HTTP/1.1 200 OK\r\n"), &consumed), State::Complete);
    QCOMPARE(consumed, first.size());
    consumed = -1;
    HttpResponseParser exact;
    QCOMPARE(exact.feed(first, &consumed), State::Complete);
    QCOMPARE(consumed, first.size());
}

void TestHttpResponseParser::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n");
    QTest::addRow("bad status") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n");
    QTest::addRow("bad content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1x\r\n\r\n");
    QTest::addRow("two content-lengths") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n");
    QTest::addRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    QTest::addRow("header too large")
        << QByteArray("HTTP/1.1 200 OK\r\nX-Big: " + QByteArray(HttpResponseParser::MaxHeaderBytes + 1, 'a') + "\r\n\r\n");
}

void TestHttpResponseParser::rejectsMalformed()
{
    QFETCH(QByteArray, raw);
    HttpResponseParser parser;
    QCOMPARE(parser.feed(raw), State::Error);
    QVERIFY(!parser.errorString().isEmpty());
    QVERIFY(!parser.keepAlive());
    QCOMPARE(parser.feed("HTTP/1.1 200 OK\r\n\r\n"), State::Error); // stays failed
}

void TestHttpResponseParser::closeBeforeResponseIsAnError()
{
    HttpResponseParser parser;
    QCOMPARE(parser.finish(), State::Error);
    QVERIFY(!parser.startedResponse());
}

void TestHttpResponseParser::truncatedBodyIsAnError()
{
    HttpResponseParser parser;
    QCOMPARE(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"), State::NeedMore);
    QCOMPARE(parser.finish(), State::Error);
    QVERIFY(parser.headComplete());

    HttpResponseParser chunked;
    QCOMPARE(chunked.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n"), State::NeedMore);
    QCOMPARE(chunked.finish(), State::Error);
}

void TestHttpResponseParser::headResponseHasNoBody()
{
    HttpResponseParser parser;
    parser.setExpectNoBody(true);
    QCOMPARE(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n"), State::Complete);
    QVERIFY(parser.keepAlive());
}

void TestHttpResponseParser::resetsForNextResponse()
{
    HttpResponseParser parser;
    QCOMPARE(parser.feed("HTTP/1.1 404 Not Found\r\nContent-Length: 1\r\n\r\nx"), State::Complete);
    parser.reset();
    QCOMPARE(parser.state(), State::NeedMore);
    QCOMPARE(parser.feed("HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n"), State::Complete);
    QCOMPARE(parser.statusCode(), 201);
    QCOMPARE(parser.headers().size(), 1);
}

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
