#include "core/common/jsondom.h"
#include "core/providers/usageparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Common::TokenUsage;
using Providers::UsageParser;

namespace {

enum class Shape { OpenAi, Responses, Anthropic };

std::optional<TokenUsage> parseWithQt(Shape shape, const QByteArray &json)
{
    const QJsonObject usage = QJsonDocument::fromJson(json).object();
    switch (shape) {
    case Shape::OpenAi: return UsageParser::fromOpenAi(usage);
    case Shape::Responses: return UsageParser::fromOpenAiResponses(usage);
    case Shape::Anthropic: return UsageParser::fromAnthropic(usage);
    }
    return std::nullopt;
}

/** The gateway's way: the usage object read in the answer's simdjson DOM. */
std::optional<TokenUsage> parseWithDom(Shape shape, const QByteArray &json)
{
    const Common::JsonDom dom(json);
    simdjson::dom::object usage;
    if (!dom.ok() || dom.root().get(usage) != simdjson::SUCCESS)
        return std::nullopt;
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
    // Numbers as QJsonValue::toInteger() reads them, whichever reader: whole numbers in any notation
    // count, a fraction or a negative one counts 0, and so does one beyond 64 bits.
    row("openai: numbers in other notations", Shape::OpenAi,
        R"({"prompt_tokens":1e3,"completion_tokens":12.0,"prompt_tokens_details":{"cached_tokens":-5},
            "completion_tokens_details":{"reasoning_tokens":2.5}})",
        {1000, 0, 0, 0, 12, 0});
    row("openai: a count beyond 64 bits", Shape::OpenAi, R"({"prompt_tokens":18446744073709551615,"completion_tokens":3})",
        {0, 0, 0, 0, 3, 0});
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
    row("anthropic: details that are not objects", Shape::Anthropic,
        R"({"input_tokens":5,"output_tokens":1,"cache_creation":[1,2],"output_tokens_details":"x"})", {5, 0, 0, 0, 1, 0});
    notUsage("anthropic: openai shape", Shape::Anthropic, R"({"prompt_tokens":1,"completion_tokens":2})");
    notUsage("anthropic: string counts", Shape::Anthropic, R"({"input_tokens":"5","output_tokens":"6"})");
}

void TestUsageParser::golden()
{
    QFETCH(Shape, shape);
    QFETCH(QByteArray, json);
    QFETCH(bool, isUsage);
    QFETCH(QList<qint64>, expected);

    for (const auto &[reader, usage] : {std::pair{"Qt", parseWithQt(shape, json)}, std::pair{"DOM", parseWithDom(shape, json)}}) {
        QVERIFY2(usage.has_value() == isUsage, reader);
        if (!isUsage)
            continue;
        const QList<qint64> actual{usage->inputTokens,  usage->cachedInputTokens, usage->cacheWriteTokens,
                                   usage->cacheWrite1hTokens, usage->outputTokens, usage->reasoningTokens};
        QStringList read;
        for (const qint64 count : actual)
            read << QString::number(count);
        QVERIFY2(actual == expected, qPrintable(QLatin1String(reader) + QStringLiteral(" read ") + read.join(u',')));
    }
}

QTEST_GUILESS_MAIN(TestUsageParser)
#include "tst_usageparser.moc"
