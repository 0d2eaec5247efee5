#pragma once

#include "core/common/fileidentity.h"

#include "core/ledger/ledgerstore.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace Ui {

class LedgerClientWorker;

/**
 * The window's way to the ledger without ever blocking the GUI thread. Queries and admin actions run
 * in a worker thread that owns its own connections (a read-only one for queries, a read-write one for
 * the few changes the dialogs make); results come back queued to the caller's context object, and are
 * dropped if that object is gone by then.
 *
 * It is also the window's one watcher of the ledger's configuration: like the gateway's ConfigWatcher
 * (core/limits/configwatcher.h) it polls the configuration version, which triggers bump on every change
 * to keys, providers, prices and credit, so that changes the CLI makes in another process reach every
 * page through the same ledgerChanged() as the window's own.
 */
class LedgerClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerClient)

public:
    /** The gateway's interval: one single-row SELECT four times a second costs next to nothing. */
    static constexpr int WatchIntervalMs = 250;

    explicit LedgerClient(QString ledgerPath, QObject *parent = nullptr);
    ~LedgerClient() override;

    /**
     * Runs `work` on the read-only connection in the worker thread, then `done(result)` on
     * `context`'s thread. `work` must not touch widgets; `result` must be a copyable value.
     */
    template<typename Result>
    void query(std::function<Result(Ledger::LedgerStore &)> work, QObject *context, std::function<void(Result)> done)
    {
        post(false, [work = std::move(work), context = QPointer<QObject>(context), done = std::move(done)](Ledger::LedgerStore &store) {
            Result result = work(store);
            if (context)
                QMetaObject::invokeMethod(context.data(), [context, done, result = std::move(result)] {
                    if (context)
                        done(result);
                }, Qt::QueuedConnection);
        });
    }

    /** Like query(), on the read-write connection: for key, credit, price and provider changes. */
    template<typename Result>
    void change(std::function<Result(Ledger::LedgerStore &)> work, QObject *context, std::function<void(Result)> done)
    {
        post(true, [this, work = std::move(work), context = QPointer<QObject>(context), done = std::move(done)](Ledger::LedgerStore &store) {
            Result result = work(store);
            // The version this change leads to: the watcher must not announce it a second time.
            const qint64 version = store.configVersion();
            QMetaObject::invokeMethod(this, [this, context, done, result = std::move(result), version] {
                if (version >= 0)
                    m_configVersion = version;
                if (context)
                    done(result);
                emit ledgerChanged();
            }, Qt::QueuedConnection);
        });
    }

    const QString &ledgerPath() const { return m_ledgerPath; }

signals:
    /**
     * The configuration changed: through this client, or elsewhere (the CLI) and noticed within
     * WatchIntervalMs. Views refresh what they show. Traffic is not a configuration change: the
     * gateway's bookings come through MainWindow::trafficBooked.
     */
    void ledgerChanged();

    /**
     * The ledger file was deleted or replaced while the window had it open (noticed within
     * WatchIntervalMs). Emitted once: what the window shows is from the lost file, and a change made
     * now would go into a new, empty ledger that the running gateway never reads (QA).
     */
    void ledgerLost();

private:
    void post(bool writable, std::function<void(Ledger::LedgerStore &)> job);
    void pollConfigVersion();
    void handleConfigVersion(qint64 version);

    QString m_ledgerPath;
    std::unique_ptr<QThread> m_thread;
    LedgerClientWorker *m_worker = nullptr;
    QTimer m_watch;
    qint64 m_configVersion = -1; // the version the window's pages have seen; -1 before the first poll
    bool m_pollPending = false;  // behind a long query, one poll waits in line rather than a pile of them
    std::optional<Common::FileIdentity> m_fileIdentity; // the ledger file's, when first seen
    bool m_lost = false;
};

} // namespace Ui
