#include "core/admin/priceadmin.h"
#include "core/gateway/requestfacts.h"
#include "core/ledger/sqliteledgerstore.h"
#include "core/pricing/pricemaploader.h"
#include "tests/support/fakeclock.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Admin::PriceAdmin;
using Common::Error;
using Common::Money;
using Ledger::SqliteLedgerStore;
using Pricing::PriceMapLoader;
using Pricing::PriceRecord;
using Pricing::RateSet;

namespace {

QString str(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

std::optional<Money> perMillion(const char *usd)
{
    return Money::fromDecimalString(str(usd));
}

QString sourceFor(const char *name, const QByteArray &json)
{
    return str(name) + u':'
           + QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(12));
}

const QByteArray MapA = R"({
    "alpha": {"input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06, "litellm_provider": "openai",
              "mode": "chat", "input_cost_per_token_above_128k_tokens": 2e-06},
    "beta": {"input_cost_per_token": 3e-06, "output_cost_per_token": 1.5e-05, "litellm_provider": "anthropic",
             "mode": "chat"}
})";

// alpha unchanged (keys in another order), beta's output rate changed, gamma new.
const QByteArray MapB = R"({
    "gamma": {"input_cost_per_token": 5e-07, "output_cost_per_token": 1e-06, "litellm_provider": "gemini"},
    "beta": {"input_cost_per_token": 3e-06, "output_cost_per_token": 1.2e-05, "litellm_provider": "anthropic",
             "mode": "chat"},
    "alpha": {"output_cost_per_token": 2e-06, "input_cost_per_token": 1e-06, "litellm_provider": "openai",
              "input_cost_per_token_above_128k_tokens": 2e-06, "mode": "chat"}
})";

} // namespace

Q_DECLARE_METATYPE(Pricing::RateSet)

class TestPriceAdmin final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void seedIfEmptyLoadsBundledMapOnce();
    void seedIfEmptySkipsFilledTable();
    void importSkipsImplausibleRates();
    void importSkipsNamesNoRequestCarries();
    void importAddsOnlyNewOrChanged();
    void importRejectsMalformed();
    void importKeepsHandSetPricesUnlessTold();
    void overrideAddsVersionAndKeepsHistory();
    void overrideOfUnknownModel();
    void overrideRejectsBadInput_data();
    void overrideRejectsBadInput();
    void overrideTakesTheLongestNameARequestMay();

private:
    qint64 priceRowCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    TestSupport::FakeClock m_clock;
    std::unique_ptr<SqliteLedgerStore> m_store;
    std::unique_ptr<PriceAdmin> m_admin;
};

void TestPriceAdmin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock.setNow(QDateTime(QDate(2025, 2, 1), QTime(8, 0), Qt::UTC));
    auto store = SqliteLedgerStore::open(m_dir->filePath(str("ledger.sqlite")), str("tst_priceadmin"),
                                         SqliteLedgerStore::Access::ReadWrite, m_clock);
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    m_store = std::move(store).value();
    m_admin = std::make_unique<PriceAdmin>(*m_store, m_clock);
}

void TestPriceAdmin::cleanup()
{
    m_admin.reset();
    m_store.reset();
    m_dir.reset();
}

qint64 TestPriceAdmin::priceRowCount()
{
    // Every version ever written, counted independently of the store's own queries.
    const QString name = str("tst_priceadmin-count");
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(str("QSQLITE"), name);
        db.setDatabaseName(m_dir->filePath(str("ledger.sqlite")));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(str("SELECT COUNT(*) FROM prices")) && query.next())
                count = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

void TestPriceAdmin::seedIfEmptyLoadsBundledMapOnce()
{
    QVERIFY(!m_store->hasPrices());
    const QByteArray bundled = PriceMapLoader::bundledMap();
    QVERIFY(!bundled.isEmpty());
    const auto expected = PriceMapLoader::load(bundled, str("map"), m_clock.nowUtc());
    QVERIFY(expected);
    QVERIFY(expected->records.size() > 100);

    QVERIFY(m_admin->seedIfEmpty());
    QVERIFY(m_store->hasPrices());
    const QList<PriceRecord> current = m_store->currentPrices();
    QCOMPARE(current.size(), expected->records.size());
    QCOMPARE(priceRowCount(), expected->records.size());
    const QString source = sourceFor("map", bundled);
    for (const PriceRecord &record : current) {
        QCOMPARE(record.source, source);
        QCOMPARE(record.effectiveFrom, m_clock.nowUtc());
    }

    // Every bundled record survives the ledger unchanged: importing the same file finds nothing new.
    const auto reimport = m_admin->importMap(bundled, str("map"));
    QVERIFY(reimport);
    QCOMPARE(reimport->versionsAdded, 0);

    m_clock.advance(86400);
    QVERIFY(m_admin->seedIfEmpty());
    QCOMPARE(priceRowCount(), expected->records.size());
    QCOMPARE(m_store->currentPrices().constFirst().effectiveFrom, m_clock.nowUtc().addDays(-1));
}

void TestPriceAdmin::importSkipsImplausibleRates()
{
    // The QA map: a negative input rate used to be imported, and calls were then booked at $0.00.
    const QByteArray map = R"({
        "qa-neg": {"input_cost_per_token": -0.000001, "output_cost_per_token": 0.000002, "litellm_provider": "openai", "mode": "chat"},
        "qa-huge-tier": {"input_cost_per_token": 1e-06, "input_cost_per_token_above_200k_tokens": 20, "litellm_provider": "openai"},
        "qa-fine": {"input_cost_per_token": 1e-06, "output_cost_per_token": 0.01, "litellm_provider": "openai"}
    })";
    const auto summary = m_admin->importMap(map, str("import"));
    QVERIFY(summary);
    QCOMPARE(summary->modelsInFile, 1);
    QCOMPARE(summary->versionsAdded, 1);
    QCOMPARE(summary->rejected, QStringList({str("qa-huge-tier"), str("qa-neg")}));
    QCOMPARE(priceRowCount(), 1);
    QVERIFY(m_store->priceHistory(str("qa-neg")).isEmpty());
}

void TestPriceAdmin::importSkipsNamesNoRequestCarries()
{
    // QA: `prices set` refused these names, an import took them. Each is named in the summary.
    const QString longName(Gateway::RequestFacts::MostModelCharacters + 1, u'm');
    QJsonObject map{{str("qa-fine"), QJsonObject{{str("input_cost_per_token"), 1e-06}}}};
    const QStringList bad{str(""), str(" qa-spaced"), str("qa-line\nbreak"), str("qa-escape\x1b[31m"), longName};
    for (const QString &name : bad)
        map.insert(name, QJsonObject{{str("input_cost_per_token"), 1e-06}});
    const auto summary = m_admin->importMap(QJsonDocument(map).toJson(), str("import"));
    QVERIFY(summary);
    QCOMPARE(summary->modelsInFile, 1);
    QCOMPARE(summary->versionsAdded, 1);
    QStringList misnamed = summary->misnamed;
    misnamed.sort();
    QStringList expected = bad;
    expected.sort();
    QCOMPARE(misnamed, expected);
    QCOMPARE(priceRowCount(), 1);
    // At the limit a name is taken, as a request may carry it.
    const QString longest(Gateway::RequestFacts::MostModelCharacters, u'm');
    const auto atLimit = m_admin->importMap(QJsonDocument(QJsonObject{{longest, QJsonObject{{str("input_cost_per_token"), 1e-06}}}}).toJson(),
                                            str("import"));
    QVERIFY(atLimit);
    QVERIFY(atLimit->misnamed.isEmpty());
    QCOMPARE(priceRowCount(), 2);
}

void TestPriceAdmin::seedIfEmptySkipsFilledTable()
{
    QVERIFY(m_admin->importMap(MapA, str("import")));
    QVERIFY(m_admin->seedIfEmpty());
    QCOMPARE(priceRowCount(), 2);
}

void TestPriceAdmin::importAddsOnlyNewOrChanged()
{
    const auto first = m_admin->importMap(MapA, str("import"));
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    QCOMPARE(first->modelsInFile, 2);
    QCOMPARE(first->versionsAdded, 2);
    QCOMPARE(first->sha256, QString::fromLatin1(QCryptographicHash::hash(MapA, QCryptographicHash::Sha256).toHex()));
    const QList<PriceRecord> alphaHistory = m_store->priceHistory(str("alpha"));
    QCOMPARE(alphaHistory.size(), 1);
    QCOMPARE(alphaHistory.at(0).source, sourceFor("import", MapA));
    QCOMPARE(alphaHistory.at(0).base.input, perMillion("1"));
    QCOMPARE(alphaHistory.at(0).tiers.size(), 1);

    // The same file again adds nothing.
    m_clock.advance(60);
    const auto same = m_admin->importMap(MapA, str("import"));
    QVERIFY(same);
    QCOMPARE(same->versionsAdded, 0);
    QCOMPARE(priceRowCount(), 2);

    m_clock.advance(60);
    const auto second = m_admin->importMap(MapB, str("import"));
    QVERIFY(second);
    QCOMPARE(second->modelsInFile, 3);
    QCOMPARE(second->versionsAdded, 2);
    QCOMPARE(priceRowCount(), 4);
    QCOMPARE(m_store->priceHistory(str("alpha")).size(), 1);
    const QList<PriceRecord> betaHistory = m_store->priceHistory(str("beta"));
    QCOMPARE(betaHistory.size(), 2);
    QCOMPARE(betaHistory.at(0).base.output, perMillion("15"));
    QCOMPARE(betaHistory.at(1).base.output, perMillion("12"));
    QCOMPARE(betaHistory.at(1).source, sourceFor("import", MapB));
    QCOMPARE(betaHistory.at(1).effectiveFrom, m_clock.nowUtc());
    QCOMPARE(m_store->priceHistory(str("gamma")).size(), 1);
}

void TestPriceAdmin::importRejectsMalformed()
{
    const auto result = m_admin->importMap(QByteArray(R"({"alpha": {"input_cost_per_token": 1e-06)"), str("import"));
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Invalid);
    QVERIFY(!m_store->hasPrices());
    // A JSON object without a single price is not a price map (QA imported "{}": "Imported 0 models", exit 0).
    const auto empty = m_admin->importMap(QByteArray("{}"), str("import"));
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, Error::Code::Invalid);
    QVERIFY(empty.error().message.contains(str("no model prices")));
}

void TestPriceAdmin::importKeepsHandSetPricesUnlessTold()
{
    QVERIFY(m_admin->importMap(MapA, str("import")));
    m_clock.advance(60);
    RateSet negotiated;
    negotiated.output = perMillion("10");
    QVERIFY(m_admin->setOverride(str("beta"), negotiated));

    // MapB changes beta's posted output rate; the user's own rate stays, and the summary says so.
    m_clock.advance(60);
    const auto kept = m_admin->importMap(MapB, str("import"));
    QVERIFY(kept);
    QCOMPARE(kept->keptOverrides, QStringList{str("beta")});
    QCOMPARE(kept->versionsAdded, 1); // gamma
    QCOMPARE(m_store->priceHistory(str("beta")).constLast().source, str("override"));
    QCOMPARE(m_store->priceHistory(str("beta")).constLast().base.output, perMillion("10"));

    // Asked to, the file's price replaces it.
    m_clock.advance(60);
    const auto replaced = m_admin->importMap(MapB, str("import"), Admin::HandSetPrices::Replace);
    QVERIFY(replaced);
    QVERIFY(replaced->keptOverrides.isEmpty());
    QCOMPARE(replaced->replacedOverrides, QStringList{str("beta")});
    QCOMPARE(replaced->versionsAdded, 1);
    QCOMPARE(m_store->priceHistory(str("beta")).constLast().base.output, perMillion("12"));
    QCOMPARE(m_store->priceHistory(str("beta")).constLast().source, sourceFor("import", MapB));
}

void TestPriceAdmin::overrideAddsVersionAndKeepsHistory()
{
    QVERIFY(m_admin->importMap(MapA, str("import")));
    const PriceRecord original = m_store->priceHistory(str("alpha")).constFirst();
    QVERIFY(original.id > 0);

    // A trace charged at the original version.
    Keys::KeyRecord key;
    key.name = str("ci");
    key.prefix = str("sk-tg-abcdef");
    key.secretHash = QCryptographicHash::hash("ci", QCryptographicHash::Sha256).toHex();
    const auto keyId = m_store->insertKey(key);
    QVERIFY(keyId);
    Ledger::TraceRecord trace;
    trace.time = m_clock.nowUtc();
    trace.keyId = keyId.value();
    trace.model = str("alpha");
    trace.status = 200;
    trace.outcome = str("ok");
    trace.cost = Money::fromNanos(1'000);
    trace.priceId = original.id;
    QVERIFY(m_store->insertTraces({trace}));

    m_clock.advance(3600);
    RateSet rates;
    rates.input = perMillion("0.5");
    const auto overridden = m_admin->setOverride(str("alpha"), rates);
    QVERIFY2(overridden, overridden ? "" : qPrintable(overridden.error().message));
    QVERIFY(overridden->id > 0);
    QVERIFY(overridden->id != original.id);
    QCOMPARE(overridden->source, str("override"));
    QCOMPARE(overridden->effectiveFrom, m_clock.nowUtc());
    QCOMPARE(overridden->base.input, perMillion("0.5"));
    QCOMPARE(overridden->base.output, perMillion("2"));  // not given: kept from the current version
    QVERIFY(overridden->tiers.isEmpty());                  // a hand-set price replaces the tiers
    QCOMPARE(overridden->provider, str("openai"));

    const QList<PriceRecord> history = m_store->priceHistory(str("alpha"));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).id, overridden->id);
    QCOMPARE(m_store->currentPrices().constFirst().id, overridden->id);

    // The trace still points at the version it was charged at, and that version is unchanged.
    const QList<Ledger::TraceRecord> traces = m_store->queryTraces(Ledger::TraceQuery());
    QCOMPARE(traces.size(), 1);
    QCOMPARE(traces.at(0).priceId, original.id);
    const auto old = m_store->priceById(traces.at(0).priceId);
    QVERIFY(old);
    QCOMPARE(old->base.input, perMillion("1"));
    QCOMPARE(old->tiers.size(), 1);
    QCOMPARE(old->source, sourceFor("import", MapA));
    QVERIFY(old->sameRatesAs(original));

    // A second override builds on the first.
    m_clock.advance(60);
    RateSet output;
    output.output = perMillion("1.25");
    const auto again = m_admin->setOverride(str("alpha"), output);
    QVERIFY(again);
    QCOMPARE(again->base.input, perMillion("0.5"));
    QCOMPARE(again->base.output, perMillion("1.25"));
    QCOMPARE(m_store->priceHistory(str("alpha")).size(), 3);
}

void TestPriceAdmin::overrideOfUnknownModel()
{
    RateSet rates;
    rates.input = perMillion("2");
    rates.output = perMillion("8");
    const auto created = m_admin->setOverride(str("my-local-model"), rates);
    QVERIFY(created);
    QCOMPARE(created->model, str("my-local-model"));
    QCOMPARE(created->base, rates);
    QCOMPARE(created->source, str("override"));
    QCOMPARE(m_store->priceHistory(str("my-local-model")).size(), 1);
}

void TestPriceAdmin::overrideRejectsBadInput_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<RateSet>("rates");

    RateSet valid;
    valid.input = perMillion("1");
    QTest::addRow("empty model") << QString() << valid;
    QTest::addRow("blank model") << str("  ") << valid;
    const auto negative = [](auto setter) {
        RateSet rates;
        rates.input = perMillion("1");
        setter(rates);
        return rates;
    };
    QTest::addRow("negative input") << str("alpha") << negative([](RateSet &r) { r.input = Money::fromNanos(-1); });
    QTest::addRow("negative cache read") << str("alpha") << negative([](RateSet &r) { r.cacheRead = Money::fromNanos(-1); });
    QTest::addRow("negative cache write 5m") << str("alpha") << negative([](RateSet &r) { r.cacheWrite5m = Money::fromNanos(-1); });
    QTest::addRow("negative cache write 1h") << str("alpha") << negative([](RateSet &r) { r.cacheWrite1h = Money::fromNanos(-1); });
    QTest::addRow("negative output") << str("alpha") << negative([](RateSet &r) { r.output = Money::fromNanos(-1); });
    QTest::addRow("negative reasoning") << str("alpha") << negative([](RateSet &r) { r.reasoning = Money::fromNanos(-1); });
    // QA set $9223372036 per 1M tokens, and a call of 1M tokens was then booked at a negative cost.
    const Money tooHigh = Pricing::MaxRatePerMillion + Money::fromNanos(1);
    QTest::addRow("input over the maximum") << str("alpha") << negative([tooHigh](RateSet &r) { r.input = tooHigh; });
    QTest::addRow("output over the maximum") << str("alpha") << negative([tooHigh](RateSet &r) { r.output = tooHigh; });
    QTest::addRow("cache write 1h over the maximum") << str("alpha") << negative([tooHigh](RateSet &r) { r.cacheWrite1h = tooHigh; });
    QTest::addRow("spaces around the name") << str(" sp ") << valid;
    // Names no request can carry (QA: both were taken).
    QTest::addRow("line break in the name") << str("my\nmodel") << valid;
    QTest::addRow("tab in the name") << str("my\tmodel") << valid;
    QTest::addRow("257 characters") << QString(257, u'm') << valid;
}

void TestPriceAdmin::overrideRejectsBadInput()
{
    QFETCH(QString, model);
    QFETCH(RateSet, rates);
    QVERIFY(m_admin->importMap(MapA, str("import")));
    const auto result = m_admin->setOverride(model, rates);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Invalid);
    QCOMPARE(priceRowCount(), 2);
}

void TestPriceAdmin::overrideTakesTheLongestNameARequestMay()
{
    RateSet rates;
    rates.input = perMillion("1");
    // 256 characters, one of them outside the Basic Multilingual Plane (two UTF-16 units).
    QVERIFY(m_admin->setOverride(QString(255, u'm') + QString::fromUtf8("\xf0\x9f\x90\x8d"), rates));
}

QTEST_GUILESS_MAIN(TestPriceAdmin)
#include "tst_priceadmin.moc"
