#include "core/limits/ratelimiter.h"

#include <QTest>

using Common::RateLimit;
using Limits::Decision;
using Limits::RateLimiter;
using Period = Common::RateLimit::Period;

Q_DECLARE_METATYPE(Common::RateLimit::Period)

class TestRateLimiter final : public QObject
{
    Q_OBJECT

private slots:
    void burstThenDeniedWithRetryAfter();
    void retryAfterIsExactForUnevenIntervals();
    void longRunAllowsExactlyTheRate_data();
    void longRunAllowsExactlyTheRate();
    void keysAreIndependent();
    void raisingTheLimitKeepsTheUsedFraction();
    void loweringTheLimitKeepsTheUsedFraction();
    void clockSteppingBackNeitherRefillsNorFails();
    void zeroCountDeniesEverything();
    void forgetStartsAFullBucket();
};

void TestRateLimiter::burstThenDeniedWithRetryAfter()
{
    RateLimiter limiter;
    const RateLimit limit{5, Period::Second};
    for (qint64 i = 0; i < 5; ++i) {
        const Decision d = limiter.check(1, limit, 1000);
        QVERIFY(d.allowed);
        QCOMPARE(d.limit, qint64(5));
        QCOMPARE(d.remaining, 4 - i);
        QCOMPARE(d.retryAfterMs, qint64(0));
    }
    const Decision denied = limiter.check(1, limit, 1000);
    QVERIFY(!denied.allowed);
    QCOMPARE(denied.remaining, qint64(0));
    QCOMPARE(denied.retryAfterMs, qint64(200));
    // Denials consume nothing: the promised retry time holds.
    QVERIFY(!limiter.check(1, limit, 1199).allowed);
    const Decision later = limiter.check(1, limit, 1200);
    QVERIFY(later.allowed);
    QCOMPARE(later.remaining, qint64(0));
}

void TestRateLimiter::retryAfterIsExactForUnevenIntervals()
{
    // 3 per second is one every 333.33 ms: no rounding may let the fourth through early.
    RateLimiter limiter;
    const RateLimit limit{3, Period::Second};
    for (int i = 0; i < 3; ++i)
        QVERIFY(limiter.check(7, limit, 0).allowed);
    const Decision denied = limiter.check(7, limit, 0);
    QVERIFY(!denied.allowed);
    QCOMPARE(denied.retryAfterMs, qint64(334));
    const Decision almost = limiter.check(7, limit, 333);
    QVERIFY(!almost.allowed);
    QCOMPARE(almost.retryAfterMs, qint64(1));
    QVERIFY(limiter.check(7, limit, 334).allowed);
}

void TestRateLimiter::longRunAllowsExactlyTheRate_data()
{
    QTest::addColumn<qint64>("count");
    QTest::addColumn<Period>("period");
    QTest::addColumn<qint64>("stepMs");
    QTest::addColumn<qint64>("durationMs");
    QTest::addColumn<qint64>("expectedAllowed");

    // A full bucket (count) plus floor(last attempt time x rate) refilled requests.
    QTest::addRow("10/s, every ms for 3 s") << qint64(10) << Period::Second << qint64(1) << qint64(3000) << qint64(39);
    QTest::addRow("3/s, every ms for 1 s") << qint64(3) << Period::Second << qint64(1) << qint64(1000) << qint64(5);
    QTest::addRow("7/min, every 100 ms for 10 min")
        << qint64(7) << Period::Minute << qint64(100) << qint64(600'000) << qint64(76);
    QTest::addRow("1000/h, every 10 ms for 1 h")
        << qint64(1000) << Period::Hour << qint64(10) << qint64(3'600'000) << qint64(1999);
    QTest::addRow("1/day, every minute for 2 days")
        << qint64(1) << Period::Day << qint64(60'000) << qint64(172'800'000) << qint64(2);
}

void TestRateLimiter::longRunAllowsExactlyTheRate()
{
    QFETCH(qint64, count);
    QFETCH(Period, period);
    QFETCH(qint64, stepMs);
    QFETCH(qint64, durationMs);
    QFETCH(qint64, expectedAllowed);

    RateLimiter limiter;
    const RateLimit limit{count, period};
    qint64 allowed = 0;
    for (qint64 t = 0; t < durationMs; t += stepMs) {
        const Decision d = limiter.check(42, limit, t);
        if (d.allowed) {
            ++allowed;
        } else {
            QVERIFY(d.retryAfterMs > 0);
            QCOMPARE(d.remaining, qint64(0));
        }
    }
    QCOMPARE(allowed, expectedAllowed);
    QCOMPARE(limiter.trackedKeys(), qsizetype(1));
}

void TestRateLimiter::keysAreIndependent()
{
    RateLimiter limiter;
    const RateLimit limit{2, Period::Minute};
    QVERIFY(limiter.check(1, limit, 0).allowed);
    QVERIFY(limiter.check(1, limit, 0).allowed);
    QVERIFY(!limiter.check(1, limit, 0).allowed);
    const Decision other = limiter.check(2, limit, 0);
    QVERIFY(other.allowed);
    QCOMPARE(other.remaining, qint64(1));
}

void TestRateLimiter::raisingTheLimitKeepsTheUsedFraction()
{
    RateLimiter limiter;
    const RateLimit ten{10, Period::Minute};
    const RateLimit twenty{20, Period::Minute};

    // An exhausted key gets no fresh burst from an edit...
    for (int i = 0; i < 10; ++i)
        QVERIFY(limiter.check(1, ten, 0).allowed);
    QVERIFY(!limiter.check(1, twenty, 0).allowed);
    // ...but refills at the new rate: one request per 3 s instead of 6 s.
    QVERIFY(limiter.check(1, twenty, 3000).allowed);

    // A key at 9/10 is at 18/20 under the doubled limit.
    QCOMPARE(limiter.check(2, ten, 0).remaining, qint64(9));
    const Decision raised = limiter.check(2, twenty, 0);
    QVERIFY(raised.allowed);
    QCOMPARE(raised.limit, qint64(20));
    QCOMPARE(raised.remaining, qint64(17));
}

void TestRateLimiter::loweringTheLimitKeepsTheUsedFraction()
{
    RateLimiter limiter;
    QCOMPARE(limiter.check(3, RateLimit{10, Period::Minute}, 0).remaining, qint64(9));
    // 9/10 full becomes 4.5/5: one request leaves 3.5, of which 3 are whole.
    const Decision lowered = limiter.check(3, RateLimit{5, Period::Minute}, 0);
    QVERIFY(lowered.allowed);
    QCOMPARE(lowered.remaining, qint64(3));
    // A different period is a different limit, too: 5/min -> 5/s starts from the same fraction.
    const Decision perSecond = limiter.check(3, RateLimit{5, Period::Second}, 0);
    QVERIFY(perSecond.allowed);
    QCOMPARE(perSecond.remaining, qint64(2));
}

void TestRateLimiter::clockSteppingBackNeitherRefillsNorFails()
{
    RateLimiter limiter;
    const RateLimit limit{1, Period::Second};
    QVERIFY(limiter.check(1, limit, 10'000).allowed);
    const Decision back = limiter.check(1, limit, 5'000);
    QVERIFY(!back.allowed);
    QVERIFY(back.retryAfterMs > 0);
    QVERIFY(!limiter.check(1, limit, 10'999).allowed);
    QVERIFY(limiter.check(1, limit, 11'000).allowed);
}

void TestRateLimiter::zeroCountDeniesEverything()
{
    RateLimiter limiter;
    const Decision d = limiter.check(1, RateLimit{0, Period::Minute}, 0);
    QVERIFY(!d.allowed);
    QCOMPARE(d.retryAfterMs, qint64(60'000));
    QCOMPARE(d.limit, qint64(0));
}

void TestRateLimiter::forgetStartsAFullBucket()
{
    RateLimiter limiter;
    const RateLimit limit{1, Period::Hour};
    QVERIFY(limiter.check(1, limit, 0).allowed);
    QVERIFY(!limiter.check(1, limit, 1).allowed);
    limiter.forget(1);
    QCOMPARE(limiter.trackedKeys(), qsizetype(0));
    QVERIFY(limiter.check(1, limit, 2).allowed);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
