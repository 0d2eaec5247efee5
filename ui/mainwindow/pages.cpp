#include "ui/mainwindow/pages.h"

#include "ui/keys/keyspage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/overview/overviewpage.h"
#include "ui/prices/pricespage.h"
#include "ui/providers/providerspage.h"
#include "ui/settings/settingspage.h"
#include "ui/traces/tracespage.h"
#include "ui/weekly/weeklypage.h"

namespace Ui {

void addStandardPages(MainWindow &window, const AppContext &context)
{
    Q_UNUSED(context);
    // PAGES: each page registers here, in sidebar order (Overview, Keys, Traces, Weekly review,
    // Models & prices, Providers, Settings).
    window.addPage(MainWindow::tr("Overview"), new OverviewPage(context, &window));
    window.addPage(MainWindow::tr("Keys"), new KeysPage(context));
    auto *traces = new TracesPage(context);
    QObject::connect(&window, &MainWindow::trafficBooked, traces, &TracesPage::noteTraffic);
    window.addPage(MainWindow::tr("Traces"), traces);
    auto *weekly = new WeeklyPage(context);
    QObject::connect(&window, &MainWindow::trafficBooked, weekly, &WeeklyPage::scheduleRefresh);
    window.addPage(MainWindow::tr("Weekly review"), weekly);
    // Models & prices, Providers and Settings stay last: insert other pages above this line.
    window.addPage(MainWindow::tr("Models & prices"), new PricesPage(context));
    window.addPage(MainWindow::tr("Providers"), new ProvidersPage(context));
    if (context.settings)
        window.addPage(MainWindow::tr("Settings"), new SettingsPage(context, *context.settings));
}

} // namespace Ui
