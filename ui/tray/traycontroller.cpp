#include "ui/tray/traycontroller.h"

#include "core/settings/appsettings.h"
#include "ui/common/ledgerclient.h"
#include "ui/common/todayspend.h"
#include "ui/common/usdtext.h"

#include <QApplication>
#include <QClipboard>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

namespace Ui {

namespace {

struct KeySpend
{
    qint64 id = 0;
    QString name;
    Common::Money spent;
    Common::Money maxSpend;
};

} // namespace

struct TrayController::Figures
{
    TodaySpend today;
    QList<KeySpend> cappedKeys;
    Ledger::CreditStatus credit;
};

TrayController::TrayController(const AppContext &context, Settings::AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_settings(settings)
{
    m_throttle = new QTimer(this);
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(1000);
    connect(m_throttle, &QTimer::timeout, this, &TrayController::refresh);
    // Spend can also change without traffic through this window (another process, the CLI).
    auto *periodic = new QTimer(this);
    connect(periodic, &QTimer::timeout, this, &TrayController::refresh);
    periodic->start(30'000);
    if (m_context.ledger)
        connect(m_context.ledger, &LedgerClient::ledgerChanged, this, &TrayController::noteTraffic);

    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_menu = std::make_unique<QMenu>();
    QAction *show = m_menu->addAction(tr("&Show Tollgate"));
    connect(show, &QAction::triggered, this, &TrayController::showRequested);
    QAction *copy = m_menu->addAction(tr("&Copy gateway URL"));
    connect(copy, &QAction::triggered, this, [this] {
        if (!m_gatewayUrl.isEmpty())
            QGuiApplication::clipboard()->setText(m_gatewayUrl + QStringLiteral("/v1"));
    });
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    connect(quit, &QAction::triggered, this, &TrayController::quitRequested);

    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setContextMenu(m_menu.get());
    m_tray->setToolTip(tr("Tollgate"));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showRequested();
    });
    m_tray->show();
}

TrayController::~TrayController() = default;

void TrayController::noteTraffic()
{
    if (!m_throttle->isActive())
        m_throttle->start();
}

void TrayController::noteGatewayFailed(const QString &error)
{
    notify(tr("The gateway is not running"), tr("Tollgate cannot listen: %1").arg(error), true, QStringLiteral("gateway"));
}

void TrayController::resolveGatewayFailed()
{
    emit resolved(QStringLiteral("gateway"));
}

void TrayController::refresh()
{
    if (!m_context.ledger)
        return;
    m_context.ledger->query<Figures>(
        [](Ledger::LedgerStore &store) {
            Figures figures;
            figures.today = TodaySpend::read(store);
            for (const Keys::KeyRecord &key : store.listKeys()) {
                if (key.maxSpend && key.status == Keys::KeyStatus::Active)
                    figures.cappedKeys.append({key.id, key.name, store.keySpend(key.id), *key.maxSpend});
            }
            figures.credit = store.creditStatus();
            return figures;
        },
        this, [this](const Figures &figures) { apply(figures); });
}

void TrayController::apply(const Figures &figures)
{
    m_toolTip = figures.today.unpricedRequests > 0
                    ? tr("Tollgate: %1 today + %Ln unpriced request(s)", nullptr, int(figures.today.unpricedRequests))
                          .arg(UsdText::cents(figures.today.cost))
                    : tr("Tollgate: %1 today").arg(UsdText::cents(figures.today.cost));
    if (m_tray)
        m_tray->setToolTip(m_toolTip);
    for (const KeySpend &key : figures.cappedKeys) {
        const QString topic = QStringLiteral("key:") + key.name;
        if (auto alert = m_alerts.updateKey(key.id, key.name, key.spent, key.maxSpend))
            notify(alert->kind == SpendAlert::Kind::KeyAtCap ? tr("Key at its spend cap") : tr("Key near its spend cap"),
                   describe(*alert), alert->kind == SpendAlert::Kind::KeyAtCap, topic);
        else if (!m_alerts.isKeyNearCap(key.id))
            emit resolved(topic);
    }
    const QString creditTopic = QStringLiteral("credit");
    if (auto alert = m_alerts.updateCredit(figures.credit, m_settings.creditWarningThreshold()))
        notify(tr("Credit running low"), describe(*alert), false, creditTopic);
    else if (!m_alerts.isCreditLow())
        emit resolved(creditTopic);
    emit refreshed();
}

QString TrayController::describe(const SpendAlert &alert)
{
    switch (alert.kind) {
    case SpendAlert::Kind::KeyNearCap:
        return tr("Key \"%1\" has spent %2 of its %3 cap (%4%).")
            .arg(alert.keyName, UsdText::spendTowards(alert.amount, alert.limit), UsdText::cap(alert.limit))
            .arg(SpendAlerts::percentOfCap(alert.amount, alert.limit)); // the real share, not the 80 % threshold
    case SpendAlert::Kind::KeyAtCap:
        return tr("Key \"%1\" has spent %2 and reached its %3 cap: its requests are refused.")
            .arg(alert.keyName, UsdText::spendTowards(alert.amount, alert.limit), UsdText::cap(alert.limit));
    case SpendAlert::Kind::CreditLow:
        return tr("%1 of credit left, under your warning threshold of %2.").arg(UsdText::cents(alert.amount), UsdText::cents(alert.limit));
    }
    return {};
}

void TrayController::notify(const QString &title, const QString &message, bool critical, const QString &topic)
{
    if (m_tray)
        m_tray->showMessage(title, message, critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
    emit notified(title, message, topic, critical);
}

} // namespace Ui
