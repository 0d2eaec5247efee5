#include "ui/tray/spendalerts.h"

#include "ui/overview/chartstyle.h"

namespace Ui {

SpendAlerts::Level SpendAlerts::levelOf(Common::Money spent, Common::Money maxSpend)
{
    if (spent >= maxSpend)
        return Level::AtCap;
    // spent / max >= 80 % without division; 128 bits because nanos times 100 can pass 2^63.
    const Common::Int128 scaledSpent = static_cast<Common::Int128>(spent.nanos()) * 100;
    const Common::Int128 scaledWarning = static_cast<Common::Int128>(maxSpend.nanos()) * NearCapPercent;
    return scaledSpent >= scaledWarning ? Level::Near : Level::Below;
}

int SpendAlerts::percentOfCap(Common::Money spent, Common::Money maxSpend)
{
    if (maxSpend.nanos() <= 0)
        return 100; // a zero cap is exhausted from the start
    return ChartStyle::percentOf(spent, maxSpend);
}

std::optional<SpendAlert> SpendAlerts::updateKey(qint64 keyId, const QString &keyName, Common::Money spent,
                                                 const std::optional<Common::Money> &maxSpend)
{
    const Level level = maxSpend ? levelOf(spent, *maxSpend) : Level::Below;
    const KeyState previous = m_keys.value(keyId);
    m_keys.insert(keyId, {level, maxSpend});
    // Going down (a raised or removed cap) is silent, and re-arms the thresholds above. A cap changed while
    // the key stays near or at it is said again, so the alert that stands names the cap that holds (QA: a
    // cap lowered from $600 to $500 still read "reached its $600.00 cap").
    const bool crossedUp = level > previous.level;
    const bool capMovedUnderAlert = level != Level::Below && previous.level != Level::Below && maxSpend != previous.cap;
    if (!crossedUp && !capMovedUnderAlert)
        return std::nullopt;
    SpendAlert alert;
    alert.kind = level == Level::AtCap ? SpendAlert::Kind::KeyAtCap : SpendAlert::Kind::KeyNearCap;
    alert.keyName = keyName;
    alert.amount = spent;
    alert.limit = *maxSpend;
    return alert;
}

std::optional<SpendAlert> SpendAlerts::updateCredit(const Ledger::CreditStatus &credit, Common::Money threshold)
{
    const bool low = credit.enabled && credit.available() < threshold;
    const bool crossed = low && !m_creditLow;
    m_creditLow = low;
    if (!crossed)
        return std::nullopt;
    SpendAlert alert;
    alert.kind = SpendAlert::Kind::CreditLow;
    alert.amount = credit.available();
    alert.limit = threshold;
    return alert;
}

} // namespace Ui
