#pragma once

#include "core/common/money.h"
#include "core/ledger/tracerecord.h"
#include "ui/common/appcontext.h"

#include <QElapsedTimer>
#include <QList>
#include <QMainWindow>

#include <utility>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolButton;

namespace Ui {

class AlertButton;

/**
 * Tollgate's main window: a sidebar of pages (Overview, Keys, Traces, Weekly review, Models & prices,
 * Providers, Settings) and a status bar with the gateway's address, live requests per second, today's
 * spend and the credit left.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const AppContext &context, QWidget *parent = nullptr);

    /** Puts the app's Quit at the end of the File menu (the app owns what quitting does). */
    void addQuitAction(QAction *quit);
    /** Adds a page under `title`; pages are shown in the order they are added. */
    void addPage(const QString &title, QWidget *page);
    /** Shows the page whose objectName is `objectName`. */
    void showPage(const QString &objectName);
    QWidget *page(const QString &objectName) const;

    void showGatewayListening(const QString &url);
    /** Says why the gateway is not running; clicking the address then asks for it to be started again. */
    void showGatewayFailed(const QString &error);
    /** The ledger file is gone (LedgerClient::ledgerLost): says so, and lets nothing more be changed. */
    void showLedgerLost();
    void noteRequestsBooked(const QList<Ledger::TraceRecord> &traces); // committed, batched by the gateway
    /**
     * Keeps an alert in the status bar until the user clicks it away: where no tray shows notifications,
     * a key reaching its cap must not scroll off behind the next alert. The newest is shown with a count
     * of the others, all of them (the newest MaxAlerts) in its tooltip. An alert on a `topic` replaces
     * the one before on the same topic.
     */
    void showAlert(const QString &title, const QString &message, const QString &topic = {}, bool critical = false);
    /** Drops `topic`'s alert: what it warned of is over. */
    void dropAlert(const QString &topic);
    static constexpr int MaxAlerts = 20;

signals:
    /** The user asked to start a gateway that could not listen again (see showGatewayFailed()). */
    void startGatewayRequested();
    void closed();
    /** A request was booked by the gateway: pages refresh their live views (throttled by them). */
    void trafficBooked(const Ledger::TraceRecord &trace);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void refreshStatus();
    void updateRate();
    void clearAlerts();
    void showAlerts();

    AppContext m_context;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QToolButton *m_address = nullptr;
    AlertButton *m_alerts = nullptr;
    struct Alert
    {
        QString topic;
        QString text;
        bool critical = false;
    };
    QList<Alert> m_alertList; // newest first
    QLabel *m_rate = nullptr;
    QLabel *m_today = nullptr;
    QLabel *m_credit = nullptr;
    QString m_gatewayUrl;
    QMenu *m_fileMenu = nullptr;
    bool m_gatewayFailed = false; // the address then starts it again when clicked
    QList<std::pair<qint64, qsizetype>> m_recentBatches; // (ms timestamp, requests) of the last seconds, for requests/s
    QElapsedTimer m_clock;
};

} // namespace Ui
