#include "core/admin/keyadmin.h"
#include "core/admin/priceadmin.h"
#include "core/ledger/sqliteledgerstore.h"
#include "tests/support/tempdatadir.h"
#include "ui/common/ledgerclient.h"
#include "ui/prices/priceoverridedialog.h"
#include "ui/prices/pricesmodel.h"
#include "ui/prices/pricespage.h"

#include "core/gateway/requestfacts.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using Common::Money;

namespace {

const QByteArray SeedMap = R"({
    "gpt-4o": {"input_cost_per_token": 2.5e-06, "output_cost_per_token": 1e-05, "cache_read_input_token_cost": 1.25e-06,
               "litellm_provider": "openai", "mode": "chat"},
    "claude-sonnet-4-5": {"input_cost_per_token": 3e-06, "output_cost_per_token": 1.5e-05, "litellm_provider": "anthropic",
                          "mode": "chat", "input_cost_per_token_above_200k_tokens": 6e-06}
})";

const QByteArray ImportMap = R"({
    "gpt-4o": {"input_cost_per_token": 2e-06, "output_cost_per_token": 8e-06, "litellm_provider": "openai", "mode": "chat"},
    "claude-sonnet-4-5": {"input_cost_per_token": 3e-06, "output_cost_per_token": 1.5e-05, "litellm_provider": "anthropic",
                          "mode": "chat", "input_cost_per_token_above_200k_tokens": 6e-06},
    "gemini-2.5-pro": {"input_cost_per_token": 1.25e-06, "output_cost_per_token": 1e-05, "litellm_provider": "gemini", "mode": "chat"},
    " spaced-model": {"input_cost_per_token": 1e-06, "output_cost_per_token": 1e-06}
})";

Money usd(const char *text)
{
    return *Money::fromDecimalString(QString::fromLatin1(text));
}

} // namespace

class TestPricesPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void unpricedModelsFromTrafficComeFirst();
    void searchFiltersByModel();
    void overrideThroughTheDialogAddsAVersion();
    void invalidRatesKeepTheDialogOpen();
    void importShowsProgressAndSummary();

private:
    Ledger::LedgerStore &store() { return *m_store; }
    void bookTrace(const QString &model, std::optional<Money> cost);
    int rowOf(const QString &model) const;

    std::unique_ptr<TestSupport::TempDataDir> m_dir;
    std::unique_ptr<Ledger::SqliteLedgerStore> m_store;
    std::unique_ptr<Ui::LedgerClient> m_client;
    std::unique_ptr<Ui::PricesPage> m_page;
    qint64 m_keyId = 0;
};

void TestPricesPage::init()
{
    m_dir = std::make_unique<TestSupport::TempDataDir>();
    auto opened = Ledger::SqliteLedgerStore::open(m_dir->ledgerPath(), QStringLiteral("test-writer"), Ledger::LedgerStore::Access::ReadWrite);
    QVERIFY(opened.ok());
    m_store = std::move(opened).value();
    Admin::PriceAdmin prices(store(), Common::SystemClock::instance());
    QVERIFY(prices.importMap(SeedMap, QStringLiteral("map")).ok());
    auto key = Admin::KeyAdmin(store(), Common::SystemClock::instance()).create(QStringLiteral("dev"), {});
    QVERIFY(key.ok());
    m_keyId = key->record.id;
    bookTrace(QStringLiteral("gpt-4o"), usd("0.01"));
    bookTrace(QStringLiteral("mystery-model"), std::nullopt);
    bookTrace(QStringLiteral("mystery-model"), std::nullopt);
    bookTrace(QStringLiteral("local-llama"), std::nullopt);
    // Unpriced when booked, priced since (a dated name resolves to its base): no longer needs attention.
    bookTrace(QStringLiteral("gpt-4o-2099-01-01"), std::nullopt);

    m_client = std::make_unique<Ui::LedgerClient>(m_dir->ledgerPath());
    Ui::AppContext context{m_dir->path(), m_client.get(), nullptr, nullptr, nullptr};
    m_page = std::make_unique<Ui::PricesPage>(context);
    new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
    m_page->resize(1100, 700);
    m_page->show();
    QTRY_COMPARE(m_page->model()->rowCount(), 4);
}

void TestPricesPage::cleanup()
{
    m_page.reset();
    m_client.reset();
    m_store.reset();
    m_dir.reset();
}

void TestPricesPage::bookTrace(const QString &model, std::optional<Money> cost)
{
    Ledger::TraceRecord trace;
    trace.time = QDateTime::currentDateTimeUtc();
    trace.keyId = m_keyId;
    trace.model = model;
    trace.endpoint = QStringLiteral("/v1/chat/completions");
    trace.status = 200;
    trace.outcome = QStringLiteral("ok");
    trace.cost = cost;
    trace.costStatus = cost ? Ledger::CostStatus::Exact : Ledger::CostStatus::Unpriced;
    QVERIFY(store().insertTraces({trace}).ok());
}

int TestPricesPage::rowOf(const QString &model) const
{
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        if (m_page->model()->row(row).record.model == model)
            return row;
    }
    return -1;
}

void TestPricesPage::unpricedModelsFromTrafficComeFirst()
{
    Ui::PricesModel *model = m_page->model();
    // The most-used unpriced model first, then the other, then the catalog by name.
    QCOMPARE(model->index(0, Ui::PricesModel::Model).data().toString(), QStringLiteral("mystery-model"));
    QCOMPARE(model->index(1, Ui::PricesModel::Model).data().toString(), QStringLiteral("local-llama"));
    QCOMPARE(model->index(2, Ui::PricesModel::Model).data().toString(), QStringLiteral("claude-sonnet-4-5"));
    QCOMPARE(model->index(3, Ui::PricesModel::Model).data().toString(), QStringLiteral("gpt-4o"));
    QCOMPARE(model->index(0, 0).data(Ui::PricesModel::UnpricedRole).toBool(), true);
    QCOMPARE(model->index(3, 0).data(Ui::PricesModel::UnpricedRole).toBool(), false);
    QCOMPARE(model->index(0, Ui::PricesModel::Input).data().toString(), QStringLiteral("unpriced"));
    QVERIFY(model->index(0, Ui::PricesModel::Source).data().toString().contains(QStringLiteral("2 unpriced request")));
    QCOMPARE(model->unpricedCount(), 2);
    auto *banner = m_page->findChild<QLabel *>(QStringLiteral("unpricedBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().startsWith(QStringLiteral("2 model")));

    // Prices in USD per 1M tokens, exact.
    QCOMPARE(model->index(3, Ui::PricesModel::Input).data().toString(), QStringLiteral("$2.50"));
    QCOMPARE(model->index(3, Ui::PricesModel::CacheRead).data().toString(), QStringLiteral("$1.25"));
    QCOMPARE(model->index(3, Ui::PricesModel::Output).data().toString(), QStringLiteral("$10.00"));
    QCOMPARE(model->index(3, Ui::PricesModel::Input).data(Ui::PricesModel::RawValueRole).toLongLong(), 2'500'000'000LL);
    QCOMPARE(model->index(3, Ui::PricesModel::Reasoning).data().toString(), QStringLiteral("as output"));
    QVERIFY(model->index(3, Ui::PricesModel::Source).data().toString().startsWith(QStringLiteral("map · ")));
    QVERIFY(model->index(3, Ui::PricesModel::Source).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("map:")));
    QVERIFY(model->index(2, Ui::PricesModel::Tiers).data().toString().contains(QStringLiteral("above 200")));
    QVERIFY(model->index(3, Ui::PricesModel::Tiers).data().toString().isEmpty());
}

void TestPricesPage::searchFiltersByModel()
{
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("priceSearch"));
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("pricesTable"));
    QVERIFY(search && table);
    QCOMPARE(table->model()->rowCount(), 4);
    QTest::keyClicks(search, QStringLiteral("GPT"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("gpt-4o"));
    search->clear();
    QCOMPARE(table->model()->rowCount(), 4);
}

void TestPricesPage::overrideThroughTheDialogAddsAVersion()
{
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("pricesTable"));
    table->selectRow(0);
    QSignalSpy reloaded(m_page.get(), &Ui::PricesPage::reloaded);
    m_page->findChild<QPushButton *>(QStringLiteral("setPriceButton"))->click();
    auto *dialog = m_page->findChild<Ui::PriceOverrideDialog *>(QStringLiteral("priceOverrideDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("overrideModel"))->text(), QStringLiteral("mystery-model"));
    dialog->findChild<QLineEdit *>(QStringLiteral("overrideInput"))->setText(QStringLiteral("0.15"));
    dialog->findChild<QLineEdit *>(QStringLiteral("overrideOutput"))->setText(QStringLiteral("$0.60"));
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("overrideButtons"))->button(QDialogButtonBox::Ok)->click();

    // The page reloads after the change; the model is priced now, so it leaves the top of the list.
    QTRY_VERIFY(reloaded.count() >= 1);
    QTRY_COMPARE(m_page->model()->unpricedCount(), 1);
    const QList<Pricing::PriceRecord> history = store().priceHistory(QStringLiteral("mystery-model"));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.last().source, QStringLiteral("override"));
    QCOMPARE(history.last().base.input, usd("0.15"));
    QCOMPARE(history.last().base.output, usd("0.60"));
    QVERIFY(!history.last().base.cacheRead);
    const int row = rowOf(QStringLiteral("mystery-model"));
    QVERIFY(row >= 1);
    QCOMPARE(m_page->model()->index(row, Ui::PricesModel::Input).data().toString(), QStringLiteral("$0.15"));

    // Overriding a priced model adds a version and keeps the old one.
    table->selectRow(rowOf(QStringLiteral("gpt-4o")));
    m_page->editSelectedPrice();
    // The first dialog deletes itself on close; take the one showing now.
    const auto visibleDialog = [this]() -> Ui::PriceOverrideDialog * {
        for (auto *candidate : m_page->findChildren<Ui::PriceOverrideDialog *>(QStringLiteral("priceOverrideDialog"))) {
            if (candidate->isVisible())
                return candidate;
        }
        return nullptr;
    };
    QTRY_VERIFY(visibleDialog());
    dialog = visibleDialog();
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("overrideInput"))->text(), QStringLiteral("2.50"));
    dialog->findChild<QLineEdit *>(QStringLiteral("overrideInput"))->setText(QStringLiteral("2.25"));
    dialog->accept();
    QTRY_COMPARE(store().priceHistory(QStringLiteral("gpt-4o")).size(), 2);
    const Pricing::PriceRecord newest = store().priceHistory(QStringLiteral("gpt-4o")).last();
    QCOMPARE(newest.base.input, usd("2.25"));
    QCOMPARE(newest.base.output, usd("10"));
    QTRY_COMPARE(m_page->model()->index(rowOf(QStringLiteral("gpt-4o")), Ui::PricesModel::Input).data().toString(), QStringLiteral("$2.25"));
}

void TestPricesPage::invalidRatesKeepTheDialogOpen()
{
    Pricing::PriceRecord record;
    record.model = QStringLiteral("gpt-4o");
    Ui::PriceOverrideDialog dialog(record);
    dialog.show();
    auto *input = dialog.findChild<QLineEdit *>(QStringLiteral("overrideInput"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("overrideError"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    for (const QString &bad : {QStringLiteral("-1"), QStringLiteral("abc"), QStringLiteral("0.0000000001")}) {
        input->setText(bad);
        dialog.accept();
        QVERIFY2(error->isVisible(), qPrintable(bad));
        QCOMPARE(accepted.count(), 0);
    }
    // QA: accepted here, then refused once the dialog had closed and what was typed was gone.
    input->setText(QStringLiteral("10000.01"));
    dialog.accept();
    QCOMPARE(accepted.count(), 0);
    QVERIFY2(error->text().contains(QStringLiteral("at most $10,000.00 per 1M tokens")), qPrintable(error->text()));
    QCOMPARE(dialog.focusWidget(), input);
    input->clear();
    dialog.accept();
    QVERIFY(error->text().contains(QStringLiteral("at least one")));
    input->setText(QStringLiteral("3"));
    auto *model = dialog.findChild<QLineEdit *>(QStringLiteral("overrideModel"));
    QVERIFY(model);
    model->setText(QString(Gateway::RequestFacts::MostModelCharacters + 1, u'm'));
    dialog.accept();
    QCOMPARE(accepted.count(), 0);
    QVERIFY2(error->text().contains(QStringLiteral("No request can name this model")), qPrintable(error->text()));
    model->setText(QStringLiteral("gpt-4o"));
    dialog.accept();
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.rates().input, usd("3"));
    QVERIFY(!dialog.rates().output);
}

void TestPricesPage::importShowsProgressAndSummary()
{
    const QString path = m_dir->filePath(QStringLiteral("prices.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ImportMap);
    file.close();
    auto *progress = m_page->findChild<QProgressBar *>(QStringLiteral("importProgress"));
    auto *summary = m_page->findChild<QLabel *>(QStringLiteral("importSummary"));
    QSignalSpy finished(m_page.get(), &Ui::PricesPage::importFinished);

    m_page->importFile(path);
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 0); // indeterminate: the import is one call
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(!progress->isVisible());
    // gpt-4o changed and gemini is new; claude is the same.
    QVERIFY2(summary->text().startsWith(QStringLiteral("2 new or changed price")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("skipped 1 model")), qPrintable(summary->text()));
    QCOMPARE(summary->toolTip(), QStringLiteral(" spaced-model"));
    QCOMPARE(store().priceHistory(QStringLiteral("gpt-4o")).size(), 2);
    QVERIFY(store().priceHistory(QStringLiteral("gpt-4o")).last().source.startsWith(QStringLiteral("import:")));
    QTRY_VERIFY(rowOf(QStringLiteral("gemini-2.5-pro")) >= 0);

    m_page->importFile(m_dir->filePath(QStringLiteral("missing.json")));
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.at(1).at(0).toBool(), false);
    QVERIFY(summary->text().startsWith(QStringLiteral("Import failed")));

    // A price set by hand is the rate the user is billed: an import of the posted prices leaves it.
    Pricing::RateSet negotiated;
    negotiated.input = usd("1");
    QVERIFY(Admin::PriceAdmin(store(), Common::SystemClock::instance()).setOverride(QStringLiteral("gemini-2.5-pro"), negotiated));
    m_page->importFile(path); // its posted input rate is $1.25 per 1M
    QTRY_COMPARE(finished.count(), 3);
    QVERIFY2(summary->text().contains(QStringLiteral("kept your own price for gemini-2.5-pro")), qPrintable(summary->text()));
    QCOMPARE(store().priceHistory(QStringLiteral("gemini-2.5-pro")).last().source, QStringLiteral("override"));
}

QTEST_MAIN(TestPricesPage)
#include "tst_pricespage.moc"
