#include "core/ledger/nulltracesink.h"

#include <QMetaObject>

#include <utility>

namespace Ledger {

void NullTraceSink::submit(TraceRecord trace, QObject *context, DoneCallback done)
{
    Q_UNUSED(trace)
    Q_ASSERT(context);
    // Queued even on the caller's own thread, so callers see the same ordering as with LedgerWriter.
    QMetaObject::invokeMethod(
        context, [callback = std::move(done)] { callback(true, 0); }, Qt::QueuedConnection);
}

void NullTraceSink::submitAll(std::vector<Pending> pending)
{
    std::vector<Report> reports;
    reports.reserve(pending.size());
    for (Pending &one : pending) {
        Q_ASSERT(one.context);
        reports.emplace_back(one.context, [callback = std::move(one.done)] { callback(true, 0); });
    }
    deliverGrouped(std::move(reports));
}

} // namespace Ledger
