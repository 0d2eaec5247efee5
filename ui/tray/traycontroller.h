#pragma once

#include "ui/common/appcontext.h"
#include "ui/tray/spendalerts.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace Settings {
class AppSettings;
}

namespace Ui {

/**
 * The tray icon (where the desktop has a tray) with today's spend in its tooltip and a Show / Copy
 * gateway URL / Quit menu, and the notifications: keys nearing or reaching their caps, credit running
 * low, a gateway that cannot listen. Every notification is also emitted as notified(), so the window
 * can show it where no tray exists.
 */
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    TrayController(const AppContext &context, Settings::AppSettings &settings, QObject *parent = nullptr);
    ~TrayController() override;

    /** True when a tray icon is showing: only then may closing the window leave Tollgate running. */
    bool hasTray() const { return m_tray != nullptr; }
    QString toolTip() const { return m_toolTip; }

    void setGatewayUrl(const QString &url) { m_gatewayUrl = url; }
    void noteGatewayFailed(const QString &error);
    /** The gateway listens after all (tried again): ends the alert noteGatewayFailed() raised. */
    void resolveGatewayFailed();
    /** Reads today's spend, the capped keys and the wallet, then updates the tooltip and alerts. */
    void refresh();
    /** A request was booked: refresh soon, at most once a second however busy the gateway is. */
    void noteTraffic();
    /**
     * Shows a notification from the tray (if any) and emits notified(). `topic` names what it is about
     * ("credit", "key:NAME"): a later alert on the same topic supersedes it, and resolved() ends it.
     */
    void notify(const QString &title, const QString &message, bool critical = false, const QString &topic = {});
    /** The words of an alert's notification. */
    static QString describe(const SpendAlert &alert);

signals:
    void showRequested();
    void quitRequested();
    void notified(const QString &title, const QString &message, const QString &topic, bool critical);
    /** What `topic`'s alert warned of is over (credit topped up, a cap raised): drop its alert. */
    void resolved(const QString &topic);
    /** A refresh() finished: the tooltip and alerts are up to date. */
    void refreshed();

private:
    struct Figures;
    void apply(const Figures &figures);

    AppContext m_context;
    Settings::AppSettings &m_settings;
    SpendAlerts m_alerts;
    QSystemTrayIcon *m_tray = nullptr;
    std::unique_ptr<QMenu> m_menu;
    QTimer *m_throttle = nullptr;
    QString m_gatewayUrl;
    QString m_toolTip;
};

} // namespace Ui
