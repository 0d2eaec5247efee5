#pragma once

#include "core/gateway/httpheader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Gateway {

/** A response to send: status, headers and a whole body. The serializer adds the framing headers. */
struct HttpResponse
{
    int status = 200;
    QByteArray reason;         // empty: the standard phrase for status
    QList<HttpHeader> headers; // sent as given; leave out Content-Length, Date, Connection
    QByteArray body;

    HttpResponse() = default;
    HttpResponse(int statusCode, QByteArray contentType, QByteArray bodyBytes);

    void setHeader(const QByteArray &name, const QByteArray &value);
    /** A small OpenAI-style JSON error: {"error":{"message":..,"type":..,"param":null,"code":null}}. */
    static HttpResponse jsonError(int status, const QString &message);
    static QByteArray standardReason(int status);

    /** The whole response with Content-Length, Date and Connection; no body bytes for HEAD. */
    QByteArray serialize(bool keepAlive, bool headRequest) const;
    /** Status line and headers only, for a streamed body: chunked (RFC 9112 §7.1), or for an HTTP/1.0
        client raw bytes delimited by closing the connection. */
    QByteArray serializeHead(bool keepAlive, bool chunked = true) const;
    /** One chunk of a chunked body; empty data gives nothing (an empty chunk would end the body). */
    static QByteArray chunk(QByteArrayView data);
    /** The terminating zero-size chunk with no trailers. */
    static QByteArray lastChunk();
    /** Date header value, IMF-fixdate (RFC 9110 §5.6.7). */
    static QByteArray httpDate();

private:
    QByteArray statusLineAndHeaders(bool keepAlive) const;
};

} // namespace Gateway
