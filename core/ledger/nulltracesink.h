#pragma once

#include "core/ledger/tracesink.h"

namespace Ledger {

/** Accepts every trace and keeps none: "ledger off", the baseline of the gateway benchmark. */
class NullTraceSink final : public TraceSink
{
public:
    NullTraceSink() = default;
    Q_DISABLE_COPY_MOVE(NullTraceSink)

    /** Reports committed with id 0, queued on `context`'s thread like a real sink would. */
    void submit(TraceRecord trace, QObject *context, DoneCallback done) override;
    /** Reports the lot with one queued call per context, as LedgerWriter does for a batch. */
    void submitAll(std::vector<Pending> pending) override;
};

} // namespace Ledger
