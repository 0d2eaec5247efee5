#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/providers/providerrecord.h"

#include <optional>

namespace Ledger {
class LedgerStore;
}
namespace Secrets {
class SecretStore;
}

namespace Admin {

/** Adding and removing upstream providers; their secrets go to the secret store, never the ledger. */
class ProviderAdmin final
{
public:
    ProviderAdmin(Ledger::LedgerStore &store, Secrets::SecretStore &secrets, const Common::Clock &clock);

    /** `apiKey` set: stored in the secret store. `provider.apiKeyEnv` set: only the variable's name is kept. */
    Common::Result<Providers::ProviderRecord> add(Providers::ProviderRecord provider, const std::optional<QString> &apiKey);
    Common::Status remove(const QString &name);

    static std::optional<Providers::ProviderType> parseType(QStringView text);
    static Common::Status validate(const Providers::ProviderRecord &provider);

private:
    Ledger::LedgerStore &m_store;
    Secrets::SecretStore &m_secrets;
    const Common::Clock &m_clock;
};

} // namespace Admin
