#include "core/report/weeklyreview.h"

#include <QTest>
#include <QTimeZone>

using Common::Money;
using Report::WeeklyReview;

namespace {

Money usd(const char *text)
{
    return *Money::fromDecimalString(QString::fromLatin1(text));
}

Ledger::ReportRow row(const char *key, const char *model, qint64 requests, qint64 inputTokens, const char *cost,
                      qint64 unpriced = 0, qint64 outputTokens = 0)
{
    Ledger::ReportRow result;
    result.groupValues = {QString::fromLatin1(key), QString::fromLatin1(model)};
    result.requests = requests;
    result.usage.inputTokens = inputTokens;
    result.usage.outputTokens = outputTokens;
    result.cost = usd(cost);
    result.unpricedRequests = unpriced;
    return result;
}

} // namespace

class TestWeeklyReview final : public QObject
{
    Q_OBJECT

private slots:
    void keysSortedBySpendWithLastWeek();
    void modelsFlagNewOnes();
    void promptBloat_data();
    void promptBloat();
    void capsFromEightyPercent_data();
    void capsFromEightyPercent();
    void unpricedTrafficByModel();
    void weekStartsOnLocalMidnight_data();
    void weekStartsOnLocalMidnight();
    void csvHasOneLinePerFigure();
};

void TestWeeklyReview::keysSortedBySpendWithLastWeek()
{
    const QList<Ledger::ReportRow> current{row("alice", "gpt-4o", 10, 1000, "3.00"), row("bob", "gpt-4o", 4, 400, "2.50"),
                                           row("bob", "claude-sonnet-4-5", 2, 200, "2.50")};
    const QList<Ledger::ReportRow> previous{row("alice", "gpt-4o", 5, 500, "1.00"), row("carol", "gpt-4o", 7, 700, "2.00")};
    const auto review = WeeklyReview::compute(current, previous, {});

    QCOMPARE(review.spend, usd("8.00"));
    QCOMPARE(review.previousSpend, usd("3.00"));
    QCOMPARE(review.requests, 16);
    QCOMPARE(review.previousRequests, 12);
    QCOMPARE(review.keys.size(), 3);
    // bob $5.00 (two models summed), alice $3.00, then carol: silent this week, $2.00 last week.
    QCOMPARE(review.keys.at(0).key, QStringLiteral("bob"));
    QCOMPARE(review.keys.at(0).spend, usd("5.00"));
    QCOMPARE(review.keys.at(0).previousSpend, Money());
    QCOMPARE(review.keys.at(0).requests, 6);
    QCOMPARE(review.keys.at(1).key, QStringLiteral("alice"));
    QCOMPARE(review.keys.at(1).previousSpend, usd("1.00"));
    QCOMPARE(review.keys.at(1).previousRequests, 5);
    QCOMPARE(review.keys.at(2).key, QStringLiteral("carol"));
    QCOMPARE(review.keys.at(2).spend, Money());
    QCOMPARE(review.keys.at(2).previousSpend, usd("2.00"));
}

void TestWeeklyReview::modelsFlagNewOnes()
{
    const QList<Ledger::ReportRow> current{row("alice", "gpt-4o", 10, 1000, "3.00"), row("bob", "gpt-5", 4, 400, "4.00"),
                                           row("bob", "gpt-4o", 1, 100, "0.50")};
    const QList<Ledger::ReportRow> previous{row("alice", "gpt-4o", 5, 500, "1.00"), row("alice", "o3", 2, 100, "0.70")};
    const auto review = WeeklyReview::compute(current, previous, {});

    QCOMPARE(review.models.size(), 3);
    QCOMPARE(review.models.at(0).model, QStringLiteral("gpt-5"));
    QVERIFY(review.models.at(0).isNew);
    QCOMPARE(review.models.at(1).model, QStringLiteral("gpt-4o"));
    QCOMPARE(review.models.at(1).spend, usd("3.50"));
    QCOMPARE(review.models.at(1).previousSpend, usd("1.00"));
    QCOMPARE(review.models.at(1).requests, 11);
    QVERIFY(!review.models.at(1).isNew);
    // Gone this week: listed with its last week, not "new".
    QCOMPARE(review.models.at(2).model, QStringLiteral("o3"));
    QCOMPARE(review.models.at(2).requests, 0);
    QVERIFY(!review.models.at(2).isNew);
}

void TestWeeklyReview::promptBloat_data()
{
    QTest::addColumn<qint64>("requests");
    QTest::addColumn<qint64>("inputTokens");
    QTest::addColumn<qint64>("previousRequests");
    QTest::addColumn<qint64>("previousInputTokens");
    QTest::addColumn<bool>("bloat");
    QTest::addColumn<qint64>("average");
    QTest::addColumn<qint64>("previousAverage");

    // Last week 100 tokens per request; the threshold is +25 %.
    QTest::addRow("exactly +25 percent") << qint64(10) << qint64(1250) << qint64(20) << qint64(2000) << true << qint64(125) << qint64(100);
    QTest::addRow("just below +25 percent") << qint64(10) << qint64(1249) << qint64(20) << qint64(2000) << false << qint64(124) << qint64(100);
    QTest::addRow("doubled") << qint64(3) << qint64(600) << qint64(1) << qint64(100) << true << qint64(200) << qint64(100);
    QTest::addRow("shrank") << qint64(10) << qint64(500) << qint64(10) << qint64(1000) << false << qint64(50) << qint64(100);
    QTest::addRow("new key: nothing to compare") << qint64(10) << qint64(5000) << qint64(0) << qint64(0) << false << qint64(500) << qint64(0);
    QTest::addRow("silent this week") << qint64(0) << qint64(0) << qint64(10) << qint64(1000) << false << qint64(0) << qint64(100);
}

void TestWeeklyReview::promptBloat()
{
    QFETCH(qint64, requests);
    QFETCH(qint64, inputTokens);
    QFETCH(qint64, previousRequests);
    QFETCH(qint64, previousInputTokens);
    QFETCH(bool, bloat);
    QFETCH(qint64, average);
    QFETCH(qint64, previousAverage);

    QList<Ledger::ReportRow> current;
    QList<Ledger::ReportRow> previous;
    if (requests > 0)
        current << row("support-agent", "gpt-4o-mini", requests, inputTokens, "1.00");
    if (previousRequests > 0)
        previous << row("support-agent", "gpt-4o-mini", previousRequests, previousInputTokens, "1.00");
    const auto review = WeeklyReview::compute(current, previous, {});
    QCOMPARE(review.keys.size(), 1);
    QCOMPARE(review.keys.at(0).promptBloat, bloat);
    QCOMPARE(review.keys.at(0).averageInputTokens, average);
    QCOMPARE(review.keys.at(0).previousAverageInputTokens, previousAverage);
}

void TestWeeklyReview::capsFromEightyPercent_data()
{
    QTest::addColumn<QString>("spent");
    QTest::addColumn<QString>("cap");
    QTest::addColumn<int>("percent"); // -1: not listed

    QTest::addRow("exactly 80 percent") << QStringLiteral("80") << QStringLiteral("100") << 80;
    QTest::addRow("a nano-dollar below 80 percent") << QStringLiteral("79.999999999") << QStringLiteral("100") << -1;
    QTest::addRow("99.9percent rounds down") << QStringLiteral("99.9") << QStringLiteral("100") << 99;
    QTest::addRow("reached") << QStringLiteral("100") << QStringLiteral("100") << 100;
    QTest::addRow("over (cap lowered)") << QStringLiteral("150") << QStringLiteral("100") << 150;
    QTest::addRow("zero cap is full") << QStringLiteral("0") << QStringLiteral("0") << 100;
    QTest::addRow("no cap") << QStringLiteral("500") << QString() << -1;
}

void TestWeeklyReview::capsFromEightyPercent()
{
    QFETCH(QString, spent);
    QFETCH(QString, cap);
    QFETCH(int, percent);

    Report::KeySpendStatus key{QStringLiteral("eval-harness"), *Money::fromDecimalString(spent), std::nullopt};
    if (!cap.isEmpty())
        key.cap = Money::fromDecimalString(cap);
    const auto review = WeeklyReview::compute({}, {}, {key});
    if (percent < 0) {
        QVERIFY(review.caps.isEmpty());
        return;
    }
    QCOMPARE(review.caps.size(), 1);
    QCOMPARE(review.caps.at(0).key, QStringLiteral("eval-harness"));
    QCOMPARE(review.caps.at(0).percent, percent);
    QCOMPARE(review.caps.at(0).spent, key.spent);
    QCOMPARE(review.caps.at(0).cap, *key.cap);
}

void TestWeeklyReview::unpricedTrafficByModel()
{
    const QList<Ledger::ReportRow> current{row("local-dev", "ollama/qwen2.5-coder:7b", 30, 9000, "0", 30, 1500),
                                           row("ci-bot", "ollama/qwen2.5-coder:7b", 10, 1000, "0", 10, 500),
                                           row("data-pipeline", "ft:gpt-4o-mini:acme", 50, 20000, "0", 50, 100),
                                           row("alice", "gpt-4o", 10, 1000, "3.00")};
    const QList<Ledger::ReportRow> previous{row("local-dev", "ollama/qwen2.5-coder:7b", 99, 9000, "0", 99, 1)};
    const auto review = WeeklyReview::compute(current, previous, {});
    QCOMPARE(review.unpriced.size(), 2);
    QCOMPARE(review.unpriced.at(0).model, QStringLiteral("ft:gpt-4o-mini:acme"));
    QCOMPARE(review.unpriced.at(0).requests, 50);
    QCOMPARE(review.unpriced.at(1).model, QStringLiteral("ollama/qwen2.5-coder:7b"));
    QCOMPARE(review.unpriced.at(1).requests, 40);
    QCOMPARE(review.unpriced.at(1).inputTokens, 10000);
    QCOMPARE(review.unpriced.at(1).outputTokens, 2000);
    QCOMPARE(review.keys.at(0).key, QStringLiteral("alice"));
    const auto localDev = std::find_if(review.keys.cbegin(), review.keys.cend(),
                                       [](const Report::WeeklyKeyLine &line) { return line.key == u"local-dev"; });
    QVERIFY(localDev != review.keys.cend());
    QCOMPARE(localDev->unpricedRequests, 30);
}

void TestWeeklyReview::weekStartsOnLocalMidnight_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("firstDay");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<qint64>("hoursInWeek");

    const auto utc = [](int y, int m, int d, int h) { return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC); };
    // Berlin is UTC+1 in winter, UTC+2 in summer; DST began on Sunday 2025-03-30 and ended on Sunday 2025-10-26.
    QTest::addRow("Berlin, a Wednesday in winter") << QByteArray("Europe/Berlin") << QDate(2025, 1, 15) << int(Qt::Monday)
                                                   << utc(2025, 1, 12, 23) << qint64(168);
    QTest::addRow("Berlin, the Monday itself") << QByteArray("Europe/Berlin") << QDate(2025, 1, 13) << int(Qt::Monday)
                                               << utc(2025, 1, 12, 23) << qint64(168);
    QTest::addRow("Berlin, Sunday of the spring change: 167 h") << QByteArray("Europe/Berlin") << QDate(2025, 3, 30) << int(Qt::Monday)
                                                                << utc(2025, 3, 23, 23) << qint64(167);
    QTest::addRow("Berlin, week after the change starts at 22:00 UTC") << QByteArray("Europe/Berlin") << QDate(2025, 3, 31)
                                                                       << int(Qt::Monday) << utc(2025, 3, 30, 22) << qint64(168);
    QTest::addRow("Berlin, autumn change: 169 h") << QByteArray("Europe/Berlin") << QDate(2025, 10, 22) << int(Qt::Monday)
                                                  << utc(2025, 10, 19, 22) << qint64(169);
    QTest::addRow("New York, Sunday-first week") << QByteArray("America/New_York") << QDate(2025, 3, 12) << int(Qt::Sunday)
                                                 << utc(2025, 3, 9, 5) << qint64(167);
    QTest::addRow("New York, Sunday-first, on Sunday") << QByteArray("America/New_York") << QDate(2025, 3, 16) << int(Qt::Sunday)
                                                       << utc(2025, 3, 16, 4) << qint64(168);
}

void TestWeeklyReview::weekStartsOnLocalMidnight()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, day);
    QFETCH(int, firstDay);
    QFETCH(QDateTime, start);
    QFETCH(qint64, hoursInWeek);

    const QTimeZone timeZone(zone);
    QVERIFY(timeZone.isValid());
    const auto first = Qt::DayOfWeek(firstDay);
    const QDateTime begins = WeeklyReview::weekStart(day, first, timeZone);
    QCOMPARE(begins, start);
    QCOMPARE(begins.toTimeZone(timeZone).time(), QTime(0, 0));
    const QDateTime next = WeeklyReview::weekStart(begins.toTimeZone(timeZone).date().addDays(7), first, timeZone);
    QCOMPARE(begins.secsTo(next) / 3600, hoursInWeek);
}

void TestWeeklyReview::csvHasOneLinePerFigure()
{
    const QList<Ledger::ReportRow> current{row("alice, the \"lead\"", "gpt-5", 10, 1000, "3.5"),
                                           row("local-dev", "ollama/qwen", 4, 400, "0", 4, 40)};
    const QList<Ledger::ReportRow> previous{row("alice, the \"lead\"", "gpt-4o", 10, 500, "1.25")};
    const auto review = WeeklyReview::compute(current, previous, {{QStringLiteral("alice, the \"lead\""), usd("90"), usd("100")}});
    const QByteArray csv = WeeklyReview::toCsv(review);
    const QList<QByteArray> lines = csv.split('\n');
    QVERIFY(csv.endsWith("\r\n"));
    // header, total, 2 keys, 3 models, 1 cap, 1 unpriced, and the empty piece after the last CRLF
    QCOMPARE(lines.size(), 10);
    QVERIFY(lines.at(0).startsWith("section,name,cost_usd,previous_cost_usd,requests,previous_requests,unpriced_requests,"));
    // Money with nine decimals, as the other exports; each line says how many of its requests have no price
    // (QA: an unpriced model's line read 0.00, as if free).
    QCOMPARE(lines.at(1), QByteArray("total,,3.500000000,1.250000000,14,10,4,,,,,,,\r"));
    QCOMPARE(lines.at(2), QByteArray("key,\"alice, the \"\"lead\"\"\",3.500000000,1.250000000,10,10,0,100,50,,,,,prompt_bloat\r"));
    QVERIFY(csv.contains("key,local-dev,0.000000000,0.000000000,4,0,4,100,,,,,,\r\n"));
    QVERIFY(csv.contains("model,gpt-5,3.500000000,0.000000000,10,0,0,,,,,,,new_model\r\n"));
    QVERIFY(csv.contains("model,ollama/qwen,0.000000000,0.000000000,4,0,4,,,,,,,new_model\r\n"));
    QVERIFY(csv.contains("cap,\"alice, the \"\"lead\"\"\",90.000000000,,,,,,,,,100.000000000,90,near_cap\r\n"));
    QVERIFY(csv.contains("unpriced,ollama/qwen,,,4,,4,,,400,40,,,unpriced\r\n"));
}

QTEST_GUILESS_MAIN(TestWeeklyReview)
#include "tst_weeklyreview.moc"
