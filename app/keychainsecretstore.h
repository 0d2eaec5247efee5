#pragma once

#include "core/secrets/filesecretstore.h"
#include "core/secrets/secretstore.h"

namespace App {

/**
 * Provider secrets in the OS keyring through QtKeychain (Secret Service, Keychain, Credential
 * Manager). Where no keyring answers (a headless machine without a D-Bus session), the secret goes to
 * a 0600 file in the data directory instead; reads look in both.
 */
class KeychainSecretStore final : public Secrets::SecretStore
{
public:
    static constexpr const char *ServiceName = "tollgate";

    explicit KeychainSecretStore(const QString &fallbackFilePath);

    Common::Status write(const QString &account, const QString &secret) override;
    std::optional<QString> read(const QString &account) override;
    Common::Status remove(const QString &account) override;
    QString location() const override;

private:
    static bool keyringReachable();

    Secrets::FileSecretStore m_fallback;
    bool m_usedFallback = false;
};

} // namespace App
