#include "core/common/ratelimit.h"

#include <QTest>

using Common::RateLimit;
using Period = Common::RateLimit::Period;

Q_DECLARE_METATYPE(Common::RateLimit::Period)

namespace {

QString str(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

class TestRateLimit final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void toStringRoundTrip_data();
    void toStringRoundTrip();
    void periodSeconds_data();
    void periodSeconds();
    void inWords();
};

void TestRateLimit::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<Period>("period");

    QTest::addRow("10/s") << str("10/s") << true << qint64(10) << Period::Second;
    QTest::addRow("600/min") << str("600/min") << true << qint64(600) << Period::Minute;
    QTest::addRow("1000/h") << str("1000/h") << true << qint64(1000) << Period::Hour;
    QTest::addRow("5000/day") << str("5000/day") << true << qint64(5000) << Period::Day;
    QTest::addRow("sec") << str("3/sec") << true << qint64(3) << Period::Second;
    QTest::addRow("second") << str("3/second") << true << qint64(3) << Period::Second;
    QTest::addRow("m") << str("7/m") << true << qint64(7) << Period::Minute;
    QTest::addRow("minute") << str("7/minute") << true << qint64(7) << Period::Minute;
    QTest::addRow("hr") << str("8/hr") << true << qint64(8) << Period::Hour;
    QTest::addRow("hour") << str("8/hour") << true << qint64(8) << Period::Hour;
    QTest::addRow("d") << str("9/d") << true << qint64(9) << Period::Day;
    QTest::addRow("upper-case unit") << str("10/MIN") << true << qint64(10) << Period::Minute;
    QTest::addRow("spaces around") << str("  10 / min  ") << true << qint64(10) << Period::Minute;
    QTest::addRow("large count") << str("9000000000/day") << true << qint64(9'000'000'000) << Period::Day;
    QTest::addRow("12/fortnight") << str("12/fortnight") << false << qint64(0) << Period::Minute;
    QTest::addRow("0/s") << str("0/s") << false << qint64(0) << Period::Minute;
    QTest::addRow("-1/min") << str("-1/min") << false << qint64(0) << Period::Minute;
    QTest::addRow("abc/s") << str("abc/s") << false << qint64(0) << Period::Minute;
    QTest::addRow("1.5/s") << str("1.5/s") << false << qint64(0) << Period::Minute;
    QTest::addRow("no unit 10") << str("10") << false << qint64(0) << Period::Minute;
    QTest::addRow("no count /s") << str("/s") << false << qint64(0) << Period::Minute;
    QTest::addRow("empty unit 10/") << str("10/") << false << qint64(0) << Period::Minute;
    QTest::addRow("empty") << QString() << false << qint64(0) << Period::Minute;
    QTest::addRow("two slashes") << str("10/min/s") << false << qint64(0) << Period::Minute;
    QTest::addRow("plural") << str("10/mins") << false << qint64(0) << Period::Minute;
}

void TestRateLimit::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, count);
    QFETCH(Period, period);
    const std::optional<RateLimit> limit = RateLimit::parse(text);
    QCOMPARE(limit.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(limit->count, count);
    QCOMPARE(limit->period, period);
}

void TestRateLimit::toStringRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");

    QTest::addRow("s") << str("10/s") << str("10/s");
    QTest::addRow("sec") << str("10/sec") << str("10/s");
    QTest::addRow("min") << str("600/min") << str("600/min");
    QTest::addRow("m") << str("600/m") << str("600/min");
    QTest::addRow("h") << str("1000/h") << str("1000/h");
    QTest::addRow("hour") << str("1000/hour") << str("1000/h");
    QTest::addRow("day") << str("5000/day") << str("5000/day");
    QTest::addRow("d with spaces") << str(" 5000 / D ") << str("5000/day");
}

void TestRateLimit::toStringRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const std::optional<RateLimit> limit = RateLimit::parse(text);
    QVERIFY(limit);
    QCOMPARE(limit->toString(), canonical);
    const std::optional<RateLimit> again = RateLimit::parse(limit->toString());
    QVERIFY(again);
    QCOMPARE(*again, *limit);
}

void TestRateLimit::periodSeconds_data()
{
    QTest::addColumn<Period>("period");
    QTest::addColumn<qint64>("seconds");

    QTest::addRow("second") << Period::Second << qint64(1);
    QTest::addRow("minute") << Period::Minute << qint64(60);
    QTest::addRow("hour") << Period::Hour << qint64(3600);
    QTest::addRow("day") << Period::Day << qint64(86400);
}

void TestRateLimit::periodSeconds()
{
    QFETCH(Period, period);
    QFETCH(qint64, seconds);
    RateLimit limit;
    limit.count = 1;
    limit.period = period;
    QCOMPARE(limit.periodSeconds(), seconds);
    QVERIFY(RateLimit::periodFromSeconds(seconds) == period);
    QVERIFY(!RateLimit::periodFromSeconds(seconds + 1));
}

void TestRateLimit::inWords()
{
    // What a 429 says ("3/min requests" before).
    QCOMPARE((RateLimit{3, RateLimit::Period::Minute}).inWords(), QStringLiteral("3 requests per minute"));
    QCOMPARE((RateLimit{1, RateLimit::Period::Second}).inWords(), QStringLiteral("1 request per second"));
    QCOMPARE((RateLimit{1000, RateLimit::Period::Hour}).inWords(), QStringLiteral("1000 requests per hour"));
    QCOMPARE((RateLimit{5000, RateLimit::Period::Day}).inWords(), QStringLiteral("5000 requests per day"));
}

QTEST_GUILESS_MAIN(TestRateLimit)
#include "tst_ratelimit.moc"
