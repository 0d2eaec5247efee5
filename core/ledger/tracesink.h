#pragma once

#include "core/ledger/tracerecord.h"

#include <QObject>

#include <functional>

namespace Ledger {

/**
 * Where the gateway hands each finished request's trace. The gateway may only send the last byte
 * of a response once `done` has reported, so a sink reports after the trace is durable.
 */
class TraceSink
{
public:
    /** committed: the trace is in the ledger; traceId: its row id (0 when not committed or not stored). */
    using DoneCallback = std::function<void(bool committed, qint64 traceId)>;

    virtual ~TraceSink() = default;

    /**
     * Takes one trace; callable from any thread. `done` runs exactly once, queued on `context`'s
     * thread, never inside submit(). `context` must outlive the delivery of `done`: pass a
     * long-lived object (e.g. the server) and guard short-lived ones inside `done` with a QPointer.
     */
    virtual void submit(TraceRecord trace, QObject *context, DoneCallback done) = 0;

protected:
    TraceSink() = default;
    Q_DISABLE_COPY_MOVE(TraceSink)
};

} // namespace Ledger
