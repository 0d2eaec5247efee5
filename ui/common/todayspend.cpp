#include "ui/common/todayspend.h"

#include "core/ledger/ledgerstore.h"

#include <QDate>
#include <QTimeZone>

namespace Ui {

TodaySpend TodaySpend::read(Ledger::LedgerStore &store)
{
    TodaySpend spend;
    Ledger::ReportQuery today;
    today.since = QDate::currentDate().startOfDay(QTimeZone::systemTimeZone()).toUTC();
    for (const Ledger::ReportRow &row : store.report(today)) {
        spend.cost += row.cost;
        spend.unpricedRequests += row.unpricedRequests;
    }
    return spend;
}

} // namespace Ui
