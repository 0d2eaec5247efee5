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
    switch (status) {
    case 100: return QByteArrayLiteral("Continue");
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 204: return QByteArrayLiteral("No Content");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 413: return QByteArrayLiteral("Content Too Large");
    case 414: return QByteArrayLiteral("URI Too Long");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    case 505: return QByteArrayLiteral("HTTP Version Not Supported");
    default: return QByteArrayLiteral("Unknown");
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
