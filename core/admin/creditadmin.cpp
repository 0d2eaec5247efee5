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
