#include "core/secrets/filesecretstore.h"

#include "core/common/privatefiles.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace Secrets {

using Common::Error;
using Common::makeError;

FileSecretStore::FileSecretStore(QString filePath)
    : m_filePath(std::move(filePath))
{
}

Common::Result<QJsonObject> FileSecretStore::load() const
{
    QFile file(m_filePath);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Storage, QStringLiteral("cannot read %1: %2").arg(m_filePath, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return makeError(Error::Code::Storage, QStringLiteral("%1 is not a secrets file: %2").arg(m_filePath, parseError.errorString()));
    return document.object();
}

Common::Status FileSecretStore::save(const QJsonObject &secrets) const
{
    Common::makePrivateDirectory(QFileInfo(m_filePath).absolutePath()); // a failure shows in the open below
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Storage, QStringLiteral("cannot write %1: %2").arg(m_filePath, file.errorString()));
    // Restrict the temporary file before a single secret byte reaches it; QSaveFile keeps these
    // permissions when it renames the temporary over the target.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return makeError(Error::Code::Storage, QStringLiteral("cannot restrict permissions of %1").arg(m_filePath));
    }
    file.write(QJsonDocument(secrets).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(Error::Code::Storage, QStringLiteral("cannot write %1: %2").arg(m_filePath, file.errorString()));
    return Common::Done{};
}

Common::Status FileSecretStore::write(const QString &account, const QString &secret)
{
    auto secrets = load();
    if (!secrets)
        return secrets.error();
    QJsonObject updated = secrets.value();
    updated.insert(account, secret);
    return save(updated);
}

std::optional<QString> FileSecretStore::read(const QString &account)
{
    const auto secrets = load();
    if (!secrets || !secrets->contains(account))
        return std::nullopt;
    return secrets->value(account).toString();
}

Common::Status FileSecretStore::remove(const QString &account)
{
    auto secrets = load();
    if (!secrets)
        return secrets.error();
    if (!secrets->contains(account))
        return Common::Done{};
    QJsonObject updated = secrets.value();
    updated.remove(account);
    return save(updated);
}

} // namespace Secrets
