#pragma once

#include "core/limits/gatewayconfig.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace Ledger {
class SqliteLedgerStore;
}

namespace Limits {

/**
 * Makes changes to the ledger's configuration (made by the CLI, another process) reach the running
 * gateway: polls the ledger's configuration version every PollIntervalMs over its own read-only
 * connection and, when the version moves, loads a new GatewayConfig and announces it. The poll is
 * one single-row SELECT, so it costs next to nothing.
 *
 * Lives in one thread: start(), stop() and the destructor must run there (the SQLite connection
 * belongs to the thread that opened it).
 */
class ConfigWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigWatcher)

public:
    static constexpr int PollIntervalMs = 250;

    explicit ConfigWatcher(const QString &ledgerPath, QObject *parent = nullptr);
    ~ConfigWatcher() override;

    /**
     * Opens the connection, announces the first snapshot and starts polling. If the ledger cannot be
     * opened yet (not created, or not yet migrated by the writer) it keeps trying at each poll.
     */
    void start();
    /** Stops polling and closes the connection. */
    void stop();

    /** The latest snapshot, or nullptr before the first one. */
    std::shared_ptr<const GatewayConfig> current() const { return m_current; }

signals:
    /** A new configuration: once after start() and then after every change. */
    void configChanged(std::shared_ptr<const Limits::GatewayConfig> config);

private:
    void handlePoll();
    bool ensureOpen();

    QString m_ledgerPath;
    QString m_connectionName;
    QTimer m_timer;
    std::unique_ptr<Ledger::SqliteLedgerStore> m_store;
    std::shared_ptr<const GatewayConfig> m_current;
    bool m_warnedOpen = false; // one warning per failure streak, not four a second
};

} // namespace Limits
