#include "core/admin/keyadmin.h"
#include "core/common/clock.h"
#include "core/keys/keysecret.h"
#include "core/keys/modelglob.h"
#include "core/gateway/gatewayservice.h"
#include "core/ledger/sqliteledgerstore.h"
#include "tests/support/tempdatadir.h"
#include "ui/common/ledgerclient.h"
#include "ui/keys/editcapsdialog.h"
#include "ui/keys/keystablemodel.h"
#include "ui/keys/keyspage.h"
#include "ui/keys/newkeydialog.h"
#include "ui/keys/secretdialog.h"
#include "ui/keys/secretpanel.h"
#include "ui/keys/spendcapdelegate.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QGuiApplication>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <QToolButton>

class TestKeysPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsKeysWithSpendAndCap();
    void summaryCountsExpiredKeysAsInactive();
    void capColumnKeepsSmallAmountsAndNeverRoundsUpToTheCap_data();
    void capColumnKeepsSmallAmountsAndNeverRoundsUpToTheCap();
    void capBarColours_data();
    void capBarColours();
    void filterNarrowsTheTable();
    void statusAndLastUseReadWholeInASmallWindow();
    void selectionSurvivesAKeyAddedElsewhere();
    void newKeyRefusesBadInput_data();
    void newKeyRefusesBadInput();
    void newKeyShowsSecretOnceAndStoresItsHash();
    void curlExampleUsesAModelTheKeyMayUse_data();
    void curlExampleUsesAModelTheKeyMayUse();
    void newKeyErrorsShowWhole();
    void newKeyWithAZeroCapIsTakenWithAWarning();
    void longValuesWidenTheirColumns();
    void editCapsChangesTheLedger();
    void theKeyboardReachesAndLeavesTheTable();
    void expiryIsTheKeysLastDayAsInTheCli();
    void anExpiredKeysCapsCanBeEdited();
    void rotateShowsTheNewSecretOnce();
    void revokeAsksThenRevokes();
    void newKeyWorksOnTheRunningGatewayAtOnce();

private:
    std::unique_ptr<Ledger::SqliteLedgerStore> openStore(Ledger::LedgerStore::Access access);
    template<typename Dialog>
    Dialog *clickFor(const char *buttonName);
    void selectKey(const QString &name);
    void confirm(const char *objectName);
    static bool anyWidgetShows(const QString &text);

    std::unique_ptr<TestSupport::TempDataDir> m_dir;
    std::unique_ptr<Ui::LedgerClient> m_client;
    std::unique_ptr<Ui::KeysPage> m_page;
    int m_connections = 0;
};

std::unique_ptr<Ledger::SqliteLedgerStore> TestKeysPage::openStore(Ledger::LedgerStore::Access access)
{
    auto store = Ledger::SqliteLedgerStore::open(m_dir->ledgerPath(), QStringLiteral("test-%1").arg(++m_connections), access);
    if (!store)
        qFatal("cannot open the test ledger");
    return std::move(store).value();
}

void TestKeysPage::init()
{
    m_dir = std::make_unique<TestSupport::TempDataDir>();
    {
        // "existing": capped at $10 with $8.50 spent this month: 85 %, amber.
        auto store = openStore(Ledger::LedgerStore::Access::ReadWrite);
        Admin::KeyLimits limits;
        limits.maxSpend = Common::Money::fromDecimalString(u"10");
        auto issued = Admin::KeyAdmin(*store, Common::SystemClock::instance()).create(QStringLiteral("existing"), limits);
        QVERIFY(issued.ok());
        QVERIFY(Admin::KeyAdmin(*store, Common::SystemClock::instance()).create(QStringLiteral("other"), {}).ok());
        Ledger::TraceRecord trace;
        trace.time = QDateTime::currentDateTimeUtc();
        trace.keyId = issued->record.id;
        trace.model = QStringLiteral("gpt-4o-mini");
        trace.provider = QStringLiteral("openai");
        trace.status = 200;
        trace.outcome = QStringLiteral("ok");
        trace.cost = Common::Money::fromDecimalString(u"8.5");
        QVERIFY(store->insertTraces({trace}).ok());
    }
    m_client = std::make_unique<Ui::LedgerClient>(m_dir->ledgerPath());
    Ui::AppContext context;
    context.dataDir = m_dir->path();
    context.ledger = m_client.get();
    m_page = std::make_unique<Ui::KeysPage>(context);
    m_page->setGatewayUrl(QStringLiteral("http://127.0.0.1:9911"));
    new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("keysTable"));
    QVERIFY(view);
    new QAbstractItemModelTester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
    m_page->resize(1100, 500);
    m_page->show();
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
}

void TestKeysPage::cleanup()
{
    m_page.reset();
    m_client.reset();
    m_dir.reset();
}

template<typename Dialog>
Dialog *TestKeysPage::clickFor(const char *buttonName)
{
    auto *button = m_page->findChild<QToolButton *>(QLatin1String(buttonName));
    if (!button || !button->isEnabled())
        return nullptr;
    button->click();
    return m_page->findChild<Dialog *>();
}

void TestKeysPage::selectKey(const QString &name)
{
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("keysTable"));
    const QModelIndexList matches = view->model()->match(view->model()->index(0, Ui::KeysTableModel::Name), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    QCOMPARE(matches.size(), 1);
    view->selectRow(matches.first().row());
}

void TestKeysPage::confirm(const char *objectName)
{
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_page->findChild<QMessageBox *>(QLatin1String(objectName))) != nullptr);
    auto *button = box->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY(button);
    button->click();
}

bool TestKeysPage::anyWidgetShows(const QString &text)
{
    for (QWidget *widget : QApplication::allWidgets()) {
        if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && edit->text().contains(text))
            return true;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->text().contains(text))
            return true;
        if (auto *plain = qobject_cast<QPlainTextEdit *>(widget); plain && plain->toPlainText().contains(text))
            return true;
    }
    return false;
}

void TestKeysPage::showsKeysWithSpendAndCap()
{
    Ui::KeysTableModel *model = m_page->model();
    const int row = model->rowOfKey(QStringLiteral("existing"));
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, Ui::KeysTableModel::SpentThisMonth).data().toString(), QStringLiteral("$8.50"));
    QCOMPARE(model->index(row, Ui::KeysTableModel::SpendCap).data().toString(), QStringLiteral("$8.50 of $10.00"));
    QCOMPARE(model->index(row, Ui::KeysTableModel::SpendCap).data(Ui::KeysTableModel::CapFractionRole).toDouble(), 0.85);
    QCOMPARE(model->index(row, Ui::KeysTableModel::Status).data().toString(), QStringLiteral("Active"));
    QVERIFY(model->index(row, Ui::KeysTableModel::Prefix).data().toString().startsWith(QStringLiteral("sk-tg-")));
    const int other = model->rowOfKey(QStringLiteral("other"));
    QCOMPARE(model->index(other, Ui::KeysTableModel::SpentThisMonth).data().toString(), QStringLiteral("$0.00"));
    QCOMPARE(model->index(other, Ui::KeysTableModel::SpendCap).data().toString(), QStringLiteral("No cap"));
    QVERIFY(!model->index(other, Ui::KeysTableModel::SpendCap).data(Ui::KeysTableModel::CapFractionRole).isValid());
    QCOMPARE(model->index(other, Ui::KeysTableModel::LastUsed).data().toString(), QStringLiteral("Never"));
}

void TestKeysPage::summaryCountsExpiredKeysAsInactive()
{
    auto *summary = m_page->findChild<QLabel *>(QStringLiteral("keysSummary"));
    QVERIFY(summary);
    QTRY_VERIFY(summary->text().endsWith(QStringLiteral(" · 2 active")));
    {
        // "other" expired an hour ago: still Active in the ledger's status column, Expired on screen.
        auto store = openStore(Ledger::LedgerStore::Access::ReadWrite);
        std::optional<Keys::KeyRecord> other = store->findKeyByName(QStringLiteral("other"));
        QVERIFY(other);
        other->expiresAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QVERIFY(store->updateKey(*other).ok());
    }
    m_page->refresh();
    QTRY_VERIFY2(summary->text().endsWith(QStringLiteral(" · 1 active")), qPrintable(summary->text()));
    const int row = m_page->model()->rowOfKey(QStringLiteral("other"));
    QCOMPARE(m_page->model()->index(row, Ui::KeysTableModel::Status).data().toString(), QStringLiteral("Expired"));
    // Greyed as a revoked key is (QA: it looked active); an active key is not.
    const QBrush greyed = QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    QCOMPARE(m_page->model()->index(row, Ui::KeysTableModel::Name).data(Qt::ForegroundRole).value<QBrush>(), greyed);
    const int active = m_page->model()->rowOfKey(QStringLiteral("existing"));
    QVERIFY(!m_page->model()->index(active, Ui::KeysTableModel::Name).data(Qt::ForegroundRole).isValid());
}

void TestKeysPage::capColumnKeepsSmallAmountsAndNeverRoundsUpToTheCap_data()
{
    QTest::addColumn<QString>("spent");
    QTest::addColumn<QString>("cap");
    QTest::addColumn<QString>("shown");
    QTest::addRow("a tenth of a cent, unused") << QStringLiteral("0") << QStringLiteral("0.001") << QStringLiteral("$0.00 of $0.001");
    QTest::addRow("a tenth of a cent, partly used") << QStringLiteral("0.000412345") << QStringLiteral("0.001")
                                                     << QStringLiteral("$0.000412 of $0.001");
    QTest::addRow("a tenth of a cent, reached") << QStringLiteral("0.001") << QStringLiteral("0.001") << QStringLiteral("$0.001 of $0.001");
    QTest::addRow("just under the cap") << QStringLiteral("249.996") << QStringLiteral("250") << QStringLiteral("$249.99 of $250.00");
    QTest::addRow("just under a tiny cap") << QStringLiteral("0.0009996") << QStringLiteral("0.001") << QStringLiteral("$0.000999 of $0.001");
    QTest::addRow("at the cap") << QStringLiteral("250") << QStringLiteral("250") << QStringLiteral("$250.00 of $250.00");
    QTest::addRow("past the cap rounds as usual") << QStringLiteral("250.006") << QStringLiteral("250") << QStringLiteral("$250.01 of $250.00");
    QTest::addRow("far from the cap rounds as usual") << QStringLiteral("8.495") << QStringLiteral("10") << QStringLiteral("$8.50 of $10.00");
}

void TestKeysPage::capColumnKeepsSmallAmountsAndNeverRoundsUpToTheCap()
{
    QFETCH(QString, spent);
    QFETCH(QString, cap);
    QFETCH(QString, shown);
    Ui::KeyRow row;
    row.key.name = QStringLiteral("tiny");
    row.key.maxSpend = Common::Money::fromDecimalString(cap);
    row.spentLifetime = *Common::Money::fromDecimalString(spent);
    row.spentThisMonth = row.spentLifetime;
    Ui::KeysTableModel model;
    model.setRows({row});
    QCOMPARE(model.index(0, Ui::KeysTableModel::SpendCap).data().toString(), shown);
    QVERIFY(!model.index(0, Ui::KeysTableModel::SpentThisMonth).data().toString().contains(u'<'));
}

void TestKeysPage::capBarColours_data()
{
    QTest::addColumn<double>("fraction");
    QTest::addColumn<QString>("colour");
    QTest::addColumn<QString>("percent");
    const QPalette palette = QApplication::palette();
    QTest::addRow("well below") << 0.5 << palette.color(QPalette::Highlight).name() << QStringLiteral("50%");
    QTest::addRow("just below 80 percent") << 0.799 << palette.color(QPalette::Highlight).name() << QStringLiteral("79%");
    QTest::addRow("80 percent is amber") << 0.8 << QStringLiteral("#e89b0c") << QStringLiteral("80%");
    QTest::addRow("99.9 percent is not yet 100") << 0.999 << QStringLiteral("#e89b0c") << QStringLiteral("99%");
    QTest::addRow("83 percent as a quotient of doubles") << 20.75 / 25.0 << QStringLiteral("#e89b0c") << QStringLiteral("83%");
    QTest::addRow("100 percent is red") << 1.0 << QStringLiteral("#d93a2b") << QStringLiteral("100%");
    QTest::addRow("over the cap") << 1.3 << QStringLiteral("#d93a2b") << QStringLiteral("130%");
}

void TestKeysPage::capBarColours()
{
    QFETCH(double, fraction);
    QFETCH(QString, colour);
    QFETCH(QString, percent);
    QCOMPARE(Ui::SpendCapDelegate::barColor(fraction, QApplication::palette()).name(), colour);
    QCOMPARE(Ui::SpendCapDelegate::percentText(fraction), percent);
}

void TestKeysPage::filterNarrowsTheTable()
{
    auto *filter = m_page->findChild<QLineEdit *>(QStringLiteral("keyFilter"));
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("keysTable"));
    QVERIFY(filter && view);
    QTest::keyClicks(filter, QStringLiteral("EXIST"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, Ui::KeysTableModel::Name).data().toString(), QStringLiteral("existing"));
    filter->clear();
    QCOMPARE(view->model()->rowCount(), 2);
}

void TestKeysPage::statusAndLastUseReadWholeInASmallWindow()
{
    // About what a 1024x640 window gives the page: Status was the last column, off screen (QA).
    m_page->resize(890, 500);
    QTest::qWait(0);
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("keysTable"));
    const QHeaderView *header = view->horizontalHeader();
    QVERIFY(header->sectionViewportPosition(Ui::KeysTableModel::Status) + header->sectionSize(Ui::KeysTableModel::Status)
            <= view->viewport()->width());
    // Last used fits the locale's short date and time ("27 Nov 2026 22:43…" was cut in C.UTF-8).
    const QString longest = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(22, 43)), QLocale::ShortFormat);
    QVERIFY(header->sectionSize(Ui::KeysTableModel::LastUsed) >= view->fontMetrics().horizontalAdvance(longest) + 8);
}

void TestKeysPage::selectionSurvivesAKeyAddedElsewhere()
{
    selectKey(QStringLiteral("other"));
    auto *edit = m_page->findChild<QToolButton *>(QStringLiteral("editCapsButton"));
    QVERIFY(edit->isEnabled());
    {
        // As `tollgate keys create` from another process would: the list changes under the page.
        auto store = openStore(Ledger::LedgerStore::Access::ReadWrite);
        QVERIFY(Admin::KeyAdmin(*store, Common::SystemClock::instance()).create(QStringLiteral("added-by-cli"), {}).ok());
    }
    QSignalSpy refreshed(m_page.get(), &Ui::KeysPage::refreshed);
    m_page->refresh();
    QTRY_COMPARE(refreshed.count(), 1);
    QCOMPARE(m_page->model()->rowCount(), 3);
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("keysTable"));
    const QModelIndexList selected = view->selectionModel()->selectedRows(Ui::KeysTableModel::Name);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), QStringLiteral("other"));
    QVERIFY(edit->isEnabled());
}

void TestKeysPage::newKeyRefusesBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("maxSpend");
    QTest::addColumn<QString>("errorLabel");
    QTest::addRow("not money") << QStringLiteral("ci") << QStringLiteral("12.x") << QStringLiteral("maxSpendError");
    QTest::addRow("too many decimals") << QStringLiteral("ci") << QStringLiteral("0.0000000001") << QStringLiteral("maxSpendError");
    QTest::addRow("negative money") << QStringLiteral("ci") << QStringLiteral("-5") << QStringLiteral("maxSpendError");
    QTest::addRow("duplicate name") << QStringLiteral("existing") << QStringLiteral("5") << QStringLiteral("nameError");
    QTest::addRow("empty name") << QString() << QStringLiteral("5") << QStringLiteral("nameError");
    QTest::addRow("trailing space") << QStringLiteral("ci ") << QString() << QStringLiteral("nameError");
}

void TestKeysPage::newKeyRefusesBadInput()
{
    QFETCH(QString, name);
    QFETCH(QString, maxSpend);
    QFETCH(QString, errorLabel);
    QSignalSpy changed(m_client.get(), &Ui::LedgerClient::ledgerChanged);
    auto *dialog = clickFor<Ui::NewKeyDialog>("newKeyButton");
    QVERIFY(dialog);
    auto *error = dialog->findChild<QLabel *>(errorLabel);
    QVERIFY(error);
    QVERIFY(error->isHidden());
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(name);
    dialog->findChild<QLineEdit *>(QStringLiteral("maxSpend"))->setText(maxSpend);
    dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    QVERIFY(!error->isHidden());
    QVERIFY(!error->text().isEmpty());
    // Typing goes to the field to mend (QA: the focus stayed where Enter was pressed).
    QCOMPARE(dialog->focusWidget(), dialog->findChild<QLineEdit *>(errorLabel.chopped(int(qstrlen("Error")))));
    // Nothing was sent to the ledger, and the form is still there to fix.
    QCOMPARE(changed.count(), 0);
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("secretField"))->text().isEmpty());
    QCOMPARE(openStore(Ledger::LedgerStore::Access::ReadOnly)->listKeys().size(), 2);
}

void TestKeysPage::newKeyWithAZeroCapIsTakenWithAWarning()
{
    auto *dialog = clickFor<Ui::NewKeyDialog>("newKeyButton");
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("blocked"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("maxSpend")), QStringLiteral("0"));
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("maxSpendError"));
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(QStringLiteral("refuses every request")), qPrintable(note->text()));
    dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    QTRY_COMPARE(openStore(Ledger::LedgerStore::Access::ReadOnly)->listKeys().size(), 3);
    QCOMPARE(openStore(Ledger::LedgerStore::Access::ReadOnly)->findKeyByName(QStringLiteral("blocked"))->maxSpend,
             std::optional(Common::Money()));
}

void TestKeysPage::longValuesWidenTheirColumns()
{
    {
        auto store = openStore(Ledger::LedgerStore::Access::ReadWrite);
        Admin::KeyLimits limits;
        limits.maxSpend = Common::Money::fromDecimalString(u"12.123456789");
        limits.rateLimit = Common::RateLimit{1'000'000, Common::RateLimit::Period::Hour};
        QVERIFY(Admin::KeyAdmin(*store, Common::SystemClock::instance()).create(QStringLiteral("precise"), limits).ok());
    }
    QSignalSpy refreshed(m_page.get(), &Ui::KeysPage::refreshed);
    m_page->refresh();
    QTRY_COMPARE(refreshed.count(), 1);
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("keysTable"));
    const QHeaderView *header = view->horizontalHeader();
    // The cap as set, to the nano-dollar, and the rate limit read whole (QA: "$0.00156 of $12.123456…").
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        for (const int column : {int(Ui::KeysTableModel::SpendCap), int(Ui::KeysTableModel::RateLimit)}) {
            // What the cell needs: its text, and beside the cap its bar's percentage (the delegate's size hint).
            const QModelIndex index = m_page->model()->index(row, column);
            const int needed = view->itemDelegateForIndex(view->model()->index(row, column))
                                   ->sizeHint(QStyleOptionViewItem(), view->model()->index(row, column)).width();
            QVERIFY2(header->sectionSize(column) >= needed,
                     qPrintable(QStringLiteral("%1 needs %2 px, has %3").arg(index.data().toString()).arg(needed).arg(header->sectionSize(column))));
        }
    }
}

void TestKeysPage::newKeyErrorsShowWhole()
{
    // QA: with three errors at once, the allowed-models one wrapped to two lines and lost the second.
    auto *dialog = clickFor<Ui::NewKeyDialog>("newKeyButton");
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("existing"));
    dialog->findChild<QLineEdit *>(QStringLiteral("maxSpend"))->setText(QStringLiteral("1,000"));
    dialog->findChild<QLineEdit *>(QStringLiteral("allowedModels"))->setText(QStringLiteral("gpt-4o*,,claude-*"));
    dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    QCoreApplication::processEvents();
    for (const char *name : {"nameError", "maxSpendError", "allowedModelsError"}) {
        auto *error = dialog->findChild<QLabel *>(QLatin1String(name));
        QVERIFY2(error && error->isVisible(), name);
        QTRY_VERIFY2(error->height() >= error->heightForWidth(error->width()),
                     qPrintable(QStringLiteral("%1: %2 px high, needs %3").arg(QLatin1String(name)).arg(error->height()).arg(error->heightForWidth(error->width()))));
    }
    // Typing in the models field takes its error away until the next Create (it stayed after the fix, QA).
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("allowedModels")), Qt::Key_End);
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("allowedModels")), Qt::Key_Backspace);
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("allowedModelsError"))->isVisible());
    // "1,000" is refused for its digit grouping, and says so (it read "like 25 or 2.50").
    QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("maxSpendError"))->text().contains(QStringLiteral("grouping")),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("maxSpendError"))->text()));
    // Too many digits for any amount: says the most a cap can be.
    for (const char *tooMuch : {"999999999999", "1000000000.01"}) {
        dialog->findChild<QLineEdit *>(QStringLiteral("maxSpend"))->setText(QLatin1String(tooMuch));
        dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("maxSpendError"))->text(),
                 QStringLiteral("A spend cap can be at most $1,000,000,000.00."));
    }
    dialog->reject();
}

void TestKeysPage::curlExampleUsesAModelTheKeyMayUse_data()
{
    QTest::addColumn<QStringList>("allowedModels");
    QTest::addColumn<QString>("curl"); // the start of the curl line; empty: no curl line
    const QString chat = QStringLiteral("curl http://127.0.0.1:9911/v1/chat/completions -H \"Authorization: Bearer sk-tg-x\"");
    const QString messages = QStringLiteral("curl http://127.0.0.1:9911/v1/messages -H \"x-api-key: sk-tg-x\"");
    QTest::addRow("every model") << QStringList{QStringLiteral("*")} << chat + QStringLiteral(" -H \"Content-Type: application/json\" -d '{\"model\": \"gpt-4o-mini\"");
    QTest::addRow("a model named outright") << QStringList{QStringLiteral("gpt-4o*"), QStringLiteral("my-finetune")} << chat;
    // QA: a key for claude-* was shown a gpt-4o-mini call, which it may not make (403).
    QTest::addRow("Claude globs only") << QStringList{QStringLiteral("claude-*")} << messages;
    QTest::addRow("a pinned Claude model") << QStringList{QStringLiteral("an/claude-opus-4-5")} << messages;
    QTest::addRow("no common model fits") << QStringList{QStringLiteral("team-*")} << QString();
}

void TestKeysPage::curlExampleUsesAModelTheKeyMayUse()
{
    QFETCH(QStringList, allowedModels);
    QFETCH(QString, curl);
    const QString snippets = Ui::SecretPanel::snippets(QStringLiteral("sk-tg-x"), QStringLiteral("http://127.0.0.1:9911"), allowedModels);
    const QStringList curlLines = snippets.split(u'\n').filter(QStringLiteral("curl "));
    if (curl.isEmpty()) {
        QVERIFY2(curlLines.isEmpty(), qPrintable(snippets));
        return;
    }
    QCOMPARE(curlLines.size(), 1);
    QVERIFY2(curlLines.constFirst().startsWith(curl), qPrintable(curlLines.constFirst()));
    const QString model = Ui::SecretPanel::exampleModel(allowedModels);
    QVERIFY(Keys::ModelGlob::matchesAny(allowedModels, model));
    QVERIFY(curlLines.constFirst().contains(QStringLiteral("\"model\": \"%1\"").arg(model)));
}

void TestKeysPage::newKeyShowsSecretOnceAndStoresItsHash()
{
    QPointer<Ui::NewKeyDialog> dialog = clickFor<Ui::NewKeyDialog>("newKeyButton");
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("ci-pipeline"));
    dialog->findChild<QLineEdit *>(QStringLiteral("maxSpend"))->setText(QStringLiteral("$25.50"));
    dialog->findChild<QSpinBox *>(QStringLiteral("rateCount"))->setValue(60);
    dialog->findChild<QComboBox *>(QStringLiteral("ratePeriod"))->setCurrentIndex(1);
    dialog->findChild<QSpinBox *>(QStringLiteral("tokensPerMinute"))->setValue(10000);
    dialog->findChild<QLineEdit *>(QStringLiteral("allowedModels"))->setText(QStringLiteral("gpt-4o*, claude-*"));
    dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->click();

    auto *secretField = dialog->findChild<QLineEdit *>(QStringLiteral("secretField"));
    QTRY_VERIFY(!secretField->text().isEmpty());
    QVERIFY(!secretField->isHidden() && secretField->isVisible());
    const QString secret = secretField->text();
    QVERIFY(Keys::KeySecret::hasValidShape(secret));
    const QString snippets = dialog->findChild<QPlainTextEdit *>(QStringLiteral("snippets"))->toPlainText();
    QVERIFY(snippets.contains(QStringLiteral("export OPENAI_BASE_URL=http://127.0.0.1:9911/v1")));
    QVERIFY(snippets.contains(QStringLiteral("export OPENAI_API_KEY=") + secret));
    QVERIFY(snippets.contains(QStringLiteral("export ANTHROPIC_BASE_URL=http://127.0.0.1:9911\n")));
    QVERIFY(snippets.contains(QStringLiteral("export ANTHROPIC_API_KEY=") + secret));
    QVERIFY(snippets.contains(QStringLiteral("curl http://127.0.0.1:9911/v1/chat/completions -H \"Authorization: Bearer ") + secret));
    // Copy puts the secret on the clipboard and says so (QA: no sign that it did).
    auto *copied = dialog->findChild<QLabel *>(QStringLiteral("copiedNote"));
    QVERIFY(copied->text().isEmpty());
    dialog->findChild<QPushButton *>(QStringLiteral("copySecret"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), secret);
    QCOMPARE(copied->text(), QStringLiteral("The secret is on the clipboard."));

    // The ledger holds the key by the hash of exactly this secret, with the limits typed in.
    {
        auto store = openStore(Ledger::LedgerStore::Access::ReadOnly);
        const auto key = store->findKeyByHash(Keys::KeySecret::hash(secret));
        QVERIFY(key.has_value());
        QCOMPARE(key->name, QStringLiteral("ci-pipeline"));
        QCOMPARE(key->maxSpend, Common::Money::fromDecimalString(u"25.5"));
        QCOMPARE(key->rateLimit, (Common::RateLimit{60, Common::RateLimit::Period::Minute}));
        QCOMPARE(key->tokensPerMinute, std::optional<qint64>(10000));
        QCOMPARE(key->allowedModels, (QStringList{QStringLiteral("gpt-4o*"), QStringLiteral("claude-*")}));
        QVERIFY(!key->expiresAt);
    }
    QTRY_VERIFY(m_page->model()->rowOfKey(QStringLiteral("ci-pipeline")) >= 0);

    // Closing wipes it at once from every widget, and the dialog goes away.
    QVERIFY(anyWidgetShows(secret));
    dialog->findChild<QPushButton *>(QStringLiteral("closeButton"))->click();
    QVERIFY(!anyWidgetShows(secret));
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(!anyWidgetShows(secret));
}

// QA: Tab walked the table cell by cell (hundreds of presses to leave it), and Enter on a key did nothing.
void TestKeysPage::theKeyboardReachesAndLeavesTheTable()
{
    auto *view = m_page->findChild<QTableView *>();
    QVERIFY(view);
    QVERIFY(!view->tabKeyNavigation());
    selectKey(QStringLiteral("existing"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(m_page->findChild<Ui::EditCapsDialog *>());
}

void TestKeysPage::editCapsChangesTheLedger()
{
    selectKey(QStringLiteral("existing"));
    auto *dialog = clickFor<Ui::EditCapsDialog>("editCapsButton");
    QVERIFY(dialog);
    auto *maxSpend = dialog->findChild<QLineEdit *>(QStringLiteral("maxSpend"));
    QCOMPARE(maxSpend->text(), QStringLiteral("10.00"));
    maxSpend->setText(QStringLiteral("-1"));
    dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("maxSpendError"))->isHidden());
    // Emptied means "no cap".
    maxSpend->clear();
    dialog->findChild<QSpinBox *>(QStringLiteral("tokensPerMinute"))->setValue(5000);
    dialog->findChild<QSpinBox *>(QStringLiteral("rateCount"))->setValue(10);
    dialog->findChild<QComboBox *>(QStringLiteral("ratePeriod"))->setCurrentIndex(0);
    dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    QTRY_VERIFY(openStore(Ledger::LedgerStore::Access::ReadOnly)->findKeyByName(QStringLiteral("existing"))->tokensPerMinute == 5000);
    const auto key = openStore(Ledger::LedgerStore::Access::ReadOnly)->findKeyByName(QStringLiteral("existing"));
    QVERIFY(!key->maxSpend);
    QCOMPARE(key->rateLimit, (Common::RateLimit{10, Common::RateLimit::Period::Second}));
    Ui::KeysTableModel *model = m_page->model();
    QTRY_COMPARE(model->index(model->rowOfKey(QStringLiteral("existing")), Ui::KeysTableModel::RateLimit).data().toString(),
                 QStringLiteral("10/s"));
    QCOMPARE(model->index(model->rowOfKey(QStringLiteral("existing")), Ui::KeysTableModel::SpendCap).data().toString(),
             QStringLiteral("No cap"));
    // No limit reads as none, not as "None" (read as zero allowed, QA).
    QCOMPARE(model->index(model->rowOfKey(QStringLiteral("other")), Ui::KeysTableModel::RateLimit).data().toString(),
             QStringLiteral("No limit"));
    QCOMPARE(model->index(model->rowOfKey(QStringLiteral("other")), Ui::KeysTableModel::TokensPerMinute).data().toString(),
             QStringLiteral("No limit"));
}

void TestKeysPage::expiryIsTheKeysLastDayAsInTheCli()
{
    // As `tollgate keys create --expires YYYY-MM-DD` stores it: the key works through that day.
    const QDate lastDay = QDate::currentDate().addDays(30);
    const QDateTime cliExpiry = lastDay.addDays(1).startOfDay(QTimeZone::systemTimeZone()).toUTC();
    {
        auto store = openStore(Ledger::LedgerStore::Access::ReadWrite);
        std::optional<Keys::KeyRecord> other = store->findKeyByName(QStringLiteral("other"));
        other->expiresAt = cliExpiry;
        QVERIFY(store->updateKey(*other).ok());
    }
    m_page->refresh();
    QTRY_VERIFY(m_page->model()->index(m_page->model()->rowOfKey(QStringLiteral("other")), Ui::KeysTableModel::Status)
                    .data(Qt::ToolTipRole).isValid());
    selectKey(QStringLiteral("other"));
    auto *dialog = clickFor<Ui::EditCapsDialog>("editCapsButton");
    QVERIFY(dialog);
    // The window read it as the day after (QA: "--expires 2027-06-30" showed "1 Jul 2027").
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("expires"))->isChecked());
    auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("expiryDate"));
    QCOMPARE(date->date(), lastDay);

    // A day chosen here is the last day too: the ledger gets the start of the next one, as from the CLI.
    date->setDate(lastDay.addDays(7));
    dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    const QDateTime expected = lastDay.addDays(8).startOfDay(QTimeZone::systemTimeZone()).toUTC();
    QTRY_COMPARE(openStore(Ledger::LedgerStore::Access::ReadOnly)->findKeyByName(QStringLiteral("other"))->expiresAt,
                 std::optional<QDateTime>(expected));
}

void TestKeysPage::anExpiredKeysCapsCanBeEdited()
{
    const QDateTime expired = QDateTime::currentDateTimeUtc().addDays(-3);
    {
        auto store = openStore(Ledger::LedgerStore::Access::ReadWrite);
        std::optional<Keys::KeyRecord> other = store->findKeyByName(QStringLiteral("other"));
        other->expiresAt = expired;
        QVERIFY(store->updateKey(*other).ok());
    }
    m_page->refresh();
    const int row = m_page->model()->rowOfKey(QStringLiteral("other"));
    QTRY_COMPARE(m_page->model()->index(row, Ui::KeysTableModel::Status).data().toString(), QStringLiteral("Expired"));
    selectKey(QStringLiteral("other"));
    auto *dialog = clickFor<Ui::EditCapsDialog>("editCapsButton");
    QVERIFY(dialog);
    // Its date left alone is no error (QA: "The expiry date must be in the future" on a new max spend).
    dialog->findChild<QLineEdit *>(QStringLiteral("maxSpend"))->setText(QStringLiteral("150"));
    dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    QTRY_COMPARE(openStore(Ledger::LedgerStore::Access::ReadOnly)->findKeyByName(QStringLiteral("other"))->maxSpend,
                 std::optional<Common::Money>(Common::Money::fromDecimalString(u"150")));
    QCOMPARE(openStore(Ledger::LedgerStore::Access::ReadOnly)->findKeyByName(QStringLiteral("other"))->expiresAt,
             std::optional<QDateTime>(expired));

    // Moving it to another past day is still refused (the calendar reaches back to its own date only).
    QTRY_VERIFY(!m_page->findChild<Ui::EditCapsDialog *>()); // the first one is gone
    selectKey(QStringLiteral("other"));
    dialog = clickFor<Ui::EditCapsDialog>("editCapsButton");
    QVERIFY(dialog);
    auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("expiryDate"));
    date->setDate(date->date().addDays(1));
    QVERIFY(date->date() < QDate::currentDate());
    dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("expiryError"))->isHidden());
    dialog->reject();
}

void TestKeysPage::rotateShowsTheNewSecretOnce()
{
    const QByteArray oldHash = openStore(Ledger::LedgerStore::Access::ReadOnly)->findKeyByName(QStringLiteral("existing"))->secretHash;
    selectKey(QStringLiteral("existing"));
    m_page->findChild<QToolButton *>(QStringLiteral("rotateButton"))->click();
    confirm("rotateConfirmation");
    QPointer<Ui::SecretDialog> dialog;
    QTRY_VERIFY((dialog = m_page->findChild<Ui::SecretDialog *>()) != nullptr);
    const QString secret = dialog->findChild<QLineEdit *>(QStringLiteral("secretField"))->text();
    QVERIFY(Keys::KeySecret::hasValidShape(secret));
    {
        auto store = openStore(Ledger::LedgerStore::Access::ReadOnly);
        QCOMPARE(store->findKeyByName(QStringLiteral("existing"))->secretHash, Keys::KeySecret::hash(secret));
        QVERIFY(!store->findKeyByHash(oldHash));
    }
    dialog->findChild<QPushButton *>(QStringLiteral("closeButton"))->click();
    QVERIFY(!anyWidgetShows(secret));
    QTRY_VERIFY(dialog.isNull());
}

void TestKeysPage::revokeAsksThenRevokes()
{
    selectKey(QStringLiteral("other"));
    m_page->findChild<QToolButton *>(QStringLiteral("revokeButton"))->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_page->findChild<QMessageBox *>(QStringLiteral("revokeConfirmation"))) != nullptr);
    // The confirmation names the key it is about to revoke.
    QVERIFY(box->text().contains(QStringLiteral("\"other\"")));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_page->findChild<QMessageBox *>(QStringLiteral("revokeConfirmation")));
    QCOMPARE(openStore(Ledger::LedgerStore::Access::ReadOnly)->findKeyByName(QStringLiteral("other"))->status, Keys::KeyStatus::Active);

    m_page->findChild<QToolButton *>(QStringLiteral("revokeButton"))->click();
    confirm("revokeConfirmation");
    QTRY_COMPARE(openStore(Ledger::LedgerStore::Access::ReadOnly)->findKeyByName(QStringLiteral("other"))->status, Keys::KeyStatus::Revoked);
    Ui::KeysTableModel *model = m_page->model();
    QTRY_COMPARE(model->index(model->rowOfKey(QStringLiteral("other")), Ui::KeysTableModel::Status).data().toString(), QStringLiteral("Revoked"));
    // A revoked key can be neither edited, rotated nor revoked again.
    selectKey(QStringLiteral("other"));
    QVERIFY(!m_page->findChild<QToolButton *>(QStringLiteral("editCapsButton"))->isEnabled());
    QVERIFY(!m_page->findChild<QToolButton *>(QStringLiteral("rotateButton"))->isEnabled());
    QVERIFY(!m_page->findChild<QToolButton *>(QStringLiteral("revokeButton"))->isEnabled());
}

void TestKeysPage::newKeyWorksOnTheRunningGatewayAtOnce()
{
    // The real gateway on this ledger, as the window runs it.
    Gateway::GatewayService gateway;
    QSignalSpy started(&gateway, &Gateway::GatewayService::started);
    Gateway::GatewayOptions options;
    options.port = 0;
    options.ledgerPath = m_dir->ledgerPath();
    gateway.start(options, {});
    QTRY_COMPARE(started.count(), 1);
    const QString url = started.first().first().toString();

    QPointer<Ui::NewKeyDialog> dialog = clickFor<Ui::NewKeyDialog>("newKeyButton");
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("fresh"));
    dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    auto *secretField = dialog->findChild<QLineEdit *>(QStringLiteral("secretField"));
    QTRY_VERIFY(!secretField->text().isEmpty());
    const QString secret = secretField->text();
    QElapsedTimer sinceCreated;
    sinceCreated.start();

    // The gateway picks the key up by itself (it polls the ledger's configuration version).
    QNetworkAccessManager network;
    int status = 0;
    while (status != 200 && sinceCreated.elapsed() < 5000) {
        QNetworkRequest request(QUrl(url + QStringLiteral("/v1/models")));
        request.setRawHeader("Authorization", "Bearer " + secret.toLatin1());
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(2000));
        status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
    }
    QCOMPARE(status, 200);
    // It polls every 250 ms; the margin is for a sanitizer build on a loaded machine, not for a slower poll.
    QVERIFY2(sinceCreated.elapsed() < 2500, qPrintable(QString::number(sinceCreated.elapsed())));

    // Live views hear of booked requests in batches (one signal per 100 ms at most, not one per
    // request), each trace committed and carrying its ledger id. No provider is set up, so each
    // chat request is refused with 404, and refusals are booked too.
    QSignalSpy booked(&gateway, &Gateway::GatewayService::requestsBooked);
    for (int i = 0; i < 3; ++i) {
        QNetworkRequest request(QUrl(url + QStringLiteral("/v1/chat/completions")));
        request.setRawHeader("Authorization", "Bearer " + secret.toLatin1());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(
            network.post(request, QByteArrayLiteral(R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]})")));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(2000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    }
    const auto bookedTraces = [&booked] {
        QList<Ledger::TraceRecord> traces;
        for (const QList<QVariant> &emission : std::as_const(booked))
            traces += emission.first().value<QList<Ledger::TraceRecord>>();
        return traces;
    };
    QTRY_COMPARE(bookedTraces().size(), 3);
    QVERIFY(booked.count() <= 3);
    for (const Ledger::TraceRecord &trace : bookedTraces())
        QVERIFY(trace.id > 0);
    dialog->findChild<QPushButton *>(QStringLiteral("closeButton"))->click();

    QSignalSpy stopped(&gateway, &Gateway::GatewayService::stopped);
    gateway.stop();
    QTRY_COMPARE(stopped.count(), 1);
}

QTEST_MAIN(TestKeysPage)
#include "tst_keyspage.moc"
