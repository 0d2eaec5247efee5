#include "core/pricing/costcalculator.h"
#include "core/pricing/pricecatalog.h"
#include "core/pricing/pricemaploader.h"
#include "core/providers/usageparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using Common::Money;
using Common::TokenUsage;
using Ledger::CostStatus;
using Pricing::CostCalculator;
using Pricing::PriceRecord;

namespace {

std::optional<Money> usd(const char *text)
{
    return Money::fromDecimalString(QString::fromLatin1(text));
}

// input, cached, cacheWrite, cacheWrite1h, output, reasoning
TokenUsage usage(qint64 input, qint64 cached, qint64 write, qint64 write1h, qint64 output, qint64 reasoning)
{
    return TokenUsage{input, cached, write, write1h, output, reasoning};
}

QStringList strs(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromLatin1(item));
    return list;
}

} // namespace

class TestCostCalculator final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bundledPrices_data();
    void bundledPrices();
    void anthropicUsageThroughParser();
    void synthetic_data();
    void synthetic();
    void unpriced();

private:
    std::unique_ptr<Pricing::PriceCatalog> m_catalog;
};

void TestCostCalculator::initTestCase()
{
    const auto map = Pricing::PriceMapLoader::load(Pricing::PriceMapLoader::bundledMap(), QStringLiteral("map:t"),
                                                   QDateTime::currentDateTimeUtc());
    QVERIFY(map.ok());
    m_catalog = std::make_unique<Pricing::PriceCatalog>(map->records);
}

void TestCostCalculator::bundledPrices_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QList<qint64>>("counts"); // input, cached, write, write1h, output, reasoning
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<CostStatus>("status");
    QTest::addColumn<QStringList>("fallbacks");

    const auto row = [](const char *name, const char *model, QList<qint64> counts, qint64 nanos, CostStatus status,
                        QStringList fallbacks = {}) {
        QTest::addRow("%s", name) << QString::fromLatin1(model) << counts << nanos << status << fallbacks;
    };

    // gpt-4o 2.50 / 10.00 / cache read 1.25 per 1M. Uncached 2006 - 1920 = 86:
    // 86 x 2.50 = 215 µ$; 1920 x 1.25 = 2400 µ$; 300 x 10.00 = 3000 µ$ (192 reasoning at the output rate)
    // = 5615 µ$ = 5,615,000 nano-USD.
    row("openai chat, cached and reasoning", "gpt-4o", {2006, 1920, 0, 0, 300, 192}, 5'615'000, CostStatus::Exact);
    // claude-sonnet-4-5 3 / 15 / read 0.30 / write 3.75 / 1h 6.00. 10 uncached x 3 = 30 µ$;
    // 2000 5m writes x 3.75 = 7500 µ$; 1000 1h writes x 6.00 = 6000 µ$ -> 13,530 µ$.
    row("anthropic 1h cache writes", "claude-sonnet-4-5", {3010, 0, 3000, 1000, 0, 0}, 13'530'000, CostStatus::Exact);
    // Base: 200,000 x 3 = 0.6 $ + 1000 x 15 = 0.015 $ -> 0.615 $.
    row("200,000 input stays in base", "claude-sonnet-4-5", {200'000, 0, 0, 0, 1000, 0}, 615'000'000,
        CostStatus::Exact);
    // Tier (>200k): 200,001 x 6.00 = 1.200006 $ + 1000 x 22.50 = 0.0225 $ -> 1.222506 $.
    row("200,001 input switches the whole request", "claude-sonnet-4-5", {200'001, 0, 0, 0, 1000, 0},
        1'222'506'000, CostStatus::Exact);
    // The threshold counts cache reads: 150,000 read x 0.60 = 0.09 $ + 50,001 x 6.00 = 0.300006 $.
    row("cache reads count toward the tier", "claude-sonnet-4-5", {200'001, 150'000, 0, 0, 0, 0}, 390'006'000,
        CostStatus::Exact);
    // gemini 2.5 pro tier 2.50 / 15.00, cache read 0.25: 100,000 x 0.25 = 0.025 $; 200,000 x 2.50 = 0.5 $;
    // 2000 x 15 = 0.03 $ -> 0.555 $.
    row("gemini 2.5 pro long context", "gemini/gemini-2.5-pro", {300'000, 100'000, 0, 0, 2000, 0}, 555'000'000,
        CostStatus::Exact);
    // mistral-large-latest 0.50 / 1.50, no cache-read rate: 600 x 0.5 = 300 µ$; 400 cached at input 0.5 = 200 µ$;
    // 100 x 1.5 = 150 µ$ -> 650 µ$.
    row("missing cache-read rate is estimated", "mistral/mistral-large-latest", {1000, 400, 0, 0, 100, 0}, 650'000,
        CostStatus::Estimated, strs({"cache_read=input"}));
    // text-embedding-3-small 0.02 per 1M: 8 x 0.02 = 0.16 µ$ = 160 nano-USD.
    row("embeddings, no output", "text-embedding-3-small", {8, 0, 0, 0, 0, 0}, 160, CostStatus::Exact);
    // gemini-2.5-flash 0.30 in, 2.50 out, 2.50 reasoning: 1000 x 0.30 = 300 µ$; 100 x 2.5 = 250 µ$;
    // 400 x 2.5 = 1000 µ$ -> 1550 µ$.
    row("reasoning rate present", "gemini/gemini-2.5-flash", {1000, 0, 0, 0, 500, 400}, 1'550'000,
        CostStatus::Exact);
}

void TestCostCalculator::bundledPrices()
{
    QFETCH(QString, model);
    QFETCH(QList<qint64>, counts);
    QFETCH(qint64, nanos);
    QFETCH(CostStatus, status);
    QFETCH(QStringList, fallbacks);

    const auto price = m_catalog->resolve(model);
    QVERIFY(price);
    const Pricing::Cost cost =
        CostCalculator::compute(usage(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]), price);
    QCOMPARE(cost.status, status);
    QVERIFY(cost.amount);
    QCOMPARE(cost.amount->nanos(), nanos);
    QCOMPARE(cost.fallbacks, fallbacks);
}

void TestCostCalculator::anthropicUsageThroughParser()
{
    const QByteArray body = R"({"input_tokens":21,"cache_creation_input_tokens":1200,"cache_read_input_tokens":8000,
        "cache_creation":{"ephemeral_5m_input_tokens":1200,"ephemeral_1h_input_tokens":0},
        "output_tokens":350,"service_tier":"standard","inference_geo":"global",
        "server_tool_use":{"web_search_requests":0}})";
    const auto parsed = Providers::UsageParser::fromAnthropic(QJsonDocument::fromJson(body).object());
    QVERIFY(parsed);
    QCOMPARE(parsed->inputTokens, 9221);

    // claude-sonnet-4-5: 21 x 3 = 63 µ$; 1200 x 3.75 = 4500 µ$; 8000 x 0.30 = 2400 µ$; 350 x 15 = 5250 µ$
    // -> 12,213 µ$ = 12,213,000 nano-USD.
    const Pricing::Cost cost = CostCalculator::compute(*parsed, m_catalog->resolve(u"anthropic/claude-sonnet-4-5"));
    QCOMPARE(cost.status, CostStatus::Exact);
    QCOMPARE(cost.amount, Money::fromNanos(12'213'000));
    QVERIFY(cost.fallbacks.isEmpty());
}

void TestCostCalculator::synthetic_data()
{
    QTest::addColumn<PriceRecord>("price");
    QTest::addColumn<QList<qint64>>("counts");
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<CostStatus>("status");
    QTest::addColumn<QStringList>("fallbacks");

    PriceRecord anthropicNo1h;
    anthropicNo1h.base = {usd("3"), usd("0.30"), usd("3.75"), std::nullopt, usd("15"), std::nullopt};
    // 10 x 3 = 30 µ$; 2000 x 3.75 = 7500 µ$; 1000 at 3.75 x 1.6 = 6.00 -> 6000 µ$: 13,530 µ$.
    QTest::addRow("1h rate missing: 5m x 1.6") << anthropicNo1h << QList<qint64>{3010, 0, 3000, 1000, 0, 0}
                                               << qint64(13'530'000) << CostStatus::Estimated
                                               << strs({"cache_write_1h=cache_write_5m*1.6"});

    PriceRecord inputOnlyCache;
    inputOnlyCache.base = {usd("3"), std::nullopt, std::nullopt, std::nullopt, usd("15"), std::nullopt};
    // 10 x 3 = 30 µ$; 2000 5m writes at input 3 = 6000 µ$; 1000 1h writes at 2 x 3 = 6000 µ$: 12,030 µ$.
    QTest::addRow("write rates missing: input, 2 x input")
        << inputOnlyCache << QList<qint64>{3010, 0, 3000, 1000, 0, 0} << qint64(12'030'000) << CostStatus::Estimated
        << strs({"cache_write_5m=input", "cache_write_1h=input*2"});
    // No cache tokens: the missing cache rates do not matter. 1000 x 3 + 10 x 15 = 3150 µ$.
    QTest::addRow("missing cache rates unused: exact")
        << inputOnlyCache << QList<qint64>{1000, 0, 0, 0, 10, 0} << qint64(3'150'000) << CostStatus::Exact
        << QStringList();

    PriceRecord tiered;
    tiered.base = {usd("1"), std::nullopt, std::nullopt, std::nullopt, usd("2"), std::nullopt};
    tiered.tiers = {Pricing::PriceTier{100, {usd("3"), {}, {}, {}, {}, {}}},
                    Pricing::PriceTier{200, {usd("5"), {}, {}, {}, usd("7"), {}}}};
    // Tier 100 has no output rate: 101 x 3 = 303 µ$ + 10 x 2 (base output) = 20 µ$ -> 323 µ$.
    QTest::addRow("tier lacks output: base output") << tiered << QList<qint64>{101, 0, 0, 0, 10, 0}
                                                    << qint64(323'000) << CostStatus::Exact << QStringList();
    // The highest matching tier: 201 x 5 = 1005 µ$ + 10 x 7 = 70 µ$ -> 1075 µ$.
    QTest::addRow("highest matching tier") << tiered << QList<qint64>{201, 0, 0, 0, 10, 0} << qint64(1'075'000)
                                           << CostStatus::Exact << QStringList();
    QTest::addRow("exactly at threshold: base") << tiered << QList<qint64>{100, 0, 0, 0, 0, 0} << qint64(100'000)
                                                << CostStatus::Exact << QStringList();

    PriceRecord reasoningRate;
    reasoningRate.base = {usd("1"), std::nullopt, std::nullopt, std::nullopt, usd("2"), usd("4")};
    // 100 text x 2 = 200 µ$; 400 reasoning x 4 = 1600 µ$ -> 1800 µ$.
    QTest::addRow("reasoning at its own rate") << reasoningRate << QList<qint64>{0, 0, 0, 0, 500, 400}
                                               << qint64(1'800'000) << CostStatus::Exact << QStringList();

    PriceRecord tiny;
    tiny.base = {Money::fromNanos(1), Money::fromNanos(1), std::nullopt, std::nullopt, Money::fromNanos(0),
                 std::nullopt};
    // 400,000 x 1e-15 $ = 0.4 nano twice: rounding each part gives 0, rounding once gives 1 (0.8).
    QTest::addRow("one rounding per request") << tiny << QList<qint64>{800'000, 400'000, 0, 0, 0, 0} << qint64(1)
                                              << CostStatus::Exact << QStringList();
    QTest::addRow("half rounds away from zero") << tiny << QList<qint64>{500'000, 0, 0, 0, 0, 0} << qint64(1)
                                                << CostStatus::Exact << QStringList();
    QTest::addRow("below half rounds down") << tiny << QList<qint64>{499'999, 0, 0, 0, 0, 0} << qint64(0)
                                            << CostStatus::Exact << QStringList();

    // Cache parts larger than the total: bill the parts, no negative uncached input. 500 x 1.25 = 625 µ$.
    PriceRecord openAi;
    openAi.base = {usd("2.50"), usd("1.25"), std::nullopt, std::nullopt, usd("10"), std::nullopt};
    QTest::addRow("inconsistent usage is estimated") << openAi << QList<qint64>{400, 500, 0, 0, 0, 0}
                                                     << qint64(625'000) << CostStatus::Estimated
                                                     << strs({"input=cache_parts_exceed_total"});
    // Output rate missing but no output: fine. 1000 x 2.50 = 2500 µ$.
    PriceRecord noOutput;
    noOutput.base = {usd("2.50"), std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    QTest::addRow("no output rate, no output") << noOutput << QList<qint64>{1000, 0, 0, 0, 0, 0}
                                               << qint64(2'500'000) << CostStatus::Exact << QStringList();

    // QA: prices of $9223372036 per 1M (set before rates were bounded) and 1M tokens were booked at
    // -$9222910869.107751616. Beyond Money::maxAmount() a cost is that maximum, never wrapped.
    const qint64 maxNanos = Money::maxAmount().nanos();
    PriceRecord huge;
    huge.base = {usd("9223372036"), std::nullopt, std::nullopt, std::nullopt, usd("9223372036"), std::nullopt};
    QTest::addRow("beyond the maximum is the maximum") << huge << QList<qint64>{1'000'000, 0, 0, 0, 1'000'000, 0}
                                                       << maxNanos << CostStatus::Estimated
                                                       << strs({"cost=capped_at_maximum"});
    PriceRecord largest;
    largest.base = {Money::largest(), Money::largest(), std::nullopt, std::nullopt, Money::largest(), std::nullopt};
    constexpr qint64 MaxCount = std::numeric_limits<qint64>::max();
    QTest::addRow("beyond 128 bits is the maximum") << largest << QList<qint64>{MaxCount, MaxCount / 2, 0, 0, MaxCount, 0}
                                                    << maxNanos << CostStatus::Estimated
                                                    << strs({"cost=capped_at_maximum"});
}

void TestCostCalculator::synthetic()
{
    QFETCH(PriceRecord, price);
    QFETCH(QList<qint64>, counts);
    QFETCH(qint64, nanos);
    QFETCH(CostStatus, status);
    QFETCH(QStringList, fallbacks);

    const Pricing::Cost cost =
        CostCalculator::compute(usage(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]), price);
    QCOMPARE(cost.status, status);
    QVERIFY(cost.amount);
    QCOMPARE(cost.amount->nanos(), nanos);
    QCOMPARE(cost.fallbacks, fallbacks);
}

void TestCostCalculator::unpriced()
{
    const TokenUsage some = usage(1000, 0, 0, 0, 100, 0);

    const Pricing::Cost unknown = CostCalculator::compute(some, m_catalog->resolve(u"no-such-model-xyz"));
    QCOMPARE(unknown.status, CostStatus::Unpriced);
    QCOMPARE(unknown.amount, std::nullopt); // unknown, never $0

    PriceRecord cacheOnly;
    cacheOnly.base.cacheRead = usd("0.1");
    QCOMPARE(CostCalculator::compute(some, cacheOnly).status, CostStatus::Unpriced);

    PriceRecord inputOnly;
    inputOnly.base.input = usd("1");
    const Pricing::Cost noOutputRate = CostCalculator::compute(some, inputOnly);
    QCOMPARE(noOutputRate.status, CostStatus::Unpriced);
    QCOMPARE(noOutputRate.amount, std::nullopt);

    PriceRecord outputOnly;
    outputOnly.base.output = usd("1");
    QCOMPARE(CostCalculator::compute(some, outputOnly).status, CostStatus::Unpriced);
}

QTEST_GUILESS_MAIN(TestCostCalculator)
#include "tst_costcalculator.moc"
