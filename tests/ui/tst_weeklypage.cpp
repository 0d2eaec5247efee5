#include "core/demo/demoledger.h"
#include "core/ledger/sqliteledgerstore.h"
#include "core/report/weeklyreview.h"
#include "ui/common/ledgerclient.h"
#include "ui/weekly/weeklypage.h"
#include "ui/weekly/weeklyreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

/** The weekly review page shows what core's WeeklyReview computes, and exports it. */
class TestWeeklyPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsCoresFiguresForAFullWeek();
    void flagsDriftBloatAndCapsThisWeek();
    void exportsTheReviewAsCsv();
    void unpricedModelsReadAsUnpriced();
    void namesAreWholeInASmallWindow();
    void aWeekWithoutTrafficSaysSo();
    void noAverageInputMeansNoChange();

private:
    /** Core's review of the complete week starting on `start` (a Monday), straight from the ledger. */
    Report::WeeklyReviewResult expected(const QDate &start);

    QTemporaryDir m_dir;
    QString m_ledgerPath;
};

void TestWeeklyPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_ledgerPath = m_dir.filePath(QStringLiteral("ledger.sqlite"));
    auto store = Ledger::SqliteLedgerStore::open(m_ledgerPath, QStringLiteral("seed"), Ledger::LedgerStore::Access::ReadWrite);
    QVERIFY(store.ok());
    QVERIFY(Demo::DemoLedger::seed(*store.value(), Common::SystemClock::instance()).ok());
}

Report::WeeklyReviewResult TestWeeklyPage::expected(const QDate &start)
{
    auto store = Ledger::SqliteLedgerStore::open(m_ledgerPath, QStringLiteral("check"), Ledger::LedgerStore::Access::ReadOnly);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    Ledger::ReportQuery query;
    query.timeZone = zone;
    query.groupBy = {Ledger::ReportDimension::Key, Ledger::ReportDimension::Model};
    query.since = start.startOfDay(zone).toUTC();
    query.until = start.addDays(7).startOfDay(zone).toUTC();
    const auto current = store.value()->report(query);
    query.until = query.since;
    query.since = start.addDays(-7).startOfDay(zone).toUTC();
    const auto previous = store.value()->report(query);
    QList<Report::KeySpendStatus> keys;
    for (const Keys::KeyRecord &key : store.value()->listKeys()) {
        if (key.isUsableAt(QDateTime::currentDateTimeUtc()))
            keys << Report::KeySpendStatus{key.name, store.value()->keySpend(key.id), key.maxSpend};
    }
    return Report::WeeklyReview::compute(current, previous, keys);
}

void TestWeeklyPage::showsCoresFiguresForAFullWeek()
{
    Ui::LedgerClient ledger(m_ledgerPath);
    Ui::AppContext context{m_dir.path(), &ledger, nullptr, nullptr, nullptr};
    Ui::WeeklyPage page(context);
    QSignalSpy shown(&page, &Ui::WeeklyPage::reviewShown);
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(page.firstDayOfWeek(), Qt::Monday);
    QCOMPARE(page.weekStartDay().dayOfWeek(), int(Qt::Monday));

    page.findChild<QToolButton *>(QStringLiteral("previousWeek"))->click();
    QTRY_COMPARE(shown.count(), 2);
    const QDate start = page.weekStartDay();
    QCOMPARE(start, QDate::currentDate().addDays(-7 - (QDate::currentDate().dayOfWeek() - 1)));
    QVERIFY(page.findChild<QToolButton *>(QStringLiteral("nextWeek"))->isEnabled());
    const Report::WeeklyReviewResult want = expected(start);
    QVERIFY(!want.keys.isEmpty());
    QCOMPARE(page.review().spend, want.spend);
    QCOMPARE(page.review().previousSpend, want.previousSpend);

    auto *keys = page.findChild<QTableView *>(QStringLiteral("keysTable"))->model();
    QAbstractItemModelTester keysTester(keys, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(keys->rowCount(), want.keys.size());
    QCOMPARE(keys->columnCount(), int(Ui::WeeklyReviewModel::KeyColumnCount));
    for (int row = 0; row < keys->rowCount(); ++row) {
        const Report::WeeklyKeyLine &line = want.keys.at(row);
        QCOMPARE(keys->index(row, Ui::WeeklyReviewModel::KeyName).data().toString(), line.key);
        QCOMPARE(keys->index(row, Ui::WeeklyReviewModel::KeySpend).data(Ui::WeeklyReviewModel::RawValueRole).toLongLong(), line.spend.nanos());
        QCOMPARE(keys->index(row, Ui::WeeklyReviewModel::KeyPreviousSpend).data(Ui::WeeklyReviewModel::RawValueRole).toLongLong(),
                 line.previousSpend.nanos());
        QCOMPARE(keys->index(row, Ui::WeeklyReviewModel::KeyChange).data().toString(),
                 Ui::WeeklyReviewModel::change(line.spend, line.previousSpend));
        // QA: a key without requests (or with refused ones only) read "−100%" for its average input.
        const QString inputChange = keys->index(row, Ui::WeeklyReviewModel::KeyAverageInputChange).data().toString();
        if (line.averageInputTokens == 0 || line.previousAverageInputTokens == 0) {
            QCOMPARE(inputChange, QStringLiteral("–"));
        } else {
            QVERIFY2(inputChange.contains(u'%'), qPrintable(inputChange));
        }
    }

    auto *models = page.findChild<QTableView *>(QStringLiteral("modelsTable"))->model();
    QAbstractItemModelTester modelsTester(models, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(models->rowCount(), want.models.size());
    QCOMPARE(models->index(0, Ui::WeeklyReviewModel::ModelName).data(Ui::WeeklyReviewModel::RawValueRole).toString(),
             want.models.first().model);
    auto *unpriced = page.findChild<QTableView *>(QStringLiteral("unpricedTable"))->model();
    QAbstractItemModelTester unpricedTester(unpriced, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(unpriced->rowCount(), want.unpriced.size());
    QVERIFY(unpriced->rowCount() >= 1); // the demo's local and fine-tuned models
    const QString summary = page.findChild<QLabel *>(QStringLiteral("weekSummary"))->text();
    QVERIFY(summary.contains(QStringLiteral("Spent")));
    // The request count is a number of the locale: "on 12,345 requests", not "on 12345 requests".
    QVERIFY2(want.requests >= 1000, "the demo week should have thousands of requests");
    QVERIFY2(summary.contains(QStringLiteral(" on %1 request").arg(QLocale().toString(want.requests))), qPrintable(summary));
}

void TestWeeklyPage::flagsDriftBloatAndCapsThisWeek()
{
    Ui::LedgerClient ledger(m_ledgerPath);
    Ui::AppContext context{m_dir.path(), &ledger, nullptr, nullptr, nullptr};
    Ui::WeeklyPage page(context);
    QSignalSpy shown(&page, &Ui::WeeklyPage::reviewShown);
    QTRY_COMPARE(shown.count(), 1);
    if (QDateTime::currentDateTime().secsTo(page.weekStartDay().startOfDay()) > -6 * 3600)
        QSKIP("the week began less than six hours ago: too little traffic to judge");
    // The demo's story of this week: gpt-5 is new, support-agent's prompts grew, eval-harness is at its cap.
    const auto &review = page.review();
    const auto gpt5 = std::find_if(review.models.cbegin(), review.models.cend(), [](const auto &line) { return line.model == u"gpt-5"; });
    QVERIFY(gpt5 != review.models.cend());
    QVERIFY(gpt5->isNew);
    const auto support = std::find_if(review.keys.cbegin(), review.keys.cend(), [](const auto &line) { return line.key == u"support-agent"; });
    QVERIFY(support != review.keys.cend());
    QVERIFY(support->promptBloat);
    auto *caps = page.findChild<QTableView *>(QStringLiteral("capsTable"))->model();
    QAbstractItemModelTester capsTester(caps, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(caps->rowCount() >= 1);
    QCOMPARE(caps->index(0, Ui::WeeklyReviewModel::CapKey).data().toString(), QStringLiteral("eval-harness"));
    QVERIFY(caps->index(0, Ui::WeeklyReviewModel::CapPercent).data(Ui::WeeklyReviewModel::RawValueRole).toInt() >= 100);
}

void TestWeeklyPage::exportsTheReviewAsCsv()
{
    Ui::LedgerClient ledger(m_ledgerPath);
    Ui::AppContext context{m_dir.path(), &ledger, nullptr, nullptr, nullptr};
    Ui::WeeklyPage page(context);
    QSignalSpy shown(&page, &Ui::WeeklyPage::reviewShown);
    QTRY_COMPARE(shown.count(), 1);
    page.showWeekOf(QDate::currentDate().addDays(-7));
    QTRY_COMPARE(shown.count(), 2);
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("exportCsv")));

    const QString path = m_dir.filePath(QStringLiteral("week.csv"));
    QVERIFY(page.exportCsv(path));
    // It says so (QA: saved without a word).
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("exportedTo"))->text(), QStringLiteral("Saved week.csv"));
    // Who spent what: for the owner's eyes only, like the ledger.
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv, Report::WeeklyReview::toCsv(expected(page.weekStartDay())));
    QVERIFY(csv.startsWith("section,name,cost_usd"));
    QVERIFY(csv.contains("\r\nkey,"));
}

void TestWeeklyPage::unpricedModelsReadAsUnpriced()
{
    // A priced model, and a local one nobody set a price for: its $0.00 is unknown, not free.
    Report::WeeklyReviewResult review;
    review.models << Report::WeeklyModelLine{QStringLiteral("gpt-4o-mini"), Common::Money::fromNanos(1'500'000'000), {}, 10, 0, false}
                  << Report::WeeklyModelLine{QStringLiteral("llama-local"), {}, {}, 7, 0, true};
    review.unpriced << Report::WeeklyUnpricedLine{QStringLiteral("llama-local"), 7, 700, 70};
    review.spend = Common::Money::fromNanos(1'500'000'000);
    Ui::WeeklyReviewModel models(Ui::WeeklyReviewModel::Section::Models);
    QAbstractItemModelTester tester(&models, QAbstractItemModelTester::FailureReportingMode::QtTest);
    models.setReview(review);
    QCOMPARE(models.index(0, Ui::WeeklyReviewModel::ModelSpend).data().toString(), QStringLiteral("$1.50"));
    QCOMPARE(models.index(1, Ui::WeeklyReviewModel::ModelSpend).data().toString(), QStringLiteral("$0.00 + 7 unpriced"));
    // The same words as the keys section uses for a key's unpriced requests.
    Report::WeeklyKeyLine key;
    key.key = QStringLiteral("local-dev");
    key.requests = 7;
    key.unpricedRequests = 7;
    review.keys << key;
    Ui::WeeklyReviewModel keys(Ui::WeeklyReviewModel::Section::Keys);
    keys.setReview(review);
    QCOMPARE(keys.index(0, Ui::WeeklyReviewModel::KeySpend).data().toString(),
             models.index(1, Ui::WeeklyReviewModel::ModelSpend).data().toString());
}

void TestWeeklyPage::namesAreWholeInASmallWindow()
{
    Ui::LedgerClient ledger(m_ledgerPath);
    Ui::AppContext context{m_dir.path(), &ledger, nullptr, nullptr, nullptr};
    Ui::WeeklyPage page(context);
    QSignalSpy shown(&page, &Ui::WeeklyPage::reviewShown);
    page.resize(890, 590); // what a 1024x640 window gives it: every model read "cl…" or "g…" (QA)
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(shown.count(), 1);
    for (const char *name : {"keysTable", "modelsTable", "capsTable", "unpricedTable"}) {
        auto *view = page.findChild<QTableView *>(QLatin1String(name));
        QVERIFY(view);
        QVERIFY2(view->model()->rowCount() > 0, name);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QString text = view->model()->index(row, 0).data().toString();
            QVERIFY2(view->fontMetrics().horizontalAdvance(text) <= view->columnWidth(0),
                     qPrintable(QStringLiteral("%1: \"%2\" in %3 px").arg(QLatin1String(name), text).arg(view->columnWidth(0))));
        }
    }
}

void TestWeeklyPage::noAverageInputMeansNoChange()
{
    // QA: a key without requests this week, and one whose requests were all refused (no tokens), read
    // "−100%" for the change of their average input.
    Report::WeeklyReviewResult review;
    Report::WeeklyKeyLine idle;
    idle.key = QStringLiteral("idle");
    idle.previousRequests = 10;
    idle.previousAverageInputTokens = 500;
    Report::WeeklyKeyLine refused = idle;
    refused.key = QStringLiteral("refused");
    refused.requests = 7;
    Report::WeeklyKeyLine busy = idle;
    busy.key = QStringLiteral("busy");
    busy.requests = 4;
    busy.averageInputTokens = 750;
    review.keys = {idle, refused, busy};
    Ui::WeeklyReviewModel model(Ui::WeeklyReviewModel::Section::Keys);
    model.setReview(review);
    const auto change = [&model](int row) { return model.index(row, Ui::WeeklyReviewModel::KeyAverageInputChange).data().toString(); };
    QCOMPARE(change(0), QStringLiteral("–"));
    QCOMPARE(change(1), QStringLiteral("–"));
    QCOMPARE(change(2), Ui::WeeklyReviewModel::change(qint64(750), qint64(500)));
    QVERIFY(change(2).contains(QStringLiteral("50")));
}

void TestWeeklyPage::aWeekWithoutTrafficSaysSo()
{
    Ui::LedgerClient ledger(m_ledgerPath);
    Ui::AppContext context{m_dir.path(), &ledger, nullptr, nullptr, nullptr};
    Ui::WeeklyPage page(context);
    QSignalSpy shown(&page, &Ui::WeeklyPage::reviewShown);
    QTRY_COMPARE(shown.count(), 1);
    // Years before the demo's traffic: not "Spent $0.00 so far (– against $0.00 …) on 0 requests" (QA).
    page.showWeekOf(QDate::currentDate().addYears(-3));
    QTRY_COMPARE(shown.count(), 2);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("weekSummary"))->text(), QStringLiteral("No requests that week."));
}

QTEST_MAIN(TestWeeklyPage)
#include "tst_weeklypage.moc"
