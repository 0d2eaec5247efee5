#include "core/ledger/tracesink.h"

#include <QMetaObject>

#include <algorithm>
#include <utility>

namespace Ledger {

void TraceSink::submitAll(std::vector<Pending> pending)
{
    for (Pending &one : pending)
        submit(std::move(one.trace), one.context, std::move(one.done));
}

void TraceSink::deliverGrouped(std::vector<Report> reports)
{
    std::vector<std::pair<QObject *, std::vector<std::function<void()>>>> byContext; // nearly always one
    for (Report &report : reports) {
        auto group = std::find_if(byContext.begin(), byContext.end(),
                                  [&report](const auto &entry) { return entry.first == report.first; });
        if (group == byContext.end())
            group = byContext.insert(byContext.end(), {report.first, {}});
        group->second.push_back(std::move(report.second));
    }
    for (auto &[context, calls] : byContext) {
        QMetaObject::invokeMethod(
            context,
            [calls = std::move(calls)] {
                for (const std::function<void()> &call : calls)
                    call();
            },
            Qt::QueuedConnection);
    }
}

} // namespace Ledger
