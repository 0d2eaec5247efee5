#pragma once

#include <QString>

namespace Common {

/**
 * Whether a host name or address is this machine: "localhost", a name under ".localhost" (RFC 6761)
 * or a loopback address (127.0.0.0/8, ::1). Without a port or brackets.
 */
bool isLoopbackHost(const QString &host);

} // namespace Common
