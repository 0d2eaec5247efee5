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
        if (Ledger::LedgerStore *store = open(writable))
            job(*store);
    }

    /** The configuration version, or -1 while the ledger cannot be opened (the watcher tries again). */
    qint64 configVersion()
    {
        Ledger::LedgerStore *store = open(false);
        return store ? store->configVersion() : -1;
    }

    void close()
    {
        m_reader.reset();
        m_writer.reset();
    }

private:
    Ledger::LedgerStore *open(bool writable)
    {
        std::unique_ptr<Ledger::SqliteLedgerStore> &store = writable ? m_writer : m_reader;
        if (store)
            return store.get();
        auto opened = Ledger::SqliteLedgerStore::open(m_ledgerPath, writable ? QStringLiteral("ledger-ui-writer") : QStringLiteral("ledger-ui-reader"),
                                                      writable ? Ledger::LedgerStore::Access::ReadWrite : Ledger::LedgerStore::Access::ReadOnly);
        if (!opened) {
            // The watcher asks four times a second: one warning per failure streak, not a flood.
            if (!m_warnedOpen)
                qCWarning(lcLedgerClient) << "cannot open the ledger:" << opened.error().message;
            m_warnedOpen = true;
            return nullptr;
        }
        m_warnedOpen = false;
        store = std::move(opened).value();
        return store.get();
    }

    QString m_ledgerPath;
    std::unique_ptr<Ledger::SqliteLedgerStore> m_reader;
    std::unique_ptr<Ledger::SqliteLedgerStore> m_writer;
    bool m_warnedOpen = false;
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

    m_watch.setInterval(WatchIntervalMs);
    connect(&m_watch, &QTimer::timeout, this, &LedgerClient::pollConfigVersion);
    m_watch.start();
    pollConfigVersion(); // the version the pages' first queries will see
}

LedgerClient::~LedgerClient()
{
    m_watch.stop();
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

void LedgerClient::pollConfigVersion()
{
    // A stat() four times a second: cheaper than anything the pages do.
    if (!m_lost) {
        const auto identity = Common::FileIdentity::of(m_ledgerPath);
        if (!m_fileIdentity) {
            m_fileIdentity = identity;
        } else if (identity != m_fileIdentity) {
            m_lost = true;
            emit ledgerLost();
        }
    }
    if (m_pollPending)
        return;
    m_pollPending = true;
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker] {
        const qint64 version = worker->configVersion();
        QMetaObject::invokeMethod(this, [this, version] { handleConfigVersion(version); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void LedgerClient::handleConfigVersion(qint64 version)
{
    m_pollPending = false;
    if (version < 0 || version == m_configVersion)
        return;
    // The first answer is what the pages are loading anyway; every later one is news to them.
    const bool first = m_configVersion < 0;
    m_configVersion = version;
    if (!first)
        emit ledgerChanged();
}

} // namespace Ui
