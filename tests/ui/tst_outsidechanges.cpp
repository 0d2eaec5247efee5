#include "core/admin/creditadmin.h"
#include "core/admin/keyadmin.h"
#include "core/admin/priceadmin.h"
#include "core/common/clock.h"
#include "core/demo/demoledger.h"
#include "core/ledger/sqliteledgerstore.h"
#include "tests/support/tempdatadir.h"
#include "ui/common/ledgerclient.h"
#include "ui/keys/keyspage.h"
#include "ui/keys/keystablemodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/pages.h"
#include "ui/overview/overviewpage.h"
#include "ui/prices/pricesmodel.h"
#include "ui/prices/pricespage.h"
#include "ui/providers/providersmodel.h"
#include "ui/providers/providerspage.h"
#include "ui/weekly/weeklypage.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>

#include <memory>

/**
 * The window follows changes it did not make: the CLI editing the ledger from another process, and
 * the gateway booking traffic. Every page of a real window (addStandardPages) must show them without
 * the user doing anything.
 */
class TestOutsideChanges final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clientAnnouncesChangesMadeByAnotherConnection();
    void clientAnnouncesItsOwnChangeOnce();
    void everyPageShowsWhatTheCliChanged();
    void weeklyReviewFollowsBookedTraffic();
    void aDeletedLedgerStopsTheWindowFromChangingAnything();
    void aGatewayThatCouldNotListenIsStartedAgainFromTheStatusBar();
    void quitIsInTheFileMenu();

private:
    /** A connection of its own, as the CLI in another process has. */
    std::unique_ptr<Ledger::SqliteLedgerStore> cli();
    template<typename Page>
    Page *page(const char *objectName) const { return qobject_cast<Page *>(m_window->page(QString::fromLatin1(objectName))); }

    std::unique_ptr<TestSupport::TempDataDir> m_dir;
    std::unique_ptr<Ui::LedgerClient> m_client;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestOutsideChanges::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_dir = std::make_unique<TestSupport::TempDataDir>();
    QVERIFY(Demo::DemoLedger::seed(*cli(), Common::SystemClock::instance()).ok());
    m_client = std::make_unique<Ui::LedgerClient>(m_dir->ledgerPath());
    Ui::AppContext context{m_dir->path(), m_client.get(), nullptr, nullptr, nullptr};
    m_window = std::make_unique<Ui::MainWindow>(context);
    Ui::addStandardPages(*m_window, context);
}

void TestOutsideChanges::cleanup()
{
    m_window.reset();
    m_client.reset();
    m_dir.reset();
}

std::unique_ptr<Ledger::SqliteLedgerStore> TestOutsideChanges::cli()
{
    static int connections = 0;
    auto store = Ledger::SqliteLedgerStore::open(m_dir->ledgerPath(), QStringLiteral("cli-%1").arg(++connections),
                                                 Ledger::LedgerStore::Access::ReadWrite);
    return store ? std::move(store).value() : nullptr;
}

void TestOutsideChanges::clientAnnouncesChangesMadeByAnotherConnection()
{
    QSignalSpy changed(m_client.get(), &Ui::LedgerClient::ledgerChanged);
    // Nothing changed: the watcher stays quiet.
    QTest::qWait(3 * Ui::LedgerClient::WatchIntervalMs);
    QCOMPARE(changed.count(), 0);

    const auto store = cli();
    Admin::CreditAdmin credit(*store, Common::SystemClock::instance());
    QVERIFY(credit.topUp(Common::Money::fromNanos(100 * Common::Money::NanosPerUsd), QString()).ok());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 4 * Ui::LedgerClient::WatchIntervalMs);
    QTest::qWait(3 * Ui::LedgerClient::WatchIntervalMs);
    QCOMPARE(changed.count(), 1); // once per change, not once per poll
}

void TestOutsideChanges::clientAnnouncesItsOwnChangeOnce()
{
    QSignalSpy changed(m_client.get(), &Ui::LedgerClient::ledgerChanged);
    QObject context;
    m_client->change<bool>(
        [](Ledger::LedgerStore &store) {
            Admin::CreditAdmin credit(store, Common::SystemClock::instance());
            return credit.topUp(Common::Money::fromNanos(5 * Common::Money::NanosPerUsd), QString()).ok();
        },
        &context, [](bool) {});
    QTRY_COMPARE(changed.count(), 1);
    // The watcher sees the version this change made and knows the pages have heard of it.
    QTest::qWait(3 * Ui::LedgerClient::WatchIntervalMs);
    QCOMPARE(changed.count(), 1);
}

void TestOutsideChanges::everyPageShowsWhatTheCliChanged()
{
    auto *overview = page<Ui::OverviewPage>("overviewPage");
    auto *keys = page<Ui::KeysPage>("keysPage");
    auto *weekly = page<Ui::WeeklyPage>("weeklyPage");
    auto *prices = page<Ui::PricesPage>("pricesPage");
    auto *providers = page<Ui::ProvidersPage>("providersPage");
    QVERIFY(overview && keys && weekly && prices && providers);
    QSignalSpy overviewShown(overview, &Ui::OverviewPage::dataShown);
    QSignalSpy weeklyShown(weekly, &Ui::WeeklyPage::reviewShown);
    QSignalSpy pricesShown(prices, &Ui::PricesPage::reloaded);
    QSignalSpy providersShown(providers, &Ui::ProvidersPage::reloaded);
    QTRY_VERIFY(overviewShown.count() >= 1 && weeklyShown.count() >= 1 && pricesShown.count() >= 1 && providersShown.count() >= 1);
    const Common::Money toppedUp = overview->data().credit.toppedUp;
    const qsizetype providersBefore = providers->model()->rowCount();

    // What QA did from a terminal while the window was open.
    const auto store = cli();
    QVERIFY(Admin::CreditAdmin(*store, Common::SystemClock::instance())
                .topUp(Common::Money::fromNanos(100 * Common::Money::NanosPerUsd), QStringLiteral("from the CLI"))
                .ok());
    Providers::ProviderRecord provider;
    provider.name = QStringLiteral("added-by-cli");
    provider.baseUrl = QStringLiteral("http://127.0.0.1:9/v1");
    provider.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY(store->insertProvider(provider).ok());
    Pricing::RateSet rates;
    rates.input = Common::Money::fromNanos(123'000'000);
    rates.output = Common::Money::fromNanos(456'000'000);
    QVERIFY(Admin::PriceAdmin(*store, Common::SystemClock::instance()).setOverride(QStringLiteral("cli-model"), rates).ok());
    Admin::KeyChanges changes;
    changes.maxSpend = std::optional<Common::Money>(Common::Money::fromNanos(1'000'000)); // a $0.001 cap: at it at once
    const QString capped = QStringLiteral("support-agent"); // busy all week in the demo
    QVERIFY(Admin::KeyAdmin(*store, Common::SystemClock::instance()).update(capped, changes).ok());

    // No keystroke in the window: the pages catch up on their own, well within the 7 s QA waited.
    QTRY_COMPARE_WITH_TIMEOUT(overview->data().credit.toppedUp, toppedUp + Common::Money::fromNanos(100 * Common::Money::NanosPerUsd), 3000);
    QTRY_COMPARE_WITH_TIMEOUT(providers->model()->rowCount(), providersBefore + 1, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [prices] {
            for (int row = 0; row < prices->model()->rowCount(); ++row) {
                if (prices->model()->row(row).record.model == u"cli-model")
                    return true;
            }
            return false;
        }(),
        3000);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(weekly->review().caps.cbegin(), weekly->review().caps.cend(),
                                         [&capped](const auto &line) { return line.key == capped; }),
                             3000);
    const auto capOf = [keys, &capped] {
        const Ui::KeyRow *row = keys->model()->row(keys->model()->rowOfKey(capped));
        return row ? row->key.maxSpend : std::nullopt;
    };
    QTRY_COMPARE_WITH_TIMEOUT(capOf(), std::optional<Common::Money>(Common::Money::fromNanos(1'000'000)), 3000);
}

void TestOutsideChanges::weeklyReviewFollowsBookedTraffic()
{
    auto *weekly = page<Ui::WeeklyPage>("weeklyPage");
    QVERIFY(weekly);
    QSignalSpy shown(weekly, &Ui::WeeklyPage::reviewShown);
    QTRY_VERIFY(shown.count() >= 1);
    const qint64 before = weekly->review().requests;

    // The gateway writes through its own connection and tells the window what it booked.
    Ledger::TraceRecord trace;
    trace.time = QDateTime::currentDateTimeUtc();
    trace.keyId = 1;
    trace.model = QStringLiteral("gpt-4o-mini");
    trace.status = 200;
    trace.outcome = QStringLiteral("ok");
    trace.usage.inputTokens = 10;
    trace.cost = Common::Money::fromNanos(1'000);
    QVERIFY(cli()->insertTraces({trace}).ok());
    const int shownBefore = int(shown.count());
    for (int i = 0; i < 50; ++i)
        m_window->noteRequestsBooked({trace});
    QTRY_COMPARE_WITH_TIMEOUT(weekly->review().requests, before + 1, 3000);
    // A burst is one read, not fifty.
    QTest::qWait(Ui::WeeklyPage::TrafficRefreshMs + 200);
    QCOMPARE(shown.count(), shownBefore + 1);
}

// QA: with the ledger deleted under it, the window kept showing the old figures, and a key made in it went
// into a new, empty ledger: its secret was shown, and the running gateway answered it with 401.
void TestOutsideChanges::aDeletedLedgerStopsTheWindowFromChangingAnything()
{
    QSignalSpy lost(m_client.get(), &Ui::LedgerClient::ledgerLost);
    auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(pages);
    QVERIFY(pages->isEnabled());
    QTest::qWait(2 * Ui::LedgerClient::WatchIntervalMs);
    QCOMPARE(lost.size(), 0); // nothing happened to the file yet
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_dir->ledgerPath() + suffix);
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 2000);
    QVERIFY(!pages->isEnabled());
    auto *message = m_window->findChild<QMessageBox *>(QStringLiteral("ledgerLostMessage"));
    QVERIFY(message);
    QVERIFY2(message->text().contains(QStringLiteral("deleted or replaced")), qPrintable(message->text()));
    QTest::qWait(3 * Ui::LedgerClient::WatchIntervalMs);
    QCOMPARE(lost.size(), 1); // said once
}

// QA: once a port in use had stopped the gateway, nothing in the window started it again.
void TestOutsideChanges::aGatewayThatCouldNotListenIsStartedAgainFromTheStatusBar()
{
    QSignalSpy asked(m_window.get(), &Ui::MainWindow::startGatewayRequested);
    auto *address = m_window->findChild<QToolButton *>(QStringLiteral("gatewayAddress"));
    QVERIFY(address);
    m_window->showGatewayListening(QStringLiteral("http://127.0.0.1:8420"));
    address->click(); // copies the address
    QCOMPARE(asked.size(), 0);
    m_window->showGatewayFailed(QStringLiteral("cannot listen on 127.0.0.1:8420: The bound address is already in use"));
    QVERIFY(address->text().contains(QStringLiteral("already in use")));
    address->click();
    QCOMPARE(asked.size(), 1);
    address->click(); // asked once per failure: it is starting
    QCOMPARE(asked.size(), 1);
    m_window->showGatewayListening(QStringLiteral("http://127.0.0.1:8421"));
    QCOMPARE(address->text(), QStringLiteral("Gateway http://127.0.0.1:8421/v1"));
}

// QA: Quit had only its shortcut, which nothing showed.
void TestOutsideChanges::quitIsInTheFileMenu()
{
    auto *quit = new QAction(QStringLiteral("&Quit"), m_window.get());
    m_window->addQuitAction(quit);
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QMenu *file = menus.first()->menu();
    QVERIFY(file);
    QCOMPARE(file->actions().constLast(), quit);
    QVERIFY(m_window->actions().contains(quit));
}

QTEST_MAIN(TestOutsideChanges)
#include "tst_outsidechanges.moc"
