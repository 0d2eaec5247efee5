// What the gateway reads from request and answer bodies (RequestFacts, Common::JsonDom) and how it edits a
// request on its way upstream (RequestBodyEdit): every byte it does not mean to change stays the client's.
#include "core/common/jsondom.h"
#include "core/gateway/apiroute.h"
#include "core/gateway/requestbodyedit.h"
#include "core/gateway/requestfacts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Gateway::ApiRoute;
using Gateway::RequestBodyEdit;
using Gateway::RequestFacts;

// (The test class comes before the helpers: moc loses its way in raw string literals.)

class TestRequestBody : public QObject
{
    Q_OBJECT

private slots:
    void readsTheFactsTheGatewayNeeds();
    void outputCeilingIsTheLargestNamedOne_data();
    void outputCeilingIsTheLargestNamedOne();
    void choicesMultiplyTheCeiling_data();
    void aLongModelNameIsCountedInCharacters();
    void choicesMultiplyTheCeiling();
    void streamOnlyWhereTheRouteStreams();
    void rejectsWhatIsNotAnObjectWithAModel_data();
    void rejectsWhatIsNotAnObjectWithAModel();
    void readsALongPrompt();
    void ignoresAByteOrderMark();
    void knowsWhenInputMayExceedTheBody_data();
    void knowsWhenInputMayExceedTheBody();

    void renamesTheModelAndKeepsEveryOtherByte();
    void addsStreamOptionsWhenAbsent_data();
    void addsStreamOptionsWhenAbsent();
    void setsIncludeUsageInTheClientsOptions();
    void editsBothAtOnce();
    void refusesWhatIsNotAnObject();

    void picksTopLevelMembersOnly();
    void valuesReachQtAsQJsonDocumentReadsThem_data();
    void valuesReachQtAsQJsonDocumentReadsThem();
    void aDocumentParsedInsideAnotherLeavesItIntact();
};

namespace {

ApiRoute chatRoute()
{
    return *ApiRoute::match("POST", "/v1/chat/completions");
}

ApiRoute embeddingsRoute()
{
    return *ApiRoute::match("POST", "/v1/embeddings");
}

/** A chat request of about `bytes` bytes: the size of an agent's prompt. */
QByteArray longRequest(qsizetype bytes)
{
    QByteArray body = R"({"model":"gpt-4o-mini","messages":[)";
    for (int i = 0; body.size() < bytes; ++i)
        body += (i ? "," : "") + QByteArray(R"({"role":"user","content":"line )") + QByteArray::number(i) + R"( \"quoted\" \u00e9"})";
    return body + R"(],"max_tokens":64})";
}

} // namespace

void TestRequestBody::readsTheFactsTheGatewayNeeds()
{
    QString error;
    const auto facts = RequestFacts::read(
        chatRoute(), R"({"model":"gpt-4o-mini","stream":true,"stream_options":{"include_usage":true},"max_tokens":256})", error);
    QVERIFY2(facts, qPrintable(error));
    QCOMPARE(facts->model, QStringLiteral("gpt-4o-mini"));
    QVERIFY(facts->stream);
    QCOMPARE(facts->maxOutputTokens, std::optional<qint64>(256));
    QVERIFY(facts->clientAskedForUsage);

    const auto plain = RequestFacts::read(
        chatRoute(), R"({"model":"m\u00e9","stream":null,"stream_options":{"include_usage":false},"x":1,"x":2})", error);
    QVERIFY2(plain, qPrintable(error));
    QCOMPARE(plain->model, QStringLiteral("m\u00e9")); // escapes are read as what they stand for
    QVERIFY(!plain->stream); // null, which OpenAI allows, is not set
    QCOMPARE(plain->maxOutputTokens, std::nullopt);
    QVERIFY(!plain->clientAskedForUsage); // and a member the gateway does not read may repeat: the provider judges it
}

void TestRequestBody::outputCeilingIsTheLargestNamedOne_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("ceiling"); // -1: none
    QTest::addRow("max_tokens") << QByteArray(R"({"model":"m","max_tokens":100})") << qint64(100);
    QTest::addRow("both named: the larger") << QByteArray(R"({"model":"m","max_tokens":5,"max_completion_tokens":7})") << qint64(7);
    // A provider that reads max_tokens would write 20 while the gateway reserved 1 (a capped key ran 6x over).
    QTest::addRow("both named: the larger, named second") << QByteArray(R"({"model":"m","max_completion_tokens":1,"max_tokens":20})") << qint64(20);
    QTest::addRow("max_output_tokens") << QByteArray(R"({"model":"m","max_output_tokens":9})") << qint64(9);
    QTest::addRow("written as a float") << QByteArray(R"({"model":"m","max_tokens":2.56e2})") << qint64(256);
    QTest::addRow("zero is no ceiling") << QByteArray(R"({"model":"m","max_tokens":0})") << qint64(-1);
    QTest::addRow("a string is no ceiling") << QByteArray(R"({"model":"m","max_tokens":"100"})") << qint64(-1);
    QTest::addRow("absurd is clamped") << QByteArray(R"({"model":"m","max_tokens":1e300})") << qint64(1'000'000'000'000);
}

void TestRequestBody::outputCeilingIsTheLargestNamedOne()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, ceiling);
    QString error;
    const auto facts = RequestFacts::read(chatRoute(), body, error);
    QVERIFY2(facts, qPrintable(error));
    QCOMPARE(facts->maxOutputTokens, ceiling < 0 ? std::nullopt : std::optional(ceiling));
}

// QA: 200 emoji were "400 characters long" and refused.
void TestRequestBody::aLongModelNameIsCountedInCharacters()
{
    QByteArray emoji;
    for (int i = 0; i < 256; ++i)
        emoji += "\xf0\x9f\x98\x80";
    QString error;
    const auto facts = RequestFacts::read(chatRoute(), R"({"model":")" + emoji + R"("})", error);
    QVERIFY2(facts, qPrintable(error));
    QCOMPARE(facts->model.size(), 512);
}

void TestRequestBody::choicesMultiplyTheCeiling_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("choices");
    QTest::addRow("none named") << QByteArray(R"({"model":"m","max_tokens":10})") << qint64(1);
    QTest::addRow("n") << QByteArray(R"({"model":"m","max_tokens":10,"n":4})") << qint64(4);
    QTest::addRow("best_of, billed in full") << QByteArray(R"({"model":"m","max_tokens":10,"n":2,"best_of":5})") << qint64(5);
    QTest::addRow("n of 1") << QByteArray(R"({"model":"m","n":1})") << qint64(1);
    QTest::addRow("n below 1") << QByteArray(R"({"model":"m","n":0})") << qint64(1);
    QTest::addRow("n as a string") << QByteArray(R"({"model":"m","n":"9"})") << qint64(1);
    QTest::addRow("absurd n is clamped") << QByteArray(R"({"model":"m","n":1e300})") << RequestFacts::MostChoices;
}

void TestRequestBody::choicesMultiplyTheCeiling()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, choices);
    QString error;
    const auto facts = RequestFacts::read(chatRoute(), body, error);
    QVERIFY2(facts, qPrintable(error));
    QCOMPARE(facts->choices, choices);
}

void TestRequestBody::streamOnlyWhereTheRouteStreams()
{
    QString error;
    const auto facts = RequestFacts::read(embeddingsRoute(), R"({"model":"text-embedding-3-small","stream":true})", error);
    QVERIFY2(facts, qPrintable(error));
    QVERIFY(!facts->stream);
}

void TestRequestBody::rejectsWhatIsNotAnObjectWithAModel_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected"); // a part of the error
    QTest::addRow("empty") << QByteArray(" \n") << QStringLiteral("empty");
    QTest::addRow("cut off") << QByteArray(R"({"model": )") << QStringLiteral("not valid JSON");
    QTest::addRow("n twice") << QByteArray(R"({"model":"m","max_tokens":20,"n":1,"n":3})")
                             << QStringLiteral("The request body has \"n\" more than once.");
    QTest::addRow("best_of twice") << QByteArray(R"({"model":"m","best_of":1,"best_of":5})")
                                   << QStringLiteral("The request body has \"best_of\" more than once.");
    QTest::addRow("model name too long") << (R"({"model":")" + QByteArray(257, 'm') + R"("})")
                                         << QStringLiteral("The model name is 257 characters long; Tollgate takes at most 256.");
    QByteArray emoji; // U+1F600, one character in two UTF-16 units
    for (int i = 0; i < 257; ++i)
        emoji += "\xf0\x9f\x98\x80";
    QTest::addRow("model name too long, in emoji") << (R"({"model":")" + emoji + R"("})")
                                                   << QStringLiteral("The model name is 257 characters long; Tollgate takes at most 256.");
    QTest::addRow("garbage after") << QByteArray(R"({"model":"m"} x)") << QStringLiteral("not valid JSON");
    QTest::addRow("bad escape deep inside") << QByteArray(R"({"model":"m","messages":[{"content":"\q"}]})")
                                           << QStringLiteral("not valid JSON");
    // simdjson refuses a number beyond 64-bit integers and doubles (QJsonDocument made it a double); the
    // providers refuse such values too, and this way the client hears why in its own API's shape.
    QTest::addRow("number out of range") << QByteArray(R"({"model":"m","seed":123456789012345678901234567890})")
                                         << QStringLiteral("an integer beyond 64 bits");
    QTest::addRow("array") << QByteArray(R"([{"model":"m"}])") << QStringLiteral("not an object");
    QTest::addRow("no model") << QByteArray(R"({"messages":[]})") << QStringLiteral("no \"model\"");
    QTest::addRow("empty model") << QByteArray(R"({"model":""})") << QStringLiteral("no \"model\"");
    // Not a boolean: whether the gateway meters a stream must not hang on how a provider reads "yes".
    QTest::addRow("stream as a string") << QByteArray(R"({"model":"m","stream":"yes"})") << QStringLiteral("\"stream\" must be true or false");
    QTest::addRow("stream as a number") << QByteArray(R"({"model":"m","stream":1})") << QStringLiteral("\"stream\" must be true or false");
    QTest::addRow("stream as an object") << QByteArray(R"({"model":"m","stream":{}})") << QStringLiteral("\"stream\" must be true or false");
    QTest::addRow("model not a string") << QByteArray(R"({"model":4})") << QStringLiteral("no \"model\"");
    QTest::addRow("model nested only") << QByteArray(R"({"options":{"model":"m"}})") << QStringLiteral("no \"model\"");
    // Named twice: the provider may read the other one (most parsers keep the last) and be billed for it.
    QTest::addRow("model twice") << QByteArray(R"({"model":"gpt-4o-mini","model":"gpt-4o"})")
                                 << QStringLiteral("\"model\" more than once");
    QTest::addRow("ceiling twice") << QByteArray(R"({"model":"m","max_tokens":1,"max_tokens":100000})")
                                   << QStringLiteral("\"max_tokens\" more than once");
    // Read here as false, by a provider as true: the client would get the usage chunk it never asked for.
    QTest::addRow("include_usage twice") << QByteArray(R"({"model":"m","stream":true,"stream_options":{"include_usage":false,"include_usage":true}})")
                                         << QStringLiteral("\"stream_options.include_usage\" more than once");
    // Valid JSON, but no 64-bit integer holds it: not called invalid JSON (QA).
    QTest::addRow("integer beyond 64 bits") << QByteArray(R"({"model":"m","max_tokens":99999999999999999999})")
                                            << QStringLiteral("a number the gateway cannot read: an integer beyond 64 bits");
}

void TestRequestBody::rejectsWhatIsNotAnObjectWithAModel()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!RequestFacts::read(chatRoute(), body, error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestRequestBody::readsALongPrompt()
{
    // Bigger than the shared parser takes (1 MiB): read with a parser of its own, then the small one again.
    for (const qsizetype size : {qsizetype(100 * 1024), qsizetype(3 * 1024 * 1024), qsizetype(200)}) {
        QString error;
        const auto facts = RequestFacts::read(chatRoute(), longRequest(size), error);
        QVERIFY2(facts, qPrintable(error));
        QCOMPARE(facts->model, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(facts->maxOutputTokens, std::optional<qint64>(64));
    }
}

void TestRequestBody::ignoresAByteOrderMark()
{
    // Some Windows tools start UTF-8 with EF BB BF; RFC 8259 lets a parser ignore it (QJsonDocument did).
    const QByteArray body = "\xEF\xBB\xBF{\"model\":\"m\",\"usage\":{\"prompt_tokens\":3}}";
    QString error;
    const auto facts = RequestFacts::read(chatRoute(), body, error);
    QVERIFY2(facts, qPrintable(error));
    QCOMPARE(facts->model, QStringLiteral("m"));
    QCOMPARE(Common::JsonDom::members(body, {"usage"}).value(QStringLiteral("usage")).toObject().value(QStringLiteral("prompt_tokens")), 3);
    const auto edited = RequestBodyEdit::apply(body, QStringLiteral("n"), false);
    QVERIFY(edited);
    QCOMPARE(*edited, QByteArray(R"({"model":"n","usage":{"prompt_tokens":3}})")); // the mark is not sent on
}

void TestRequestBody::renamesTheModelAndKeepsEveryOtherByte()
{
    // Whitespace, key order, an integer beyond 2^53 and escapes: a parse and re-serialization changes each.
    const QByteArray body = "{ \"seed\": 12345678901234567890,\n \"model\" : \"fake/gpt-4o\" ,"
                            " \"messages\": [{\"content\": \"caf\\u00e9 \\\"q\\\"\"}], \"temperature\": 0.70 }";
    const auto edited = RequestBodyEdit::apply(body, QStringLiteral("gpt-4o \"x\""), false);
    QVERIFY(edited);
    QCOMPARE(*edited, QByteArray("{ \"seed\": 12345678901234567890,\n \"model\" : \"gpt-4o \\\"x\\\"\" ,"
                                 " \"messages\": [{\"content\": \"caf\\u00e9 \\\"q\\\"\"}], \"temperature\": 0.70 }"));
}

void TestRequestBody::addsStreamOptionsWhenAbsent_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("after the members") << QByteArray(R"({"model":"m","stream":true} )")
                                       << QByteArray(R"({"model":"m","stream":true,"stream_options":{"include_usage":true}} )");
    QTest::addRow("a nested one is not it") << QByteArray(R"({"model":"m","x":{"stream_options":{}}})")
                                            << QByteArray(R"({"model":"m","x":{"stream_options":{}},"stream_options":{"include_usage":true}})");
    QTest::addRow("empty object") << QByteArray("{}") << QByteArray(R"({"stream_options":{"include_usage":true}})");
    QTest::addRow("null options") << QByteArray(R"({"model":"m","stream_options":null})")
                                  << QByteArray(R"({"model":"m","stream_options":{"include_usage":true}})");
}

void TestRequestBody::addsStreamOptionsWhenAbsent()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    const auto edited = RequestBodyEdit::apply(body, std::nullopt, true);
    QVERIFY(edited);
    QCOMPARE(*edited, expected);
}

void TestRequestBody::setsIncludeUsageInTheClientsOptions()
{
    const auto edited = RequestBodyEdit::apply(R"({"stream_options": {"include_usage": false, "x": 1}, "model":"m"})",
                                               std::nullopt, true);
    QVERIFY(edited);
    const QJsonObject object = QJsonDocument::fromJson(*edited).object();
    QCOMPARE(object.value(QStringLiteral("stream_options")).toObject(),
             (QJsonObject{{QStringLiteral("include_usage"), true}, {QStringLiteral("x"), 1}}));
    QCOMPARE(object.value(QStringLiteral("model")).toString(), QStringLiteral("m"));
    QVERIFY(!edited->contains("false")); // replaced, not a second include_usage beside the first
}

void TestRequestBody::editsBothAtOnce()
{
    const QByteArray body = longRequest(100 * 1024);
    const auto edited = RequestBodyEdit::apply(body, QStringLiteral("other"), true);
    QVERIFY(edited);
    QByteArray expected = body;
    expected.replace(R"("model":"gpt-4o-mini")", R"("model":"other")");
    expected.insert(expected.size() - 1, R"(,"stream_options":{"include_usage":true})");
    QCOMPARE(*edited, expected);
}

void TestRequestBody::refusesWhatIsNotAnObject()
{
    QCOMPARE(RequestBodyEdit::apply("[1]", QStringLiteral("m"), true), std::nullopt);
    QCOMPARE(RequestBodyEdit::apply("", QStringLiteral("m"), false), std::nullopt);
}

void TestRequestBody::picksTopLevelMembersOnly()
{
    const QByteArray answer = R"({"id":"x","model":"gpt-4o-2024","choices":[{"message":{"content":"long text","usage":1}}],)"
                              R"("usage":{"prompt_tokens":12,"completion_tokens":3,"prompt_tokens_details":{"cached_tokens":2}}})";
    const QJsonObject picked = Common::JsonDom::members(answer, {"model", "usage", "absent"});
    QCOMPARE(picked.keys(), (QStringList{QStringLiteral("model"), QStringLiteral("usage")}));
    QCOMPARE(picked.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-2024"));
    QCOMPARE(picked.value(QStringLiteral("usage")).toObject(),
             QJsonDocument::fromJson(R"({"prompt_tokens":12,"completion_tokens":3,"prompt_tokens_details":{"cached_tokens":2}})").object());
    QCOMPARE(Common::JsonDom::members("<html>502</html>", {"usage"}), QJsonObject());
    QCOMPARE(Common::JsonDom::members(R"(["usage"])", {"usage"}), QJsonObject());
}

void TestRequestBody::valuesReachQtAsQJsonDocumentReadsThem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("usage") << QByteArray(R"({"prompt_tokens":12,"completion_tokens":3,"prompt_tokens_details":{"cached_tokens":2,"audio_tokens":null}})");
    QTest::newRow("every kind") << QByteArray(R"({"s":"caf\u00e9 \"q\" \ud83d\ude00","t":true,"f":false,"n":null,"a":[1,[2],{"x":[]}],"o":{}})");
    QTest::newRow("integers") << QByteArray(R"([0,-0,1,-1,9007199254740993,-9223372036854775808,9223372036854775807])");
    QTest::newRow("beyond 64 bits and fractions") << QByteArray(R"([18446744073709551615,12345678901234567890,0.5,-2.25e-3,1e3,1E300,12.0])");
    QTest::newRow("a repeated key") << QByteArray(R"({"k":1,"k":2})");
    QTest::newRow("empty strings and keys") << QByteArray(R"({"":"","x":[""]})");
}

void TestRequestBody::valuesReachQtAsQJsonDocumentReadsThem()
{
    // JsonDom::toQt builds Qt's values itself; what code reads from them (a usage object's counts, a
    // model name) must be what QJsonDocument would have given, down to an integer staying an integer.
    QFETCH(QByteArray, json);
    const QJsonDocument expected = QJsonDocument::fromJson(json);
    QVERIFY(!expected.isNull());
    const Common::JsonDom dom(json);
    QVERIFY2(dom.ok(), dom.errorMessage());
    const QJsonValue converted = Common::JsonDom::toQt(dom.root());
    const QJsonValue wanted = expected.isObject() ? QJsonValue(expected.object()) : QJsonValue(expected.array());
    QCOMPARE(converted, wanted);
    // == treats 3 and 3.0 alike; the text QJsonDocument writes does not (and shows a lost digit).
    const auto text = [](const QJsonValue &value) {
        return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    };
    QCOMPARE(text(converted), text(wanted));
}

void TestRequestBody::aDocumentParsedInsideAnotherLeavesItIntact()
{
    // Both would share the thread's parser; the inner one must not overwrite what the outer one read.
    const Common::JsonDom outer(R"({"model":"outer"})");
    {
        const Common::JsonDom inner(R"({"model":"inner","other":[1,2,3]})");
        std::string_view model;
        QVERIFY(inner.root()["model"].get(model) == simdjson::SUCCESS);
        QCOMPARE(QByteArrayView(model.data(), qsizetype(model.size())), "inner");
    }
    std::string_view model;
    QVERIFY(outer.root()["model"].get(model) == simdjson::SUCCESS);
    QCOMPARE(QByteArrayView(model.data(), qsizetype(model.size())), "outer");
    // And the shared parser is free again afterwards.
    QString error;
    QVERIFY(RequestFacts::read(chatRoute(), R"({"model":"after"})", error));
}

void TestRequestBody::knowsWhenInputMayExceedTheBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("mayExceed");
    QTest::addRow("plain chat") << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"hi"}]})") << false;
    QTest::addRow("words in a prompt's text") << QByteArray(R"({"model":"m","messages":[{"role":"user","content":"send \"image_url\" and a file_id"}]})") << false;
    // A text that is nothing but such a word counts (careful, never short).
    QTest::addRow("a text that is only the word") << QByteArray(R"({"model":"m","prompt":"previous_response_id"})") << true;
    QTest::addRow("previous response") << QByteArray(R"({"model":"m","input":"go on","previous_response_id":"resp_1"})") << true;
    QTest::addRow("conversation") << QByteArray(R"({"model":"m","input":"x","conversation":"conv_1"})") << true;
    QTest::addRow("stored prompt") << QByteArray(R"({"model":"m","prompt": {"id":"pmpt_1"}})") << true;
    QTest::addRow("chat image by URL") << QByteArray(R"({"model":"m","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"https://x/a.png"}}]}]})") << true;
    QTest::addRow("responses image") << QByteArray(R"({"model":"m","input":[{"role":"user","content":[{"type":"input_image","file_id":"file-1"}]}]})") << true;
    QTest::addRow("anthropic image block") << QByteArray(R"({"model":"m","messages":[{"role":"user","content":[{"type": "image","source":{"type":"url","url":"https://x"}}]}]})") << true;
    QTest::addRow("anthropic document") << QByteArray(R"({"model":"m","messages":[{"role":"user","content":[{"type":"document","source":{"type":"file","file_id":"f"}}]}]})") << true;
    QTest::addRow("anthropic web search tool") << QByteArray(R"({"model":"m","tools":[{"type":"web_search_20250305","name":"web_search"}]})") << true;
    QTest::addRow("openai hosted tool") << QByteArray(R"({"model":"m","tools":[{"type":"file_search","vector_store_ids":["vs"]}]})") << true;
    QTest::addRow("mcp servers") << QByteArray(R"({"model":"m","mcp_servers":[{"type":"url","url":"https://x"}]})") << true;
}

void TestRequestBody::knowsWhenInputMayExceedTheBody()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, mayExceed);
    QCOMPARE(RequestFacts::inputMayExceedBody(body), mayExceed);
}

QTEST_GUILESS_MAIN(TestRequestBody)
#include "tst_requestbody.moc"
