#pragma once

#include "core/ledger/rollupupsert.h"
#include "core/ledger/tracerecord.h"

#include <QString>

#include <map>
#include <tuple>
#include <utility>

namespace Ledger {

/**
 * What the rollup tables still lack: the sums of the traces a store committed since the last
 * roll-up, already grouped the way each rollup table groups them, and which trace ids they cover.
 *
 * Why keep them in memory: rolling up from here is a handful of upserts however many traces there
 * were, where aggregating the traces again in SQL costs a few microseconds per trace on the
 * writer, which every response waits for. The sums are only trusted when they cover exactly the
 * traces after the rollups' mark (covers()); anything else (another process wrote traces too, or
 * this one restarted) is aggregated from the traces table instead.
 */
class PendingRollup final
{
public:
    using KeyModelHour = std::tuple<qint64, qint64, QString, QString>; // hour, key (0 = none), model, provider
    using KeyHour = std::pair<qint64, qint64>;                           // hour, key

    /** Adds one committed trace; ids must arrive in increasing order. */
    void add(qint64 traceId, qint64 hour, const TraceRecord &trace);
    void clear();

    bool isEmpty() const { return m_count == 0; }
    /** True when the sums hold exactly the traces with ids in (afterId, upToId]. */
    bool covers(qint64 afterId, qint64 upToId) const;

    const std::map<KeyModelHour, RollupSums> &byKeyModelHour() const { return m_byKeyModelHour; }
    const std::map<KeyHour, RollupSums> &byKeyHour() const { return m_byKeyHour; }
    const std::map<qint64, RollupSums> &byKey() const { return m_byKey; }

private:
    qint64 m_firstId = 0;
    qint64 m_lastId = 0;
    qint64 m_count = 0;
    std::map<KeyModelHour, RollupSums> m_byKeyModelHour;
    std::map<KeyHour, RollupSums> m_byKeyHour;
    std::map<qint64, RollupSums> m_byKey;
};

} // namespace Ledger
