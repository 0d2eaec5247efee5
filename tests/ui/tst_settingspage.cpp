#include "core/admin/creditadmin.h"
#include "core/ledger/sqliteledgerstore.h"
#include "core/settings/appsettings.h"
#include "tests/support/tempdatadir.h"
#include "ui/common/errorlabel.h"
#include "ui/common/ledgerclient.h"
#include "ui/common/usdtext.h"
#include "ui/keys/keylimitsform.h"
#include "ui/prices/priceoverridedialog.h"
#include "ui/providers/providerdialog.h"
#include "ui/common/elidedlabel.h"
#include "ui/settings/autostartentry.h"
#include "ui/settings/settingspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextDocument>

using Settings::AppSettings;

class TestSettingsPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaults_data();
    void defaults();
    void settingsRoundTripThroughTheFile();
    void pageEditsPersist();
    void invalidInputIsRefused();
    void startAtLoginWritesAndRemovesTheAutostartEntry();
    void creditIsAddedAndTurnedOff();
    void everyFormSaysItsErrorsAlike();
    void typedAmountsAreReadInTheUsersLocale();
    void dataDirectoryIsShownInFull();

private:
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("tollgate.ini")); }

    QTemporaryDir m_configHome;
    QTemporaryDir m_dir;
};

void TestSettingsPage::initTestCase()
{
    QVERIFY(m_configHome.isValid());
    // The autostart entry goes to $XDG_CONFIG_HOME/autostart: never the tester's real one.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome.path()));
    QVERIFY(Ui::AutostartEntry::filePath().startsWith(m_configHome.path()));
}

void TestSettingsPage::init()
{
    QFile::remove(settingsPath());
}

void TestSettingsPage::defaults_data()
{
    QTest::addColumn<AppSettings::Key>("key");
    QTest::addColumn<QVariant>("expected");
    QTest::addRow("listen address") << AppSettings::Key::ListenAddress << QVariant(QStringLiteral("127.0.0.1"));
    QTest::addRow("port") << AppSettings::Key::Port << QVariant(8420);
    QTest::addRow("language follows the system") << AppSettings::Key::Language << QVariant(QString());
    QTest::addRow("start minimised off") << AppSettings::Key::StartMinimised << QVariant(false);
    QTest::addRow("keep serving from the tray") << AppSettings::Key::KeepServingInTray << QVariant(true);
    QTest::addRow("start at login off") << AppSettings::Key::StartAtLogin << QVariant(false);
    QTest::addRow("week starts on Monday") << AppSettings::Key::WeekStartsOn << QVariant(int(Qt::Monday));
    QTest::addRow("credit warning 5 USD") << AppSettings::Key::CreditWarningUsd << QVariant(QStringLiteral("5"));
}

void TestSettingsPage::defaults()
{
    QFETCH(AppSettings::Key, key);
    QFETCH(QVariant, expected);
    AppSettings settings(settingsPath());
    QCOMPARE(settings.value(key), expected);
    QCOMPARE(AppSettings::defaultValue(key), expected);
}

void TestSettingsPage::settingsRoundTripThroughTheFile()
{
    {
        AppSettings settings(settingsPath());
        QCOMPARE(settings.port(), quint16(8420));
        QCOMPARE(settings.weekStartsOn(), Qt::Monday);
        QCOMPARE(settings.creditWarningThreshold(), Common::Money::fromNanos(5 * Common::Money::NanosPerUsd));
        settings.setPort(9000);
        settings.setListenAddress(QStringLiteral("::1"));
        settings.setWeekStartsOn(Qt::Sunday);
        settings.setCreditWarningThreshold(*Common::Money::fromDecimalString(u"2.5"));
        settings.setKeepServingInTray(false);
        settings.sync();
    }
    AppSettings reread(settingsPath());
    QCOMPARE(reread.port(), quint16(9000));
    QCOMPARE(reread.listenAddress(), QStringLiteral("::1"));
    QCOMPARE(reread.weekStartsOn(), Qt::Sunday);
    QCOMPARE(reread.creditWarningThreshold(), *Common::Money::fromDecimalString(u"2.5"));
    QCOMPARE(reread.keepServingInTray(), false);

    // A value set back to its default leaves the file, so a future default reaches the user.
    reread.setPort(8420);
    reread.sync();
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Port"));
}

void TestSettingsPage::pageEditsPersist()
{
    AppSettings settings(settingsPath());
    Ui::AppContext context;
    context.dataDir = m_dir.path();
    Ui::SettingsPage page(context, settings);
    page.resize(1000, 700);
    page.show();
    QSignalSpy changed(&page, &Ui::SettingsPage::settingsChanged);

    auto *port = page.findChild<QSpinBox *>(QStringLiteral("listenPort"));
    auto *address = page.findChild<QLineEdit *>(QStringLiteral("listenAddress"));
    auto *language = page.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    auto *minimised = page.findChild<QCheckBox *>(QStringLiteral("startMinimised"));
    auto *keepServing = page.findChild<QCheckBox *>(QStringLiteral("keepServingInTray"));
    auto *weekStart = page.findChild<QComboBox *>(QStringLiteral("weekStartCombo"));
    auto *creditWarning = page.findChild<QLineEdit *>(QStringLiteral("creditWarning"));
    QVERIFY(port && address && language && minimised && keepServing && weekStart && creditWarning);
    QCOMPARE(port->value(), 8420);
    QCOMPARE(address->text(), QStringLiteral("127.0.0.1"));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("restartNote"))->isVisible());
    QCOMPARE(page.findChild<Ui::ElidedLabel *>(QStringLiteral("dataDirectory"))->fullText(), QDir::toNativeSeparators(m_dir.path()));

    port->setValue(9123);
    address->setText(QStringLiteral("0.0.0.0"));
    emit address->editingFinished();
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    minimised->setChecked(true);
    keepServing->setChecked(false);
    weekStart->setCurrentIndex(weekStart->findData(int(Qt::Sunday)));
    creditWarning->setText(QStringLiteral("$12.75"));
    emit creditWarning->editingFinished();
    QCOMPARE(changed.count(), 7);
    // A non-loopback address works, with a warning that other machines can reach it.
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("remoteWarning"))->isVisible());

    settings.sync();
    AppSettings reread(settingsPath());
    QCOMPARE(reread.port(), quint16(9123));
    QCOMPARE(reread.listenAddress(), QStringLiteral("0.0.0.0"));
    QCOMPARE(reread.language(), QStringLiteral("de"));
    QCOMPARE(reread.startMinimised(), true);
    QCOMPARE(reread.keepServingInTray(), false);
    QCOMPARE(reread.weekStartsOn(), Qt::Sunday);
    QCOMPARE(reread.creditWarningThreshold(), *Common::Money::fromDecimalString(u"12.75"));

    // A second page on the same file shows what the first one saved.
    Ui::SettingsPage second(context, reread);
    QCOMPARE(second.findChild<QSpinBox *>(QStringLiteral("listenPort"))->value(), 9123);
    QCOMPARE(second.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentText(), QStringLiteral("Deutsch"));
    QCOMPARE(second.findChild<QLineEdit *>(QStringLiteral("creditWarning"))->text(), QStringLiteral("12.75"));
}

void TestSettingsPage::invalidInputIsRefused()
{
    AppSettings settings(settingsPath());
    Ui::AppContext context;
    Ui::SettingsPage page(context, settings);
    page.show();
    QSignalSpy changed(&page, &Ui::SettingsPage::settingsChanged);
    auto *address = page.findChild<QLineEdit *>(QStringLiteral("listenAddress"));
    auto *creditWarning = page.findChild<QLineEdit *>(QStringLiteral("creditWarning"));
    auto *addressError = page.findChild<QLabel *>(QStringLiteral("listenAddressError"));
    auto *creditError = page.findChild<QLabel *>(QStringLiteral("creditWarningError"));
    QVERIFY(address && creditWarning && addressError && creditError);
    QVERIFY(!addressError->isVisible());

    address->setText(QStringLiteral("my laptop"));
    emit address->editingFinished();
    QVERIFY(addressError->isVisible());
    QVERIFY(addressError->text().contains(QStringLiteral("my laptop")));
    creditWarning->setText(QStringLiteral("-1"));
    emit creditWarning->editingFinished();
    QVERIFY(creditError->isVisible());
    creditWarning->setText(QStringLiteral("five"));
    emit creditWarning->editingFinished();
    QVERIFY(creditError->isVisible());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(settings.listenAddress(), QStringLiteral("127.0.0.1"));
    QCOMPARE(settings.creditWarningThreshold(), Common::Money::fromNanos(5 * Common::Money::NanosPerUsd));

    // Correcting the entry clears the error.
    address->setText(QStringLiteral("localhost"));
    emit address->editingFinished();
    QVERIFY(!addressError->isVisible());
    QCOMPARE(changed.count(), 1);
}

void TestSettingsPage::startAtLoginWritesAndRemovesTheAutostartEntry()
{
    AppSettings settings(settingsPath());
    Ui::AppContext context;
    Ui::SettingsPage page(context, settings);
    auto *startAtLogin = page.findChild<QCheckBox *>(QStringLiteral("startAtLogin"));
    QVERIFY(startAtLogin);
    QVERIFY(!startAtLogin->isChecked());
    const QString entry = m_configHome.filePath(QStringLiteral("autostart/tollgate.desktop"));
    QVERIFY(!QFile::exists(entry));

    startAtLogin->setChecked(true);
    QVERIFY(QFile::exists(entry));
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("[Desktop Entry]\n"));
    const QByteArray exec = "Exec=\"" + QCoreApplication::applicationFilePath().toUtf8() + "\"\n";
    QVERIFY(text.contains(exec));
    QVERIFY(text.contains("Type=Application\n"));
    QCOMPARE(settings.startAtLogin(), true);

    startAtLogin->setChecked(false);
    QVERIFY(!QFile::exists(entry));
    QCOMPARE(settings.startAtLogin(), false);
}

void TestSettingsPage::creditIsAddedAndTurnedOff()
{
    TestSupport::TempDataDir data;
    auto store = Ledger::SqliteLedgerStore::open(data.ledgerPath(), QStringLiteral("credit-test"),
                                                 Ledger::LedgerStore::Access::ReadWrite);
    QVERIFY(store.ok());
    Ui::LedgerClient ledger(data.ledgerPath());
    AppSettings settings(settingsPath());
    Ui::AppContext context;
    context.dataDir = data.path();
    context.ledger = &ledger;
    Ui::SettingsPage page(context, settings);
    page.show();
    auto *status = page.findChild<QLabel *>(QStringLiteral("creditStatus"));
    auto *amount = page.findChild<QLineEdit *>(QStringLiteral("creditAmount"));
    auto *note = page.findChild<QLineEdit *>(QStringLiteral("creditNote"));
    auto *add = page.findChild<QPushButton *>(QStringLiteral("addCreditButton"));
    auto *off = page.findChild<QPushButton *>(QStringLiteral("creditOffButton"));
    auto *error = page.findChild<QLabel *>(QStringLiteral("creditError"));
    QVERIFY(status && amount && note && add && off && error);
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("The limit is off")));
    QVERIFY(!off->isEnabled());

    // Refused, with the reason, and nothing booked.
    const std::pair<const char *, const char *> refused[] = {
        {"abc", "Enter an amount in dollars"}, {"", "Enter an amount in dollars"}, {"1,000", "no digit grouping"},
        {"0.0000000001", "Enter an amount"}, {"0", "above zero"}, {"-5", "above zero"}, {"2000000000", "at most"},
    };
    for (const auto &[bad, reason] : refused) {
        amount->setText(QString::fromLatin1(bad));
        add->click();
        QVERIFY2(error->isVisible(), bad);
        QVERIFY2(error->text().contains(QString::fromLatin1(reason)), qPrintable(error->text()));
    }
    QVERIFY(!store.value()->creditStatus().enabled);

    // QA: the error stayed beside the corrected amount, and Enter in the note did nothing.
    amount->setFocus();
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("$25.50"));
    QVERIFY(!error->isVisible());
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("November budget"));
    QTest::keyClick(note, Qt::Key_Return);
    QTRY_VERIFY(store.value()->creditStatus().enabled);
    QCOMPARE(store.value()->creditStatus().toppedUp, *Common::Money::fromDecimalString(u"25.5"));
    QTRY_VERIFY2(status->text().contains(QStringLiteral("$25.50 left of $25.50")), qPrintable(status->text()));
    QVERIFY(!error->isVisible());
    QVERIFY(amount->text().isEmpty());
    QVERIFY(off->isEnabled());

    // Credit the CLI adds in another process shows too (the ledger's configuration version moves).
    QVERIFY(Admin::CreditAdmin(*store.value(), Common::SystemClock::instance()).topUp(*Common::Money::fromDecimalString(u"10"), {}));
    QTRY_VERIFY2(status->text().contains(QStringLiteral("of $35.50")), qPrintable(status->text()));

    // Turning it off asks first; Cancel keeps it on.
    const auto answer = [&page](QMessageBox::StandardButton button) {
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = page.findChild<QMessageBox *>(QStringLiteral("creditOffConfirm"))) != nullptr);
        confirm->button(button)->click();
    };
    off->click();
    answer(QMessageBox::Cancel);
    QTest::qWait(100);
    QVERIFY(store.value()->creditStatus().enabled);
    off->click();
    answer(QMessageBox::Yes);
    QTRY_VERIFY(!store.value()->creditStatus().enabled);
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("The limit is off")));
    QVERIFY(!off->isEnabled());
}

void TestSettingsPage::everyFormSaysItsErrorsAlike()
{
    AppSettings settings(settingsPath());
    Ui::AppContext context;
    Ui::SettingsPage page(context, settings);
    Ui::ProviderDialog provider(std::nullopt);
    Ui::PriceOverrideDialog price(Pricing::PriceRecord{});
    Ui::KeyLimitsForm keyForm(Ui::KeyLimitsForm::NameField::Shown);
    const std::pair<QWidget *, const char *> errors[] = {
        {&page, "creditWarningError"}, {&page, "listenAddressError"}, {&page, "creditError"},
        {&provider, "providerError"}, {&price, "overrideError"}, {&keyForm, "maxSpendError"}, {&keyForm, "formError"},
    };
    for (const auto &[form, name] : errors) {
        auto *label = form->findChild<Ui::ErrorLabel *>(QString::fromLatin1(name));
        QVERIFY2(label, name);
        QVERIFY2(label->font().bold(), name);
        QCOMPARE(label->palette().color(QPalette::WindowText), Ui::ErrorLabel::refusedColor());
        QVERIFY2(label->isHidden(), name); // nothing to say yet
        QVERIFY2(label->wordWrap(), name);
    }
}

void TestSettingsPage::typedAmountsAreReadInTheUsersLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(Ui::UsdText::typedAmount(QStringLiteral(" $ 2,50 ")), QStringLiteral("2.50"));
    // "1.000" is a thousand to a German reader and was booked as $1: refused, not guessed at.
    QCOMPARE(Ui::UsdText::typedAmount(QStringLiteral("1.000")), QString());
    QCOMPARE(Ui::UsdText::typedAmount(QStringLiteral("2.50")), QString());
    // What a field shows is what it reads back: a $2.50 threshold shows "2,5" and stays $2.50 when edited.
    const Common::Money twoFifty = *Common::Money::fromDecimalString(u"2.5");
    QCOMPARE(Ui::UsdText::editable(twoFifty), QStringLiteral("2,5"));
    QCOMPARE(Common::Money::fromDecimalString(Ui::UsdText::typedAmount(Ui::UsdText::editable(twoFifty, 2))), twoFifty);
    {
        AppSettings settings(settingsPath());
        settings.setCreditWarningThreshold(twoFifty);
        Ui::AppContext context;
        Ui::SettingsPage page(context, settings);
        auto *threshold = page.findChild<QLineEdit *>(QStringLiteral("creditWarning"));
        QCOMPARE(threshold->text(), QStringLiteral("2,5"));
        emit threshold->editingFinished();
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("creditWarningError"))->isHidden());
        QCOMPARE(settings.creditWarningThreshold(), twoFifty);
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(Ui::UsdText::typedAmount(QStringLiteral("$2.50")), QStringLiteral("2.50"));
    QCOMPARE(Ui::UsdText::typedAmount(QStringLiteral("1,000")), QString());
    QLocale::setDefault(before);
}

void TestSettingsPage::dataDirectoryIsShownInFull()
{
    // Started with a relative --data, the page shows where the ledger really is (QA saw "demo").
    AppSettings settings(settingsPath());
    Ui::AppContext context;
    context.dataDir = QStringLiteral("demo");
    Ui::SettingsPage page(context, settings);
    const QString full = QDir::toNativeSeparators(QDir::current().absoluteFilePath(QStringLiteral("demo")));
    auto *path = page.findChild<Ui::ElidedLabel *>(QStringLiteral("dataDirectory"));
    QCOMPARE(path->fullText(), full);
    QCOMPARE(path->toolTip(), full);
    // Wide enough, all of it; narrow (German at 1024 px), one line that gives way in the middle, where
    // a wrapped label had broken it at a dash and lost the second line (QA).
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(path->text(), full);
    path->resize(path->fontMetrics().horizontalAdvance(full) / 2, path->height());
    QVERIFY2(path->text().contains(QChar(0x2026)) && path->text().size() < full.size(), qPrintable(path->text()));
    QVERIFY2(path->text().startsWith(full.left(2)) && path->text().endsWith(full.right(2)), qPrintable(path->text())); // the middle gives way

    // The note under it never breaks the option it names: at 1024 px it read "--" / "data DIR" (QA).
    auto *note = page.findChild<QLabel *>(QStringLiteral("dataDirectoryNote"));
    QString read = note->text();
    read.remove(QChar(0x2060)).replace(QChar(0x00a0), u' ');
    QVERIFY2(read.contains(QStringLiteral("--data DIR")), qPrintable(read));
    QTextDocument document;
    document.setDefaultFont(note->font());
    document.setPlainText(note->text());
    const int optionStart = int(note->text().indexOf(u'-'));
    const int optionEnd = int(note->text().indexOf(QStringLiteral("DIR"))) + 2;
    // From the narrowest line the option fits on whole.
    for (int width = note->fontMetrics().horizontalAdvance(QStringLiteral("--data DIR")) + 8; width <= 700; width += 3) {
        document.setTextWidth(width);
        document.size(); // lays the text out
        const QTextLayout *layout = document.firstBlock().layout();
        const QTextLine first = layout->lineForTextPosition(optionStart);
        const QTextLine last = layout->lineForTextPosition(optionEnd);
        QVERIFY2(first.isValid() && last.isValid() && first.lineNumber() == last.lineNumber(),
                 qPrintable(QStringLiteral("broken at %1 px").arg(width)));
    }
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
