#include "core/admin/keyadmin.h"

#include "core/keys/keysecret.h"
#include "core/ledger/ledgerstore.h"

namespace Admin {

using Common::Error;
using Common::makeError;

namespace {

template<typename T>
void apply(const Change<T> &change, std::optional<T> &field)
{
    if (change)
        field = *change;
}

} // namespace

KeyAdmin::KeyAdmin(Ledger::LedgerStore &store, const Common::Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

Common::Status KeyAdmin::validateName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return makeError(Error::Code::Invalid, QStringLiteral("a key name must not be empty"));
    if (name != name.trimmed())
        return makeError(Error::Code::Invalid, QStringLiteral("a key name must not start or end with spaces"));
    if (name.size() > MaxNameLength)
        return makeError(Error::Code::Invalid, QStringLiteral("a key name must be at most %1 characters").arg(MaxNameLength));
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return makeError(Error::Code::Invalid, QStringLiteral("a key name must not contain control characters"));
    }
    return Common::Done{};
}

Common::Status KeyAdmin::validateLimits(const KeyLimits &limits) const
{
    if (limits.maxSpend && limits.maxSpend->isNegative())
        return makeError(Error::Code::Invalid, QStringLiteral("max spend must not be negative"));
    if (limits.maxSpend && *limits.maxSpend > Common::Money::maxAmount())
        return makeError(Error::Code::Invalid, QStringLiteral("max spend must be at most %1")
                                                   .arg(Common::Money::maxAmount().toUsdString(0)));
    if (limits.tokensPerMinute && *limits.tokensPerMinute <= 0)
        return makeError(Error::Code::Invalid, QStringLiteral("tokens per minute must be a positive number"));
    if (limits.rateLimit && limits.rateLimit->count <= 0)
        return makeError(Error::Code::Invalid, QStringLiteral("a rate limit must allow at least one request"));
    // The ledger keeps the globs comma-joined: an empty glob would vanish on the way back (turning a
    // key that allows no model into one that allows every model) and a comma would split a glob.
    for (const QString &glob : limits.allowedModels) {
        if (glob.trimmed().isEmpty() || glob.contains(u','))
            return makeError(Error::Code::Invalid, QStringLiteral("a model glob must not be empty or contain a comma"));
    }
    if (limits.expiresAt && *limits.expiresAt <= m_clock.nowUtc())
        return makeError(Error::Code::Invalid, QStringLiteral("the expiry date must be in the future"));
    return Common::Done{};
}

Common::Result<IssuedKey> KeyAdmin::create(const QString &name, const KeyLimits &limits)
{
    if (auto status = validateName(name); !status)
        return status.error();
    if (auto status = validateLimits(limits); !status)
        return status.error();
    if (m_store.findKeyByName(name))
        return makeError(Error::Code::Duplicate, QStringLiteral("a key named \"%1\" already exists").arg(name));

    IssuedKey issued;
    issued.secret = Keys::KeySecret::generate();
    Keys::KeyRecord &record = issued.record;
    record.name = name;
    record.prefix = Keys::KeySecret::displayPrefix(issued.secret);
    record.secretHash = Keys::KeySecret::hash(issued.secret);
    record.maxSpend = limits.maxSpend;
    record.rateLimit = limits.rateLimit;
    record.tokensPerMinute = limits.tokensPerMinute;
    record.allowedModels = limits.allowedModels;
    record.expiresAt = limits.expiresAt;
    record.createdAt = m_clock.nowUtc();
    auto id = m_store.insertKey(record);
    if (!id)
        return id.error();
    record.id = id.value();
    return issued;
}

Common::Result<Keys::KeyRecord> KeyAdmin::findActive(const QString &name)
{
    auto record = m_store.findKeyByName(name);
    if (!record)
        return makeError(Error::Code::NotFound, QStringLiteral("no key named \"%1\"").arg(name));
    if (record->status == Keys::KeyStatus::Revoked)
        return makeError(Error::Code::Invalid, QStringLiteral("key \"%1\" is revoked; revocation is permanent").arg(name));
    return *record;
}

Common::Result<Keys::KeyRecord> KeyAdmin::update(const QString &name, const KeyChanges &changes)
{
    auto found = findActive(name);
    if (!found)
        return found.error();
    Keys::KeyRecord record = found.value();

    KeyLimits limits{record.maxSpend, record.rateLimit, record.tokensPerMinute, record.allowedModels, record.expiresAt};
    apply(changes.maxSpend, limits.maxSpend);
    apply(changes.rateLimit, limits.rateLimit);
    apply(changes.tokensPerMinute, limits.tokensPerMinute);
    apply(changes.expiresAt, limits.expiresAt);
    if (changes.allowedModels)
        limits.allowedModels = changes.allowedModels->value_or(QStringList());
    // An unchanged expiry that has since passed must not block changing another limit.
    KeyLimits toValidate = limits;
    if (!changes.expiresAt)
        toValidate.expiresAt.reset();
    if (auto status = validateLimits(toValidate); !status)
        return status.error();

    record.maxSpend = limits.maxSpend;
    record.rateLimit = limits.rateLimit;
    record.tokensPerMinute = limits.tokensPerMinute;
    record.allowedModels = limits.allowedModels;
    record.expiresAt = limits.expiresAt;
    if (auto status = m_store.updateKey(record); !status)
        return status.error();
    return record;
}

Common::Result<IssuedKey> KeyAdmin::rotate(const QString &name)
{
    auto found = findActive(name);
    if (!found)
        return found.error();
    IssuedKey issued{found.value(), Keys::KeySecret::generate()};
    issued.record.prefix = Keys::KeySecret::displayPrefix(issued.secret);
    issued.record.secretHash = Keys::KeySecret::hash(issued.secret);
    if (auto status = m_store.updateKey(issued.record); !status)
        return status.error();
    return issued;
}

Common::Result<Keys::KeyRecord> KeyAdmin::revoke(const QString &name)
{
    auto found = findActive(name);
    if (!found)
        return found.error();
    Keys::KeyRecord record = found.value();
    record.status = Keys::KeyStatus::Revoked;
    record.revokedAt = m_clock.nowUtc();
    if (auto status = m_store.updateKey(record); !status)
        return status.error();
    return record;
}

} // namespace Admin
