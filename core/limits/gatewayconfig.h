#pragma once

#include "core/common/money.h"
#include "core/keys/keyrecord.h"
#include "core/ledger/queries.h"
#include "core/pricing/pricecatalog.h"
#include "core/providers/providerrecord.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace Ledger {
class LedgerStore;
}

namespace Limits {

/**
 * Everything the gateway decides requests by, read from the ledger in one go and never changed
 * afterwards, so that the gateway thread can hold it without locks and swap it whole when the
 * configuration version moves.
 */
class GatewayConfig final
{
public:
    /** An empty configuration (no keys, providers or prices) with version 0. */
    GatewayConfig();

    /**
     * Reads the configuration version first and the rest after it: a change that lands in between
     * leaves a snapshot newer than its version says, and the next poll reloads it, never the reverse.
     */
    static GatewayConfig load(Ledger::LedgerStore &store);

    qint64 version() const { return m_version; }
    /** Every key, active or not, by the lower-case hex SHA-256 of its secret. */
    const QHash<QByteArray, Keys::KeyRecord> &keysByHash() const { return m_keysByHash; }
    /** The key with this secret hash, or nullptr. */
    const Keys::KeyRecord *keyByHash(const QByteArray &secretHash) const;
    /** By priority (lower first), then name. */
    const QList<Providers::ProviderRecord> &providers() const { return m_providers; }
    const Pricing::PriceCatalog &prices() const { return m_prices; }
    const Ledger::CreditStatus &credit() const { return m_credit; }
    /** Lifetime spend of a key when the snapshot was taken (zero for an unknown key). */
    Common::Money keySpend(qint64 keyId) const { return m_keySpend.value(keyId); }
    const QHash<qint64, Common::Money> &keySpends() const { return m_keySpend; }

private:
    qint64 m_version = 0;
    QHash<QByteArray, Keys::KeyRecord> m_keysByHash;
    QList<Providers::ProviderRecord> m_providers;
    Pricing::PriceCatalog m_prices;
    Ledger::CreditStatus m_credit;
    QHash<qint64, Common::Money> m_keySpend;
};

} // namespace Limits
