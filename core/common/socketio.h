#pragma once

#include <QByteArray>
#include <QByteArrayView>

class QAbstractSocket;
class QIODevice;

namespace Common {

/**
 * Writes `bytes` to a connected TCP socket now, as QAbstractSocket::write() followed by flush() would,
 * but without arming the write notifier when the kernel takes everything.
 *
 * A buffered QTcpSocket copies each write into its buffer and arms its write notifier, and flush() sends
 * and disarms it. On Qt's glib event dispatcher every arm and disarm re-registers the descriptor and wakes
 * the loop through its eventfd: two syscalls and a walk of the notifier list per write, two writes per
 * proxied request on each side (about a tenth of the gateway's CPU per request); on the gateway's own
 * epoll loop (Gateway::EpollEventDispatcher) each would be an epoll_ctl call. When the socket's own
 * buffer is empty this sends straight to the descriptor; what the kernel does not take, an error, a TLS
 * socket (whose bytes must be encrypted) or a socket that is not connected goes the usual way, so the
 * order of the bytes and Qt's error reporting are what they were.
 *
 * Returns what QAbstractSocket::write() returns: the number of bytes accepted, or -1.
 */
qint64 writeNow(QAbstractSocket &socket, QByteArrayView bytes);

/**
 * Reads what `device` holds, at most `limit` bytes. Not QIODevice::read(limit): that allocates `limit`
 * bytes before it reads, and a 64 KiB buffer for a 500-byte request made malloc consolidate its free
 * lists on every read.
 */
QByteArray readAvailable(QIODevice &device, qint64 limit);

} // namespace Common
