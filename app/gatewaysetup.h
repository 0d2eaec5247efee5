#pragma once

#include "core/common/result.h"
#include "core/gateway/gatewayhandler.h"
#include "core/gateway/gatewayservice.h"

#include <QString>
#include <QList>

namespace App {

/** The wiring both `tollgate serve` and the window use to run the gateway on a data directory. */
class GatewaySetup final
{
public:
    static constexpr quint16 DefaultPort = 8420;

    /** Creates or migrates the ledger and loads the bundled prices on first start. */
    static Common::Status prepareLedger(const QString &dataDir);
    /** Reads provider secrets from the OS keyring or the 0600 fallback file of `dataDir`. */
    static Gateway::GatewayHandler::SecretResolver secretResolver(const QString &dataDir);
    /** A provider the gateway will not forward to for want of its API key. */
    struct MissingKey
    {
        QString provider;
        QString variable;    // the unset or empty --api-key-env variable; empty: the stored key cannot be read
        QString secretsPath; // where a stored key is kept without a keyring
        /** The warning in English, for `serve`'s standard error and the log. */
        QString english() const;
    };
    /**
     * Each provider whose --api-key-env variable is unset or empty in this process, or whose stored key
     * cannot be read: `serve` and the window say so at start rather than at the first 502.
     */
    static QList<MissingKey> providersWithoutTheirKey(const QString &dataDir);
    /**
     * Parses "HOST:PORT", "PORT" or "[::1]:PORT". A non-loopback host needs `allowRemote`: exposing
     * a gateway that spends money to the network must be a deliberate choice.
     */
    static Common::Result<Gateway::GatewayOptions> options(const QString &dataDir, const QString &listen, bool allowRemote);
};

} // namespace App
