#include "app/singleinstance.h"

#include "core/common/privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace App {

namespace {

constexpr int ConnectTimeoutMs = 1000;

// A per-data-directory name, so two ledgers can each have their own window.
QString serverNameFor(const QString &dataDir)
{
    const QByteArray digest = QCryptographicHash::hash(QDir(dataDir).absolutePath().toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("tollgate-") + QString::fromLatin1(digest.toHex().left(16));
}

} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_serverName(serverNameFor(dataDir))
    , m_lock(QDir(dataDir).filePath(QStringLiteral("gateway.lock")))
{
    // Only a dead holder makes the lock stale, never its age: a gateway may run for months.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::claim()
{
    Common::makePrivateDirectory(QFileInfo(m_lock.fileName()).absolutePath()); // else tryLock() fails
    return m_lock.tryLock(0);
}

QString SingleInstance::holder() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_lock.getLockInfo(&pid, &host, &application))
        return QString();
    return QStringLiteral("pid %1").arg(pid);
}

void SingleInstance::listenForActivation()
{
    // A socket left behind by a crashed window would make listen() fail; the lock proves it is stale.
    QLocalServer::removeServer(m_serverName);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName))
        return;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().startsWith("show"))
                    emit activationRequested();
                socket->disconnectFromServer();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool SingleInstance::activateRunningWindow()
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(ConnectTimeoutMs))
        return false;
    socket.write("show\n");
    socket.waitForBytesWritten(ConnectTimeoutMs);
    socket.waitForDisconnected(ConnectTimeoutMs);
    return true;
}

} // namespace App
