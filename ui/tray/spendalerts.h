#pragma once

#include "core/common/money.h"
#include "core/ledger/queries.h"

#include <QHash>
#include <QString>

#include <optional>

namespace Ui {

/** Something the user should hear about even with the window closed. */
struct SpendAlert
{
    enum class Kind { KeyNearCap, KeyAtCap, CreditLow };
    Kind kind = Kind::KeyNearCap;
    QString keyName;        // empty for CreditLow
    Common::Money amount;   // the key's spend, or the credit left
    Common::Money limit;    // the key's cap, or the warning threshold
};

/**
 * Decides when spend deserves a notification: when a key first reaches 80 % and 100 % of its cap, and
 * when the credit left falls under the warning threshold. Each threshold fires once per crossing: it
 * fires again only after the figure went back under it (a raised cap, a top-up) and crossed anew. A key
 * that stays at 80 % or more while its cap changes is said again, with the new cap.
 */
class SpendAlerts final
{
public:
    static constexpr int NearCapPercent = 80;

    /**
     * Feeds a key's lifetime spend; returns an alert when it crossed a threshold since the last call, or
     * when its cap changed while it stays near or at it.
     */
    std::optional<SpendAlert> updateKey(qint64 keyId, const QString &keyName, Common::Money spent,
                                        const std::optional<Common::Money> &maxSpend);
    /** Whole percent of the cap spent, rounded down: 99.6 % must not read as a reached cap. */
    static int percentOfCap(Common::Money spent, Common::Money maxSpend);
    /** Feeds the wallet; returns an alert when the credit left fell under `threshold`. */
    std::optional<SpendAlert> updateCredit(const Ledger::CreditStatus &credit, Common::Money threshold);
    /** Whether the key is at 80 % of its cap or more, as last fed: its alert still holds. */
    bool isKeyNearCap(qint64 keyId) const { return m_keys.value(keyId).level != Level::Below; }
    /** Whether the credit left is under the threshold, as last fed. */
    bool isCreditLow() const { return m_creditLow; }

private:
    enum class Level { Below, Near, AtCap };
    static Level levelOf(Common::Money spent, Common::Money maxSpend);

    struct KeyState
    {
        Level level = Level::Below;
        std::optional<Common::Money> cap; // as last fed
    };
    QHash<qint64, KeyState> m_keys;
    bool m_creditLow = false;
};

} // namespace Ui
