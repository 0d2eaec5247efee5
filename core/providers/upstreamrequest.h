#pragma once

#include "core/providers/httpheaders.h"

#include <QByteArray>
#include <QUrl>

namespace Providers {

/**
 * One HTTP/1.1 request to an upstream API. The connection adds Host and Content-Length when
 * they are missing; callers set everything else (Authorization, Content-Type, Accept, ...).
 */
struct UpstreamRequest
{
    QByteArray method = QByteArrayLiteral("POST");
    QUrl url;            // http:// or https:// only
    HttpHeaders headers;
    QByteArray body;
    int firstByteTimeoutMs = -1; // -1: the pool's default (a long completion may take minutes)
};

} // namespace Providers
