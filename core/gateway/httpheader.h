#pragma once

#include <QByteArray>

namespace Gateway {

/** One header field. Request headers arrive with lower-cased names (RFC 9110 §5.1: names are
    case-insensitive); response headers are sent as written. */
struct HttpHeader
{
    QByteArray name;
    QByteArray value;
};

} // namespace Gateway
