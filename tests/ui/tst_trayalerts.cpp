#include "core/admin/keyadmin.h"
#include "core/admin/creditadmin.h"
#include "core/ledger/sqliteledgerstore.h"
#include "core/settings/appsettings.h"
#include "tests/support/tempdatadir.h"
#include "ui/common/ledgerclient.h"
#include "ui/mainwindow/alertbutton.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/tray/spendalerts.h"
#include "ui/tray/traycontroller.h"

#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using Common::Money;
using Ui::SpendAlert;

namespace {

Money usd(const char *text)
{
    return *Money::fromDecimalString(QString::fromLatin1(text));
}

} // namespace

class TestTrayAlerts final : public QObject
{
    Q_OBJECT

private slots:
    void keyThresholds_data();
    void keyThresholds();
    void keysAreTrackedSeparately();
    void creditWarningFiresOncePerCrossing();
    void trayControllerNotifiesFromTheLedger();
    void alertsShowSmallCapsAndNeverRoundUpToThem_data();
    void alertsShowSmallCapsAndNeverRoundUpToThem();
    void nearCapAlertStatesTheRealShare_data();
    void nearCapAlertStatesTheRealShare();
    void withoutATrayAlertsStayUntilDismissed();
};

void TestTrayAlerts::keyThresholds_data()
{
    // Spends fed one after another against a $10 cap; the alerts expected after each, as letters:
    // "-" none, "n" near the cap (80 %), "c" at the cap.
    QTest::addColumn<QString>("spends");
    QTest::addColumn<QString>("alerts");
    QTest::addRow("under 80 percent stays quiet") << QStringLiteral("1 5 7.99") << QStringLiteral("---");
    QTest::addRow("80 percent fires once") << QStringLiteral("7 8 8.5 9.99") << QStringLiteral("-n--");
    QTest::addRow("100 percent fires once") << QStringLiteral("8 10 12") << QStringLiteral("nc-");
    QTest::addRow("a jump past both fires only the cap") << QStringLiteral("1 11 11") << QStringLiteral("-c-");
    QTest::addRow("already over on first sight") << QStringLiteral("9") << QStringLiteral("n");
    QTest::addRow("falling back re-arms") << QStringLiteral("8 1 8") << QStringLiteral("n-n");
}

void TestTrayAlerts::keyThresholds()
{
    QFETCH(QString, spends);
    QFETCH(QString, alerts);
    Ui::SpendAlerts decider;
    QString seen;
    for (const QString &spend : spends.split(u' ')) {
        const auto alert = decider.updateKey(1, QStringLiteral("team"), *Money::fromDecimalString(spend), usd("10"));
        if (!alert)
            seen += u'-';
        else
            seen += alert->kind == SpendAlert::Kind::KeyAtCap ? u'c' : u'n';
    }
    QCOMPARE(seen, alerts);
}

void TestTrayAlerts::keysAreTrackedSeparately()
{
    Ui::SpendAlerts decider;
    QVERIFY(decider.updateKey(1, QStringLiteral("a"), usd("9"), usd("10")));
    const auto other = decider.updateKey(2, QStringLiteral("b"), usd("9"), usd("10"));
    QVERIFY(other);
    QCOMPARE(other->keyName, QStringLiteral("b"));
    QCOMPARE(other->amount, usd("9"));
    QCOMPARE(other->limit, usd("10"));
    // No cap, no alert however much is spent.
    QVERIFY(!decider.updateKey(3, QStringLiteral("c"), usd("1000"), std::nullopt));
    // Raising the cap is silent; reaching the new one fires again.
    QVERIFY(!decider.updateKey(1, QStringLiteral("a"), usd("9"), usd("100")));
    QVERIFY(decider.updateKey(1, QStringLiteral("a"), usd("80"), usd("100")));
    // A cap changed while the key stays near or at it is said again, once, with the new cap.
    const auto lowered = decider.updateKey(1, QStringLiteral("a"), usd("80"), usd("70"));
    QVERIFY(lowered);
    QCOMPARE(lowered->kind, Ui::SpendAlert::Kind::KeyAtCap);
    QCOMPARE(lowered->limit, usd("70"));
    QVERIFY(!decider.updateKey(1, QStringLiteral("a"), usd("80"), usd("70")));
    const auto raised = decider.updateKey(1, QStringLiteral("a"), usd("80"), usd("90"));
    QVERIFY(raised);
    QCOMPARE(raised->kind, Ui::SpendAlert::Kind::KeyNearCap);
}

void TestTrayAlerts::creditWarningFiresOncePerCrossing()
{
    Ui::SpendAlerts decider;
    Ledger::CreditStatus credit;
    credit.enabled = true;
    credit.toppedUp = usd("20");
    credit.spent = usd("10");
    QVERIFY(!decider.updateCredit(credit, usd("5")));
    credit.spent = usd("16");
    const auto low = decider.updateCredit(credit, usd("5"));
    QVERIFY(low);
    QCOMPARE(low->kind, SpendAlert::Kind::CreditLow);
    QCOMPARE(low->amount, usd("4"));
    credit.spent = usd("19");
    QVERIFY(!decider.updateCredit(credit, usd("5")));
    // A top-up lifts it over the threshold; falling under again warns again.
    credit.toppedUp = usd("40");
    QVERIFY(!decider.updateCredit(credit, usd("5")));
    credit.spent = usd("36");
    QVERIFY(decider.updateCredit(credit, usd("5")));
    // With the credit limit off there is nothing to run out of.
    Ui::SpendAlerts fresh;
    credit.enabled = false;
    QVERIFY(!fresh.updateCredit(credit, usd("5")));
}

void TestTrayAlerts::trayControllerNotifiesFromTheLedger()
{
    TestSupport::TempDataDir dir;
    auto opened = Ledger::SqliteLedgerStore::open(dir.ledgerPath(), QStringLiteral("test-writer"), Ledger::LedgerStore::Access::ReadWrite);
    QVERIFY(opened.ok());
    Ledger::LedgerStore &store = *opened.value();
    Admin::KeyAdmin keys(store, Common::SystemClock::instance());
    Admin::KeyLimits limits;
    limits.maxSpend = usd("1");
    auto key = keys.create(QStringLiteral("ci-bot"), limits);
    QVERIFY(key.ok());
    Admin::CreditAdmin credit(store, Common::SystemClock::instance());
    QVERIFY(credit.topUp(usd("10"), QString()).ok());

    const auto book = [&](const char *cost) {
        Ledger::TraceRecord trace;
        trace.time = QDateTime::currentDateTimeUtc();
        trace.keyId = key->record.id;
        trace.model = QStringLiteral("gpt-4o");
        trace.endpoint = QStringLiteral("/v1/chat/completions");
        trace.status = 200;
        trace.outcome = QStringLiteral("ok");
        trace.cost = usd(cost);
        return store.insertTraces({trace}).ok();
    };
    QVERIFY(book("0.85"));

    Settings::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setCreditWarningThreshold(usd("9"));
    Ui::LedgerClient client(dir.ledgerPath());
    Ui::AppContext context{dir.path(), &client, nullptr, nullptr, &settings};
    Ui::TrayController tray(context, settings);
    QSignalSpy notified(&tray, &Ui::TrayController::notified);
    QSignalSpy refreshed(&tray, &Ui::TrayController::refreshed);

    tray.refresh();
    // 85 % of the key's cap, and $9.15 of credit: only the key.
    QTRY_COMPARE(notified.count(), 1);
    QVERIFY(notified.at(0).at(1).toString().contains(QStringLiteral("ci-bot")));
    QVERIFY(tray.toolTip().contains(QStringLiteral("$0.85")));

    tray.refresh();
    QTRY_COMPARE(refreshed.count(), 2);
    QCOMPARE(notified.count(), 1);
    QVERIFY(book("0.20"));
    tray.refresh();
    // $1.05 of $1: the cap, and $8.95 of credit is under the $9 threshold.
    QTRY_COMPARE(notified.count(), 3);
    QStringList titles{notified.at(1).at(0).toString(), notified.at(2).at(0).toString()};
    titles.sort();
    QCOMPARE(titles, (QStringList{QStringLiteral("Credit running low"), QStringLiteral("Key at its spend cap")}));
    QTRY_VERIFY(tray.toolTip().contains(QStringLiteral("$1.05")));

    // Nothing new crossed: nothing new said.
    tray.refresh();
    QTRY_COMPARE(refreshed.count(), 4);
    QCOMPARE(notified.count(), 3);
    QCOMPARE(notified.at(0).at(2).toString(), QStringLiteral("key:ci-bot"));

    // A top-up ends the credit alert (the window drops it), and nothing is said about the key's.
    QSignalSpy resolved(&tray, &Ui::TrayController::resolved);
    QVERIFY(credit.topUp(usd("10"), QString()).ok());
    tray.refresh();
    QTRY_COMPARE(refreshed.count(), 5);
    QVERIFY(resolved.contains(QVariantList{QStringLiteral("credit")}));
    QVERIFY(!resolved.contains(QVariantList{QStringLiteral("key:ci-bot")}));

    // The cap lowered while the key stays over it: its alert is said again, with the new cap (QA: it kept the old one).
    Admin::KeyChanges lower;
    lower.maxSpend = Admin::Change<Common::Money>(std::optional<Common::Money>(usd("0.50")));
    QVERIFY(keys.update(QStringLiteral("ci-bot"), lower).ok());
    tray.refresh();
    QTRY_COMPARE(notified.count(), 4);
    QCOMPARE(notified.at(3).at(2).toString(), QStringLiteral("key:ci-bot"));
    QVERIFY2(notified.at(3).at(1).toString().contains(QStringLiteral("$0.50")), qPrintable(notified.at(3).at(1).toString()));
    tray.refresh(); // and only once
    QTRY_COMPARE(refreshed.count(), 7);
    QCOMPARE(notified.count(), 4);
}

void TestTrayAlerts::alertsShowSmallCapsAndNeverRoundUpToThem_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("spent");
    QTest::addColumn<QString>("cap");
    QTest::addColumn<QString>("figures"); // "<spent> ... <cap>" as the message says them
    QTest::addRow("a tenth of a cent, reached") << int(SpendAlert::Kind::KeyAtCap) << QStringLiteral("0.001") << QStringLiteral("0.001")
                                                 << QStringLiteral("$0.001|$0.001");
    QTest::addRow("a tenth of a cent, near") << int(SpendAlert::Kind::KeyNearCap) << QStringLiteral("0.000912") << QStringLiteral("0.001")
                                              << QStringLiteral("$0.000912|$0.001");
    QTest::addRow("short of the cap by less than half a cent") << int(SpendAlert::Kind::KeyNearCap) << QStringLiteral("249.996")
                                                                << QStringLiteral("250") << QStringLiteral("$249.99|$250.00");
    QTest::addRow("an odd cap is shown as set") << int(SpendAlert::Kind::KeyAtCap) << QStringLiteral("12.3449") << QStringLiteral("12.3449")
                                                 << QStringLiteral("$12.3449|$12.3449");
}

void TestTrayAlerts::alertsShowSmallCapsAndNeverRoundUpToThem()
{
    QFETCH(int, kind);
    QFETCH(QString, spent);
    QFETCH(QString, cap);
    QFETCH(QString, figures);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    SpendAlert alert;
    alert.kind = SpendAlert::Kind(kind);
    alert.keyName = QStringLiteral("tiny");
    alert.amount = *Money::fromDecimalString(spent);
    alert.limit = *Money::fromDecimalString(cap);
    const QString message = Ui::TrayController::describe(alert);
    const QStringList expected = figures.split(u'|');
    QVERIFY2(message.contains(QStringLiteral("spent ") + expected.at(0)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("its ") + expected.at(1) + QStringLiteral(" cap")), qPrintable(message));
    QVERIFY2(!message.contains(u'<'), qPrintable(message));
}

void TestTrayAlerts::nearCapAlertStatesTheRealShare_data()
{
    QTest::addColumn<QString>("spent");
    QTest::addColumn<QString>("cap");
    QTest::addColumn<QString>("share");
    QTest::addRow("QA's key") << QStringLiteral("230.41") << QStringLiteral("250") << QStringLiteral("(92%)");
    QTest::addRow("on the threshold") << QStringLiteral("8") << QStringLiteral("10") << QStringLiteral("(80%)");
    QTest::addRow("rounded down, never to a reached cap") << QStringLiteral("9.999") << QStringLiteral("10") << QStringLiteral("(99%)");
}

void TestTrayAlerts::nearCapAlertStatesTheRealShare()
{
    QFETCH(QString, spent);
    QFETCH(QString, cap);
    QFETCH(QString, share);
    Ui::SpendAlerts decider;
    const auto alert = decider.updateKey(1, QStringLiteral("team"), *Money::fromDecimalString(spent), *Money::fromDecimalString(cap));
    QVERIFY(alert);
    QCOMPARE(alert->kind, SpendAlert::Kind::KeyNearCap);
    const QString message = Ui::TrayController::describe(*alert);
    QVERIFY2(message.endsWith(share + u'.'), qPrintable(message));
}

void TestTrayAlerts::withoutATrayAlertsStayUntilDismissed()
{
    Ui::MainWindow window(Ui::AppContext{});
    window.show();
    auto *alerts = window.findChild<QToolButton *>(QStringLiteral("alerts"));
    QVERIFY(alerts);
    QVERIFY(alerts->isHidden());

    window.showAlert(QStringLiteral("Spend cap"), QStringLiteral("Key \"ci\" reached its $5.00 cap."));
    QVERIFY(alerts->isVisible());
    QVERIFY(alerts->text().endsWith(QStringLiteral("Spend cap: Key \"ci\" reached its $5.00 cap.")));

    // The next alert does not hide the first: the newest shows, with a count, and the tooltip has both.
    window.showAlert(QStringLiteral("Credit"), QStringLiteral("$1.00 of credit left."));
    QVERIFY2(alerts->text().contains(QStringLiteral("Credit: $1.00 of credit left. (+1 more)")), qPrintable(alerts->text()));
    QVERIFY(alerts->toolTip().contains(QStringLiteral("reached its $5.00 cap")));
    QVERIFY(alerts->toolTip().indexOf(QStringLiteral("credit left")) < alerts->toolTip().indexOf(QStringLiteral("$5.00 cap")));
    // Cut short at the right to the width it has, the count kept (QA: centred and clipped at both ends,
    // neither the alert's start nor the count showed at 1024 px).
    auto *button = qobject_cast<Ui::AlertButton *>(alerts);
    QVERIFY(button);
    window.showAlert(QStringLiteral("Key at its spend cap"),
                     QStringLiteral("Key \"eval-harness\" has spent $570.05 and reached its $570.00 cap: its requests are refused."));
    window.resize(640, window.height());
    QTRY_VERIFY(button->width() < button->fontMetrics().horizontalAdvance(button->text()));
    const QString shown = button->shownText();
    QVERIFY2(shown.contains(QStringLiteral("Key at its spend cap: Key")) && shown.contains(u'\u2026')
                 && shown.endsWith(QStringLiteral("(+2 more)")),
             qPrintable(shown));
    QVERIFY(button->fontMetrics().horizontalAdvance(shown) <= button->width());
    // Other status messages come and go without taking it away.
    window.statusBar()->showMessage(QStringLiteral("Copied"), 10);
    QTest::qWait(50);
    QVERIFY(alerts->isVisible());

    // The list keeps the newest MaxAlerts.
    for (int i = 0; i < Ui::MainWindow::MaxAlerts + 5; ++i)
        window.showAlert(QStringLiteral("Alert"), QStringLiteral("number %1").arg(i));
    QVERIFY(alerts->text().contains(QStringLiteral("(+%1 more)").arg(Ui::MainWindow::MaxAlerts - 1)));
    QVERIFY(!alerts->toolTip().contains(QStringLiteral("$5.00 cap")));

    alerts->click();
    QVERIFY(alerts->isHidden());
    window.showAlert(QStringLiteral("Credit"), QStringLiteral("again"));
    QVERIFY(!alerts->text().contains(QStringLiteral("more")));
    alerts->click();

    // On one topic the newer alert replaces the older; its end drops it and leaves the others.
    window.showAlert(QStringLiteral("Key near its spend cap"), QStringLiteral("ci at 85 %"), QStringLiteral("key:ci"));
    window.showAlert(QStringLiteral("Credit running low"), QStringLiteral("$1.00 left"), QStringLiteral("credit"));
    window.showAlert(QStringLiteral("Key at its spend cap"), QStringLiteral("ci at 100 %"), QStringLiteral("key:ci"));
    QVERIFY2(alerts->text().endsWith(QStringLiteral("ci at 100 % (+1 more)")), qPrintable(alerts->text()));
    QVERIFY(!alerts->toolTip().contains(QStringLiteral("85 %")));
    window.dropAlert(QStringLiteral("credit"));
    QVERIFY(alerts->text().endsWith(QStringLiteral("ci at 100 %")));
    window.dropAlert(QStringLiteral("key:ci"));
    QVERIFY(alerts->isHidden());

    // A critical alert stays ahead of newer warnings (QA: a key near its cap hid one at its cap).
    window.showAlert(QStringLiteral("Key at its spend cap"), QStringLiteral("eval at 100 %"), QStringLiteral("key:eval"), true);
    window.showAlert(QStringLiteral("Key near its spend cap"), QStringLiteral("notes at 91 %"), QStringLiteral("key:notes"));
    QVERIFY2(alerts->text().contains(QStringLiteral("eval at 100 % (+1 more)")), qPrintable(alerts->text()));
    window.showAlert(QStringLiteral("A provider lacks its API key"), QStringLiteral("openai"), QString(), true);
    QVERIFY2(alerts->text().contains(QStringLiteral("openai (+2 more)")), qPrintable(alerts->text())); // newest critical first
    QVERIFY(alerts->toolTip().indexOf(QStringLiteral("eval at 100 %")) < alerts->toolTip().indexOf(QStringLiteral("notes at 91 %")));
    window.dropAlert(QStringLiteral("key:eval"));
    alerts->click();
}

QTEST_MAIN(TestTrayAlerts)
#include "tst_trayalerts.moc"
