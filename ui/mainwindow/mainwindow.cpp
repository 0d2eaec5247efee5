#include "ui/mainwindow/mainwindow.h"

#include <QCloseEvent>
#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tollgate"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *title = new QLabel(tr("<h1>Tollgate</h1><p>Who spent what, on which models, and why.</p>"), central);
    m_summary = new QLabel(tr("No requests yet in this session."), central);
    m_summary->setObjectName(QStringLiteral("sessionSummary"));
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addStretch();
    setCentralWidget(central);
    m_status = new QLabel(tr("Starting the gateway…"), this);
    m_status->setObjectName(QStringLiteral("gatewayStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_status);
    resize(1100, 720);
}

void MainWindow::showGatewayListening(const QString &url)
{
    m_status->setText(tr("Gateway: %1/v1").arg(url));
}

void MainWindow::showGatewayFailed(const QString &error)
{
    m_status->setText(tr("Gateway not running: %1").arg(error));
}

void MainWindow::noteRequestBooked(const Ledger::TraceRecord &trace, bool committed)
{
    if (!committed)
        return;
    ++m_requests;
    if (trace.cost)
        m_spend += *trace.cost;
    m_summary->setText(tr("%n request(s) in this session, $%1 booked.", nullptr, int(m_requests)).arg(m_spend.toShortString()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    emit closed();
    event->accept();
}

} // namespace Ui
