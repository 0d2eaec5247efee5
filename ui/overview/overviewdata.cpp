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
        // spentA/capA > spentB/capB, compared exactly as spentA*capB > spentB*capA. A $0 cap is full
        // (1/1), as the chart draws it, whatever was spent (QA: one with nothing spent came last, at 0 %).
        const auto fullness = [](const KeyCapFigure &figure) {
            return figure.cap.isZero() ? std::pair<qint64, qint64>(1, 1) : std::pair(figure.spent.nanos(), figure.cap.nanos());
        };
        const auto [spentA, capA] = fullness(a);
        const auto [spentB, capB] = fullness(b);
        const Common::Int128 left = Common::Int128(spentA) * capB;
        const Common::Int128 right = Common::Int128(spentB) * capA;
        if (left != right)
            return left > right;
        return a.key < b.key;
    });
    data.credit = store.creditStatus();
    return data;
}

} // namespace Ui
