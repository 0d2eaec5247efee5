#include "core/ledger/tracerecord.h"

namespace Ledger {

QString costStatusName(CostStatus status)
{
    switch (status) {
    case CostStatus::Exact: return QStringLiteral("exact");
    case CostStatus::Estimated: return QStringLiteral("estimated");
    case CostStatus::Unpriced: return QStringLiteral("unpriced");
    }
    return QStringLiteral("unpriced");
}

std::optional<CostStatus> costStatusFromName(QStringView name)
{
    if (name == u"exact")
        return CostStatus::Exact;
    if (name == u"estimated")
        return CostStatus::Estimated;
    if (name == u"unpriced")
        return CostStatus::Unpriced;
    return std::nullopt;
}

} // namespace Ledger
