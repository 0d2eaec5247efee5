#include "core/limits/tokenratelimiter.h"

#include <QTest>

#include <limits>

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
    void requestsInFlightCountUntilTheySettle();
    void estimateIsTheBodyBytesPlusTheStatedCeiling();
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

void TestTokenRateLimiter::requestsInFlightCountUntilTheySettle()
{
    // A burst: each request is admitted while recorded plus reserved tokens are below the limit, and
    // reserves its estimate. Without reservations all twenty were admitted before the first settled.
    TokenRateLimiter limiter;
    int admitted = 0;
    for (int i = 0; i < 20; ++i) {
        if (limiter.check(4, 100, 1'000).allowed) {
            limiter.reserve(4, 45);
            ++admitted;
        }
    }
    QCOMPARE(admitted, 3); // 0, 45 and 90 are below 100; 135 is not
    QCOMPARE(limiter.reserved(4), qint64(135));
    const Decision refused = limiter.check(4, 100, 1'000);
    QVERIFY(!refused.allowed);
    QCOMPARE(refused.remaining, qint64(0));
    // Nothing recorded yet: the window opens as soon as the requests in flight settle.
    QCOMPARE(refused.retryAfterMs, TokenRateLimiter::InFlightRetryAfterMs);
    QVERIFY(refused.heldByRequestsInFlight);
    QVERIFY(limiter.check(5, 100, 1'000).allowed); // another key is not affected

    // Settling swaps a reservation for the real tokens.
    limiter.release(4, 45);
    limiter.record(4, 30, 2'000);
    QCOMPARE(limiter.reserved(4), qint64(90));
    QCOMPARE(limiter.check(4, 100, 2'000).remaining, qint64(0)); // 30 recorded + 90 reserved: over, never negative
    limiter.release(4, 45);
    limiter.release(4, 45);
    QCOMPARE(limiter.reserved(4), qint64(0));
    limiter.release(4, 45); // more than was reserved: ignored, never negative
    QCOMPARE(limiter.reserved(4), qint64(0));
    QCOMPARE(limiter.check(4, 100, 2'000).remaining, qint64(70));

    // Recorded tokens at the limit still wait for the window, whatever is in flight.
    limiter.record(4, 70, 3'000);
    const Decision full = limiter.check(4, 100, 3'000);
    QCOMPARE(full.retryAfterMs, qint64(59'000)); // second 2's 30 leave at 62 s
    QVERIFY(!full.heldByRequestsInFlight);
}

void TestTokenRateLimiter::estimateIsTheBodyBytesPlusTheStatedCeiling()
{
    QCOMPARE(TokenRateLimiter::estimate(0, std::nullopt), qint64(0));
    QCOMPARE(TokenRateLimiter::estimate(1, std::nullopt), qint64(1));
    QCOMPARE(TokenRateLimiter::estimate(120, 20), qint64(140));
    QCOMPARE(TokenRateLimiter::estimate(120, 20, 3), qint64(180)); // "n": 3 completions of up to 20 each
    QCOMPARE(TokenRateLimiter::estimate(120, std::nullopt, 3), qint64(120));
    QCOMPARE(TokenRateLimiter::estimate(0, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()),
             qint64(1'000'000'000'000));
    QCOMPARE(TokenRateLimiter::estimate(121, std::nullopt), qint64(121));
    QCOMPARE(TokenRateLimiter::estimate(-5, -3), qint64(0));
    // A ceiling near the largest integer a body can state does not overflow the sums.
    const qint64 huge = TokenRateLimiter::estimate(40, std::numeric_limits<qint64>::max());
    QVERIFY(huge > 0);
    TokenRateLimiter limiter;
    limiter.reserve(1, huge);
    limiter.reserve(1, huge);
    QVERIFY(limiter.reserved(1) > 0);
    QVERIFY(!limiter.check(1, 1'000'000'000'000, 0).allowed);
}

QTEST_GUILESS_MAIN(TestTokenRateLimiter)
#include "tst_tokenratelimiter.moc"
