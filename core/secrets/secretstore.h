#pragma once

#include "core/common/result.h"

#include <QString>

#include <optional>

namespace Secrets {

/**
 * Where upstream provider secrets live: never in the ledger. The app injects an OS-keyring store
 * that falls back to a 0600 file where no keyring is running (headless machines, CI).
 */
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual Common::Status write(const QString &account, const QString &secret) = 0;
    virtual std::optional<QString> read(const QString &account) = 0;
    virtual Common::Status remove(const QString &account) = 0;
    /** Where the secrets are kept, for the user: "the system keyring" or the file's path. */
    virtual QString location() const = 0;
};

/** The account name a provider's secret is stored under. */
inline QString providerAccount(const QString &providerName)
{
    return QStringLiteral("provider:") + providerName;
}

} // namespace Secrets
