#pragma once

#include <QtGlobal>

#include <chrono>

namespace Gateway {

/** Limits of the HTTP server; the defaults suit a local gateway, tests shrink the timeouts. */
struct HttpServerOptions
{
    int maxConnections = 256;              // one more gets 503 and a close
    int maxRequestsPerConnection = 1000;   // the last one is answered with Connection: close
    std::chrono::milliseconds idleTimeout{60'000}; // no byte from the client for this long closes the connection
    qint64 maxBodyBytes = 32 * 1024 * 1024;  // larger request bodies get 413
    qint64 drainThreshold = 64 * 1024;     // HttpResponseWriter::drained() fires when pending bytes fall to this
    qint64 readBufferBytes = 64 * 1024;    // unread bytes Qt buffers per socket; beyond that TCP pushes back
};

} // namespace Gateway
