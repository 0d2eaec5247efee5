#pragma once

#include "core/common/money.h"
#include "core/common/ratelimit.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Keys {

enum class KeyStatus { Active, Revoked };

/** A client key as the ledger keeps it: never the secret, only its SHA-256 and a display prefix. */
struct KeyRecord
{
    qint64 id = 0;
    QString name;
    QString prefix;          // first characters of the secret, for recognising it: "sk-tg-Ab3xY9"
    QByteArray secretHash;   // lower-case hex SHA-256 of the full secret
    std::optional<Common::Money> maxSpend;           // hard ceiling on lifetime spend
    std::optional<Common::RateLimit> rateLimit;      // requests per period
    std::optional<qint64> tokensPerMinute;           // input + output tokens per rolling minute
    QStringList allowedModels;                       // globs; empty means every model
    std::optional<QDateTime> expiresAt;              // UTC; the key stops working at this instant
    KeyStatus status = KeyStatus::Active;
    QDateTime createdAt;                             // UTC
    QDateTime lastUsedAt;                            // UTC; null until first use
    QDateTime revokedAt;                             // UTC; null unless revoked

    bool isUsableAt(const QDateTime &nowUtc) const
    {
        return status == KeyStatus::Active && (!expiresAt || nowUtc < *expiresAt);
    }
};

} // namespace Keys
