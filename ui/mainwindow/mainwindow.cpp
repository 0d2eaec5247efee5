#include "ui/mainwindow/mainwindow.h"

#include "ui/common/ledgerclient.h"
#include "ui/common/todayspend.h"
#include "ui/common/usdtext.h"
#include "ui/export/exportdialog.h"
#include "ui/mainwindow/alertbutton.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTime>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace Ui {

namespace {

struct StatusFigures
{
    TodaySpend today;
    Ledger::CreditStatus credit;
};

} // namespace

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tollgate"));
    m_clock.start();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    // File > Export CSV…: the same dialog as the Traces page's Export…, without its filters.
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = m_fileMenu->addAction(tr("&Export CSV…"));
    exportAction->setObjectName(QStringLiteral("exportCsvAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, [this] {
        if (!m_context.ledger)
            return;
        auto *dialog = new ExportDialog(m_context.ledger->ledgerPath(), {}, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    m_address = new QToolButton(this);
    m_address->setObjectName(QStringLiteral("gatewayAddress"));
    m_address->setAutoRaise(true);
    m_address->setText(tr("Starting the gateway…"));
    m_address->setToolTip(tr("Click to copy the gateway's base URL"));
    connect(m_address, &QToolButton::clicked, this, [this] {
        if (m_gatewayFailed) {
            m_gatewayFailed = false;
            m_address->setText(tr("Starting the gateway…"));
            emit startGatewayRequested();
            return;
        }
        if (!m_gatewayUrl.isEmpty()) {
            QGuiApplication::clipboard()->setText(m_gatewayUrl + QStringLiteral("/v1"));
            statusBar()->showMessage(tr("Copied %1/v1").arg(m_gatewayUrl), 3000);
        }
    });
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("requestRate"));
    m_today = new QLabel(this);
    m_today->setObjectName(QStringLiteral("todaySpend"));
    m_credit = new QLabel(this);
    m_credit->setObjectName(QStringLiteral("creditLeft"));
    m_alerts = new AlertButton(this);
    m_alerts->setObjectName(QStringLiteral("alerts"));
    m_alerts->hide();
    connect(m_alerts, &QToolButton::clicked, this, &MainWindow::clearAlerts);
    statusBar()->addWidget(m_address);
    statusBar()->addWidget(m_alerts, 1);
    statusBar()->addPermanentWidget(m_rate);
    statusBar()->addPermanentWidget(m_today);
    statusBar()->addPermanentWidget(m_credit);
    updateRate();

    auto *rateTimer = new QTimer(this);
    connect(rateTimer, &QTimer::timeout, this, &MainWindow::updateRate);
    rateTimer->start(1000);
    auto *statusTimer = new QTimer(this);
    connect(statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    statusTimer->start(5000);
    if (m_context.ledger) {
        connect(m_context.ledger, &LedgerClient::ledgerChanged, this, &MainWindow::refreshStatus);
        connect(m_context.ledger, &LedgerClient::ledgerLost, this, &MainWindow::showLedgerLost);
    }
    refreshStatus();
    resize(1280, 800);
}

void MainWindow::showAlert(const QString &title, const QString &message, const QString &topic, bool critical)
{
    if (!topic.isEmpty())
        m_alertList.removeIf([&topic](const Alert &alert) { return alert.topic == topic; });
    // Newest first, but a critical alert (a reached cap, a provider without its key) stays ahead of
    // warnings: the one shown must be the one that stops requests (QA: "91 % of its cap" hid a reached cap).
    const auto firstWarning = std::find_if(m_alertList.begin(), m_alertList.end(), [](const Alert &alert) { return !alert.critical; });
    m_alertList.insert(critical ? m_alertList.begin() : firstWarning,
                       {topic, tr("%1 %2: %3").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), title, message), critical});
    if (m_alertList.size() > MaxAlerts)
        m_alertList.removeLast();
    showAlerts();
}

void MainWindow::dropAlert(const QString &topic)
{
    if (!topic.isEmpty() && m_alertList.removeIf([&topic](const Alert &alert) { return alert.topic == topic; }) > 0)
        showAlerts();
}

void MainWindow::clearAlerts()
{
    m_alertList.clear();
    showAlerts();
}

void MainWindow::showAlerts()
{
    if (m_alertList.isEmpty()) {
        m_alerts->hide();
        return;
    }
    const qsizetype others = m_alertList.size() - 1;
    const QString &newest = m_alertList.constFirst().text;
    m_alerts->setAlert(newest, others == 0 ? QString() : tr("(+%Ln more)", nullptr, int(others)));
    QStringList texts;
    for (const Alert &alert : std::as_const(m_alertList))
        texts << alert.text;
    m_alerts->setToolTip(texts.join(u'\n') + QStringLiteral("\n\n") + tr("Click to dismiss."));
    m_alerts->show();
}

void MainWindow::addQuitAction(QAction *quit)
{
    // In the File menu, last, where a desktop user looks for it (QA: only Ctrl+Q, which nothing showed).
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);
    addAction(quit); // its shortcut works with the menu closed
}

void MainWindow::addPage(const QString &title, QWidget *page)
{
    m_pages->addWidget(page);
    m_sidebar->addItem(title);
    if (m_sidebar->count() == 1)
        m_sidebar->setCurrentRow(0);
    // As wide as the longest title needs, no wider: at 1024 px every pixel the sidebar leaves is the
    // charts' (a fixed 190 px left the Overview's cap chart without room for its key names).
    const int itemPadding = 2 * (m_sidebar->spacing() + m_sidebar->style()->pixelMetric(QStyle::PM_FocusFrameHMargin));
    m_sidebar->setFixedWidth(std::max(120, m_sidebar->sizeHintForColumn(0) + itemPadding + 16));
}

QWidget *MainWindow::page(const QString &objectName) const
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->objectName() == objectName)
            return m_pages->widget(i);
    }
    return nullptr;
}

void MainWindow::showPage(const QString &objectName)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->objectName() == objectName)
            m_sidebar->setCurrentRow(i);
    }
}

void MainWindow::showGatewayListening(const QString &url)
{
    m_gatewayUrl = url;
    m_gatewayFailed = false;
    m_address->setText(tr("Gateway %1/v1").arg(url));
    m_address->setToolTip(tr("Click to copy the gateway's base URL"));
}

void MainWindow::showGatewayFailed(const QString &error)
{
    // Tried again every few seconds by the app, and at once on a click (QA: once a port in use had
    // stopped it, nothing but a restart of Tollgate started it).
    m_gatewayFailed = true;
    m_address->setText(tr("Gateway not running: %1").arg(error));
    m_address->setToolTip(tr("Click to try again now; Tollgate also tries every few seconds. The port is set in Settings."));
}

void MainWindow::showLedgerLost()
{
    // Nothing on the pages may be changed any more: a new key would go into a new, empty ledger that the
    // running gateway never reads (QA: its secret was shown, and the gateway answered it with 401).
    m_pages->setEnabled(false);
    m_address->setText(tr("Ledger file gone: restart Tollgate"));
    const QString message = tr("The ledger file %1 was deleted or replaced while Tollgate ran. The gateway refuses every "
                               "request, since none could be booked, and the window shows the lost file's figures. "
                               "Quit and start Tollgate again: it opens the file at that path, or creates a new one.")
                                .arg(QDir::toNativeSeparators(m_context.ledger->ledgerPath()));
    showAlert(tr("Ledger lost"), message, QStringLiteral("ledger-lost"), true);
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Tollgate"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("ledgerLostMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::noteRequestsBooked(const QList<Ledger::TraceRecord> &traces)
{
    if (traces.isEmpty())
        return;
    m_recentBatches.append({m_clock.elapsed(), traces.size()});
    emit trafficBooked(traces.constLast()); // the pages only need to know that something arrived
}

void MainWindow::updateRate()
{
    // Requests per second over the last five seconds: steady enough to read, quick to follow.
    const qint64 now = m_clock.elapsed();
    while (!m_recentBatches.isEmpty() && m_recentBatches.first().first < now - 5000)
        m_recentBatches.removeFirst();
    qsizetype requests = 0;
    for (const auto &batch : std::as_const(m_recentBatches))
        requests += batch.second;
    m_rate->setText(tr("%1 req/s").arg(QLocale().toString(double(requests) / 5.0, 'f', 1)));
}

void MainWindow::refreshStatus()
{
    if (!m_context.ledger)
        return;
    m_context.ledger->query<StatusFigures>(
        [](Ledger::LedgerStore &store) {
            StatusFigures figures;
            figures.today = TodaySpend::read(store);
            figures.credit = store.creditStatus();
            return figures;
        },
        this,
        [this](const StatusFigures &figures) {
            QString today = tr("Today %1").arg(UsdText::cents(figures.today.cost));
            if (figures.today.unpricedRequests > 0)
                today += tr(" + %Ln unpriced", nullptr, int(figures.today.unpricedRequests));
            m_today->setText(today);
            m_credit->setText(figures.credit.enabled ? tr("Credit %1").arg(UsdText::cents(figures.credit.available()))
                                                     : tr("Credit limit off"));
        });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    emit closed();
    event->accept();
}

} // namespace Ui
