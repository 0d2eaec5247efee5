#include "core/common/socketio.h"

#include <QAbstractSocket>
#include <QIODevice>
#include <QSslSocket>

#include <algorithm>
#include <cerrno>
#include <sys/socket.h>

namespace Common {

namespace {

// How many bytes the kernel took at once: 0 when it would block or refused (Qt then meets the same
// condition in flush() and reports it as it always does).
qint64 sendDirectly(QAbstractSocket &socket, QByteArrayView bytes)
{
    const bool plainTcp = socket.socketType() == QAbstractSocket::TcpSocket && !qobject_cast<QSslSocket *>(&socket);
    if (!plainTcp || socket.state() != QAbstractSocket::ConnectedState || socket.bytesToWrite() > 0)
        return 0;
    const auto descriptor = static_cast<int>(socket.socketDescriptor());
    if (descriptor < 0)
        return 0;
    ssize_t sent = -1;
    do {
        // MSG_NOSIGNAL: a peer that has gone must give an error, not SIGPIPE (Qt's own sends do the same).
        sent = ::send(descriptor, bytes.data(), static_cast<size_t>(bytes.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
    } while (sent < 0 && errno == EINTR);
    return sent > 0 ? static_cast<qint64>(sent) : 0;
}

} // namespace

qint64 writeNow(QAbstractSocket &socket, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return 0;
    const qint64 sent = sendDirectly(socket, bytes);
    if (sent == bytes.size())
        return sent;
    const qint64 buffered = socket.write(bytes.data() + sent, bytes.size() - sent);
    if (buffered < 0)
        return -1;
    socket.flush(); // out now rather than on the loop's next turn
    return sent + buffered;
}

QByteArray readAvailable(QIODevice &device, qint64 limit)
{
    return device.read(std::min(device.bytesAvailable(), limit));
}

} // namespace Common
