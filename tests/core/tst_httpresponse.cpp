#include "core/gateway/httpresponse.h"

#include <QTest>

using Gateway::HttpResponse;

class TestHttpResponse final : public QObject
{
    Q_OBJECT

private slots:
    void statusLines_data();
    void statusLines();
};

void TestHttpResponse::statusLines_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("statusLine");
    // What the gateway sends itself.
    QTest::addRow("credit exhausted (QA: was 402 Unknown)") << 402 << QByteArray("HTTP/1.1 402 Payment Required");
    QTest::addRow("method") << 405 << QByteArray("HTTP/1.1 405 Method Not Allowed");
    QTest::addRow("slow client") << 408 << QByteArray("HTTP/1.1 408 Request Timeout");
    QTest::addRow("body cap") << 413 << QByteArray("HTTP/1.1 413 Content Too Large");
    QTest::addRow("request line cap") << 414 << QByteArray("HTTP/1.1 414 URI Too Long");
    QTest::addRow("rate limit") << 429 << QByteArray("HTTP/1.1 429 Too Many Requests");
    QTest::addRow("header cap") << 431 << QByteArray("HTTP/1.1 431 Request Header Fields Too Large");
    QTest::addRow("upstream failed") << 502 << QByteArray("HTTP/1.1 502 Bad Gateway");
    QTest::addRow("connection cap") << 503 << QByteArray("HTTP/1.1 503 Service Unavailable");
    QTest::addRow("upstream timeout") << 504 << QByteArray("HTTP/1.1 504 Gateway Timeout");
    // Relayed from upstreams.
    QTest::addRow("conflict") << 409 << QByteArray("HTTP/1.1 409 Conflict");
    QTest::addRow("unprocessable") << 422 << QByteArray("HTTP/1.1 422 Unprocessable Content");
    QTest::addRow("unregistered: no phrase") << 529 << QByteArray("HTTP/1.1 529 ");
}

void TestHttpResponse::statusLines()
{
    QFETCH(int, status);
    QFETCH(QByteArray, statusLine);
    const HttpResponse response(status, QByteArrayLiteral("application/json"), QByteArrayLiteral("{}"));
    const QByteArray serialized = response.serialize(false, false);
    QCOMPARE(serialized.left(serialized.indexOf("\r\n")), statusLine);
}

QTEST_GUILESS_MAIN(TestHttpResponse)
#include "tst_httpresponse.moc"
