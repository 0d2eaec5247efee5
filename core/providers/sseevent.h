#pragma once

#include <QByteArray>

namespace Providers {

/**
 * One blank-line-terminated block of a text/event-stream, decoded per the WHATWG HTML
 * "server-sent events" interpretation rules, together with the exact bytes it came from.
 */
struct SseEvent
{
    QByteArray type;  // the "event:" field; empty means the default type "message"
    QByteArray data;  // "data:" lines joined with '\n', without the final '\n'
    QByteArray id;    // the last event ID in force when this block ended (it persists across events)
    QByteArray raw;   // the bytes of this block as received, including its terminating blank line
    bool hasData = false; // false for blocks of only comments or other fields: no event is dispatched

    /** The spec dispatches an event only when the data buffer is not empty. */
    bool isEvent() const { return hasData; }
};

} // namespace Providers
