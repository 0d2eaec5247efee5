#include "core/limits/tokenratelimiter.h"

#include <QTest>

using Limits::Decision;
using Limits::TokenRateLimiter;

class TestTokenRateLimiter final : public QObject
{
    Q_OBJECT

private slots:
    void admitsBelowAndDeniesAtTheLimit();
    void retryAfterWaitsForEnoughBucketsToExpire();
    void windowBoundaries_data();
    void windowBoundaries();
    void ringWrapsAroundForHours();
    void lateRecordsOutsideTheWindowAreDropped();
    void keysAreIndependent();
    void zeroLimitNeverOpens();
};

void TestTokenRateLimiter::admitsBelowAndDeniesAtTheLimit()
{
    TokenRateLimiter limiter;
    Decision fresh = limiter.check(1, 1000, 0);
    QVERIFY(fresh.allowed);
    QCOMPARE(fresh.remaining, qint64(1000));
    QCOMPARE(fresh.limit, qint64(1000));

    limiter.record(1, 600, 0);
    const Decision partly = limiter.check(1, 1000, 5'000);
    QVERIFY(partly.allowed);
    QCOMPARE(partly.remaining, qint64(400));
    QCOMPARE(partly.retryAfterMs, qint64(0));

    // check() consumes nothing: usage is booked only when a request settles.
    QCOMPARE(limiter.usedInWindow(1, 5'000), qint64(600));

    limiter.record(1, 400, 10'000);
    const Decision full = limiter.check(1, 1000, 20'000);
    QVERIFY(!full.allowed);
    QCOMPARE(full.remaining, qint64(0));
    // The 600 of second 0 leave at 60 s, bringing the total (400) below the limit.
    QCOMPARE(full.retryAfterMs, qint64(40'000));
    QVERIFY(!limiter.check(1, 1000, 59'999).allowed);
    const Decision reopened = limiter.check(1, 1000, 60'000);
    QVERIFY(reopened.allowed);
    QCOMPARE(reopened.remaining, qint64(600));
}

void TestTokenRateLimiter::retryAfterWaitsForEnoughBucketsToExpire()
{
    TokenRateLimiter limiter;
    limiter.record(9, 300, 0);
    limiter.record(9, 300, 1'200);
    limiter.record(9, 500, 2'900);
    // 1100 used of 500: after second 0 leaves 800, after second 1 leaves 500 (not below), after second 2 leaves 0.
    const Decision d = limiter.check(9, 500, 30'250);
    QVERIFY(!d.allowed);
    QCOMPARE(d.retryAfterMs, qint64(62'000 - 30'250));
    QVERIFY(!limiter.check(9, 500, 61'999).allowed);
    QVERIFY(limiter.check(9, 500, 62'000).allowed);

    // A single request larger than the limit keeps the key shut for one full window.
    limiter.record(10, 5'000, 7'500);
    const Decision big = limiter.check(10, 1'000, 7'600);
    QVERIFY(!big.allowed);
    QCOMPARE(big.retryAfterMs, qint64(67'000 - 7'600));
}

void TestTokenRateLimiter::windowBoundaries_data()
{
    QTest::addColumn<qint64>("recordedAtMs");
    QTest::addColumn<qint64>("checkedAtMs");
    QTest::addColumn<qint64>("expectedUsed");

    QTest::addRow("same millisecond") << qint64(1'500) << qint64(1'500) << qint64(70);
    QTest::addRow("59 s later, same bucket second") << qint64(1'500) << qint64(60'000) << qint64(70);
    QTest::addRow("last millisecond of the window") << qint64(1'500) << qint64(60'999) << qint64(70);
    QTest::addRow("first millisecond after it") << qint64(1'500) << qint64(61'000) << qint64(0);
    QTest::addRow("hours later, same ring slot") << qint64(1'500) << qint64(3'601'500) << qint64(0);
    QTest::addRow("before 1970") << qint64(-1'500) << qint64(-1'000) << qint64(70);
    QTest::addRow("before 1970, expired") << qint64(-1'500) << qint64(58'000) << qint64(0);
}

void TestTokenRateLimiter::windowBoundaries()
{
    QFETCH(qint64, recordedAtMs);
    QFETCH(qint64, checkedAtMs);
    QFETCH(qint64, expectedUsed);
    TokenRateLimiter limiter;
    limiter.record(3, 70, recordedAtMs);
    QCOMPARE(limiter.usedInWindow(3, checkedAtMs), expectedUsed);
    QCOMPARE(limiter.check(3, 100, checkedAtMs).remaining, 100 - expectedUsed);
}

void TestTokenRateLimiter::ringWrapsAroundForHours()
{
    // 10 tokens every second for three hours: once the first minute is full, the window always holds 600.
    TokenRateLimiter limiter;
    for (qint64 second = 0; second < 3 * 3600; ++second) {
        limiter.record(5, 10, second * 1000 + 250);
        const qint64 expected = std::min<qint64>(second + 1, 60) * 10;
        QCOMPARE(limiter.usedInWindow(5, second * 1000 + 999), expected);
    }
    const Decision d = limiter.check(5, 600, 3 * 3600 * 1000 - 1);
    QVERIFY(!d.allowed);
    QCOMPARE(d.retryAfterMs, qint64(1)); // the oldest second leaves at the next whole second
}

void TestTokenRateLimiter::lateRecordsOutsideTheWindowAreDropped()
{
    TokenRateLimiter limiter;
    limiter.record(4, 100, 120'000);  // second 120, ring slot 0
    limiter.record(4, 900, 60'000);   // second 60, same slot, already a minute older: cannot count
    QCOMPARE(limiter.usedInWindow(4, 120'000), qint64(100));
    limiter.record(4, 50, 100'000);   // late but inside the window: counts
    QCOMPARE(limiter.usedInWindow(4, 120'000), qint64(150));
    limiter.record(4, 0, 120'000);
    limiter.record(4, -5, 120'000);
    QCOMPARE(limiter.usedInWindow(4, 120'000), qint64(150));
}

void TestTokenRateLimiter::keysAreIndependent()
{
    TokenRateLimiter limiter;
    limiter.record(1, 1000, 0);
    QVERIFY(!limiter.check(1, 1000, 0).allowed);
    QVERIFY(limiter.check(2, 1000, 0).allowed);
    limiter.forget(1);
    QVERIFY(limiter.check(1, 1000, 0).allowed);
}

void TestTokenRateLimiter::zeroLimitNeverOpens()
{
    TokenRateLimiter limiter;
    const Decision d = limiter.check(1, 0, 0);
    QVERIFY(!d.allowed);
    QCOMPARE(d.retryAfterMs, qint64(60'000));
}

QTEST_GUILESS_MAIN(TestTokenRateLimiter)
#include "tst_tokenratelimiter.moc"
