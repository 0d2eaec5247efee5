#include "app/windowapp.h"

#include "app/gatewaysetup.h"
#include "core/settings/datadirectory.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QMessageBox>

namespace App {

int runWindow(const QString &dataDirOption)
{
    const QString dataDir = Settings::DataDirectory::resolve(dataDirOption);
    if (auto prepared = GatewaySetup::prepareLedger(dataDir); !prepared) {
        QMessageBox::critical(nullptr, QObject::tr("Tollgate"), QObject::tr("Cannot open the ledger: %1").arg(prepared.error().message));
        return 1;
    }
    Ui::MainWindow window;
    Gateway::GatewayService gateway;
    QObject::connect(&gateway, &Gateway::GatewayService::started, &window, &Ui::MainWindow::showGatewayListening);
    QObject::connect(&gateway, &Gateway::GatewayService::startFailed, &window, &Ui::MainWindow::showGatewayFailed);
    QObject::connect(&gateway, &Gateway::GatewayService::requestBooked, &window, &Ui::MainWindow::noteRequestBooked);
    // Quit drains the gateway: requests in flight finish and their traces commit before the process ends.
    QObject::connect(&gateway, &Gateway::GatewayService::stopped, qApp, &QCoreApplication::quit);
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&window, &Ui::MainWindow::closed, &gateway, &Gateway::GatewayService::stop);

    auto options = GatewaySetup::options(dataDir, QString(), false);
    gateway.start(options.value(), GatewaySetup::secretResolver(dataDir));
    window.show();
    return QApplication::exec();
}

} // namespace App
