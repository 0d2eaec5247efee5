#include "core/common/lazydeadline.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using Common::LazyDeadline;
using namespace std::chrono_literals;

class TestLazyDeadline final : public QObject
{
    Q_OBJECT

private slots:
    void expiresOnceAfterItsTimeout();
    void pushedBackExpiresLater();
    void broughtForwardExpiresSooner();
    void cancelledDoesNotExpire();
    void setAgainAfterCancelExpires();
};

void TestLazyDeadline::expiresOnceAfterItsTimeout()
{
    LazyDeadline deadline;
    QSignalSpy expired(&deadline, &LazyDeadline::expired);
    QElapsedTimer clock;
    clock.start();
    deadline.expireIn(100ms);
    QVERIFY(deadline.isSet());
    QVERIFY(expired.wait(2000));
    QVERIFY2(clock.elapsed() >= 95, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!deadline.isSet());
    QTest::qWait(250);
    QCOMPARE(expired.count(), 1);
}

// The timer stays armed for the first deadline; when it fires it re-arms for the rest of the new one.
void TestLazyDeadline::pushedBackExpiresLater()
{
    LazyDeadline deadline;
    QSignalSpy expired(&deadline, &LazyDeadline::expired);
    QElapsedTimer clock;
    clock.start();
    deadline.expireIn(100ms);
    for (int i = 0; i < 5; ++i) { // pushed back every 60 ms, as a reading connection does
        QTest::qWait(60);
        QCOMPARE(expired.count(), 0);
        deadline.expireIn(100ms);
    }
    const qint64 lastMove = clock.elapsed();
    QVERIFY(expired.wait(2000));
    QVERIFY2(clock.elapsed() - lastMove >= 95, qPrintable(QString::number(clock.elapsed() - lastMove)));
    QCOMPARE(expired.count(), 1);
}

void TestLazyDeadline::broughtForwardExpiresSooner()
{
    LazyDeadline deadline;
    QSignalSpy expired(&deadline, &LazyDeadline::expired);
    QElapsedTimer clock;
    clock.start();
    deadline.expireIn(10s);
    deadline.expireIn(50ms);
    QVERIFY(expired.wait(2000));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void TestLazyDeadline::cancelledDoesNotExpire()
{
    LazyDeadline deadline;
    QSignalSpy expired(&deadline, &LazyDeadline::expired);
    deadline.expireIn(50ms);
    deadline.cancel();
    QVERIFY(!deadline.isSet());
    QTest::qWait(200);
    QCOMPARE(expired.count(), 0);
}

// Cancelled while armed for later, then set sooner: the sooner deadline counts.
void TestLazyDeadline::setAgainAfterCancelExpires()
{
    LazyDeadline deadline;
    QSignalSpy expired(&deadline, &LazyDeadline::expired);
    deadline.expireIn(10s);
    deadline.cancel();
    QElapsedTimer clock;
    clock.start();
    deadline.expireIn(80ms);
    QVERIFY(expired.wait(2000));
    QVERIFY2(clock.elapsed() >= 75, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestLazyDeadline)
#include "tst_lazydeadline.moc"
