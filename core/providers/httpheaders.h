#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace Providers {

/** Header fields in wire order; names as sent on requests, lower-cased on parsed responses. */
using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/** The first value of a header (names compared case-insensitively), or a null QByteArray. */
inline QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &field : headers) {
        if (name.compare(field.first, Qt::CaseInsensitive) == 0)
            return field.second;
    }
    return {};
}

} // namespace Providers
