#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/ledger/queries.h"

namespace Ledger {
class LedgerStore;
}

namespace Admin {

/** The credit wallet: top-ups, adjustments and switching the credit limit off. */
class CreditAdmin final
{
public:
    CreditAdmin(Ledger::LedgerStore &store, const Common::Clock &clock);

    /**
     * Adds credit; the first top-up switches the credit limit on. The top-ups since then may total
     * at most Money::maxAmount().
     */
    Common::Result<Ledger::CreditStatus> topUp(Common::Money amount, const QString &note);
    /** Switches the limit off; every entry stays in the ledger. */
    Common::Result<Ledger::CreditStatus> switchOff();
    Ledger::CreditStatus status();

private:
    Ledger::LedgerStore &m_store;
    const Common::Clock &m_clock;
};

} // namespace Admin
