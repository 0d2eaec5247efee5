#include "core/admin/creditadmin.h"

#include "core/ledger/ledgerstore.h"

namespace Admin {

using Common::Error;
using Common::makeError;

CreditAdmin::CreditAdmin(Ledger::LedgerStore &store, const Common::Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

Common::Result<Ledger::CreditStatus> CreditAdmin::topUp(Common::Money amount, const QString &note)
{
    if (amount <= Common::Money())
        return makeError(Error::Code::Invalid, QStringLiteral("a top-up must be a positive amount"));
    // Bounding the period's total, not just each top-up, keeps every sum of credit exact.
    const Common::Money most = Common::Money::maxAmount();
    const Ledger::CreditStatus before = m_store.creditStatus();
    const Common::Money toppedUp = before.enabled ? before.toppedUp : Common::Money();
    if (amount > most - toppedUp)
        return makeError(Error::Code::Invalid,
                         QStringLiteral("the credit topped up would total more than the maximum of %1 (%2 so far)")
                             .arg(most.toUsdString(0), toppedUp.toUsdString()));
    Ledger::CreditEntry entry;
    entry.time = m_clock.nowUtc();
    entry.kind = Ledger::CreditEntryKind::TopUp;
    entry.amount = amount;
    entry.note = note;
    if (auto id = m_store.addCreditEntry(entry); !id)
        return id.error();
    return m_store.creditStatus();
}

Common::Result<Ledger::CreditStatus> CreditAdmin::switchOff()
{
    if (!m_store.creditStatus().enabled)
        return m_store.creditStatus();
    Ledger::CreditEntry entry;
    entry.time = m_clock.nowUtc();
    entry.kind = Ledger::CreditEntryKind::Off;
    if (auto id = m_store.addCreditEntry(entry); !id)
        return id.error();
    return m_store.creditStatus();
}

Ledger::CreditStatus CreditAdmin::status()
{
    return m_store.creditStatus();
}

} // namespace Admin
