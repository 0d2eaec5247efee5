#include "app/gatewaysetup.h"

#include "app/keychainsecretstore.h"
#include "core/admin/priceadmin.h"
#include "core/ledger/sqliteledgerstore.h"
#include "core/secrets/secretstore.h"
#include "core/settings/datadirectory.h"

#include <QDir>

namespace App {

using Common::Error;
using Common::makeError;

Common::Status GatewaySetup::prepareLedger(const QString &dataDir)
{
    auto store = Ledger::SqliteLedgerStore::open(Settings::DataDirectory::ledgerPath(dataDir), QStringLiteral("ledger-setup"),
                                                 Ledger::LedgerStore::Access::ReadWrite);
    if (!store)
        return store.error();
    Admin::PriceAdmin prices(*store.value(), Common::SystemClock::instance());
    return prices.seedIfEmpty();
}

Gateway::GatewayHandler::SecretResolver GatewaySetup::secretResolver(const QString &dataDir)
{
    const QString secretsPath = Settings::DataDirectory::secretsPath(dataDir);
    return [secretsPath](const Providers::ProviderRecord &provider) {
        KeychainSecretStore store(secretsPath);
        return store.read(Secrets::providerAccount(provider.name));
    };
}

QString GatewaySetup::MissingKey::english() const
{
    const QString consequence = QStringLiteral("requests routed to it go to the next provider, else get 502");
    if (!variable.isEmpty())
        return QStringLiteral("provider \"%1\" takes its API key from $%2, which is not set, empty or not a key: %3").arg(provider, variable, consequence);
    return QStringLiteral("provider \"%1\": the API key stored for it cannot be read (a locked keyring, or %2 damaged or without it): %3")
        .arg(provider, secretsPath, consequence);
}

QList<GatewaySetup::MissingKey> GatewaySetup::providersWithoutTheirKey(const QString &dataDir)
{
    auto store = Ledger::SqliteLedgerStore::open(Settings::DataDirectory::ledgerPath(dataDir), QStringLiteral("ledger-provider-keys"),
                                                 Ledger::LedgerStore::Access::ReadOnly);
    if (!store)
        return {}; // the gateway itself reports a ledger it cannot open
    QList<MissingKey> missing;
    const QString secretsPath = QDir::toNativeSeparators(Settings::DataDirectory::secretsPath(dataDir));
    const Gateway::GatewayHandler::SecretResolver readSecret = secretResolver(dataDir);
    for (const Providers::ProviderRecord &provider : store.value()->listProviders()) {
        if (provider.lacksItsKeyVariable())
            missing.append({provider.name, provider.apiKeyEnv, secretsPath});
        else if (provider.apiKeyEnv.isEmpty() && provider.hasStoredSecret && readSecret(provider).value_or(QString()).isEmpty())
            missing.append({provider.name, QString(), secretsPath});
    }
    return missing;
}

Common::Result<Gateway::GatewayOptions> GatewaySetup::options(const QString &dataDir, const QString &listen, bool allowRemote)
{
    Gateway::GatewayOptions options;
    options.ledgerPath = Settings::DataDirectory::ledgerPath(dataDir);
    options.port = DefaultPort;
    // Opens GET /metrics to a remote Prometheus; `serve --metrics-token` overrides it.
    options.metricsToken = qEnvironmentVariable("TOLLGATE_METRICS_TOKEN");
    if (!listen.isEmpty()) {
        QString host = QStringLiteral("127.0.0.1");
        QString port = listen;
        const qsizetype colon = listen.lastIndexOf(u':');
        if (colon >= 0) {
            host = listen.left(colon);
            port = listen.mid(colon + 1);
            if (host.startsWith(u'[') && host.endsWith(u']'))
                host = host.mid(1, host.size() - 2);
        }
        bool ok = false;
        const uint number = port.toUInt(&ok);
        if (!ok || number > 65535)
            return makeError(Error::Code::Invalid, QStringLiteral("--listen: \"%1\" is not a port (HOST:PORT)").arg(listen));
        if (host == u"localhost")
            host = QStringLiteral("127.0.0.1");
        const QHostAddress address(host);
        if (address.isNull())
            return makeError(Error::Code::Invalid, QStringLiteral("--listen: \"%1\" is not an IP address").arg(host));
        options.address = address;
        options.port = static_cast<quint16>(number);
    }
    if (!options.address.isLoopback() && !allowRemote)
        return makeError(Error::Code::Invalid,
                         QStringLiteral("--listen %1 is reachable from other machines; add --allow-remote if that is what you want")
                             .arg(options.address.toString()));
    return options;
}

} // namespace App
