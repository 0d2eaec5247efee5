#pragma once

#include "core/ledger/tracerecord.h"

#include <QObject>

#include <functional>
#include <vector>

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

    /** One submission, for handing over several at once. */
    struct Pending
    {
        TraceRecord trace;
        QObject *context = nullptr;
        DoneCallback done;
    };

    virtual ~TraceSink() = default;

    /**
     * Takes one trace; callable from any thread. `done` runs exactly once, queued on `context`'s
     * thread, never inside submit(). `context` must outlive the delivery of `done`: pass a
     * long-lived object (e.g. the server) and guard short-lived ones inside `done` with a QPointer.
     */
    virtual void submit(TraceRecord trace, QObject *context, DoneCallback done) = 0;

    /** Takes several traces, in order, with the same promises as submit(); sinks may do it in one step. */
    virtual void submitAll(std::vector<Pending> pending);

    /**
     * Whether a trace submitted now can reach the ledger; callable from any thread. Not while it holds
     * traces the ledger could not take (a full disk), nor once the ledger file is gone: the gateway then
     * takes no new requests, so that none is served that is booked nowhere.
     */
    virtual bool canTakeTraces() const { return true; }

    /**
     * Whether the ledger file was deleted or replaced under the running gateway; callable from any
     * thread. Unlike a full disk this does not pass: only a restart opens (or creates) the file again.
     */
    virtual bool ledgerGone() const { return false; }

protected:
    TraceSink() = default;
    Q_DISABLE_COPY_MOVE(TraceSink)

    /** A report to deliver: which context's thread runs it, and the call. */
    using Report = std::pair<QObject *, std::function<void()>>;
    /**
     * Delivers reports with one queued call per context instead of one per report (each queued call
     * wakes the receiving thread), keeping their order within each context.
     */
    static void deliverGrouped(std::vector<Report> reports);
};

} // namespace Ledger
