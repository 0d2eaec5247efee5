#pragma once

#include "core/gateway/httpheader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>

#include <optional>

namespace Gateway {

/** A complete HTTP/1.x request as the parser produced it. */
struct HttpRequest
{
    QByteArray method;        // as sent, upper case by definition: "GET", "POST"
    QByteArray target;        // request-target as sent: "/v1/chat/completions?x=1"
    int versionMinor = 1;     // HTTP/1.<versionMinor>; only 1.0 and 1.1 get past the parser
    QList<HttpHeader> headers; // in arrival order, duplicates kept
    QByteArray body;          // de-chunked
    QHostAddress peerAddress; // the client, filled by HttpConnection (e.g. /metrics is open to loopback only)

    /** The target up to '?'. */
    QByteArray path() const;
    /**
     * The target in origin form: RFC 9112 §3.2.2 has a server accept the absolute form ("http://host/v1/x?y",
     * as sent to a proxy) and go by its path and query ("/v1/x?y"; "/" when it has no path). Other targets
     * come back as they are.
     */
    static QByteArray originForm(const QByteArray &target);
    /** A target in absolute form split into its authority ("host:port", maybe empty) and its origin form. */
    struct AbsoluteForm
    {
        QByteArray authority;
        QByteArray origin;
    };
    /** nullopt for a target that is not in absolute form. */
    static std::optional<AbsoluteForm> splitAbsoluteForm(const QByteArray &target);
    /** The target after '?', without it; empty when there is none. */
    QByteArray query() const;
    /** The first header with this name (give it in lower case), or a null QByteArray. */
    QByteArray header(QByteArrayView lowerCaseName) const;
    bool hasHeader(QByteArrayView lowerCaseName) const;
    /** Whether the client wants the connection kept open (RFC 9112 §9.3: 1.1 persists unless "close",
        1.0 only with "keep-alive"). */
    bool keepAlive() const;
    /** "Expect: 100-continue" on an HTTP/1.1 request (RFC 9110 §10.1.1). */
    bool expectsContinue() const;
    bool isHead() const { return method == "HEAD"; }
};

} // namespace Gateway
