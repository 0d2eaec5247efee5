#include "core/limits/configwatcher.h"

#include "core/ledger/sqliteledgerstore.h"

#include <QLoggingCategory>
#include <QThread>

#include <atomic>

namespace Limits {

namespace {

Q_LOGGING_CATEGORY(lcLimits, "tollgate.limits")

// Each watcher needs its own connection name; several may exist (tests, a restarted gateway).
QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("config-watcher-%1").arg(counter.fetch_add(1) + 1);
}

} // namespace

ConfigWatcher::ConfigWatcher(const QString &ledgerPath, QObject *parent)
    : QObject(parent), m_ledgerPath(ledgerPath), m_connectionName(nextConnectionName())
{
    m_timer.setInterval(PollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ConfigWatcher::handlePoll);
}

ConfigWatcher::~ConfigWatcher() = default;

void ConfigWatcher::start()
{
    Q_ASSERT(QThread::currentThread() == thread());
    handlePoll();
    m_timer.start();
}

void ConfigWatcher::stop()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_timer.stop();
    m_store.reset();
}

bool ConfigWatcher::ensureOpen()
{
    if (m_store)
        return true;
    auto opened = Ledger::SqliteLedgerStore::open(m_ledgerPath, m_connectionName, Ledger::LedgerStore::Access::ReadOnly);
    if (!opened) {
        if (!m_warnedOpen)
            qCWarning(lcLimits).noquote() << "cannot watch the configuration yet:" << opened.error().message;
        m_warnedOpen = true;
        return false;
    }
    m_warnedOpen = false;
    m_store = std::move(opened.value());
    return true;
}

void ConfigWatcher::handlePoll()
{
    if (!ensureOpen())
        return;
    const qint64 version = m_store->configVersion();
    if (version < 0 || (m_current && version == m_current->version()))
        return;
    m_current = std::make_shared<const GatewayConfig>(GatewayConfig::load(*m_store));
    qCDebug(lcLimits) << "configuration version" << m_current->version();
    emit configChanged(m_current);
}

} // namespace Limits
