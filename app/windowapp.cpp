#include "app/windowapp.h"

#include "app/gatewaysetup.h"
#include "app/keychainsecretstore.h"
#include "app/singleinstance.h"
#include "app/unixsignalwatcher.h"
#include "core/settings/appsettings.h"
#include "core/settings/datadirectory.h"
#include "ui/common/ledgerclient.h"
#include "ui/common/translationloader.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/pages.h"
#include "ui/tray/appicon.h"
#include "ui/tray/traycontroller.h"

#include <QAction>
#include <QApplication>
#include <QDebug>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <chrono>

namespace App {

namespace {

// "HOST:PORT" as GatewaySetup::options() parses it; an IPv6 address needs brackets around it.
QString listenOption(const Settings::AppSettings &settings)
{
    const QString address = settings.listenAddress();
    const QString host = address.contains(u':') ? u'[' + address + u']' : address;
    return host + u':' + QString::number(settings.port());
}

// How often a gateway that could not listen is tried again.
constexpr std::chrono::seconds GatewayRetryInterval{5};

} // namespace

int runWindow(const QString &dataDirOption)
{
    QApplication::setWindowIcon(Ui::AppIcon::icon());
    // Ties the window to installer/linux/invalid.tollgate.Tollgate.desktop (icon and name in docks and switchers).
    QGuiApplication::setDesktopFileName(QStringLiteral("invalid.tollgate.Tollgate"));
    // The language comes first: every window and message after this point is translated.
    Settings::AppSettings settings;
    Ui::TranslationLoader translations;
    translations.load(settings.language());
    const QString dataDir = Settings::DataDirectory::resolve(dataDirOption);
    SingleInstance instance(dataDir);
    if (!instance.claim()) {
        if (!instance.heldByAnother()) {
            QMessageBox::critical(nullptr, QObject::tr("Tollgate"),
                                  QObject::tr("Cannot take this data directory: %1").arg(instance.whyNotClaimed(dataDir)));
            return 1;
        }
        // Starting Tollgate again brings the running window forward; it never starts a second gateway.
        if (instance.activateRunningWindow())
            return 0;
        QMessageBox::critical(nullptr, QObject::tr("Tollgate"),
                              QObject::tr("Another Tollgate (%1) is already serving this data directory:\n%2").arg(instance.holder(), dataDir));
        return 1;
    }
    instance.listenForActivation();
    if (auto prepared = GatewaySetup::prepareLedger(dataDir); !prepared) {
        QMessageBox::critical(nullptr, QObject::tr("Tollgate"), QObject::tr("Cannot open the ledger: %1").arg(prepared.error().message));
        return 1;
    }
    Gateway::GatewayService gateway;
    Ui::LedgerClient ledger(Settings::DataDirectory::ledgerPath(dataDir));
    KeychainSecretStore secrets(Settings::DataDirectory::secretsPath(dataDir));
    Ui::AppContext context{dataDir, &ledger, &gateway, &secrets, &settings};
    Ui::MainWindow window(context);
    Ui::addStandardPages(window, context);
    Ui::TrayController tray(context, settings);
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });

    QObject::connect(&gateway, &Gateway::GatewayService::started, &window, &Ui::MainWindow::showGatewayListening);
    QObject::connect(&gateway, &Gateway::GatewayService::started, &tray, &Ui::TrayController::setGatewayUrl);
    QObject::connect(&gateway, &Gateway::GatewayService::requestsBooked, &window, &Ui::MainWindow::noteRequestsBooked);
    QObject::connect(&gateway, &Gateway::GatewayService::requestsBooked, &tray, &Ui::TrayController::noteTraffic);
    // Without a tray the window's status bar is where notifications go.
    if (!tray.hasTray()) {
        QObject::connect(&tray, &Ui::TrayController::notified, &window, &Ui::MainWindow::showAlert);
        QObject::connect(&tray, &Ui::TrayController::resolved, &window, &Ui::MainWindow::dropAlert);
    }

    // Quitting drains the gateway: requests in flight finish and their traces commit, then the process
    // ends. As with `serve`, what still runs after the drain timeout is cut off and booked, so that a
    // provider that hangs cannot keep a hidden process alive for its 10-minute first-byte timeout.
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&gateway, &Gateway::GatewayService::stopped, qApp, &QCoreApplication::quit);
    bool quitting = false;
    const auto quit = [&gateway, &window, &quitting] {
        if (quitting)
            return;
        quitting = true;
        window.hide();
        gateway.stop();
        QTimer::singleShot(std::chrono::seconds(Gateway::GatewayService::DefaultDrainSeconds), &gateway,
                           &Gateway::GatewayService::stopNow);
    };
    auto *quitAction = new QAction(QObject::tr("&Quit"), &window);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setShortcutContext(Qt::ApplicationShortcut);
    QObject::connect(quitAction, &QAction::triggered, &window, quit);
    window.addQuitAction(quitAction);
    QObject::connect(&tray, &Ui::TrayController::quitRequested, &window, quit);
    // A logout or shutdown sends SIGTERM (a terminal's Ctrl+C, SIGINT): the same as Quit, and a second
    // one stops at once, as with `serve`. Left to the default action the process died, and requests in
    // flight were neither answered nor booked.
    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, &window, [&quit, &quitting, &gateway] {
        if (quitting)
            gateway.stopNow();
        else
            quit();
    });
    QObject::connect(&tray, &Ui::TrayController::showRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    bool toldAboutTray = false;
    QObject::connect(&window, &Ui::MainWindow::closed, &window, [&] {
        // Clients keep working while the window is closed, as long as the tray offers a way back and out.
        if (!settings.keepServingInTray() || !tray.hasTray())
            return quit();
        if (!toldAboutTray) {
            toldAboutTray = true;
            tray.notify(QObject::tr("Tollgate is still running"),
                          QObject::tr("The gateway keeps serving. Quit from the tray icon's menu."));
        }
    });

    // Started again after a failure: the port may have been freed (another Tollgate quit), or changed in
    // Settings (QA: once a port in use had stopped it, only a restart of Tollgate started the gateway).
    bool toldListenIgnored = false;
    const auto startGateway = [&] {
        auto options = GatewaySetup::options(dataDir, listenOption(settings), true);
        if (!options) {
            if (!std::exchange(toldListenIgnored, true))
                tray.notify(QObject::tr("Listen address ignored"),
                            QObject::tr("%1; listening on the default address instead.").arg(options.error().message));
            options = GatewaySetup::options(dataDir, QString(), false);
        }
        gateway.start(options.value(), GatewaySetup::secretResolver(dataDir));
    };
    QTimer retry;
    retry.setSingleShot(true);
    retry.setInterval(GatewayRetryInterval);
    QObject::connect(&retry, &QTimer::timeout, &window, startGateway);
    bool gatewayDown = false;
    QObject::connect(&gateway, &Gateway::GatewayService::startFailed, &window, [&](const QString &error) {
        window.showGatewayFailed(error);
        if (!std::exchange(gatewayDown, true))
            tray.noteGatewayFailed(error); // once, not at every try
        if (!quitting)
            retry.start();
    });
    QObject::connect(&gateway, &Gateway::GatewayService::started, &window, [&] {
        if (std::exchange(gatewayDown, false))
            tray.resolveGatewayFailed();
    });
    QObject::connect(&window, &Ui::MainWindow::startGatewayRequested, &window, [&] {
        retry.stop();
        startGateway();
    });

    // Said where a user who started the window from a menu sees it, not only on stderr (QA); the
    // Providers page marks an unset variable too.
    for (const GatewaySetup::MissingKey &missing : GatewaySetup::providersWithoutTheirKey(dataDir)) {
        qWarning().noquote() << missing.english();
        const QString warning =
            missing.variable.isEmpty()
                ? QObject::tr("Provider \"%1\": the API key stored for it cannot be read (a locked keyring, or %2 damaged or "
                              "without it). Requests routed to it go to the next provider, else get 502.")
                      .arg(missing.provider, missing.secretsPath)
                : QObject::tr("Provider \"%1\" takes its API key from $%2, which is not set or empty. Requests routed to it go "
                              "to the next provider, else get 502.")
                      .arg(missing.provider, missing.variable);
        tray.notify(QObject::tr("A provider lacks its API key"), warning, true);
    }
    startGateway();
    tray.refresh();
    if (!settings.startMinimised() || !tray.hasTray())
        window.show();
    return QApplication::exec();
}

} // namespace App
