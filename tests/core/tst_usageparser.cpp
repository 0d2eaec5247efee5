#include "core/providers/usageparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Common::TokenUsage;
using Providers::UsageParser;

namespace {

enum class Shape { OpenAi, Responses, Anthropic };

std::optional<TokenUsage> parse(Shape shape, const QByteArray &json)
{
    const QJsonObject usage = QJsonDocument::fromJson(json).object();
    switch (shape) {
    case Shape::OpenAi: return UsageParser::fromOpenAi(usage);
    case Shape::Responses: return UsageParser::fromOpenAiResponses(usage);
    case Shape::Anthropic: return UsageParser::fromAnthropic(usage);
    }
    return std::nullopt;
}

} // namespace

class TestUsageParser final : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
};

void TestUsageParser::golden_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("isUsage");
    QTest::addColumn<QList<qint64>>("expected"); // input, cached, write, write1h, output, reasoning

    const auto row = [](const char *name, Shape shape, const char *json, QList<qint64> expected) {
        QTest::addRow("%s", name) << shape << QByteArray(json) << true << expected;
    };
    const auto notUsage = [](const char *name, Shape shape, const char *json) {
        QTest::addRow("%s", name) << shape << QByteArray(json) << false << QList<qint64>();
    };

    // api-formats.md §1.1: prompt 2006 includes 1920 cached; completion 300 includes 192 reasoning.
    row("openai chat, details", Shape::OpenAi,
        R"({"prompt_tokens":2006,"completion_tokens":300,"total_tokens":2306,
            "prompt_tokens_details":{"cached_tokens":1920,"audio_tokens":0},
            "completion_tokens_details":{"reasoning_tokens":192,"audio_tokens":0,
              "accepted_prediction_tokens":0,"rejected_prediction_tokens":0}})",
        {2006, 1920, 0, 0, 300, 192});
    row("openai chat, no details", Shape::OpenAi, R"({"prompt_tokens":12,"completion_tokens":5,"total_tokens":17})",
        {12, 0, 0, 0, 5, 0});
    row("openai null details", Shape::OpenAi,
        R"({"prompt_tokens":12,"completion_tokens":5,"prompt_tokens_details":null,"completion_tokens_details":null})",
        {12, 0, 0, 0, 5, 0});
    // §3: embeddings have no completion tokens.
    row("embeddings", Shape::OpenAi, R"({"prompt_tokens":8,"total_tokens":8})", {8, 0, 0, 0, 0, 0});
    // §6: DeepSeek hit + miss = prompt_tokens.
    row("deepseek cache hit", Shape::OpenAi,
        R"({"prompt_tokens":1000,"completion_tokens":50,"prompt_cache_hit_tokens":640,"prompt_cache_miss_tokens":360,
            "completion_tokens_details":{"reasoning_tokens":20}})",
        {1000, 640, 0, 0, 50, 20});
    row("openrouter extra fields", Shape::OpenAi,
        R"({"prompt_tokens":100,"completion_tokens":10,"cost":0.0012,"cost_details":{"upstream_inference_cost":0.001},
            "prompt_tokens_details":{"cached_tokens":64}})",
        {100, 64, 0, 0, 10, 0});
    notUsage("openai: empty object", Shape::OpenAi, "{}");
    notUsage("openai: anthropic shape", Shape::OpenAi, R"({"input_tokens":1,"output_tokens":2})");

    // §2: same meaning as chat, different names.
    row("responses", Shape::Responses,
        R"({"input_tokens":2006,"input_tokens_details":{"cached_tokens":1920},"output_tokens":300,
            "output_tokens_details":{"reasoning_tokens":192},"total_tokens":2306})",
        {2006, 1920, 0, 0, 300, 192});
    row("responses, no details", Shape::Responses, R"({"input_tokens":7,"output_tokens":3,"total_tokens":10})",
        {7, 0, 0, 0, 3, 0});
    notUsage("responses: chat shape", Shape::Responses, R"({"prompt_tokens":1,"completion_tokens":2})");

    // §5.1: input 21 excludes the cache: total 21 + 1200 + 8000 = 9221.
    row("anthropic with cache", Shape::Anthropic,
        R"({"input_tokens":21,"cache_creation_input_tokens":1200,"cache_read_input_tokens":8000,
            "cache_creation":{"ephemeral_5m_input_tokens":1200,"ephemeral_1h_input_tokens":0},
            "output_tokens":350,"service_tier":"standard","inference_geo":"global",
            "server_tool_use":{"web_search_requests":0}})",
        {9221, 8000, 1200, 0, 350, 0});
    // 1h writes are part of the writes: 10 + 3000 + 0 = 3010.
    row("anthropic 1h writes", Shape::Anthropic,
        R"({"input_tokens":10,"cache_creation_input_tokens":3000,"cache_read_input_tokens":0,
            "cache_creation":{"ephemeral_5m_input_tokens":2000,"ephemeral_1h_input_tokens":1000},"output_tokens":0})",
        {3010, 0, 3000, 1000, 0, 0});
    row("anthropic plain", Shape::Anthropic, R"({"input_tokens":25,"output_tokens":12})", {25, 0, 0, 0, 12, 0});
    row("anthropic null cache fields", Shape::Anthropic,
        R"({"input_tokens":25,"cache_creation_input_tokens":null,"cache_read_input_tokens":null,"output_tokens":12})",
        {25, 0, 0, 0, 12, 0});
    row("anthropic thinking details", Shape::Anthropic,
        R"({"input_tokens":5,"output_tokens":900,"output_tokens_details":{"thinking_tokens":700}})",
        {5, 0, 0, 0, 900, 700});
    notUsage("anthropic: openai shape", Shape::Anthropic, R"({"prompt_tokens":1,"completion_tokens":2})");
    notUsage("anthropic: string counts", Shape::Anthropic, R"({"input_tokens":"5","output_tokens":"6"})");
}

void TestUsageParser::golden()
{
    QFETCH(Shape, shape);
    QFETCH(QByteArray, json);
    QFETCH(bool, isUsage);
    QFETCH(QList<qint64>, expected);

    const std::optional<TokenUsage> usage = parse(shape, json);
    QCOMPARE(usage.has_value(), isUsage);
    if (!isUsage)
        return;
    QCOMPARE(usage->inputTokens, expected[0]);
    QCOMPARE(usage->cachedInputTokens, expected[1]);
    QCOMPARE(usage->cacheWriteTokens, expected[2]);
    QCOMPARE(usage->cacheWrite1hTokens, expected[3]);
    QCOMPARE(usage->outputTokens, expected[4]);
    QCOMPARE(usage->reasoningTokens, expected[5]);
}

QTEST_GUILESS_MAIN(TestUsageParser)
#include "tst_usageparser.moc"
