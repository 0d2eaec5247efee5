// The gateway thread's epoll event dispatcher, installed here on the test's own thread so that
// every QTest wait, timer and socket below runs on it.

#include "core/gateway/epolleventdispatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <sys/socket.h>
#include <unistd.h>

#include <memory>
#include <thread>

class TestEpollEventDispatcher : public QObject
{
    Q_OBJECT

private slots:
    void isTheThreadsDispatcher();
    void readNotifierFiresOnlyWithDataAndWhileEnabled();
    void writeNotifierFiresWhenWritable();
    void aNotifierDeletedByItsNeighbourIsNotTold();
    void hangUpWakesTheReader();
    void excludedSocketsNeitherToldNorEndTheWait();
    void timersFireOnTimeAndRepeat();
    void zeroTimerDoesNotStarveSockets();
    void timerBookkeeping();
    void postedEventFromAnotherThreadWakesTheWait();
    void postedEventIsDeliveredBetweenSocketsOfOneTurn();
    void quitFromAnotherThreadEndsTheLoop();
    void tcpRoundTripsAndALargeWrite();
};

namespace {

/** A connected pair of local stream sockets, closed at the end of the test. */
struct SocketPair
{
    int fds[2] = {-1, -1};
    SocketPair() { QVERIFY(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, fds) == 0); }
    ~SocketPair()
    {
        for (const int fd : fds) {
            if (fd >= 0)
                ::close(fd);
        }
    }
    /**
     * Takes one byte from the first end, as a read notifier's handler must (level-triggered, it fires
     * again while bytes wait); read()'s result, 0 at the end of the stream.
     */
    ssize_t takeByte() const
    {
        char byte;
        return ::read(fds[0], &byte, 1);
    }
};

} // namespace

void TestEpollEventDispatcher::isTheThreadsDispatcher()
{
    QVERIFY(qobject_cast<Gateway::EpollEventDispatcher *>(QAbstractEventDispatcher::instance()));
}

void TestEpollEventDispatcher::readNotifierFiresOnlyWithDataAndWhileEnabled()
{
    SocketPair pair;
    QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
    int fired = 0;
    connect(&notifier, &QSocketNotifier::activated, this, [&] {
        ++fired;
        char buffer[16];
        (void)::read(pair.fds[0], buffer, sizeof buffer); // level-triggered: drain, or it fires again
    });
    QTest::qWait(30);
    QCOMPARE(fired, 0);

    QCOMPARE(::write(pair.fds[1], "x", 1), 1);
    QTRY_COMPARE(fired, 1);
    QTest::qWait(30);
    QCOMPARE(fired, 1); // drained: no more

    notifier.setEnabled(false);
    QCOMPARE(::write(pair.fds[1], "y", 1), 1);
    QTest::qWait(30);
    QCOMPARE(fired, 1);
    notifier.setEnabled(true); // the byte that waited is reported now
    QTRY_COMPARE(fired, 2);
}

void TestEpollEventDispatcher::writeNotifierFiresWhenWritable()
{
    SocketPair pair;
    QSocketNotifier reader(pair.fds[0], QSocketNotifier::Read); // both kinds on one descriptor
    QSocketNotifier writer(pair.fds[0], QSocketNotifier::Write);
    int reads = 0;
    int writes = 0;
    connect(&reader, &QSocketNotifier::activated, this, [&] { ++reads; });
    connect(&writer, &QSocketNotifier::activated, this, [&] {
        ++writes;
        writer.setEnabled(false);
    });
    QTRY_COMPARE(writes, 1);
    QCOMPARE(reads, 0);
    writer.setEnabled(true);
    QTRY_COMPARE(writes, 2);
}

void TestEpollEventDispatcher::aNotifierDeletedByItsNeighbourIsNotTold()
{
    // A socket's read handler that closes it deletes its write notifier in the same turn.
    SocketPair pair;
    auto reader = std::make_unique<QSocketNotifier>(pair.fds[0], QSocketNotifier::Read);
    auto *writer = new QSocketNotifier(pair.fds[0], QSocketNotifier::Write);
    int writes = 0;
    connect(writer, &QSocketNotifier::activated, this, [&] { ++writes; });
    bool readerRan = false;
    connect(reader.get(), &QSocketNotifier::activated, this, [&] {
        readerRan = true;
        delete writer;
        writer = nullptr;
    });
    QCOMPARE(::write(pair.fds[1], "x", 1), 1); // readable and writable in the same wait
    QTRY_VERIFY(readerRan);
    QTest::qWait(30);
    QCOMPARE(writes, 0); // ASan would also catch a call through the deleted one
}

void TestEpollEventDispatcher::hangUpWakesTheReader()
{
    SocketPair pair;
    QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
    bool endSeen = false;
    connect(&notifier, &QSocketNotifier::activated, this, [&] {
        if (pair.takeByte() == 0) {
            endSeen = true;
            notifier.setEnabled(false);
        }
    });
    ::close(pair.fds[1]);
    pair.fds[1] = -1;
    QTRY_VERIFY(endSeen);
}

void TestEpollEventDispatcher::excludedSocketsNeitherToldNorEndTheWait()
{
    // processEvents() told to leave sockets alone waits for what it may deliver: here a timer.
    SocketPair pair;
    QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
    int told = 0;
    connect(&notifier, &QSocketNotifier::activated, this, [&] {
        ++told;
        pair.takeByte();
    });
    QCOMPARE(::write(pair.fds[1], "x", 1), 1);
    bool fired = false;
    QTimer::singleShot(60, Qt::PreciseTimer, this, [&] { fired = true; });
    QElapsedTimer clock;
    clock.start();
    int waits = 0;
    while (!fired && clock.elapsed() < 2000) {
        QAbstractEventDispatcher::instance()->processEvents(QEventLoop::WaitForMoreEvents | QEventLoop::ExcludeSocketNotifiers);
        ++waits;
    }
    QVERIFY(fired);
    QCOMPARE(told, 0);
    QVERIFY2(waits < 10, qPrintable(QString::number(waits))); // each call waited; the ready socket did not end it
    QTRY_COMPARE(told, 1); // and told once sockets are allowed again
}

void TestEpollEventDispatcher::timersFireOnTimeAndRepeat()
{
    QElapsedTimer clock;
    clock.start();
    qint64 singleShotAt = -1;
    QTimer::singleShot(40, Qt::PreciseTimer, this, [&] { singleShotAt = clock.elapsed(); });
    QTimer repeating;
    repeating.setTimerType(Qt::PreciseTimer);
    repeating.setInterval(10);
    int ticks = 0;
    connect(&repeating, &QTimer::timeout, this, [&] {
        if (++ticks == 5)
            repeating.stop();
    });
    repeating.start();
    QTRY_VERIFY(singleShotAt >= 0);
    QVERIFY2(singleShotAt >= 40, qPrintable(QString::number(singleShotAt))); // never early
    QTRY_COMPARE(ticks, 5);
    QTest::qWait(40);
    QCOMPARE(ticks, 5); // stopped inside its own timeout
    QVERIFY(!repeating.isActive());
}

void TestEpollEventDispatcher::zeroTimerDoesNotStarveSockets()
{
    // A zero timer fires once per turn; the socket's notifier still gets its turns.
    SocketPair pair;
    QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
    bool readSeen = false;
    connect(&notifier, &QSocketNotifier::activated, this, [&] {
        pair.takeByte();
        readSeen = true;
    });
    QTimer zero;
    zero.setInterval(0);
    int spins = 0;
    connect(&zero, &QTimer::timeout, this, [&] { ++spins; });
    zero.start();
    QCOMPARE(::write(pair.fds[1], "x", 1), 1);
    QTRY_VERIFY(readSeen);
    zero.stop();
    QVERIFY(spins > 0);
}

void TestEpollEventDispatcher::timerBookkeeping()
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    QObject owner;
    const int id = owner.startTimer(5000);
    QVERIFY(id > 0);
    const QList<QAbstractEventDispatcher::TimerInfo> infos = dispatcher->registeredTimers(&owner);
    QCOMPARE(infos.size(), 1);
    QCOMPARE(infos.first().timerId, id);
    QCOMPARE(infos.first().interval, 5000);
    const int left = dispatcher->remainingTime(id);
    QVERIFY2(left > 4900 && left <= 5000, qPrintable(QString::number(left)));
    owner.killTimer(id);
    QCOMPARE(dispatcher->remainingTime(id), -1);
    QVERIFY(dispatcher->registeredTimers(&owner).isEmpty());

    {
        QObject shortLived;
        shortLived.startTimer(10);
        shortLived.startTimer(20);
        QCOMPARE(dispatcher->registeredTimers(&shortLived).size(), 2);
    } // its destructor unregisters both; a timer event sent to it now would be a use after free
    QTest::qWait(50);
}

void TestEpollEventDispatcher::postedEventFromAnotherThreadWakesTheWait()
{
    // The loop waits with one timer 3 s away; only wakeUp() can end the wait sooner.
    QEventLoop loop;
    QTimer::singleShot(3000, &loop, [&] { loop.exit(1); });
    QElapsedTimer clock;
    std::thread poster([&] {
        QThread::msleep(50); // the loop is blocked in epoll_wait by then
        clock.start();
        QMetaObject::invokeMethod(&loop, [&] { loop.exit(0); }, Qt::QueuedConnection);
    });
    QCOMPARE(loop.exec(), 0);
    const qint64 latency = clock.elapsed();
    poster.join();
    QVERIFY2(latency < 1000, qPrintable(QString::number(latency)));
}

void TestEpollEventDispatcher::postedEventIsDeliveredBetweenSocketsOfOneTurn()
{
    // Two sockets ready in the same wait; while the first is handled another thread posts an event.
    // It is delivered before the second socket's turn, not after all of them.
    SocketPair first;
    SocketPair second;
    QSocketNotifier firstNotifier(first.fds[0], QSocketNotifier::Read);
    QSocketNotifier secondNotifier(second.fds[0], QSocketNotifier::Read);
    QStringList order;
    const auto handle = [&](const SocketPair &pair) {
        pair.takeByte();
        const bool firstToRun = order.isEmpty();
        order << QStringLiteral("socket");
        if (firstToRun) {
            std::thread poster([&] {
                QMetaObject::invokeMethod(this, [&] { order << QStringLiteral("posted"); }, Qt::QueuedConnection);
            });
            poster.join(); // posted (and the loop woken) before this handler returns
        }
    };
    connect(&firstNotifier, &QSocketNotifier::activated, this, [&] { handle(first); });
    connect(&secondNotifier, &QSocketNotifier::activated, this, [&] { handle(second); });
    QCOMPARE(::write(first.fds[1], "x", 1), 1);
    QCOMPARE(::write(second.fds[1], "y", 1), 1);
    QTRY_COMPARE(order.size(), 3);
    QCOMPARE(order, (QStringList{QStringLiteral("socket"), QStringLiteral("posted"), QStringLiteral("socket")}));
}

void TestEpollEventDispatcher::quitFromAnotherThreadEndsTheLoop()
{
    QEventLoop loop;
    std::thread quitter([&] {
        QThread::msleep(50);
        loop.quit(); // interrupt() from this thread
    });
    QTimer::singleShot(3000, &loop, [&] { loop.exit(1); }); // what a lost interrupt() would end with
    QCOMPARE(loop.exec(), 0);
    quitter.join();
}

void TestEpollEventDispatcher::tcpRoundTripsAndALargeWrite()
{
    // Qt's own sockets on it: 500 request/answer round trips, then 8 MiB that the kernel takes in
    // parts (the write notifier carries the rest).
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_VERIFY(server.hasPendingConnections());
    std::unique_ptr<QTcpSocket> served(server.nextPendingConnection());
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    connect(served.get(), &QTcpSocket::readyRead, this, [&] { served->write(served->readAll()); });

    int answered = 0;
    QByteArray received;
    connect(&client, &QTcpSocket::readyRead, this, [&] {
        received += client.readAll();
        while (received.size() >= 4 && answered < 500) {
            QCOMPARE(received.left(4), QByteArray::number(1000 + answered));
            received.remove(0, 4);
            if (++answered < 500)
                client.write(QByteArray::number(1000 + answered));
        }
    });
    client.write(QByteArray::number(1000));
    QTRY_COMPARE_WITH_TIMEOUT(answered, 500, 10000);

    const QByteArray large(8 * 1024 * 1024, 'z');
    received.clear();
    client.write(large);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), large.size(), 20000);
    QCOMPARE(received, large);
}

int main(int argc, char *argv[])
{
    QCoreApplication::setEventDispatcher(new Gateway::EpollEventDispatcher); // before the application
    QCoreApplication app(argc, argv);
    TestEpollEventDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_epolleventdispatcher.moc"
