#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/keys/keyrecord.h"

#include <QString>

#include <optional>

namespace Ledger {
class LedgerStore;
}

namespace Admin {

/** A field of an update: absent = leave as is; present and empty = clear the limit. */
template<typename T>
using Change = std::optional<std::optional<T>>;

/** The limits a key is created with. */
struct KeyLimits
{
    std::optional<Common::Money> maxSpend;
    std::optional<Common::RateLimit> rateLimit;
    std::optional<qint64> tokensPerMinute;
    QStringList allowedModels;
    std::optional<QDateTime> expiresAt;
};

struct KeyChanges
{
    Change<Common::Money> maxSpend;
    Change<Common::RateLimit> rateLimit;
    Change<qint64> tokensPerMinute;
    Change<QStringList> allowedModels;
    Change<QDateTime> expiresAt;
};

/** A key together with its secret: exists only between creation (or rotation) and showing it once. */
struct IssuedKey
{
    Keys::KeyRecord record;
    QString secret;
};

/**
 * Creating, capping, rotating and revoking client keys, with the validation both the command line
 * and the window rely on. Nothing is written unless every check passes.
 */
class KeyAdmin final
{
public:
    static constexpr int MaxNameLength = 64;

    KeyAdmin(Ledger::LedgerStore &store, const Common::Clock &clock);

    Common::Result<IssuedKey> create(const QString &name, const KeyLimits &limits);
    Common::Result<Keys::KeyRecord> update(const QString &name, const KeyChanges &changes);
    Common::Result<IssuedKey> rotate(const QString &name);
    Common::Result<Keys::KeyRecord> revoke(const QString &name);

    static Common::Status validateName(const QString &name);
    Common::Status validateLimits(const KeyLimits &limits) const;

private:
    Common::Result<Keys::KeyRecord> findActive(const QString &name);

    Ledger::LedgerStore &m_store;
    const Common::Clock &m_clock;
};

} // namespace Admin
