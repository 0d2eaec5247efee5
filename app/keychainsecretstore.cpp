#include "app/keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace App {

namespace {

// QtKeychain's jobs are asynchronous; the command line and the settings dialog need an answer
// before they go on, so run the job to completion in a local event loop.
void runToCompletion(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &fallbackFilePath)
    : m_fallback(fallbackFilePath)
{
}

bool KeychainSecretStore::keyringReachable()
{
#if defined(Q_OS_LINUX)
    // Without a session bus the Secret Service cannot answer, and asking would only wait for D-Bus
    // to give up (qtkeychain then fails with error 7, "no keychain service available").
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
    return true;
#endif
}

Common::Status KeychainSecretStore::write(const QString &account, const QString &secret)
{
    if (keyringReachable()) {
        QKeychain::WritePasswordJob job(QString::fromLatin1(ServiceName));
        job.setKey(account);
        job.setTextData(secret);
        runToCompletion(job);
        if (job.error() == QKeychain::NoError) {
            // A stale copy in the file would shadow nothing, but it must not outlive the keyring one.
            (void)m_fallback.remove(account);
            return Common::Done{};
        }
    }
    m_usedFallback = true;
    return m_fallback.write(account, secret);
}

std::optional<QString> KeychainSecretStore::read(const QString &account)
{
    if (keyringReachable()) {
        QKeychain::ReadPasswordJob job(QString::fromLatin1(ServiceName));
        job.setKey(account);
        runToCompletion(job);
        if (job.error() == QKeychain::NoError)
            return job.textData();
    }
    return m_fallback.read(account);
}

Common::Status KeychainSecretStore::remove(const QString &account)
{
    if (keyringReachable()) {
        QKeychain::DeletePasswordJob job(QString::fromLatin1(ServiceName));
        job.setKey(account);
        runToCompletion(job);
    }
    return m_fallback.remove(account);
}

QString KeychainSecretStore::location() const
{
    return m_usedFallback || !keyringReachable() ? m_fallback.location() : QStringLiteral("the system keyring");
}

} // namespace App
