#include "core/admin/keyadmin.h"
#include "core/demo/demoledger.h"
#include "core/ledger/sqliteledgerstore.h"
#include "ui/common/ledgerclient.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/pages.h"
#include "ui/overview/capchart.h"
#include "ui/overview/chartstyle.h"
#include "ui/overview/modelsharechart.h"
#include "ui/overview/overviewdata.h"
#include "ui/overview/overviewpage.h"
#include "ui/overview/spendchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QPieSeries>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTimeZone>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QValueAxis>

#include <algorithm>

/** The Overview on a demo ledger: real SQLite, the real ledger thread. */
class TestOverviewPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chartsShowTheLedger();
    void rangeSwitchesBetween7And30And90Days();
    void liveTrafficRedrawsAtMostTwiceASecond();
    void tinySpendsKeepTheirDigitsOnTheAxis();
    void aNewLedgerSaysWhatItLacks();
    void capChartNamesItsKeysInASmallWindow();
    void capChartKeepsTheCapAGridlineWhenAKeyIsOver();
    void sharesRoundToTheNearestCapsNeverUp();
    void aZeroCapIsFullInTheCapOrder();
    void theSpendAxisWritesAmountsInTheUsersLanguage();

private:
    static QStackedBarSeries *spendSeries(Ui::OverviewPage &page);

    QTemporaryDir m_dir;
    QString m_ledgerPath;
};

void TestOverviewPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_ledgerPath = m_dir.filePath(QStringLiteral("ledger.sqlite"));
    auto store = Ledger::SqliteLedgerStore::open(m_ledgerPath, QStringLiteral("seed"), Ledger::LedgerStore::Access::ReadWrite);
    QVERIFY(store.ok());
    const auto seeded = Demo::DemoLedger::seed(*store.value(), Common::SystemClock::instance());
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));
}

QStackedBarSeries *TestOverviewPage::spendSeries(Ui::OverviewPage &page)
{
    auto *chart = page.findChild<Ui::SpendChart *>(QStringLiteral("spendChart"));
    if (!chart || chart->chart()->series().size() != 1)
        return nullptr;
    return qobject_cast<QStackedBarSeries *>(chart->chart()->series().first());
}

void TestOverviewPage::chartsShowTheLedger()
{
    Ui::LedgerClient ledger(m_ledgerPath);
    Ui::AppContext context{m_dir.path(), &ledger, nullptr, nullptr, nullptr};
    Ui::OverviewPage page(context);
    QSignalSpy shown(&page, &Ui::OverviewPage::dataShown);
    page.resize(1150, 760); // what a 1280x800 window gives it: room for the cap chart's key names in full
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(shown.count(), 1);
    // The demo has providers and keys: no first steps to show.
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("firstSteps"))->isHidden());

    // Six busiest keys of the last 30 days and "Other", one bar per day.
    QStackedBarSeries *series = spendSeries(page);
    QVERIFY(series);
    QCOMPARE(series->count(), Ui::SpendChart::TopKeys + 1);
    QCOMPARE(series->barSets().constLast()->label(), QStringLiteral("Other"));
    for (const QBarSet *set : series->barSets())
        QCOMPARE(set->count(), 30);
    // The bars add up to the spend figure (to the cent; bars are doubles for drawing only).
    double plotted = 0;
    for (const QBarSet *set : series->barSets()) {
        for (int i = 0; i < set->count(); ++i)
            plotted += set->at(i);
    }
    QVERIFY(qAbs(plotted - double(page.data().spend.nanos()) / 1e9) < 0.01);
    QVERIFY(page.data().spend > Common::Money());
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("spendFigure"))->text().front(), u'$');

    auto *models = page.findChild<Ui::ModelShareChart *>(QStringLiteral("modelChart"));
    QCOMPARE(models->sliceNames().size(), Ui::ModelShareChart::TopModels + 1);
    auto *pie = qobject_cast<QPieSeries *>(models->chart()->series().first());
    QVERIFY(pie);
    QCOMPARE(pie->count(), Ui::ModelShareChart::TopModels + 1);
    // An elided legend entry shows whole on hover.
    QVERIFY(models->chart()->legend()->showToolTips());
    QVERIFY(page.findChild<Ui::SpendChart *>(QStringLiteral("spendChart"))->chart()->legend()->showToolTips());
    // Labels lead with the share: a narrow window elides a long model or key name, never the figure.
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+ % · ")).match(pie->slices().first()->label()).hasMatch(),
             qPrintable(pie->slices().first()->label()));

    // The demo's eval-harness ran into its cap: it is listed first, at 100 % or more.
    const auto caps = page.findChild<Ui::CapChart *>(QStringLiteral("capChart"))->shown();
    QVERIFY(caps.size() >= 4);
    QCOMPARE(caps.first().first, QStringLiteral("eval-harness"));
    QVERIFY(caps.first().second >= 100);
    auto *capAxis = page.findChild<Ui::CapChart *>(QStringLiteral("capChart"))->chart()->axes(Qt::Vertical).first();
    const QStringList capLabels = qobject_cast<QBarCategoryAxis *>(capAxis)->categories();
    QVERIFY(capLabels.contains(QStringLiteral("%1 % · eval-harness").arg(caps.first().second)));
    QVERIFY(page.data().credit.enabled);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("creditFigure"))->text().startsWith(u'$'));
}

void TestOverviewPage::rangeSwitchesBetween7And30And90Days()
{
    Ui::LedgerClient ledger(m_ledgerPath);
    Ui::AppContext context{m_dir.path(), &ledger, nullptr, nullptr, nullptr};
    Ui::OverviewPage page(context);
    QSignalSpy shown(&page, &Ui::OverviewPage::dataShown);
    QTRY_COMPARE(shown.count(), 1);
    const Common::Money month = page.data().spend;

    page.findChild<QToolButton *>(QStringLiteral("range7"))->click();
    QTRY_COMPARE(shown.count(), 2);
    QCOMPARE(page.rangeDays(), 7);
    QCOMPARE(spendSeries(page)->barSets().first()->count(), 7);
    QCOMPARE(page.data().firstDay, QDate::currentDate().addDays(-6));
    const Common::Money week = page.data().spend;

    page.findChild<QToolButton *>(QStringLiteral("range90"))->click();
    QTRY_COMPARE(shown.count(), 3);
    QCOMPARE(spendSeries(page)->barSets().first()->count(), 90);
    QVERIFY(page.findChild<QToolButton *>(QStringLiteral("range90"))->isChecked());
    QVERIFY(week < month);
    QVERIFY(month < page.data().spend);
}

void TestOverviewPage::liveTrafficRedrawsAtMostTwiceASecond()
{
    Ui::LedgerClient ledger(m_ledgerPath);
    Ui::AppContext context{m_dir.path(), &ledger, nullptr, nullptr, nullptr};
    Ui::MainWindow window(context);
    Ui::OverviewPage page(context, &window);
    QSignalSpy shown(&page, &Ui::OverviewPage::dataShown);
    QTRY_COMPARE(shown.count(), 1);
    const qint64 before = page.data().requests;

    // A request is booked, then a burst of notifications arrives: one redraw shows it.
    Ledger::TraceRecord trace;
    trace.time = QDateTime::currentDateTimeUtc();
    trace.keyId = 1;
    trace.model = QStringLiteral("gpt-4o-mini");
    trace.status = 200;
    trace.outcome = QStringLiteral("ok");
    trace.usage.inputTokens = 10;
    trace.cost = Common::Money::fromNanos(1'000);
    {
        auto store = Ledger::SqliteLedgerStore::open(m_ledgerPath, QStringLiteral("live"), Ledger::LedgerStore::Access::ReadWrite);
        QVERIFY(store.ok());
        QVERIFY(store.value()->insertTraces({trace}).ok());
    }
    auto *timer = page.findChild<QTimer *>(QStringLiteral("overviewRedrawTimer"));
    QVERIFY(timer);
    QCOMPARE(timer->interval(), Ui::OverviewPage::RedrawIntervalMs);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 200; ++i)
        emit window.trafficBooked(trace);
    QVERIFY(timer->isActive());
    QCOMPARE(shown.count(), 1); // nothing redrawn synchronously
    QTRY_COMPARE(shown.count(), 2);
    QVERIFY(clock.elapsed() >= Ui::OverviewPage::RedrawIntervalMs - 50);
    QCOMPARE(page.data().requests, before + 1);
    QVERIFY(!timer->isActive()); // the burst left no second redraw behind it
}

void TestOverviewPage::tinySpendsKeepTheirDigitsOnTheAxis()
{
    QCOMPARE(Ui::ChartStyle::usdAxisFormat(0.0004, 0.0001), QStringLiteral("$%.4f"));
    QCOMPARE(Ui::ChartStyle::usdAxisFormat(0.5, 0.25), QStringLiteral("$%.2f"));
    QCOMPARE(Ui::ChartStyle::usdAxisFormat(5, 1), QStringLiteral("$%.2f"));
    QCOMPARE(Ui::ChartStyle::usdAxisFormat(250, 50), QStringLiteral("$%.0f"));

    // A first day of light use: $0.0004 on one day must not label every tick "$0.00".
    Ui::OverviewData data;
    data.lastDay = QDate::currentDate();
    data.firstDay = data.lastDay.addDays(-6);
    Ledger::ReportRow row;
    row.groupValues = {data.lastDay.toString(Qt::ISODate), QStringLiteral("tiny")};
    row.cost = Common::Money::fromNanos(400'000); // $0.0004
    row.requests = 3;
    data.byDayAndKey = {row};
    Ui::SpendChart chart;
    chart.setData(data);
    const QList<QAbstractAxis *> vertical = chart.chart()->axes(Qt::Vertical);
    QCOMPARE(vertical.size(), 1);
    auto *usd = qobject_cast<QValueAxis *>(vertical.first());
    QVERIFY(usd);
    // The axis prints its ticks with the format "$%.Nf": the labels it draws are these.
    const QString format = usd->labelFormat();
    QVERIFY2(format.startsWith(QLatin1String("$%.")) && format.endsWith(u'f'), qPrintable(format));
    const int decimals = format.mid(3, format.size() - 4).toInt();
    QSet<QString> labels;
    const double step = (usd->max() - usd->min()) / (usd->tickCount() - 1);
    for (int i = 0; i < usd->tickCount(); ++i)
        labels.insert(QString::number(usd->min() + i * step, 'f', decimals));
    QCOMPARE(labels.size(), usd->tickCount());
}

void TestOverviewPage::aNewLedgerSaysWhatItLacks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
    auto store = Ledger::SqliteLedgerStore::open(path, QStringLiteral("new"), Ledger::LedgerStore::Access::ReadWrite);
    QVERIFY(store.ok());
    Ui::LedgerClient ledger(path);
    Ui::AppContext context{dir.path(), &ledger, nullptr, nullptr, nullptr};
    Ui::MainWindow window(context);
    Ui::addStandardPages(window, context);
    window.show();
    auto *page = window.findChild<Ui::OverviewPage *>(QStringLiteral("overviewPage"));
    auto *steps = page ? page->findChild<QLabel *>(QStringLiteral("firstSteps")) : nullptr;
    QVERIFY(steps);

    // No provider: that comes first, with a link to its page.
    QTRY_VERIFY(steps->isVisible());
    QVERIFY2(steps->text().contains(QStringLiteral("Add a provider first")), qPrintable(steps->text()));
    emit steps->linkActivated(QStringLiteral("page:providersPage"));
    auto *pages = window.findChild<QStackedWidget *>();
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("providersPage"));

    // A provider but no key: the key is next.
    Providers::ProviderRecord provider;
    provider.name = QStringLiteral("openai");
    provider.baseUrl = QStringLiteral("https://api.openai.com/v1");
    QVERIFY(store.value()->insertProvider(provider).ok());
    QTRY_VERIFY2(steps->text().contains(QStringLiteral("create a key")), qPrintable(steps->text()));

    // Both: nothing more to say.
    QVERIFY(Admin::KeyAdmin(*store.value(), Common::SystemClock::instance()).create(QStringLiteral("app"), {}).ok());
    QTRY_VERIFY(steps->isHidden());
}

void TestOverviewPage::capChartKeepsTheCapAGridlineWhenAKeyIsOver()
{
    for (const auto &[spent, ticks] : {std::pair{QStringLiteral("1.44"), QList<double>{0, 50, 100, 150}},
                                       std::pair{QStringLiteral("0.50"), QList<double>{0, 20, 40, 60, 80, 100}}}) {
        Ui::OverviewData figures;
        figures.caps = {Ui::KeyCapFigure{QStringLiteral("over"), *Common::Money::fromDecimalString(spent), *Common::Money::fromDecimalString(u"1")},
                        Ui::KeyCapFigure{QStringLiteral("under"), *Common::Money::fromDecimalString(u"0.25"), *Common::Money::fromDecimalString(u"1")}};
        Ui::CapChart chart;
        chart.setData(figures);
        auto *share = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Horizontal).first());
        QVERIFY(share);
        QList<double> shown;
        const double step = (share->max() - share->min()) / (share->tickCount() - 1);
        for (int i = 0; i < share->tickCount(); ++i)
            shown << share->min() + i * step;
        QCOMPARE(shown, ticks);
    }
}

void TestOverviewPage::capChartNamesItsKeysInASmallWindow()
{
    Ui::LedgerClient ledger(m_ledgerPath);
    Ui::AppContext context{m_dir.path(), &ledger, nullptr, nullptr, nullptr};
    Ui::OverviewPage page(context);
    QSignalSpy shown(&page, &Ui::OverviewPage::dataShown);
    // About what the page gets in a 1024x640 window: there every key name on the cap chart read "...",
    // QtCharts' truncation to each category's share of the height.
    page.resize(900, 590);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(shown.count(), 1);
    auto *capChart = page.findChild<Ui::CapChart *>(QStringLiteral("capChart"));
    QVERIFY(capChart->height() < 240);
    const auto caps = capChart->shown();
    QVERIFY(caps.size() >= 4);

    // What is drawn: one label per capped key, each with its share and the start of its name.
    QCoreApplication::processEvents();
    QStringList drawn;
    for (QGraphicsItem *item : capChart->scene()->items()) {
        auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible() && text->toPlainText().contains(QStringLiteral(" · ")))
            drawn << text->toPlainText();
    }
    QCOMPARE(drawn.size(), caps.size());
    for (const auto &[key, percent] : caps) {
        const QString start = QStringLiteral("%1 % · %2").arg(percent).arg(key.left(5));
        QVERIFY2(std::any_of(drawn.cbegin(), drawn.cend(), [&](const QString &label) { return label.startsWith(start); }),
                 qPrintable(start + QStringLiteral(" in ") + drawn.join(QStringLiteral(" | "))));
    }
    // A name too long for the axis's room (QtCharts gives it 40 % of the width) is elided, not run over the bars.
    const QFontMetrics metrics(capChart->chart()->axes(Qt::Vertical).first()->labelsFont());
    for (const QString &label : drawn)
        QVERIFY2(metrics.horizontalAdvance(label) <= 0.4 * capChart->chart()->size().width(), qPrintable(label));
    QVERIFY(std::any_of(drawn.cbegin(), drawn.cend(), [](const QString &label) { return label.endsWith(QChar(0x2026)); }));
}

void TestOverviewPage::sharesRoundToTheNearestCapsNeverUp()
{
    const auto usd = [](const char *text) { return *Common::Money::fromDecimalString(QString::fromLatin1(text)); };
    // A model's share of spend (QA: 34.8 % read 34 %, and the legend summed to 95 %).
    QCOMPARE(Ui::ChartStyle::shareOf(usd("0.348"), usd("1")), 35);
    QCOMPARE(Ui::ChartStyle::shareOf(usd("0.344"), usd("1")), 34);
    QCOMPARE(Ui::ChartStyle::shareOf(usd("0.005"), usd("1")), 1);
    QCOMPARE(Ui::ChartStyle::shareOf(usd("1"), Common::Money()), 0);
    // A cap's share never reads the next threshold early.
    QCOMPARE(Ui::ChartStyle::percentOf(usd("0.796"), usd("1")), 79);
    QCOMPARE(Ui::ChartStyle::percentOf(usd("0.996"), usd("1")), 99);
    QCOMPARE(Ui::ChartStyle::percentOf(usd("20.75"), usd("25")), 83);
}


void TestOverviewPage::aZeroCapIsFullInTheCapOrder()
{
    QTemporaryDir dir;
    auto store = Ledger::SqliteLedgerStore::open(dir.filePath(QStringLiteral("ledger.sqlite")), QStringLiteral("zero-cap"),
                                                 Ledger::LedgerStore::Access::ReadWrite);
    QVERIFY(store.ok());
    Admin::KeyAdmin keys(*store.value(), Common::SystemClock::instance());
    Admin::KeyLimits blocked;
    blocked.maxSpend = Common::Money();
    Admin::KeyLimits roomy;
    roomy.maxSpend = Common::Money::fromDecimalString(u"100");
    QVERIFY(keys.create(QStringLiteral("a-roomy"), roomy).ok());
    QVERIFY(keys.create(QStringLiteral("z-blocked"), blocked).ok());
    // Nothing spent by either: the $0 cap is full (the chart draws it at 100 %), the other empty. It came last (QA).
    const Ui::OverviewData data =
        Ui::OverviewData::load(*store.value(), 30, QDate::currentDate(), QTimeZone::systemTimeZone());
    QCOMPARE(data.caps.size(), 2);
    QCOMPARE(data.caps.at(0).key, QStringLiteral("z-blocked"));
    QCOMPARE(data.caps.at(1).key, QStringLiteral("a-roomy"));
}

void TestOverviewPage::theSpendAxisWritesAmountsInTheUsersLanguage()
{
    // QA: in German the axis read "$1.00 … $0.00" under cards reading "$0,00".
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    Ui::OverviewData empty;
    empty.lastDay = QDate::currentDate();
    empty.firstDay = empty.lastDay.addDays(-6);
    Ui::SpendChart chart;
    chart.setData(empty);
    chart.resize(600, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCoreApplication::processEvents();
    QStringList amounts;
    for (QGraphicsItem *item : chart.scene()->items()) {
        auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible() && text->toPlainText().startsWith(u'$'))
            amounts << text->toPlainText();
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(amounts.contains(QStringLiteral("$1,00")) && amounts.contains(QStringLiteral("$0,20")), qPrintable(amounts.join(u' ')));
}

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
