#include "ui/overview/overviewdata.h"

#include <algorithm>

namespace Ui {

OverviewData OverviewData::load(Ledger::LedgerStore &store, int days, const QDate &today, const QTimeZone &zone)
{
    OverviewData data;
    data.lastDay = today;
    data.firstDay = today.addDays(1 - days);

    Ledger::ReportQuery range;
    range.since = data.firstDay.startOfDay(zone).toUTC();
    range.timeZone = zone;
    range.groupBy = {Ledger::ReportDimension::Day, Ledger::ReportDimension::Key};
    data.byDayAndKey = store.report(range);
    range.groupBy = {Ledger::ReportDimension::Model};
    data.byModel = store.report(range);
    for (const Ledger::ReportRow &row : std::as_const(data.byModel)) {
        data.spend += row.cost;
        data.requests += row.requests;
        data.unpricedRequests += row.unpricedRequests;
    }

    // Caps apply to lifetime spend, the figure the gateway enforces.
    Ledger::ReportQuery lifetime;
    lifetime.groupBy = {Ledger::ReportDimension::Key};
    QHash<QString, Common::Money> spent;
    for (const Ledger::ReportRow &row : store.report(lifetime))
        spent.insert(row.groupValues.value(0), row.cost);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Keys::KeyRecord &key : store.listKeys()) {
        if (key.isUsableAt(now))
            ++data.usableKeys;
        if (key.maxSpend && key.isUsableAt(now))
            data.caps << KeyCapFigure{key.name, spent.value(key.name), *key.maxSpend};
    }
    data.providers = store.listProviders().size();
    std::sort(data.caps.begin(), data.caps.end(), [](const KeyCapFigure &a, const KeyCapFigure &b) {
        // a/capA > b/capB, compared exactly as a*capB > b*capA; a $0 cap counts as full.
        const Common::Int128 left = Common::Int128(a.spent.nanos()) * std::max<qint64>(1, b.cap.nanos());
        const Common::Int128 right = Common::Int128(b.spent.nanos()) * std::max<qint64>(1, a.cap.nanos());
        if (left != right)
            return left > right;
        return a.key < b.key;
    });
    data.credit = store.creditStatus();
    return data;
}

} // namespace Ui
