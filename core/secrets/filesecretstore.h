#pragma once

#include "core/secrets/secretstore.h"

#include <QJsonObject>

namespace Secrets {

/**
 * Secrets in a JSON file readable by its owner only (0600), written atomically. Used where no OS
 * keyring answers. The file is created with owner-only permissions before any secret is written.
 */
class FileSecretStore final : public SecretStore
{
public:
    explicit FileSecretStore(QString filePath);

    Common::Status write(const QString &account, const QString &secret) override;
    std::optional<QString> read(const QString &account) override;
    Common::Status remove(const QString &account) override;
    QString location() const override { return m_filePath; }

private:
    Common::Result<QJsonObject> load() const;
    Common::Status save(const QJsonObject &secrets) const;

    QString m_filePath;
};

} // namespace Secrets
