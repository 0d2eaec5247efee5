#include "core/common/socketio.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using Common::readAvailable;
using Common::writeNow;

class TestSocketIo final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sendsStraightToTheKernelWhenNothingIsBuffered();
    void queuesBehindBytesQtStillHolds();
    void leavesTlsSocketsToQt();
    void failsOnASocketThatIsNotConnected();
    void readsWhatIsThereUpToTheLimit();

private:
    // The far end of `socket`'s connection, accepted by m_server.
    QTcpSocket *acceptPeer();
    static QByteArray readAll(QTcpSocket &socket, qint64 size);

    QTcpServer m_server;
    std::unique_ptr<QTcpSocket> m_socket;
};

void TestSocketIo::init()
{
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->connectToHost(QHostAddress::LocalHost, m_server.serverPort());
    QVERIFY(m_socket->waitForConnected(5000));
}

void TestSocketIo::cleanup()
{
    m_socket.reset();
    m_server.close();
}

QTcpSocket *TestSocketIo::acceptPeer()
{
    if (!m_server.hasPendingConnections() && !m_server.waitForNewConnection(5000))
        return nullptr;
    QTcpSocket *peer = m_server.nextPendingConnection();
    peer->setParent(this);
    return peer;
}

QByteArray TestSocketIo::readAll(QTcpSocket &socket, qint64 size)
{
    QByteArray received;
    while (received.size() < size) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(5000))
            break;
        received += socket.readAll();
    }
    return received;
}

// The bytes leave without Qt's buffer: nothing to flush, no bytesWritten (which Qt's own flush emits),
// and the peer has them although this socket's events were never processed.
void TestSocketIo::sendsStraightToTheKernelWhenNothingIsBuffered()
{
    QTcpSocket *peer = acceptPeer();
    QVERIFY(peer);
    QSignalSpy written(m_socket.get(), &QTcpSocket::bytesWritten);
    const QByteArray request = "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n\r\n";

    QCOMPARE(writeNow(*m_socket, request), request.size());

    QCOMPARE(m_socket->bytesToWrite(), 0);
    QCOMPARE(readAll(*peer, request.size()), request);
    QCOMPARE(written.count(), 0);
}

// What the kernel did not take waits in Qt's buffer; a later write must go behind it, not past it.
void TestSocketIo::queuesBehindBytesQtStillHolds()
{
    QTcpSocket *peer = acceptPeer();
    QVERIFY(peer);
    const QByteArray first(64 * 1024 * 1024, 'a'); // far more than loopback's socket buffers hold
    const QByteArray second(4096, 'b');

    QCOMPARE(writeNow(*m_socket, first), first.size());
    QVERIFY2(m_socket->bytesToWrite() > 0, "the kernel took 64 MiB at once; the test needs a larger first write");
    // The peer reads some, so the kernel has room again while Qt still holds the rest of `first`.
    QByteArray received = readAll(*peer, 1024 * 1024);
    QVERIFY(m_socket->bytesToWrite() > 0);
    QCOMPARE(writeNow(*m_socket, second), second.size());

    const qint64 total = first.size() + second.size();
    QDeadlineTimer deadline(10000);
    while (received.size() < total && !deadline.hasExpired()) {
        QCoreApplication::processEvents(); // lets Qt send what it holds
        peer->waitForReadyRead(10);
        received += peer->readAll();
    }
    QCOMPARE(received.size(), total);
    QVERIFY(received.startsWith(first));
    QVERIFY(received.endsWith(second));
}

// A TLS socket's bytes must be encrypted by QSslSocket: sending them to the descriptor would put plain
// text on the wire. (Unencrypted here, but it is a QSslSocket, so Qt's path, which emits bytesWritten.)
void TestSocketIo::leavesTlsSocketsToQt()
{
    acceptPeer(); // the plain socket's connection
    QSslSocket tlsSocket;
    tlsSocket.connectToHost(QHostAddress::LocalHost, m_server.serverPort());
    QVERIFY(tlsSocket.waitForConnected(5000));
    QTcpSocket *peer = acceptPeer();
    QVERIFY(peer);
    QSignalSpy written(&tlsSocket, &QTcpSocket::bytesWritten);
    const QByteArray bytes = "through QSslSocket";

    QCOMPARE(writeNow(tlsSocket, bytes), bytes.size());

    QCOMPARE(readAll(*peer, bytes.size()), bytes);
    QVERIFY(written.count() > 0 || written.wait(5000));
}

void TestSocketIo::failsOnASocketThatIsNotConnected()
{
    QTcpSocket unconnected;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("device not open")));
    QCOMPARE(writeNow(unconnected, "lost"), -1);
}

void TestSocketIo::readsWhatIsThereUpToTheLimit()
{
    QTcpSocket *peer = acceptPeer();
    QVERIFY(peer);
    m_socket->write("0123456789");
    m_socket->flush();
    QTRY_COMPARE(peer->bytesAvailable(), 10);

    QCOMPARE(readAvailable(*peer, 4), QByteArray("0123"));
    const QByteArray rest = readAvailable(*peer, 64 * 1024);
    QCOMPARE(rest, QByteArray("456789"));
    // Not a buffer of the limit's size (QIODevice::read(limit) would allocate 64 KiB for these 6 bytes).
    QVERIFY2(rest.capacity() < 64 * 1024, qPrintable(QString::number(rest.capacity())));
    QCOMPARE(readAvailable(*peer, 64 * 1024), QByteArray());
}

QTEST_GUILESS_MAIN(TestSocketIo)
#include "tst_socketio.moc"
