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
    /**
     * Changes a provider in place (found by name). `provider.hasStoredSecret` says it takes a stored key:
     * `apiKey` replaces it, nullopt keeps the one stored. Otherwise its key comes from `apiKeyEnv`, or
     * there is none, and a stored key is deleted. The new key is written before the ledger changes and the
     * old one deleted after, so a failure half-way never leaves the ledger pointing at a key that is gone.
     */
    Common::Status update(Providers::ProviderRecord provider, const std::optional<QString> &apiKey);

    static std::optional<Providers::ProviderType> parseType(QStringView text);

    /** What makes a provider record unusable; the window words each in its own language. */
    enum class Problem { BadName, SlashInName, BadBaseUrl, CredentialsInUrl, BadVariableName, QueryInUrl, NegativePriority };
    /** The first problem with `provider`, if any. */
    static std::optional<Problem> problemWith(const Providers::ProviderRecord &provider);
    /** problemWith() as an error in the command line's words. */
    static Common::Status validate(const Providers::ProviderRecord &provider);
    /** A key to store: not empty, and sendable in a header (Providers::ProviderRecord::isSendableApiKey). */
    static Common::Status validateApiKey(const QString &apiKey);
    /**
     * A base URL that is valid but most likely not what the SDKs use for the type: Anthropic's has no
     * /v1 (requests would go to .../v1/v1/messages), OpenAI's has a path (.../chat/completions on a bare
     * host), and neither ends in an endpoint (.../v1/chat/completions would get .../chat/completions/chat/completions).
     * Said as a warning; other paths are left alone (OpenAI-compatible services vary).
     */
    enum class BaseUrlDoubt { None, AnthropicWithVersion, OpenAiWithoutPath, PlainHttpToAnotherMachine, EndsInAnEndpoint };
    static BaseUrlDoubt baseUrlDoubt(const Providers::ProviderRecord &provider);
    /** baseUrlDoubt() in the command line's words; the window words it in its own language. */
    static std::optional<QString> baseUrlHint(const Providers::ProviderRecord &provider);

private:
    Ledger::LedgerStore &m_store;
    Secrets::SecretStore &m_secrets;
    const Common::Clock &m_clock;
};

} // namespace Admin
