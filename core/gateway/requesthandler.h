#pragma once

#include "core/gateway/httprequest.h"
#include "core/gateway/httpresponse.h"

#include <QByteArrayView>
#include <QString>

namespace Gateway {

class HttpResponseWriter;

/** Answers requests. Called on the server's thread, one request per connection at a time. */
class RequestHandler
{
public:
    virtual ~RequestHandler() = default;

    /** Answer through writer, now or on a later event-loop turn. The writer is owned by the connection and
        dies with it (after clientDisconnected()), so keep it in a QPointer when answering later. */
    virtual void handleRequest(const HttpRequest &request, HttpResponseWriter *writer) = 0;

    /**
     * The answer to a request the HTTP layer refuses before it reaches handleRequest (400, 408, 413,
     * 414, 431, 505). `target` is the request-target as far as it was read, so that a handler can
     * answer in its API's error shape; the default is a plain JSON error.
     */
    virtual HttpResponse protocolError(int status, const QString &message, QByteArrayView target) const
    {
        Q_UNUSED(target)
        return HttpResponse::jsonError(status, message);
    }
};

} // namespace Gateway
