#include "ui/common/ledgerclient.h"

#include "core/ledger/sqliteledgerstore.h"

#include <QLoggingCategory>

namespace Ui {

Q_LOGGING_CATEGORY(lcLedgerClient, "tollgate.ui.ledger")

/** Lives in the client's thread and owns the connections, which belong to that thread. */
class LedgerClientWorker final : public QObject
{
public:
    explicit LedgerClientWorker(QString ledgerPath)
        : m_ledgerPath(std::move(ledgerPath))
    {
    }

    void run(bool writable, const std::function<void(Ledger::LedgerStore &)> &job)
    {
        std::unique_ptr<Ledger::SqliteLedgerStore> &store = writable ? m_writer : m_reader;
        if (!store) {
            auto opened = Ledger::SqliteLedgerStore::open(m_ledgerPath, writable ? QStringLiteral("ledger-ui-writer") : QStringLiteral("ledger-ui-reader"),
                                                          writable ? Ledger::LedgerStore::Access::ReadWrite : Ledger::LedgerStore::Access::ReadOnly);
            if (!opened) {
                qCWarning(lcLedgerClient) << "cannot open the ledger:" << opened.error().message;
                return;
            }
            store = std::move(opened).value();
        }
        job(*store);
    }

    void close()
    {
        m_reader.reset();
        m_writer.reset();
    }

private:
    QString m_ledgerPath;
    std::unique_ptr<Ledger::SqliteLedgerStore> m_reader;
    std::unique_ptr<Ledger::SqliteLedgerStore> m_writer;
};

LedgerClient::LedgerClient(QString ledgerPath, QObject *parent)
    : QObject(parent)
    , m_ledgerPath(std::move(ledgerPath))
    , m_thread(std::make_unique<QThread>())
    , m_worker(new LedgerClientWorker(m_ledgerPath))
{
    m_thread->setObjectName(QStringLiteral("ledger-ui"));
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
}

LedgerClient::~LedgerClient()
{
    // The connections must be closed in the thread that opened them.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void LedgerClient::post(bool writable, std::function<void(Ledger::LedgerStore &)> job)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, writable, job = std::move(job)] { worker->run(writable, job); },
                              Qt::QueuedConnection);
}

} // namespace Ui
