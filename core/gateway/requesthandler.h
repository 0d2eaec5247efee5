#pragma once

#include "core/gateway/httprequest.h"

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
};

} // namespace Gateway
