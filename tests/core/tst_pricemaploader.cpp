#include "core/pricing/pricemaploader.h"

#include <QCryptographicHash>
#include <QTest>

using Common::Money;
using Pricing::PriceMapLoader;
using Pricing::PriceRecord;

namespace {

Money perMillion(const char *usd)
{
    return *Money::fromDecimalString(QString::fromLatin1(usd));
}

const PriceRecord *findRecord(const QList<PriceRecord> &records, const QString &model)
{
    for (const PriceRecord &record : records) {
        if (record.model == model)
            return &record;
    }
    return nullptr;
}

QString str(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QStringList strs(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(str(item));
    return list;
}

const QDateTime Effective = QDateTime(QDate(2026, 7, 24), QTime(0, 0), Qt::UTC);

} // namespace

class TestPriceMapLoader final : public QObject
{
    Q_OBJECT

private slots:
    void bundledMapLoads();
    void bundledRates_data();
    void bundledRates();
    void longContextTiers();
    void aliasAndSkippedKeys();
    void tierKeysAndIgnoredVariants();
    void malformed_data();
    void malformed();
    void rejectsImplausibleRates_data();
    void rejectsImplausibleRates();
    void bundledMapHoldsOnlyPlausibleRates();
};

void TestPriceMapLoader::bundledMapLoads()
{
    const QByteArray json = PriceMapLoader::bundledMap();
    QVERIFY(!json.isEmpty());
    const auto map = PriceMapLoader::load(json, QStringLiteral("map:test"), Effective);
    QVERIFY2(map.ok(), qPrintable(map.ok() ? QString() : map.error().message));
    // 2,982 entries in the snapshot; image-, audio- and search-only ones have no token rate.
    QVERIFY2(map->records.size() >= 2400, qPrintable(QString::number(map->records.size())));
    QCOMPARE(map->sha256, QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(map->sha256.size(), 64);
    QVERIFY(!findRecord(map->records, QStringLiteral("sample_spec")));
    QVERIFY(!findRecord(map->records, QStringLiteral("fallback_generalizations")));
    const PriceRecord *gpt4o = findRecord(map->records, QStringLiteral("gpt-4o"));
    QVERIFY(gpt4o);
    QCOMPARE(gpt4o->source, QStringLiteral("map:test"));
    QCOMPARE(gpt4o->effectiveFrom, Effective);
}

void TestPriceMapLoader::bundledRates_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<qint64>("maxInput");
    QTest::addColumn<qint64>("maxOutput");
    // Expected $ per 1M; "" means the map has no such rate.
    QTest::addColumn<QStringList>("rates"); // input, cacheRead, write5m, write1h, output, reasoning

    // Per-token values x 1e6: 2.5e-06 -> 2.50, 1e-05 -> 10.00, 1.25e-06 -> 1.25.
    QTest::addRow("gpt-4o") << str("gpt-4o") << str("openai") << str("chat") << qint64(128000) << qint64(16384)
                            << strs({"2.50", "1.25", "", "", "10.00", ""});
    QTest::addRow("claude-sonnet-4-5") << str("claude-sonnet-4-5") << str("anthropic") << str("chat") << qint64(200000) << qint64(64000)
                                       << strs({"3", "0.30", "3.75", "6.00", "15", ""});
    QTest::addRow("gemini-2.5-flash reasoning") << str("gemini/gemini-2.5-flash") << str("gemini") << str("chat") << qint64(1048576)
                                                << qint64(65535) << strs({"0.30", "0.03", "", "", "2.50", "2.50"});
    QTest::addRow("embedding, output 0") << str("text-embedding-3-small") << str("openai") << str("embedding") << qint64(8191)
                                         << qint64(8191) // no max_output_tokens: falls back to max_tokens
                                         << strs({"0.02", "", "", "", "0", ""});
    QTest::addRow("deepseek, cache write 0 is a rate") << str("deepseek/deepseek-chat") << str("deepseek") << str("chat") << qint64(131072)
                                              << qint64(8192) << strs({"0.28", "0.028", "0", "", "0.42", ""});
}

void TestPriceMapLoader::bundledRates()
{
    QFETCH(QString, model);
    QFETCH(QString, provider);
    QFETCH(QString, mode);
    QFETCH(qint64, maxInput);
    QFETCH(qint64, maxOutput);
    QFETCH(QStringList, rates);

    static const auto map = PriceMapLoader::load(PriceMapLoader::bundledMap(), QStringLiteral("map:x"), Effective);
    QVERIFY(map.ok());
    const PriceRecord *record = findRecord(map->records, model);
    QVERIFY(record);
    QCOMPARE(record->provider, provider);
    QCOMPARE(record->mode, mode);
    QCOMPARE(record->maxInputTokens, std::optional<qint64>(maxInput));
    QCOMPARE(record->maxOutputTokens, std::optional<qint64>(maxOutput));

    const auto expect = [](const QString &text) {
        return text.isEmpty() ? std::optional<Money>() : Money::fromDecimalString(text);
    };
    QCOMPARE(record->base.input, expect(rates.at(0)));
    QCOMPARE(record->base.cacheRead, expect(rates.at(1)));
    QCOMPARE(record->base.cacheWrite5m, expect(rates.at(2)));
    QCOMPARE(record->base.cacheWrite1h, expect(rates.at(3)));
    QCOMPARE(record->base.output, expect(rates.at(4)));
    QCOMPARE(record->base.reasoning, expect(rates.at(5)));
}

void TestPriceMapLoader::longContextTiers()
{
    const auto map = PriceMapLoader::load(PriceMapLoader::bundledMap(), QStringLiteral("map:x"), Effective);
    QVERIFY(map.ok());

    const PriceRecord *sonnet = findRecord(map->records, QStringLiteral("claude-sonnet-4-5"));
    QVERIFY(sonnet);
    QCOMPARE(sonnet->tiers.size(), 1);
    QCOMPARE(sonnet->tiers.at(0).aboveTokens, 200'000);
    const Pricing::RateSet &big = sonnet->tiers.at(0).rates;
    QCOMPARE(big.input, perMillion("6.00"));
    QCOMPARE(big.output, perMillion("22.50"));
    QCOMPARE(big.cacheRead, perMillion("0.60"));
    QCOMPARE(big.cacheWrite5m, perMillion("7.50"));
    QCOMPARE(big.cacheWrite1h, perMillion("12.00")); // cache_creation_input_token_cost_above_1hr_above_200k_tokens
    QCOMPARE(big.reasoning, std::nullopt);

    const PriceRecord *gemini = findRecord(map->records, QStringLiteral("gemini/gemini-2.5-pro"));
    QVERIFY(gemini);
    QCOMPARE(gemini->base.input, perMillion("1.25"));
    QCOMPARE(gemini->base.output, perMillion("10"));
    QCOMPARE(gemini->tiers.size(), 1); // the "_above_200k_tokens_priority" keys are not a tier
    QCOMPARE(gemini->tiers.at(0).aboveTokens, 200'000);
    QCOMPARE(gemini->tiers.at(0).rates.input, perMillion("2.50"));
    QCOMPARE(gemini->tiers.at(0).rates.output, perMillion("15.00"));
    QCOMPARE(gemini->tiers.at(0).rates.cacheRead, perMillion("0.25"));
    QCOMPARE(gemini->tiers.at(0).rates.cacheWrite5m, std::nullopt);
}

void TestPriceMapLoader::aliasAndSkippedKeys()
{
    const QByteArray json = R"({
        "sample_spec": {"input_cost_per_token": 0.0, "output_cost_per_token": 0.0, "litellm_provider": "x"},
        "fallback_generalizations": {"rules": [{"pattern": "^gpt-", "input_cost_per_token": 1e-06}]},
        "old-deepseek": {"input_cost_per_token": 2.7e-07, "input_cost_per_token_cache_hit": 7e-08,
                         "output_cost_per_token": 1.1e-06, "litellm_provider": "deepseek", "mode": "chat"},
        "both-names": {"input_cost_per_token": 1e-06, "cache_read_input_token_cost": 1e-07,
                       "input_cost_per_token_cache_hit": 5e-07},
        "image-only": {"output_cost_per_image": 0.04, "input_cost_per_pixel": 1e-09, "mode": "image_generation"},
        "batch-only": {"input_cost_per_token_batches": 1e-06, "output_cost_per_token_batches": 2e-06},
        "not-an-object": 42,
        "legacy-max": {"input_cost_per_token": 1e-06, "max_tokens": 4096}
    })";
    const auto map = PriceMapLoader::load(json, QStringLiteral("import:abc"), Effective);
    QVERIFY(map.ok());
    QCOMPARE(map->records.size(), 3);

    const PriceRecord *old = findRecord(map->records, QStringLiteral("old-deepseek"));
    QVERIFY(old);
    QCOMPARE(old->base.cacheRead, perMillion("0.07"));
    QCOMPARE(old->base.input, perMillion("0.27"));
    QCOMPARE(old->base.output, perMillion("1.10"));
    QCOMPARE(old->provider, QStringLiteral("deepseek"));
    QCOMPARE(old->source, QStringLiteral("import:abc"));

    const PriceRecord *both = findRecord(map->records, QStringLiteral("both-names"));
    QVERIFY(both);
    QCOMPARE(both->base.cacheRead, perMillion("0.10")); // the current name wins over the alias
    QCOMPARE(both->base.output, std::nullopt);          // missing is nullopt, never 0

    const PriceRecord *legacy = findRecord(map->records, QStringLiteral("legacy-max"));
    QVERIFY(legacy);
    QCOMPARE(legacy->maxOutputTokens, std::optional<qint64>(4096));
    QCOMPARE(legacy->maxInputTokens, std::nullopt);
}

void TestPriceMapLoader::tierKeysAndIgnoredVariants()
{
    const QByteArray json = R"({
        "m": {"input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06,
              "input_cost_per_token_above_272k_tokens": 2e-06,
              "output_cost_per_token_above_272k_tokens": 4e-06,
              "input_cost_per_token_above_128k_tokens": 1.5e-06,
              "input_cost_per_token_above_272k_tokens_priority": 9e-06,
              "input_cost_per_image_above_128k_tokens": 0.5,
              "input_cost_per_token_priority": 8e-06,
              "input_cost_per_token_flex": 5e-07}
    })";
    const auto map = PriceMapLoader::load(json, QStringLiteral("t"), Effective);
    QVERIFY(map.ok());
    QCOMPARE(map->records.size(), 1);
    const PriceRecord &m = map->records.at(0);
    QCOMPARE(m.base.input, perMillion("1"));
    QCOMPARE(m.tiers.size(), 2);
    QCOMPARE(m.tiers.at(0).aboveTokens, 128'000); // ascending, whatever the key order in the file
    QCOMPARE(m.tiers.at(0).rates.input, perMillion("1.5"));
    QCOMPARE(m.tiers.at(0).rates.output, std::nullopt);
    QCOMPARE(m.tiers.at(1).aboveTokens, 272'000);
    QCOMPARE(m.tiers.at(1).rates.input, perMillion("2"));
    QCOMPARE(m.tiers.at(1).rates.output, perMillion("4"));
}

void TestPriceMapLoader::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("truncated") << QByteArray(R"({"gpt-4o": {"input_cost_per_token": 2.5e-06)");
    QTest::addRow("not json") << QByteArray("hello");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("array at top level") << QByteArray(R"([{"input_cost_per_token": 1e-06}])");
}

void TestPriceMapLoader::malformed()
{
    QFETCH(QByteArray, json);
    const auto map = PriceMapLoader::load(json, QStringLiteral("t"), Effective);
    QVERIFY(!map.ok());
    QCOMPARE(map.error().code, Common::Error::Code::Invalid);
    QVERIFY(!map.error().message.isEmpty());
}

void TestPriceMapLoader::rejectsImplausibleRates_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addRow("negative input (QA)")
        << QByteArray(R"({"input_cost_per_token": -0.000001, "output_cost_per_token": 0.000002, "litellm_provider": "openai", "mode": "chat"})");
    QTest::addRow("negative cache read") << QByteArray(R"({"input_cost_per_token": 1e-06, "cache_read_input_token_cost": -1e-07})");
    QTest::addRow("negative tier rate") << QByteArray(R"({"input_cost_per_token": 1e-06, "output_cost_per_token_above_200k_tokens": -2e-06})");
    QTest::addRow("over $10000 per 1M") << QByteArray(R"({"input_cost_per_token": 1e-06, "output_cost_per_token": 0.010000001})");
    QTest::addRow("beyond Money's range") << QByteArray(R"({"input_cost_per_token": 1e+300})");
    QTest::addRow("negative alias") << QByteArray(R"({"input_cost_per_token": 1e-06, "input_cost_per_token_cache_hit": -1e-07})");
    // Not numbers: loaded without the rate, the model's traffic was booked unpriced from then on (QA).
    QTest::addRow("a rate as a string") << QByteArray(R"({"input_cost_per_token": "2.5e-6", "output_cost_per_token": 1e-05})");
    QTest::addRow("a rate of null") << QByteArray(R"({"input_cost_per_token": 1e-06, "output_cost_per_token": null})");
    QTest::addRow("a tier rate as a string") << QByteArray(R"({"input_cost_per_token": 1e-06, "input_cost_per_token_above_200k_tokens": "2e-06"})");
    QTest::addRow("the alias as a string") << QByteArray(R"({"input_cost_per_token": 1e-06, "input_cost_per_token_cache_hit": "1e-07"})");
    QTest::addRow("only rates that are not numbers") << QByteArray(R"({"input_cost_per_token": true})");
}

void TestPriceMapLoader::rejectsImplausibleRates()
{
    QFETCH(QByteArray, entry);
    const QByteArray json = R"({"fine": {"input_cost_per_token": 1e-06, "output_cost_per_token": 0.01}, "bad": )" + entry + '}';
    const auto map = PriceMapLoader::load(json, QStringLiteral("t"), Effective);
    QVERIFY(map.ok());
    QCOMPARE(map->records.size(), 1);
    QCOMPARE(map->records.at(0).model, QStringLiteral("fine"));
    QCOMPARE(map->records.at(0).base.output, Pricing::MaxRatePerMillion); // the bound itself is allowed
    QCOMPARE(map->rejected, QStringList{QStringLiteral("bad")});
}

void TestPriceMapLoader::bundledMapHoldsOnlyPlausibleRates()
{
    // The snapshot prices some W&B models per token where it means per 1M tokens (DeepSeek-R1's
    // output at $0.54 a token): they are left out rather than billed 100,000 times too high.
    const auto map = PriceMapLoader::load(PriceMapLoader::bundledMap(), QStringLiteral("map:x"), Effective);
    QVERIFY(map.ok());
    QVERIFY(map->rejected.contains(QStringLiteral("wandb/deepseek-ai/DeepSeek-R1-0528")));
    for (const PriceRecord &record : map->records) {
        QVERIFY2(record.base.isPlausible(), qPrintable(record.model));
        for (const Pricing::PriceTier &tier : record.tiers)
            QVERIFY2(tier.rates.isPlausible(), qPrintable(record.model));
    }
}

QTEST_GUILESS_MAIN(TestPriceMapLoader)
#include "tst_pricemaploader.moc"
