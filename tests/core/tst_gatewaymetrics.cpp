#include "core/common/clock.h"
#include "core/gateway/gatewayhandler.h"
#include "core/gateway/gatewaymetrics.h"
#include "core/gateway/httpserver.h"
#include "core/ledger/nulltracesink.h"
#include "core/providers/upstreampool.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using Gateway::GatewayError;
using Gateway::GatewayMetrics;

namespace {

Ledger::TraceRecord trace(const QString &key, const QString &model, int status, qint64 latencyMs,
                          std::optional<Common::Money> cost = Common::Money())
{
    Ledger::TraceRecord record;
    record.keyName = key;
    record.model = model;
    record.provider = QStringLiteral("openai");
    record.status = status;
    record.latencyMs = latencyMs;
    record.cost = cost;
    return record;
}

// The sample lines of one metric family, in order ("name{labels} value" and "name value").
QList<QByteArray> samples(const QByteArray &exposition, const QByteArray &prefix)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : exposition.split('\n')) {
        if (line.startsWith(QByteArray(prefix + '{')) || line.startsWith(QByteArray(prefix + ' ')))
            lines.append(line);
    }
    return lines;
}

QByteArray valueOf(const QByteArray &sampleLine)
{
    return sampleLine.mid(sampleLine.lastIndexOf(' ') + 1);
}

} // namespace

class TestGatewayMetrics : public QObject
{
    Q_OBJECT

private slots:
    void escapesLabelValues_data();
    void escapesLabelValues();
    void printsExactSeconds_data();
    void printsExactSeconds();
    void everyFamilyHasHelpAndTypeBeforeItsSamples();
    void countsRequestsAndTokensPerSeries();
    void escapesLabelsInOutput();
    void modelsPastTheLimitShareOneLabel();
    void sumsCostExactly();
    void unpricedRequestsAddNoCostSeries();
    void histogramBucketsAreCumulative();
    void countsOnlyAdmissionRejections();
    void recognisesTheMetricsRoute_data();
    void recognisesTheMetricsRoute();
    void authorisesScrapes_data();
    void authorisesScrapes();
    void servesMetricsOverHttp();
    void refusesRemoteScrapeWithoutToken();
};

void TestGatewayMetrics::escapesLabelValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("escaped");
    QTest::addRow("plain") << QStringLiteral("gpt-4o") << QByteArray("gpt-4o");
    QTest::addRow("backslash") << QStringLiteral("a\\b") << QByteArray("a\\\\b");
    QTest::addRow("double quote") << QStringLiteral("say \"hi\"") << QByteArray("say \\\"hi\\\"");
    QTest::addRow("line feed") << QStringLiteral("two\nlines") << QByteArray("two\\nlines");
    QTest::addRow("all three") << QStringLiteral("\\\"\n") << QByteArray("\\\\\\\"\\n");
    QTest::addRow("utf-8 passes through") << QString::fromUtf8("caf\xc3\xa9") << QByteArray("caf\xc3\xa9");
    QTest::addRow("empty") << QString() << QByteArray();
}

void TestGatewayMetrics::escapesLabelValues()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, escaped);
    QCOMPARE(GatewayMetrics::escapeLabelValue(value), escaped);
}

void TestGatewayMetrics::printsExactSeconds_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("zero") << qint64(0) << QByteArray("0");
    QTest::addRow("one microsecond") << qint64(1) << QByteArray("0.000001");
    QTest::addRow("1.5 ms") << qint64(1500) << QByteArray("0.0015");
    QTest::addRow("whole seconds") << qint64(2'000'000) << QByteArray("2");
    QTest::addRow("2.5 s") << qint64(2'500'000) << QByteArray("2.5");
    QTest::addRow("long") << qint64(86'400'000'123) << QByteArray("86400.000123");
}

void TestGatewayMetrics::printsExactSeconds()
{
    QFETCH(qint64, micros);
    QFETCH(QByteArray, text);
    QCOMPARE(GatewayMetrics::secondsText(micros), text);
}

void TestGatewayMetrics::everyFamilyHasHelpAndTypeBeforeItsSamples()
{
    GatewayMetrics metrics;
    metrics.recordBooked(trace(QStringLiteral("dev"), QStringLiteral("gpt-4o"), 200, 12));
    const QByteArray out = metrics.render(3);
    QVERIFY(out.endsWith('\n'));

    const QList<QPair<QByteArray, QByteArray>> families{
        {"tollgate_requests_total", "counter"},        {"tollgate_tokens_total", "counter"},
        {"tollgate_cost_usd_total", "counter"},        {"tollgate_rejections_total", "counter"},
        {"tollgate_requests_in_flight", "gauge"},      {"tollgate_request_duration_seconds", "histogram"},
        {"tollgate_ttft_seconds", "histogram"},        {"tollgate_ledger_write_seconds", "histogram"}};
    for (const auto &[name, type] : families) {
        const qsizetype help = out.indexOf(QByteArray("# HELP " + name + ' '));
        const qsizetype typeLine = out.indexOf(QByteArray("# TYPE " + name + ' ' + type + '\n'));
        QVERIFY2(help >= 0, name.constData());
        QVERIFY2(typeLine > help, name.constData());
        // Each family's samples follow its own TYPE line, before the next family's HELP.
        const qsizetype firstSample = out.indexOf(QByteArray('\n' + name), typeLine);
        if (firstSample >= 0)
            QVERIFY2(out.lastIndexOf("# TYPE ", firstSample) == typeLine, name.constData());
    }
    QVERIFY(out.contains("\ntollgate_requests_in_flight 3\n"));
}

void TestGatewayMetrics::countsRequestsAndTokensPerSeries()
{
    GatewayMetrics metrics;
    Ledger::TraceRecord first = trace(QStringLiteral("dev"), QStringLiteral("gpt-4o"), 200, 10);
    first.usage = {1000, 200, 50, 0, 300, 40};
    Ledger::TraceRecord second = first;
    second.usage = {10, 0, 0, 0, 5, 0};
    metrics.recordBooked(first);
    metrics.recordBooked(second);
    metrics.recordBooked(trace(QStringLiteral("dev"), QStringLiteral("gpt-4o"), 429, 1));
    metrics.recordBooked(trace(QStringLiteral("ci"), QStringLiteral("claude"), 200, 1));

    const QByteArray out = metrics.render(0);
    QCOMPARE(samples(out, "tollgate_requests_total"),
             (QList<QByteArray>{"tollgate_requests_total{key=\"ci\",model=\"claude\",provider=\"openai\",status=\"200\"} 1",
                                "tollgate_requests_total{key=\"dev\",model=\"gpt-4o\",provider=\"openai\",status=\"200\"} 2",
                                "tollgate_requests_total{key=\"dev\",model=\"gpt-4o\",provider=\"openai\",status=\"429\"} 1"}));
    // Requests without tokens or cost (the 429, the empty one) open no token series.
    QCOMPARE(samples(out, "tollgate_tokens_total"),
             (QList<QByteArray>{"tollgate_tokens_total{key=\"dev\",model=\"gpt-4o\",category=\"input\"} 1010",
                                "tollgate_tokens_total{key=\"dev\",model=\"gpt-4o\",category=\"cached_input\"} 200",
                                "tollgate_tokens_total{key=\"dev\",model=\"gpt-4o\",category=\"cache_write\"} 50",
                                "tollgate_tokens_total{key=\"dev\",model=\"gpt-4o\",category=\"output\"} 305",
                                "tollgate_tokens_total{key=\"dev\",model=\"gpt-4o\",category=\"reasoning\"} 40"}));
}

// A client making model names up (each refused with a 403) must not grow the series without end.
void TestGatewayMetrics::modelsPastTheLimitShareOneLabel()
{
    GatewayMetrics metrics;
    for (qsizetype i = 0; i < GatewayMetrics::MostModelLabels + 500; ++i)
        metrics.recordBooked(trace(QStringLiteral("dev"), QStringLiteral("made-up-%1").arg(i), 403, 1));
    metrics.recordBooked(trace(QStringLiteral("dev"), QStringLiteral("made-up-0"), 200, 1)); // a name seen before keeps its own
    const QList<QByteArray> requests = samples(metrics.render(0), "tollgate_requests_total");
    QCOMPARE(requests.size(), GatewayMetrics::MostModelLabels + 2);
    QVERIFY(requests.contains("tollgate_requests_total{key=\"dev\",model=\"(other)\",provider=\"openai\",status=\"403\"} 500"));
    QVERIFY(requests.contains("tollgate_requests_total{key=\"dev\",model=\"made-up-0\",provider=\"openai\",status=\"200\"} 1"));

    // Names refused before any provider was asked take at most half the places (QA re-test: a key trying
    // 1,100 names it may not use left another key's real model under "(other)").
    GatewayMetrics fresh;
    for (qsizetype i = 0; i < GatewayMetrics::MostModelLabels + 100; ++i) {
        Ledger::TraceRecord refused = trace(QStringLiteral("prober"), QStringLiteral("not-allowed-%1").arg(i), 403, 1);
        refused.provider.clear();
        fresh.recordBooked(refused);
    }
    fresh.recordBooked(trace(QStringLiteral("ok"), QStringLiteral("gpt-4o-mini"), 200, 1));
    const QList<QByteArray> afterProbing = samples(fresh.render(0), "tollgate_requests_total");
    QCOMPARE(afterProbing.size(), GatewayMetrics::MostModelLabels / 2 + 2);
    QVERIFY(afterProbing.contains("tollgate_requests_total{key=\"ok\",model=\"gpt-4o-mini\",provider=\"openai\",status=\"200\"} 1"));
    QVERIFY(afterProbing.contains("tollgate_requests_total{key=\"prober\",model=\"(other)\",provider=\"\",status=\"403\"} 600"));
}

void TestGatewayMetrics::escapesLabelsInOutput()
{
    GatewayMetrics metrics;
    Ledger::TraceRecord record = trace(QStringLiteral("team \"a\"\\b\nc"), QStringLiteral("m"), 200, 1);
    metrics.recordBooked(record);
    QVERIFY(metrics.render(0).contains("{key=\"team \\\"a\\\"\\\\b\\nc\",model=\"m\",provider=\"openai\",status=\"200\"} 1\n"));
}

void TestGatewayMetrics::sumsCostExactly()
{
    GatewayMetrics metrics;
    // Ten times $0.1 is $1 exactly (in doubles it is 0.9999999999999999), and single nanos are not lost
    // next to large amounts.
    for (int i = 0; i < 10; ++i) {
        Ledger::TraceRecord record = trace(QStringLiteral("dev"), QStringLiteral("gpt-4o"), 200, 1,
                                           Common::Money::fromNanos(100'000'000));
        record.usage.inputTokens = 1;
        metrics.recordBooked(record);
    }
    Ledger::TraceRecord large = trace(QStringLiteral("ci"), QStringLiteral("gpt-4o"), 200, 1, Common::Money::fromNanos(123'456'789'000'000'000));
    large.usage.inputTokens = 1;
    metrics.recordBooked(large);
    Ledger::TraceRecord nano = trace(QStringLiteral("ci"), QStringLiteral("gpt-4o"), 200, 1, Common::Money::fromNanos(1));
    nano.usage.outputTokens = 1;
    metrics.recordBooked(nano);

    QCOMPARE(samples(metrics.render(0), "tollgate_cost_usd_total"),
             (QList<QByteArray>{"tollgate_cost_usd_total{key=\"ci\",model=\"gpt-4o\"} 123456789.000000001",
                                "tollgate_cost_usd_total{key=\"dev\",model=\"gpt-4o\"} 1.000000000"}));
}

void TestGatewayMetrics::unpricedRequestsAddNoCostSeries()
{
    GatewayMetrics metrics;
    Ledger::TraceRecord record = trace(QStringLiteral("dev"), QStringLiteral("mystery"), 200, 1, std::nullopt);
    record.usage.inputTokens = 7;
    metrics.recordBooked(record);
    const QByteArray out = metrics.render(0);
    QVERIFY(samples(out, "tollgate_cost_usd_total").isEmpty());
    QVERIFY(out.contains("tollgate_tokens_total{key=\"dev\",model=\"mystery\",category=\"input\"} 7\n"));
}

void TestGatewayMetrics::histogramBucketsAreCumulative()
{
    GatewayMetrics metrics;
    const QList<qint64> latenciesMs{0, 5, 6, 99, 100, 101, 2500, 999'999};
    qint64 sumMs = 0;
    for (const qint64 ms : latenciesMs) {
        Ledger::TraceRecord record = trace(QStringLiteral("dev"), QStringLiteral("m"), 200, ms);
        record.ttftMs = ms / 2;
        metrics.recordBooked(record);
        sumMs += ms;
    }
    metrics.recordLedgerWrite(150);
    metrics.recordLedgerWrite(2'000'000);
    const QByteArray out = metrics.render(0);

    for (const QByteArray &name : {QByteArray("tollgate_request_duration_seconds"), QByteArray("tollgate_ttft_seconds"),
                                  QByteArray("tollgate_ledger_write_seconds")}) {
        const QList<QByteArray> buckets = samples(out, name + "_bucket");
        QVERIFY(buckets.size() > 5);
        QVERIFY(buckets.last().startsWith(QByteArray(name + "_bucket{le=\"+Inf\"} ")));
        qint64 previous = 0;
        double previousBound = -1;
        for (const QByteArray &line : buckets) {
            const qint64 count = valueOf(line).toLongLong();
            QVERIFY2(count >= previous, line.constData());
            previous = count;
            const QByteArray le = line.mid(line.indexOf("le=\"") + 4, line.indexOf("\"}") - line.indexOf("le=\"") - 4);
            if (le != "+Inf") {
                bool ok = false;
                const double bound = le.toDouble(&ok);
                QVERIFY(ok && bound > previousBound);
                previousBound = bound;
            }
        }
        QCOMPARE(samples(out, name + "_count").value(0), name + "_count " + QByteArray::number(previous));
    }
    QCOMPARE(samples(out, "tollgate_request_duration_seconds_count").value(0), QByteArray("tollgate_request_duration_seconds_count 8"));
    QCOMPARE(samples(out, "tollgate_request_duration_seconds_sum").value(0),
             "tollgate_request_duration_seconds_sum " + GatewayMetrics::secondsText(sumMs * 1000));
    // "le" means less than or equal: 5 ms falls in the 0.005 bucket, 6 ms does not; 100 ms is in 0.1.
    QVERIFY(out.contains("tollgate_request_duration_seconds_bucket{le=\"0.005\"} 2\n"));
    QVERIFY(out.contains("tollgate_request_duration_seconds_bucket{le=\"0.1\"} 5\n"));
    QVERIFY(out.contains("tollgate_request_duration_seconds_bucket{le=\"300\"} 7\n"));
    QVERIFY(out.contains("tollgate_ledger_write_seconds_bucket{le=\"0.0001\"} 0\n"));
    QVERIFY(out.contains("tollgate_ledger_write_seconds_bucket{le=\"0.00025\"} 1\n"));
    QVERIFY(out.contains("tollgate_ledger_write_seconds_bucket{le=\"1\"} 1\n"));
    QVERIFY(out.contains("tollgate_ledger_write_seconds_sum 2.00015\n"));
}

void TestGatewayMetrics::countsOnlyAdmissionRejections()
{
    GatewayMetrics metrics;
    metrics.recordRejection(GatewayError::InvalidKey);
    metrics.recordRejection(GatewayError::InvalidKey);
    metrics.recordRejection(GatewayError::RateLimited);
    metrics.recordRejection(GatewayError::ModelNotFound);
    metrics.recordRejection(GatewayError::UnpricedUnderCap);
    metrics.recordRejection(GatewayError::LedgerUnwritable);
    metrics.recordRejection(GatewayError::UpstreamFailed);
    metrics.recordRejection(GatewayError::BadRequest);
    metrics.recordRejection(GatewayError::UnknownRoute);
    QCOMPARE(samples(metrics.render(0), "tollgate_rejections_total"),
             (QList<QByteArray>{"tollgate_rejections_total{reason=\"invalid_key\"} 2",
                                "tollgate_rejections_total{reason=\"model_not_allowed\"} 0",
                                "tollgate_rejections_total{reason=\"credit_exhausted\"} 0",
                                "tollgate_rejections_total{reason=\"key_spend_limit\"} 0",
                                "tollgate_rejections_total{reason=\"model_unpriced\"} 1",
                                "tollgate_rejections_total{reason=\"rate_limited\"} 1",
                                "tollgate_rejections_total{reason=\"tokens_per_minute\"} 0",
                                "tollgate_rejections_total{reason=\"model_not_found\"} 1",
                                "tollgate_rejections_total{reason=\"ledger_unwritable\"} 1"}));
}

void TestGatewayMetrics::recognisesTheMetricsRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("isMetrics");
    QTest::addRow("GET") << QByteArray("GET") << QByteArray("/metrics") << true;
    QTest::addRow("HEAD") << QByteArray("HEAD") << QByteArray("/metrics") << true;
    QTest::addRow("with query") << QByteArray("GET") << QByteArray("/metrics?x=1") << true;
    QTest::addRow("POST (answered 405)") << QByteArray("POST") << QByteArray("/metrics") << true;
    QTest::addRow("longer path") << QByteArray("GET") << QByteArray("/metricsx") << false;
    QTest::addRow("api route") << QByteArray("GET") << QByteArray("/v1/models") << false;
}

void TestGatewayMetrics::recognisesTheMetricsRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(bool, isMetrics);
    Gateway::HttpRequest request;
    request.method = method;
    request.target = target;
    QCOMPARE(GatewayMetrics::isMetricsRequest(request), isMetrics);
}

void TestGatewayMetrics::authorisesScrapes_data()
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QByteArray>("host"); // null: no Host header
    QTest::addRow("IPv4 loopback") << QStringLiteral("127.0.0.1") << QByteArray() << QByteArray() << true << QByteArray();
    QTest::addRow("other 127/8 address") << QStringLiteral("127.0.0.2") << QByteArray() << QByteArray() << true << QByteArray();
    QTest::addRow("IPv6 loopback") << QStringLiteral("::1") << QByteArray() << QByteArray() << true << QByteArray();
    QTest::addRow("IPv4-mapped loopback") << QStringLiteral("::ffff:127.0.0.1") << QByteArray() << QByteArray() << true << QByteArray();
    QTest::addRow("remote, no token configured") << QStringLiteral("192.0.2.7") << QByteArray("Bearer ") << QByteArray() << false << QByteArray();
    QTest::addRow("remote, no credentials") << QStringLiteral("192.0.2.7") << QByteArray() << QByteArray("s3cret") << false << QByteArray();
    QTest::addRow("remote, right token") << QStringLiteral("192.0.2.7") << QByteArray("Bearer s3cret") << QByteArray("s3cret") << true << QByteArray();
    QTest::addRow("remote, scheme in lower case") << QStringLiteral("2001:db8::1") << QByteArray("bearer s3cret") << QByteArray("s3cret") << true << QByteArray();
    QTest::addRow("remote, wrong token") << QStringLiteral("192.0.2.7") << QByteArray("Bearer s3creT") << QByteArray("s3cret") << false << QByteArray();
    QTest::addRow("remote, token prefix") << QStringLiteral("192.0.2.7") << QByteArray("Bearer s3c") << QByteArray("s3cret") << false << QByteArray();
    // DNS rebinding: a page the browser was tricked into calling on 127.0.0.1 names its own site (QA re-test).
    QTest::addRow("loopback, Host names this machine") << QStringLiteral("127.0.0.1") << QByteArray() << QByteArray() << true
                                                      << QByteArray("127.0.0.1:8420");
    QTest::addRow("loopback, Host localhost") << QStringLiteral("127.0.0.1") << QByteArray() << QByteArray() << true
                                              << QByteArray("LocalHost:8420");
    QTest::addRow("loopback, Host [::1]") << QStringLiteral("::1") << QByteArray() << QByteArray() << true << QByteArray("[::1]:8420");
    QTest::addRow("loopback, Host another site") << QStringLiteral("127.0.0.1") << QByteArray() << QByteArray() << false
                                                 << QByteArray("evil.example:8420");
    QTest::addRow("loopback, Host another site, with the token") << QStringLiteral("127.0.0.1") << QByteArray("Bearer s3cret")
                                                                 << QByteArray("s3cret") << true << QByteArray("evil.example");
    QTest::addRow("remote, basic auth") << QStringLiteral("192.0.2.7") << QByteArray("Basic s3cret") << QByteArray("s3cret") << false << QByteArray();
}

void TestGatewayMetrics::authorisesScrapes()
{
    QFETCH(QString, peer);
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, token);
    QFETCH(bool, allowed);
    Gateway::HttpRequest request;
    request.method = "GET";
    request.target = "/metrics";
    request.peerAddress = QHostAddress(peer);
    QVERIFY(!request.peerAddress.isNull());
    QFETCH(QByteArray, host);
    if (!authorization.isNull())
        request.headers.append({QByteArrayLiteral("authorization"), authorization});
    if (!host.isNull())
        request.headers.append({QByteArrayLiteral("host"), host});
    QCOMPARE(GatewayMetrics::mayScrape(request, token), allowed);
}

namespace {

struct Gateway_
{
    Ledger::NullTraceSink sink;
    Providers::UpstreamPool pool;
    Gateway::GatewayHandler handler{sink, pool, Common::SystemClock::instance()};
    Gateway::HttpServer server{&handler};
};

std::unique_ptr<QNetworkReply> get(QNetworkAccessManager &network, const QUrl &url, const QByteArray &authorization = {})
{
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(5000);
    return reply;
}

} // namespace

void TestGatewayMetrics::servesMetricsOverHttp()
{
    Gateway_ gateway;
    QVERIFY(gateway.server.listen(QHostAddress::LocalHost, 0));
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(gateway.server.serverPort());
    QNetworkAccessManager network;

    // A request with a key the gateway does not know is refused and counted.
    QNetworkRequest chat(QUrl(base + QStringLiteral("/v1/chat/completions")));
    chat.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    chat.setRawHeader("Authorization", "Bearer sk-tg-not-a-key");
    std::unique_ptr<QNetworkReply> refused(network.post(chat, QByteArrayLiteral("{\"model\":\"gpt-4o\"}")));
    QSignalSpy refusedDone(refused.get(), &QNetworkReply::finished);
    QVERIFY(refusedDone.wait(5000));
    QCOMPARE(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);

    const auto reply = get(network, QUrl(base + QStringLiteral("/metrics")));
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    const QByteArray body = reply->readAll();
    QVERIFY(body.contains("tollgate_rejections_total{reason=\"invalid_key\"} 1\n"));
    // The scrape itself is not a call in flight.
    QVERIFY(body.contains("\ntollgate_requests_in_flight 0\n"));

    // Another method is a 405 that says which it takes, as on the API's paths (it was a 404).
    std::unique_ptr<QNetworkReply> posted(network.post(QNetworkRequest(QUrl(base + QStringLiteral("/metrics"))), QByteArray()));
    QSignalSpy postedDone(posted.get(), &QNetworkReply::finished);
    QVERIFY(postedDone.wait(5000));
    QCOMPARE(posted->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
    QCOMPARE(posted->rawHeader("Allow"), QByteArray("GET, HEAD"));
    const QJsonObject error = QJsonDocument::fromJson(posted->readAll()).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("method_not_allowed"));
}

void TestGatewayMetrics::refusesRemoteScrapeWithoutToken()
{
    // A connection to one of this machine's own non-loopback addresses arrives from that address:
    // a real remote peer as far as the gateway can tell.
    QHostAddress own;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol) {
            own = address;
            break;
        }
    }
    if (own.isNull())
        QSKIP("this machine has no non-loopback IPv4 address");

    Gateway_ gateway;
    gateway.handler.setMetricsToken(QByteArrayLiteral("scrape-me"));
    QVERIFY(gateway.server.listen(own, 0));
    const QUrl url(QStringLiteral("http://%1:%2/metrics").arg(own.toString()).arg(gateway.server.serverPort()));
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);

    const auto anonymous = get(network, url);
    QCOMPARE(anonymous->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
    // It says what would be let in and how (QA: "code": null, and "open to loopback clients" to a loopback
    // client whose Host was refused).
    const QJsonObject error = QJsonDocument::fromJson(anonymous->readAll()).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
    QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("--metrics-token")),
             qPrintable(error.value(QStringLiteral("message")).toString()));
    const auto wrong = get(network, url, QByteArrayLiteral("Bearer nope"));
    QCOMPARE(wrong->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
    const auto authorised = get(network, url, QByteArrayLiteral("Bearer scrape-me"));
    QCOMPARE(authorised->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(authorised->readAll().contains("# TYPE tollgate_requests_total counter\n"));
}

QTEST_GUILESS_MAIN(TestGatewayMetrics)
#include "tst_gatewaymetrics.moc"
