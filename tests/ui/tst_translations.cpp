#include "core/ledger/sqliteledgerstore.h"
#include "core/secrets/filesecretstore.h"
#include "core/settings/appsettings.h"
#include "tests/support/tempdatadir.h"
#include "ui/common/datetext.h"
#include "ui/common/ledgerclient.h"
#include "ui/common/translationloader.h"
#include "ui/export/exportdialog.h"
#include "ui/keys/newkeydialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/pages.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

const QStringList Languages = {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("ja"),
                               QStringLiteral("zh_CN")};

/** One message of a .ts file as lupdate wrote it. */
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QStringList translations; // one per plural form; empty strings where nothing was written
    QString type;             // "unfinished", "obsolete", "vanished" or "" for a finished translation
};

QString tsPath(const QString &language)
{
    return QStringLiteral(TOLLGATE_TRANSLATIONS_DIR "/tollgate_%1.ts").arg(language);
}

QList<TsMessage> readTs(const QString &path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = TsMessage{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"comment") {
            current.comment = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return xml.hasError() ? QList<TsMessage>() : messages;
}

/** What the catalogue says `source` becomes in `context`. */
QString catalogued(const QList<TsMessage> &messages, const QString &context, const QString &source)
{
    for (const TsMessage &message : messages) {
        if (message.context == context && message.source == source && !message.translations.isEmpty())
            return message.translations.first();
    }
    return QString();
}

QStringList sidebarTexts(const Ui::MainWindow &window)
{
    QStringList texts;
    const auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    for (int row = 0; sidebar && row < sidebar->count(); ++row)
        texts << sidebar->item(row)->text();
    return texts;
}

/** The texts a user reads in a dialog: window title, labels and buttons. */
QStringList visibleTexts(const QWidget &dialog)
{
    QStringList texts{dialog.windowTitle()};
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts << label->text();
    for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        texts << button->text();
    return texts;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void windowAndDialogAreTranslated_data();
    void windowAndDialogAreTranslated();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void unknownLanguageFallsBackToEnglish();
    void exportDialogMnemonicsAreUnique_data();
    void exportDialogMnemonicsAreUnique();
    void catalogueHoldsEveryMessageOfTheSources();

private:
    std::unique_ptr<TestSupport::TempDataDir> m_dir;
};

void TestTranslations::initTestCase()
{
    m_dir = std::make_unique<TestSupport::TempDataDir>();
    QVERIFY(m_dir->isValid());
    // Creates the schema, so the pages read an empty but valid ledger.
    QVERIFY(Ledger::SqliteLedgerStore::open(m_dir->ledgerPath(), QStringLiteral("schema"), Ledger::LedgerStore::Access::ReadWrite).ok());
}

void TestTranslations::windowAndDialogAreTranslated_data()
{
    // Known translations of the sidebar and of the new-key dialog; ja and zh_CN are checked against
    // their catalogues (and against English) below.
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("sidebar");
    QTest::addColumn<QStringList>("dialog");
    QTest::addRow("German") << QStringLiteral("de")
                            << QStringList{QStringLiteral("Übersicht"), QStringLiteral("Schlüssel"), QStringLiteral("Wochenrückblick"),
                                           QStringLiteral("Anbieter"), QStringLiteral("Einstellungen")}
                            << QStringList{QStringLiteral("Neuer Schlüssel"), QStringLiteral("&Name:"), QStringLiteral("Ausgaben&limit:"),
                                           QStringLiteral("&Rate-Limit:"), QStringLiteral("Schlüssel &erstellen")};
    QTest::addRow("French") << QStringLiteral("fr")
                            << QStringList{QStringLiteral("Vue d’ensemble"), QStringLiteral("Clés"), QStringLiteral("Bilan hebdomadaire"),
                                           QStringLiteral("Fournisseurs"), QStringLiteral("Paramètres")}
                            << QStringList{QStringLiteral("Nouvelle clé"), QStringLiteral("&Nom\u00a0:"),
                                           QStringLiteral("&Plafond de dépenses\u00a0:"), QStringLiteral("C&réer la clé")};
    QTest::addRow("Spanish") << QStringLiteral("es")
                             << QStringList{QStringLiteral("Vista general"), QStringLiteral("Claves"), QStringLiteral("Resumen semanal"),
                                            QStringLiteral("Proveedores"), QStringLiteral("Ajustes")}
                             << QStringList{QStringLiteral("Nueva clave"), QStringLiteral("&Nombre:"), QStringLiteral("Límite de &gasto:"),
                                            QStringLiteral("C&rear clave")};
    QTest::addRow("Japanese") << QStringLiteral("ja") << QStringList() << QStringList();
    QTest::addRow("Simplified Chinese") << QStringLiteral("zh_CN") << QStringList() << QStringList();
}

void TestTranslations::windowAndDialogAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QStringList, sidebar);
    QFETCH(QStringList, dialog);

    Ui::TranslationLoader loader;
    QCOMPARE(loader.load(language), language);
    // Numbers and dates follow the chosen language as well.
    QCOMPARE(QLocale().name(), QLocale(language).name());
    if (language == u"de")
        QCOMPARE(QLocale().toString(1234.5, 'f', 2), QStringLiteral("1.234,50"));
    // Short dates are written the language's way (a fixed "d MMM yyyy" read "28 8月 2026" in Japanese).
    const QDate day(2026, 8, 28);
    if (language == u"ja" || language == u"zh_CN") {
        // Something draws its glyphs: a fresh Debian 12 has no CJK font, and every character was an empty
        // box until installer/debian-deps.sh installed one (QA).
        const QFontDatabase::WritingSystem script = language == u"ja" ? QFontDatabase::Japanese : QFontDatabase::SimplifiedChinese;
        QVERIFY2(!QFontDatabase::families(script).isEmpty(), "no font for this language: run installer/debian-deps.sh");
    }
    if (language == u"ja" || language == u"zh_CN")
        QCOMPARE(Ui::DateText::dayMonthYear(day), QStringLiteral("2026年8月28日"));
    if (language == u"de")
        QVERIFY2(Ui::DateText::dayMonthYear(day).startsWith(QStringLiteral("28. Aug")), qPrintable(Ui::DateText::dayMonthYear(day)));
    const QList<TsMessage> catalogue = readTs(tsPath(language));
    QVERIFY2(!catalogue.isEmpty(), qPrintable(tsPath(language)));

    Settings::AppSettings settings(m_dir->filePath(QStringLiteral("settings-%1.ini").arg(language)));
    Ui::LedgerClient ledger(m_dir->ledgerPath());
    Secrets::FileSecretStore secrets(m_dir->filePath(QStringLiteral("secrets.json")));
    Ui::AppContext context{m_dir->path(), &ledger, nullptr, &secrets, &settings};
    Ui::MainWindow window(context);
    Ui::addStandardPages(window, context);
    // Every page, in every language, fits a small laptop screen (QA: French made the window 1112 px wide,
    // the Overview's charts 700 px high).
    window.resize(1024, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.width() <= 1024 && window.height() <= 640,
             qPrintable(QStringLiteral("%1x%2").arg(window.width()).arg(window.height())));

    const QStringList english{QStringLiteral("Overview"), QStringLiteral("Keys"), QStringLiteral("Traces"), QStringLiteral("Weekly review"),
                              QStringLiteral("Models & prices"), QStringLiteral("Providers"), QStringLiteral("Settings")};
    const QStringList shown = sidebarTexts(window);
    QCOMPARE(shown.size(), english.size());
    for (qsizetype i = 0; i < english.size(); ++i) {
        // "Traces" may well stay "Traces" (German, French): only the catalogue can say.
        const QString expected = catalogued(catalogue, QStringLiteral("Ui::MainWindow"), english.at(i));
        QVERIFY2(!expected.isEmpty(), qPrintable(english.at(i)));
        QCOMPARE(shown.at(i), expected);
    }
    for (const QString &entry : {QStringLiteral("Overview"), QStringLiteral("Keys"), QStringLiteral("Settings")})
        QVERIFY2(!shown.contains(entry), qPrintable(entry));
    // The sidebar is as wide as its longest title needs: whole titles, and the rest of a 1024 px screen for
    // the pages (a fixed 190 px squeezed the Overview's charts).
    auto *sidebarList = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QVERIFY(sidebarList->sizeHintForColumn(0) <= sidebarList->viewport()->width());
    QVERIFY2(sidebarList->width() <= std::max(120, sidebarList->sizeHintForColumn(0) + 40), qPrintable(QString::number(sidebarList->width())));
    for (const QString &text : sidebar)
        QVERIFY2(shown.contains(text), qPrintable(text));
    QCOMPARE(window.windowTitle(), catalogued(catalogue, QStringLiteral("Ui::MainWindow"), QStringLiteral("Tollgate")));

    Ui::NewKeyDialog newKey(&ledger, {}, QStringLiteral("http://127.0.0.1:8420"));
    const QStringList texts = visibleTexts(newKey);
    QCOMPARE(newKey.windowTitle(), catalogued(catalogue, QStringLiteral("Ui::NewKeyDialog"), QStringLiteral("New key")));
    QVERIFY(newKey.windowTitle() != u"New key");
    for (const QString &label : {QStringLiteral("&Name:"), QStringLiteral("Max &spend:"), QStringLiteral("&Tokens per minute:")}) {
        const QString expected = catalogued(catalogue, QStringLiteral("Ui::KeyLimitsForm"), label);
        QVERIFY2(texts.contains(expected), qPrintable(label + QStringLiteral(" -> ") + expected));
        // German "&Name:" is English "&Name:": only a text that changes must not show in English.
        if (expected != label)
            QVERIFY2(!texts.contains(label), qPrintable(label));
    }
    QVERIFY(texts.contains(catalogued(catalogue, QStringLiteral("Ui::NewKeyDialog"), QStringLiteral("C&reate key"))));
    QVERIFY(!texts.contains(QStringLiteral("C&reate key")));
    // Qt's own words too: installer/debian-deps.sh installs Qt's catalogues (QA: "Cancel" in a German dialog).
    const QPushButton *cancel = nullptr;
    for (const QDialogButtonBox *buttons : newKey.findChildren<QDialogButtonBox *>())
        cancel = cancel ? cancel : buttons->button(QDialogButtonBox::Cancel);
    QVERIFY(cancel);
    QVERIFY2(!QString(cancel->text()).remove(u'&').isEmpty() && QString(cancel->text()).remove(u'&') != QStringLiteral("Cancel"),
             qPrintable(cancel->text()));
    for (const QString &text : dialog)
        QVERIFY2(texts.contains(text), qPrintable(text));
}

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Languages)
        QTest::addRow("%s", qPrintable(language)) << language;
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    const QList<TsMessage> messages = readTs(tsPath(language));
    QVERIFY2(!messages.isEmpty(), qPrintable(tsPath(language)));
    const QList<TsMessage> english = readTs(tsPath(QStringLiteral("en")));
    // Every catalogue comes from the same lupdate run: the same messages, none left over.
    QCOMPARE(messages.size(), english.size());

    // The .qm embedded in the library, as the app loads it.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/tollgate_%1.qm").arg(language)));
    QStringList untranslated;
    for (const TsMessage &message : messages) {
        const bool written = std::all_of(message.translations.cbegin(), message.translations.cend(),
                                         [](const QString &text) { return !text.isEmpty(); });
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const QString compiled = translator.translate(context.constData(), source.constData(),
                                                      message.comment.isEmpty() ? nullptr : comment.constData(),
                                                      message.numerus ? 5 : -1);
        if (!message.type.isEmpty() || message.translations.isEmpty() || !written || compiled.isEmpty())
            untranslated << message.context + QStringLiteral(": ") + message.source;
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("%1 untranslated in %2:\n").arg(untranslated.size()).arg(language)
                                                + untranslated.join(u'\n')));
}

void TestTranslations::exportDialogMnemonicsAreUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << QStringLiteral("en");
    for (const QString &language : Languages)
        QTest::addRow("%s", qPrintable(language)) << language;
}

// Alt+<letter> reaches one control. QA: Alt+O named "Totals", "to" and "Only traces matching" at once, so it
// only moved the focus among them and never chose Totals.
void TestTranslations::exportDialogMnemonicsAreUnique()
{
    QFETCH(QString, language);
    Ui::TranslationLoader loader;
    QCOMPARE(loader.load(language), language);
    Ledger::TraceQuery filter; // so that the filters' check box has its mnemonic
    filter.outcome = QStringLiteral("ok");
    Ui::ExportDialog dialog(m_dir->ledgerPath(), filter);
    QMap<QChar, QStringList> owners;
    for (const QString &text : visibleTexts(dialog)) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) != u'&')
                owners[text.at(i + 1).toLower()] << text;
            ++i; // "&&" is a literal ampersand
        }
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        QVERIFY2(it.value().size() == 1, qPrintable(QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(QStringLiteral(" | ")))));
}

void TestTranslations::unknownLanguageFallsBackToEnglish()
{
    Ui::TranslationLoader loader;
    QCOMPARE(loader.load(QStringLiteral("xx")), QStringLiteral("en"));
    QCOMPARE(QLocale().name(), QLocale::system().name()); // and the system's number formats
    // English carries only the plural forms: "%Ln request(s)" reads as English should.
    const QString one = QCoreApplication::translate("Ui::PricesModel", "%Ln unpriced request(s)", nullptr, 1);
    const QString many = QCoreApplication::translate("Ui::PricesModel", "%Ln unpriced request(s)", nullptr, 3);
    QCOMPARE(one, QStringLiteral("1 unpriced request"));
    QCOMPARE(many, QStringLiteral("3 unpriced requests"));
    // Counts are numbers of the locale, grouped like every other number in the window.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(QCoreApplication::translate("Ui::PricesModel", "%Ln unpriced request(s)", nullptr, 12345),
             QStringLiteral("12,345 unpriced requests"));
    QLocale::setDefault(before);
    QCOMPARE(QCoreApplication::translate("Ui::MainWindow", "Overview"), QStringLiteral("Overview"));
    // English writes "89%", like the Keys page and the alerts; German and French keep a space before "%".
    QCOMPARE(QCoreApplication::translate("Ui::CapChart", "%2 % · %1"), QStringLiteral("%2% · %1"));
    QCOMPARE(QCoreApplication::translate("Ui::CapChart", "%.0f %%"), QStringLiteral("%.0f%%"));
}

QTEST_MAIN(TestTranslations)
void TestTranslations::catalogueHoldsEveryMessageOfTheSources()
{
    // lupdate over today's sources: a tr() added without its catalogue entries shows in English in
    // every language (the window's warning for a provider without its key did, found in QA).
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString extracted = scratch.filePath(QStringLiteral("sources.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(TOLLGATE_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-I"), QStringLiteral(TOLLGATE_SOURCE_DIR), // "ui/…" includes: classes' namespaces
                   QStringLiteral(TOLLGATE_SOURCE_DIR "/ui"), QStringLiteral(TOLLGATE_SOURCE_DIR "/app"),
                   QStringLiteral("-ts"), extracted});
    QVERIFY(lupdate.waitForFinished(120'000));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    const auto keyOf = [](const TsMessage &message) -> QString {
        return message.context + u'\x1f' + message.source + u'\x1f' + message.comment;
    };
    QSet<QString> inSources;
    for (const TsMessage &message : readTs(extracted))
        inSources.insert(keyOf(message));
    QVERIFY(!inSources.isEmpty());
    QSet<QString> catalogued;
    for (const TsMessage &message : readTs(tsPath(QStringLiteral("en"))))
        catalogued.insert(keyOf(message));

    QStringList missing = QSet<QString>(inSources).subtract(catalogued).values();
    QStringList leftOver = QSet<QString>(catalogued).subtract(inSources).values();
    missing.sort();
    leftOver.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("in the sources, not in the catalogues:\n") + missing.join(u'\n')));
    QVERIFY2(leftOver.isEmpty(), qPrintable(QStringLiteral("in the catalogues, no longer in the sources:\n") + leftOver.join(u'\n')));
}

#include "tst_translations.moc"
