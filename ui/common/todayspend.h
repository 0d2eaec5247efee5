#pragma once

#include "core/common/money.h"

#include <QtGlobal>

namespace Ledger {
class LedgerStore;
}

namespace Ui {

/** What today (the local calendar day) has cost so far: the status bar and the tray both show it. */
struct TodaySpend
{
    Common::Money cost;           // priced requests
    qint64 unpricedRequests = 0;  // requests with no price, shown beside the cost rather than as $0

    /** Reads it from the rollups; call it on the ledger's thread (LedgerClient::query). */
    static TodaySpend read(Ledger::LedgerStore &store);
};

} // namespace Ui
