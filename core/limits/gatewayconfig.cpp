#include "core/limits/gatewayconfig.h"

#include "core/ledger/ledgerstore.h"

#include <algorithm>

namespace Limits {

GatewayConfig::GatewayConfig() : m_prices(QList<Pricing::PriceRecord>())
{
}

GatewayConfig GatewayConfig::load(Ledger::LedgerStore &store)
{
    GatewayConfig config;
    config.m_version = store.configVersion();

    const QList<Keys::KeyRecord> keys = store.listKeys();
    for (const Keys::KeyRecord &key : keys) {
        config.m_keysByHash.insert(key.secretHash, key);
        config.m_keySpend.insert(key.id, store.keySpend(key.id));
    }

    config.m_providers = store.listProviders();
    std::stable_sort(config.m_providers.begin(), config.m_providers.end(),
                     [](const Providers::ProviderRecord &a, const Providers::ProviderRecord &b) {
                         if (a.priority != b.priority)
                             return a.priority < b.priority;
                         return a.name < b.name;
                     });

    config.m_prices = Pricing::PriceCatalog(store.currentPrices());
    config.m_credit = store.creditStatus();
    return config;
}

const Keys::KeyRecord *GatewayConfig::keyByHash(const QByteArray &secretHash) const
{
    const auto it = m_keysByHash.constFind(secretHash);
    return it == m_keysByHash.cend() ? nullptr : &*it;
}

} // namespace Limits
