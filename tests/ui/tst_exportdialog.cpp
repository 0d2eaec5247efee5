#include "core/admin/keyadmin.h"
#include "core/common/clock.h"
#include "core/ledger/sqliteledgerstore.h"
#include "core/report/csvwriter.h"
#include "core/report/tracecolumns.h"
#include "tests/support/csvreader.h"
#include "tests/support/tempdatadir.h"
#include "ui/export/exportdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(QList<Ledger::ReportDimension>)

namespace {

const qint64 BaseMs = QDateTime(QDate(2025, 3, 1), QTime(6, 0), Qt::UTC).toMSecsSinceEpoch();

} // namespace

class TestExportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tracesExportMatchesTheLedger();
    void tracesExportKeepsThePageFilters();
    void tracesExportTakesThePagesTimeSpan();
    void totalsExportMatchesTheReport_data();
    void totalsExportMatchesTheReport();
    void cancelLeavesNoFile();
    void aDamagedLedgerFailsInsteadOfWritingPartOfIt();
    void defaultFileGoesWhereAFolderExists();
    void asksBeforeReplacingAndWritesForTheOwnerOnly();

private:
    std::unique_ptr<Ledger::SqliteLedgerStore> openStore(Ledger::LedgerStore::Access access);
    void seed(qint64 count);
    QList<QStringList> runExport(Ui::ExportDialog &dialog, const QString &fileName);

    std::unique_ptr<TestSupport::TempDataDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_out;
    qint64 m_alice = 0;
    qint64 m_bob = 0;
    int m_connections = 0;
};

std::unique_ptr<Ledger::SqliteLedgerStore> TestExportDialog::openStore(Ledger::LedgerStore::Access access)
{
    auto store = Ledger::SqliteLedgerStore::open(m_dir->ledgerPath(), QStringLiteral("test-%1").arg(++m_connections), access);
    if (!store)
        qFatal("cannot open the test ledger");
    return std::move(store).value();
}

void TestExportDialog::init()
{
    m_dir = std::make_unique<TestSupport::TempDataDir>();
    m_out = std::make_unique<QTemporaryDir>();
    auto store = openStore(Ledger::LedgerStore::Access::ReadWrite);
    Admin::KeyAdmin admin(*store, Common::SystemClock::instance());
    auto alice = admin.create(QStringLiteral("alice"), {});
    auto bob = admin.create(QStringLiteral("bob, \"the builder\""), {});
    QVERIFY(alice.ok() && bob.ok());
    m_alice = alice->record.id;
    m_bob = bob->record.id;
}

void TestExportDialog::cleanup()
{
    m_out.reset();
    m_dir.reset();
}

void TestExportDialog::seed(qint64 count)
{
    auto store = openStore(Ledger::LedgerStore::Access::ReadWrite);
    QList<Ledger::TraceRecord> traces;
    for (qint64 i = 0; i < count; ++i) {
        Ledger::TraceRecord t;
        // Spread over three days, several traces per millisecond now and then.
        t.time = QDateTime::fromMSecsSinceEpoch(BaseMs + (i / 3) * 70'000, Qt::UTC);
        t.keyId = i % 2 ? m_bob : m_alice;
        t.model = i % 3 ? QStringLiteral("gpt-4o-mini") : QStringLiteral("odd,model \"x\"");
        t.servedModel = t.model;
        t.provider = i % 4 ? QStringLiteral("openai") : QString();
        t.endpoint = QStringLiteral("/v1/chat/completions");
        t.stream = i % 2 == 0;
        t.status = i % 9 ? 200 : 429;
        t.outcome = i % 9 ? QStringLiteral("ok") : QStringLiteral("rejected");
        t.usage.inputTokens = 1'000 + i;
        t.usage.outputTokens = 10 + i % 17;
        t.latencyMs = 100 + i % 400;
        if (i % 5)
            t.ttftMs = 30 + i % 20;
        t.attempts = 1 + int(i % 2);
        if (i % 7 == 0) {
            t.costStatus = Ledger::CostStatus::Unpriced;
        } else {
            t.cost = Common::Money::fromNanos(12'345 * (i + 1));
            t.costStatus = i % 11 == 0 ? Ledger::CostStatus::Estimated : Ledger::CostStatus::Exact;
        }
        traces << t;
    }
    QVERIFY(store->insertTraces(traces).ok());
}

QList<QStringList> TestExportDialog::runExport(Ui::ExportDialog &dialog, const QString &fileName)
{
    const QString path = m_out->filePath(fileName);
    dialog.findChild<QLineEdit *>(QStringLiteral("filePath"))->setText(path);
    QSignalSpy finished(&dialog, &Ui::ExportDialog::exportFinished);
    dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    if (!finished.wait(20'000) && finished.isEmpty())
        return {};
    if (finished.first().at(0).value<Ui::CsvExportJob::Outcome>() != Ui::CsvExportJob::Outcome::Written)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto rows = TestSupport::parseCsv(file.readAll());
    if (!rows)
        return {};
    // The dialog promises the number of rows it wrote (header not counted).
    const qint64 promised = finished.first().at(1).toLongLong();
    if (promised != rows->size() - 1)
        qWarning("promised %lld rows, file has %lld", promised, qint64(rows->size() - 1));
    return promised == rows->size() - 1 ? *rows : QList<QStringList>();
}

void TestExportDialog::tracesExportMatchesTheLedger()
{
    seed(5'000);
    Ui::ExportDialog dialog(m_dir->ledgerPath());
    dialog.show();
    dialog.findChild<QCheckBox *>(QStringLiteral("allTime"))->setChecked(true);
    const QList<QStringList> rows = runExport(dialog, QStringLiteral("traces.csv"));
    QCOMPARE(rows.size(), 5'001);

    // What `tollgate traces --format csv --limit 5000` prints for the same ledger.
    Ledger::TraceQuery all;
    all.limit = 100'000;
    const QList<Ledger::TraceRecord> traces = openStore(Ledger::LedgerStore::Access::ReadOnly)->queryTraces(all);
    QCOMPARE(rows.first(), Report::TraceColumns::names());
    for (qsizetype i = 0; i < traces.size(); ++i)
        QCOMPARE(rows.at(i + 1), Report::TraceColumns::cells(traces.at(i)));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("exportMessage"))->text().contains(QStringLiteral("Wrote %1 row").arg(QLocale().toString(5000))));
    // Nothing but the file itself is left in the folder.
    QCOMPARE(QDir(m_out->path()).entryList(QDir::Files), QStringList{QStringLiteral("traces.csv")});
}

void TestExportDialog::tracesExportKeepsThePageFilters()
{
    seed(600);
    Ledger::TraceQuery filter;
    filter.keyName = QStringLiteral("bob, \"the builder\"");
    filter.outcome = QStringLiteral("ok");
    filter.since = QDateTime::fromMSecsSinceEpoch(BaseMs, Qt::UTC).toLocalTime();
    Ui::ExportDialog dialog(m_dir->ledgerPath(), filter);
    dialog.show();
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("applyFilters"))->isChecked());
    const Ui::ExportRequest request = dialog.request();
    const QList<QStringList> rows = runExport(dialog, QStringLiteral("filtered.csv"));
    QVERIFY(rows.size() > 1);

    Ledger::TraceQuery expected = request.traces;
    expected.limit = 100'000;
    QCOMPARE(expected.keyName, filter.keyName);
    const QList<Ledger::TraceRecord> traces = openStore(Ledger::LedgerStore::Access::ReadOnly)->queryTraces(expected);
    QCOMPARE(rows.size(), traces.size() + 1);
    for (qsizetype i = 0; i < traces.size(); ++i) {
        QCOMPARE(rows.at(i + 1), Report::TraceColumns::cells(traces.at(i)));
        QCOMPARE(rows.at(i + 1).at(2), filter.keyName);
        QCOMPARE(rows.at(i + 1).at(9), QStringLiteral("ok"));
    }
}

void TestExportDialog::tracesExportTakesThePagesTimeSpan()
{
    seed(600); // about four hours of traces
    // What "Last 24 hours" and the like give: a span that starts and ends inside a day.
    Ledger::TraceQuery filter;
    filter.since = QDateTime::fromMSecsSinceEpoch(BaseMs + 3'600'000, Qt::UTC);
    filter.until = QDateTime::fromMSecsSinceEpoch(BaseMs + 7'200'000, Qt::UTC);
    Ui::ExportDialog dialog(m_dir->ledgerPath(), filter);
    dialog.show();
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("applyFilters"))->text().contains(QStringLiteral("since")));
    // The page's span is the export's: the whole-day range is not offered beside it.
    QVERIFY(!dialog.findChild<QDateEdit *>(QStringLiteral("fromDate"))->isEnabled());
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("allTime"))->isEnabled());
    const QList<QStringList> rows = runExport(dialog, QStringLiteral("span.csv"));

    Ledger::TraceQuery expected = filter;
    expected.limit = 100'000;
    const QList<Ledger::TraceRecord> traces = openStore(Ledger::LedgerStore::Access::ReadOnly)->queryTraces(expected);
    QVERIFY(traces.size() > 100 && traces.size() < 300);
    QCOMPARE(rows.size(), traces.size() + 1); // whole days wrote all 600 (QA: 127 rows where the page showed 103)

    // Without the page's filters, the dialog's whole days apply again.
    dialog.findChild<QCheckBox *>(QStringLiteral("applyFilters"))->setChecked(false);
    QVERIFY(dialog.findChild<QDateEdit *>(QStringLiteral("fromDate"))->isEnabled());
}

void TestExportDialog::totalsExportMatchesTheReport_data()
{
    using D = Ledger::ReportDimension;
    QTest::addColumn<QList<Ledger::ReportDimension>>("groupBy");
    QTest::addRow("key") << QList<D>{D::Key};
    QTest::addRow("model") << QList<D>{D::Model};
    QTest::addRow("day") << QList<D>{D::Day};
    QTest::addRow("key and model") << QList<D>{D::Key, D::Model};
    QTest::addRow("key, model and day") << QList<D>{D::Key, D::Model, D::Day};
    QTest::addRow("model and provider") << QList<D>{D::Model, D::Route};
}

void TestExportDialog::totalsExportMatchesTheReport()
{
    QFETCH(QList<Ledger::ReportDimension>, groupBy);
    seed(900);
    Ui::ExportDialog dialog(m_dir->ledgerPath());
    dialog.show();
    dialog.findChild<QRadioButton *>(QStringLiteral("exportTotals"))->setChecked(true);
    dialog.findChild<QCheckBox *>(QStringLiteral("allTime"))->setChecked(true);
    dialog.findChild<QCheckBox *>(QStringLiteral("byKey"))->setChecked(groupBy.contains(Ledger::ReportDimension::Key));
    dialog.findChild<QCheckBox *>(QStringLiteral("byModel"))->setChecked(groupBy.contains(Ledger::ReportDimension::Model));
    dialog.findChild<QCheckBox *>(QStringLiteral("byDay"))->setChecked(groupBy.contains(Ledger::ReportDimension::Day));
    dialog.findChild<QCheckBox *>(QStringLiteral("byRoute"))->setChecked(groupBy.contains(Ledger::ReportDimension::Route));
    QCOMPARE(dialog.request().totals.groupBy, groupBy);
    const QList<QStringList> rows = runExport(dialog, QStringLiteral("totals.csv"));
    QVERIFY(rows.size() > 1);

    // What `tollgate report --by ... --format csv` prints.
    Ledger::ReportQuery query;
    query.groupBy = groupBy;
    const QList<Ledger::ReportRow> report = openStore(Ledger::LedgerStore::Access::ReadOnly)->report(query);
    QCOMPARE(rows.first(), Report::ReportColumns::names(groupBy));
    QCOMPARE(rows.size(), report.size() + 1);
    for (qsizetype i = 0; i < report.size(); ++i)
        QCOMPARE(rows.at(i + 1), Report::ReportColumns::cells(report.at(i)));
}

void TestExportDialog::cancelLeavesNoFile()
{
    seed(30'000);
    Ui::ExportDialog dialog(m_dir->ledgerPath());
    dialog.show();
    dialog.findChild<QCheckBox *>(QStringLiteral("allTime"))->setChecked(true);
    const QString path = m_out->filePath(QStringLiteral("cancelled.csv"));
    dialog.findChild<QLineEdit *>(QStringLiteral("filePath"))->setText(path);
    QSignalSpy finished(&dialog, &Ui::ExportDialog::exportFinished);
    dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    QVERIFY(dialog.isRunning());
    // Cancel stops the export; the dialog stays open to say so.
    dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.first().at(0).value<Ui::CsvExportJob::Outcome>(), Ui::CsvExportJob::Outcome::Cancelled);
    QVERIFY(dialog.isVisible());
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    // Another export into the same place then works.
    const QList<QStringList> rows = runExport(dialog, QStringLiteral("cancelled.csv"));
    QCOMPARE(rows.size(), 30'001);
}

void TestExportDialog::aDamagedLedgerFailsInsteadOfWritingPartOfIt()
{
    seed(30'000);
    {
        QFile ledger(m_dir->ledgerPath());
        QVERIFY(ledger.open(QIODevice::ReadWrite));
        QVERIFY2(ledger.size() > 2'000'000, qPrintable(QString::number(ledger.size())));
        QVERIFY(ledger.seek(ledger.size() / 2)); // among the traces' pages
        QCOMPARE(ledger.write(QByteArray(4 * 4096, char(0xA5))), 4 * 4096);
    }
    Ui::ExportDialog dialog(m_dir->ledgerPath());
    dialog.show();
    dialog.findChild<QCheckBox *>(QStringLiteral("allTime"))->setChecked(true);
    const QString path = m_out->filePath(QStringLiteral("damaged.csv"));
    dialog.findChild<QLineEdit *>(QStringLiteral("filePath"))->setText(path);
    QSignalSpy finished(&dialog, &Ui::ExportDialog::exportFinished);
    dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.first().at(0).value<Ui::CsvExportJob::Outcome>(), Ui::CsvExportJob::Outcome::Failed);
    QVERIFY(!QFile::exists(path));
    const QString said = dialog.findChild<QLabel *>(QStringLiteral("exportMessage"))->text();
    QVERIFY2(said.contains(QStringLiteral("could not be read in full")), qPrintable(said));
}

void TestExportDialog::defaultFileGoesWhereAFolderExists()
{
    // A fresh account: a home folder with no Documents in it.
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral(".config"))));
    const QDate day(2026, 11, 27);
    const QString withoutDocuments = Ui::ExportDialog::defaultFilePath(day);
    QVERIFY(QDir().mkdir(home.filePath(QStringLiteral("Documents"))));
    const QString withDocuments = Ui::ExportDialog::defaultFilePath(day);
    qputenv("HOME", oldHome);
    qputenv("XDG_CONFIG_HOME", oldConfig);
    if (oldConfig.isEmpty())
        qunsetenv("XDG_CONFIG_HOME");

    QCOMPARE(withoutDocuments, QDir(home.path()).filePath(QStringLiteral("tollgate-2026-11-27.csv")));
    QCOMPARE(withDocuments, QDir(home.path()).filePath(QStringLiteral("Documents/tollgate-2026-11-27.csv")));
    QCOMPARE(QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QStringLiteral("Documents")});
}

void TestExportDialog::asksBeforeReplacingAndWritesForTheOwnerOnly()
{
    seed(10);
    const QString path = m_out->filePath(QStringLiteral("existing.csv"));
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me\n");
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    Ui::ExportDialog dialog(m_dir->ledgerPath());
    dialog.show();
    dialog.findChild<QCheckBox *>(QStringLiteral("allTime"))->setChecked(true);
    dialog.findChild<QLineEdit *>(QStringLiteral("filePath"))->setText(path);
    QSignalSpy finished(&dialog, &Ui::ExportDialog::exportFinished);
    const auto answer = [&dialog](QMessageBox::StandardButton button) {
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = dialog.findChild<QMessageBox *>(QStringLiteral("overwriteConfirm"))) != nullptr);
        QVERIFY(confirm->text().contains(QStringLiteral("existing.csv")));
        confirm->button(button)->click();
    };

    // Cancel: nothing is written.
    dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    QVERIFY(!dialog.isRunning());
    answer(QMessageBox::Cancel);
    QTest::qWait(100);
    QVERIFY(finished.isEmpty());
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("keep me\n"));
    kept.close();

    // Replace: written, and readable by its owner only.
    dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    answer(QMessageBox::Yes);
    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.first().at(0).value<Ui::CsvExportJob::Outcome>(), Ui::CsvExportJob::Outcome::Written);
    QCOMPARE(finished.first().at(1).toLongLong(), 10);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());

    // A new file is the owner's alone too.
    const QList<QStringList> rows = runExport(dialog, QStringLiteral("new.csv"));
    QCOMPARE(rows.size(), 11);
    QCOMPARE(QFile::permissions(m_out->filePath(QStringLiteral("new.csv"))) & others, QFileDevice::Permissions());
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
