#pragma once

#include "core/ledger/ledgerstore.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace Ui {

class LedgerClientWorker;

/**
 * The window's way to the ledger without ever blocking the GUI thread. Queries and admin actions run
 * in a worker thread that owns its own connections (a read-only one for queries, a read-write one for
 * the few changes the dialogs make); results come back queued to the caller's context object, and are
 * dropped if that object is gone by then.
 */
class LedgerClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerClient)

public:
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
            QMetaObject::invokeMethod(this, [this, context, done, result = std::move(result)] {
                if (context)
                    done(result);
                emit ledgerChanged();
            }, Qt::QueuedConnection);
        });
    }

    const QString &ledgerPath() const { return m_ledgerPath; }

signals:
    /** A change went through this client: views may want to refresh. */
    void ledgerChanged();

private:
    void post(bool writable, std::function<void(Ledger::LedgerStore &)> job);

    QString m_ledgerPath;
    std::unique_ptr<QThread> m_thread;
    LedgerClientWorker *m_worker = nullptr;
};

} // namespace Ui
