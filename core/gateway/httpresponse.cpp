#include "core/gateway/httpresponse.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Gateway {

HttpResponse::HttpResponse(int statusCode, QByteArray contentType, QByteArray bodyBytes)
    : status(statusCode)
    , body(std::move(bodyBytes))
{
    if (!contentType.isEmpty())
        headers.append(HttpHeader{QByteArrayLiteral("Content-Type"), std::move(contentType)});
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (HttpHeader &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0) {
            h.value = value;
            return;
        }
    }
    headers.append(HttpHeader{name, value});
}

HttpResponse HttpResponse::jsonError(int status, const QString &message)
{
    const QString type = status >= 500 ? QStringLiteral("server_error") : QStringLiteral("invalid_request_error");
    const QJsonObject error{{QStringLiteral("message"), message},
                            {QStringLiteral("type"), type},
                            {QStringLiteral("param"), QJsonValue::Null},
                            {QStringLiteral("code"), QJsonValue::Null}};
    const QJsonObject root{{QStringLiteral("error"), error}};
    return HttpResponse(status, QByteArrayLiteral("application/json"),
                        QJsonDocument(root).toJson(QJsonDocument::Compact));
}

QByteArray HttpResponse::standardReason(int status)
{
    // RFC 9110 §15. Upstream statuses are relayed as they come, so the whole registry is here, not
    // only what the gateway itself sends (402 credit exhausted, 405, 408, 413, 414, 429, 431, 502-504).
    switch (status) {
    case 100: return QByteArrayLiteral("Continue");
    case 101: return QByteArrayLiteral("Switching Protocols");
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 202: return QByteArrayLiteral("Accepted");
    case 203: return QByteArrayLiteral("Non-Authoritative Information");
    case 204: return QByteArrayLiteral("No Content");
    case 205: return QByteArrayLiteral("Reset Content");
    case 206: return QByteArrayLiteral("Partial Content");
    case 300: return QByteArrayLiteral("Multiple Choices");
    case 301: return QByteArrayLiteral("Moved Permanently");
    case 302: return QByteArrayLiteral("Found");
    case 303: return QByteArrayLiteral("See Other");
    case 304: return QByteArrayLiteral("Not Modified");
    case 307: return QByteArrayLiteral("Temporary Redirect");
    case 308: return QByteArrayLiteral("Permanent Redirect");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 402: return QByteArrayLiteral("Payment Required");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 406: return QByteArrayLiteral("Not Acceptable");
    case 407: return QByteArrayLiteral("Proxy Authentication Required");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 409: return QByteArrayLiteral("Conflict");
    case 410: return QByteArrayLiteral("Gone");
    case 411: return QByteArrayLiteral("Length Required");
    case 412: return QByteArrayLiteral("Precondition Failed");
    case 413: return QByteArrayLiteral("Content Too Large");
    case 414: return QByteArrayLiteral("URI Too Long");
    case 415: return QByteArrayLiteral("Unsupported Media Type");
    case 416: return QByteArrayLiteral("Range Not Satisfiable");
    case 417: return QByteArrayLiteral("Expectation Failed");
    case 421: return QByteArrayLiteral("Misdirected Request");
    case 422: return QByteArrayLiteral("Unprocessable Content");
    case 425: return QByteArrayLiteral("Too Early");
    case 426: return QByteArrayLiteral("Upgrade Required");
    case 428: return QByteArrayLiteral("Precondition Required");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 451: return QByteArrayLiteral("Unavailable For Legal Reasons");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    case 505: return QByteArrayLiteral("HTTP Version Not Supported");
    case 511: return QByteArrayLiteral("Network Authentication Required");
    // An unregistered code (Anthropic's 529, say) gets no phrase: RFC 9112 §4 makes the phrase
    // optional and tells clients to ignore it, so an empty one is honest where "Unknown" was not.
    default: return QByteArray();
    }
}

QByteArray HttpResponse::httpDate()
{
    // Formatting a date through QLocale cost 2 % of the gateway thread at 64 connections; the text
    // only changes once a second, so each thread keeps the last one.
    thread_local qint64 formattedSecond = -1;
    thread_local QByteArray formatted;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 second = now.toSecsSinceEpoch();
    if (second != formattedSecond) {
        // The C locale keeps English day and month names whatever the user's locale is.
        formatted = QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
        formattedSecond = second;
    }
    return formatted;
}

QByteArray HttpResponse::statusLineAndHeaders(bool keepAlive) const
{
    QByteArray out;
    out.reserve(256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + (reason.isEmpty() ? standardReason(status) : reason)
           + "\r\n";
    for (const HttpHeader &h : headers)
        out += h.name + ": " + h.value + "\r\n";
    out += "Date: " + httpDate() + "\r\n";
    out += keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n") : QByteArrayLiteral("Connection: close\r\n");
    return out;
}

QByteArray HttpResponse::serialize(bool keepAlive, bool headRequest) const
{
    QByteArray out = statusLineAndHeaders(keepAlive);
    // RFC 9110 §8.6: no Content-Length on 1xx and 204; HEAD announces the length a GET would have had.
    const bool bodyless = status == 204 || status == 304 || (status >= 100 && status < 200);
    if (!bodyless)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n";
    if (!headRequest && !bodyless)
        out += body;
    return out;
}

QByteArray HttpResponse::serializeHead(bool keepAlive, bool chunked) const
{
    QByteArray out = statusLineAndHeaders(keepAlive && chunked);
    if (chunked)
        out += "Transfer-Encoding: chunked\r\n";
    out += "\r\n";
    return out;
}

QByteArray HttpResponse::chunk(QByteArrayView data)
{
    if (data.isEmpty())
        return {};
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

QByteArray HttpResponse::lastChunk()
{
    return QByteArrayLiteral("0\r\n\r\n");
}

} // namespace Gateway
