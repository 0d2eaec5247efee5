#include "app/singleinstance.h"

#include "core/common/privatefiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace App {

namespace {

constexpr int ConnectTimeoutMs = 1000;
constexpr int UnreadableLockSeconds = 10;

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
    bool locked = m_lock.tryLock(0);
    if (!locked && heldByAnother() && !m_lock.getLockInfo(nullptr, nullptr, nullptr)) {
        // A lock file that names no holder (empty or garbage: a power cut while it was written) is
        // taken for held by QLockFile when there is no stale time (QA: serve refused for good until the
        // file was deleted by hand). Once older than the moment between creating and writing one, it goes.
        const QDateTime modified = QFileInfo(m_lock.fileName()).lastModified();
        if (modified.isValid() && modified.secsTo(QDateTime::currentDateTime()) >= UnreadableLockSeconds)
            QFile::remove(m_lock.fileName());
        locked = m_lock.tryLock(0);
    }
    if (!locked)
        return false;
    // It names the process, host and machine: for this user only, like everything else in the directory.
    QFile::setPermissions(m_lock.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

QString SingleInstance::whyNotClaimed(const QString &dataDir) const
{
    if (heldByAnother() && holder().isEmpty()) // a lock being written, or one a power cut left empty
        return QStringLiteral("%1 names no process: another Tollgate is starting on %2, or the file was left behind "
                              "(it is taken over once %3 s old)")
            .arg(QDir::toNativeSeparators(m_lock.fileName()), dataDir)
            .arg(UnreadableLockSeconds);
    if (heldByAnother())
        return QStringLiteral("another Tollgate (%1) is already serving %2").arg(holder(), dataDir);
    return QStringLiteral("cannot create %1: %2").arg(QDir::toNativeSeparators(m_lock.fileName()),
                                                      m_lock.error() == QLockFile::PermissionError
                                                          ? QStringLiteral("permission denied (a read-only data directory?)")
                                                          : QStringLiteral("an error (is the disk full?)"));
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
