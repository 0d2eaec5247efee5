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
    const Level previous = m_keyLevels.value(keyId, Level::Below);
    m_keyLevels.insert(keyId, level);
    // Going down (a raised or removed cap) is silent, and re-arms the thresholds above.
    if (level <= previous)
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
