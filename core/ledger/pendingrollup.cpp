#include "core/ledger/pendingrollup.h"

#include <algorithm>

namespace Ledger {

void PendingRollup::add(qint64 traceId, qint64 hour, const TraceRecord &trace)
{
    Q_ASSERT(traceId > m_lastId);
    if (m_count == 0)
        m_firstId = traceId;
    m_lastId = traceId;
    ++m_count;
    const qint64 key = std::max<qint64>(trace.keyId, 0);
    m_byKeyModelHour[{hour, key, trace.model, trace.provider}].add(trace);
    m_byKeyHour[{hour, key}].add(trace);
    m_byKey[key].add(trace);
}

void PendingRollup::clear()
{
    *this = PendingRollup();
}

bool PendingRollup::covers(qint64 afterId, qint64 upToId) const
{
    // Ids of one writer's traces are consecutive (SQLite gives each new row the largest id plus
    // one), so a count equal to the span means no other writer's trace sits between them.
    return m_count > 0 && m_firstId == afterId + 1 && m_lastId == upToId && m_count == m_lastId - m_firstId + 1;
}

} // namespace Ledger
