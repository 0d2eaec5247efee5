#include "tests/support/fakeprovider.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <memory>

using TestSupport::FakeProvider;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

/** What a client saw of one exchange. */
struct Exchange
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

struct SseEvent
{
    QByteArray name; // empty when the event has no "event:" line
    QByteArray data;
    QJsonObject json() const { return QJsonDocument::fromJson(data).object(); }
};

QList<SseEvent> parseSse(const QByteArray &body)
{
    QList<SseEvent> events;
    for (const QByteArray &block : body.split('\n')) {
        if (block.startsWith("event: ")) {
            events.append(SseEvent{block.mid(7), {}});
        } else if (block.startsWith("data: ")) {
            if (events.isEmpty() || !events.last().data.isNull())
                events.append(SseEvent{});
            events.last().data = block.mid(6);
        }
    }
    return events;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

qint64 promptTokensFor(const QByteArray &body)
{
    return qMax<qint64>(1, body.size() / 4);
}

QJsonObject chatBody(const QString &text, bool stream = false)
{
    QJsonObject body{{QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
                     {QStringLiteral("messages"),
                      QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                             {QStringLiteral("content"), QStringLiteral("be brief")}},
                                 QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                             {QStringLiteral("content"), text}}}}};
    if (stream)
        body.insert(QStringLiteral("stream"), true);
    return body;
}

QJsonObject messagesBody(const QString &text, bool stream = false)
{
    QJsonObject body{{QStringLiteral("model"), QStringLiteral("claude-sonnet-4-5")},
                     {QStringLiteral("max_tokens"), 5},
                     {QStringLiteral("messages"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("role"), QStringLiteral("user")},
                          {QStringLiteral("content"),
                           QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                  {QStringLiteral("text"), text}}}}}}}};
    if (stream)
        body.insert(QStringLiteral("stream"), true);
    return body;
}

QString joinedChatText(const QList<SseEvent> &events)
{
    QString text;
    for (const SseEvent &event : events) {
        const QJsonArray choices = event.json().value(QStringLiteral("choices")).toArray();
        if (!choices.isEmpty())
            text += choices.first().toObject().value(QStringLiteral("delta")).toObject().value(QStringLiteral("content")).toString();
    }
    return text;
}

} // namespace

class TestFakeProvider final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void chatJson_data();
    void chatJson();
    void chatStream_data();
    void chatStream();
    void completions();
    void completionsStream();
    void embeddings_data();
    void embeddings();
    void responsesJson();
    void responsesStream();
    void models();
    void messagesJson();
    void messagesStream();
    void countTokens();
    void failures_data();
    void failures();
    void slowFirstByte();
    void slowStream();
    void resetMidStream_data();
    void resetMidStream();
    void streamEndsEarly_data();
    void streamEndsEarly();
    void hang();
    void auth_data();
    void auth();
    void unknownRouteAndBadJson();
    void recordsRequests();

private:
    Exchange send(const QByteArray &method, const QString &path, const QByteArray &body, const Headers &headers = {},
                  int timeoutMs = 5000);
    Exchange post(const QString &path, const QJsonObject &body, const Headers &headers = {})
    {
        return send("POST", path, compact(body), headers);
    }

    std::unique_ptr<FakeProvider> m_provider;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestFakeProvider::init()
{
    m_provider = std::make_unique<FakeProvider>();
    QVERIFY2(m_provider->listen(0), qPrintable(m_provider->errorString()));
    QVERIFY(m_provider->port() != 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestFakeProvider::cleanup()
{
    m_nam.reset();
    m_provider.reset();
}

Exchange TestFakeProvider::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                const Headers &headers, int timeoutMs)
{
    QNetworkRequest request(QUrl(m_provider->baseUrl() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Exchange exchange;
    exchange.finished = finished.wait(timeoutMs);
    exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    exchange.error = reply->error();
    exchange.body = reply->readAll();
    exchange.headers = reply->rawHeaderPairs();
    reply->abort();
    reply->deleteLater();
    return exchange;
}

void TestFakeProvider::chatJson_data()
{
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("completionTokens");
    QTest::addColumn<int>("cached");
    QTest::addColumn<int>("reasoning");

    QTest::addRow("defaults: 20 tokens") << QJsonObject() << Headers() << 20 << 0 << 0;
    QTest::addRow("max_tokens 3") << QJsonObject{{QStringLiteral("max_tokens"), 3}} << Headers() << 3 << 0 << 0;
    QTest::addRow("max_completion_tokens above cap")
        << QJsonObject{{QStringLiteral("max_completion_tokens"), 500}} << Headers() << 20 << 0 << 0;
    QTest::addRow("cached and reasoning headers")
        << QJsonObject{{QStringLiteral("max_tokens"), 4}}
        << Headers{{"x-fake-cached-tokens", "100"}, {"x-fake-reasoning-tokens", "7"}} << 4 + 7 << 100 << 7;
}

void TestFakeProvider::chatJson()
{
    QFETCH(QJsonObject, extra);
    QFETCH(Headers, headers);
    QFETCH(int, completionTokens);
    QFETCH(int, cached);
    QFETCH(int, reasoning);

    QJsonObject request = chatBody(QStringLiteral("canary-7f3a says \"hi\""));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        request.insert(it.key(), it.value());
    const QByteArray body = compact(request);
    const Exchange reply = send("POST", QStringLiteral("/v1/chat/completions"), body, headers);
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("content-type").startsWith("application/json"));

    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
    QCOMPARE(json.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
    const QJsonObject choice = json.value(QStringLiteral("choices")).toArray().first().toObject();
    QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
    const QJsonObject message = choice.value(QStringLiteral("message")).toObject();
    QCOMPARE(message.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
    QCOMPARE(message.value(QStringLiteral("content")).toString(), QStringLiteral("canary-7f3a says \"hi\""));

    const QJsonObject usage = json.value(QStringLiteral("usage")).toObject();
    const qint64 prompt = promptTokensFor(body) + cached; // OpenAI's prompt_tokens include cached tokens
    QCOMPARE(usage.value(QStringLiteral("prompt_tokens")).toInteger(), prompt);
    QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toInteger(), completionTokens);
    QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInteger(), prompt + completionTokens);
    QCOMPARE(usage.value(QStringLiteral("prompt_tokens_details")).toObject().value(QStringLiteral("cached_tokens")).toInteger(),
             cached);
    QCOMPARE(usage.value(QStringLiteral("completion_tokens_details"))
                 .toObject()
                 .value(QStringLiteral("reasoning_tokens"))
                 .toInteger(),
             reasoning);
}

void TestFakeProvider::chatStream_data()
{
    QTest::addColumn<bool>("includeUsage");
    QTest::addRow("without include_usage") << false;
    QTest::addRow("with include_usage") << true;
}

void TestFakeProvider::chatStream()
{
    QFETCH(bool, includeUsage);
    QJsonObject request = chatBody(QStringLiteral("stream-canary-42"), true);
    request.insert(QStringLiteral("max_tokens"), 5);
    if (includeUsage)
        request.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    const QByteArray body = compact(request);
    const Exchange reply = send("POST", QStringLiteral("/v1/chat/completions"), body);
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("content-type").startsWith("text/event-stream"));

    const QList<SseEvent> events = parseSse(reply.body);
    // 5 content chunks, a finish chunk, maybe a usage chunk, [DONE].
    QCOMPARE(events.size(), 5 + 1 + (includeUsage ? 1 : 0) + 1);
    QCOMPARE(events.last().data, QByteArray("[DONE]"));
    for (const SseEvent &event : events)
        QVERIFY(event.name.isEmpty()); // OpenAI streams have no event: lines
    for (qsizetype i = 0; i < 6; ++i) {
        const QJsonObject chunk = events.at(i).json();
        QCOMPARE(chunk.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion.chunk"));
        QVERIFY(chunk.contains(QStringLiteral("usage")));
        QVERIFY(chunk.value(QStringLiteral("usage")).isNull());
    }
    QCOMPARE(events.at(5).json().value(QStringLiteral("choices")).toArray().first().toObject().value(QStringLiteral("finish_reason")).toString(),
             QStringLiteral("stop"));
    QCOMPARE(joinedChatText(events), QStringLiteral("stream-canary-42"));

    if (includeUsage) {
        const QJsonObject usageChunk = events.at(6).json();
        QVERIFY(usageChunk.value(QStringLiteral("choices")).toArray().isEmpty());
        const QJsonObject usage = usageChunk.value(QStringLiteral("usage")).toObject();
        QCOMPARE(usage.value(QStringLiteral("prompt_tokens")).toInteger(), promptTokensFor(body));
        QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toInteger(), 5);
        QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInteger(), promptTokensFor(body) + 5);
    }
}

void TestFakeProvider::completions()
{
    const QJsonObject request{{QStringLiteral("model"), QStringLiteral("gpt-3.5-turbo-instruct")},
                              {QStringLiteral("prompt"), QStringLiteral("complete-canary")},
                              {QStringLiteral("max_tokens"), 2}};
    const Exchange reply = post(QStringLiteral("/v1/completions"), request);
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QStringLiteral("object")).toString(), QStringLiteral("text_completion"));
    QCOMPARE(json.value(QStringLiteral("choices")).toArray().first().toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("complete-canary"));
    const QJsonObject usage = json.value(QStringLiteral("usage")).toObject();
    QCOMPARE(usage.value(QStringLiteral("prompt_tokens")).toInteger(), promptTokensFor(compact(request)));
    QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toInteger(), 2);
}

void TestFakeProvider::completionsStream()
{
    const QJsonObject request{{QStringLiteral("model"), QStringLiteral("gpt-3.5-turbo-instruct")},
                              {QStringLiteral("prompt"), QStringLiteral("abcdef")},
                              {QStringLiteral("max_tokens"), 3},
                              {QStringLiteral("stream"), true},
                              {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}}};
    const Exchange reply = post(QStringLiteral("/v1/completions"), request);
    QCOMPARE(reply.status, 200);
    const QList<SseEvent> events = parseSse(reply.body);
    QCOMPARE(events.size(), 3 + 1 + 1 + 1);
    QString text;
    for (qsizetype i = 0; i < 3; ++i) {
        const QJsonObject chunk = events.at(i).json();
        QCOMPARE(chunk.value(QStringLiteral("object")).toString(), QStringLiteral("text_completion"));
        text += chunk.value(QStringLiteral("choices")).toArray().first().toObject().value(QStringLiteral("text")).toString();
    }
    QCOMPARE(text, QStringLiteral("abcdef"));
    QCOMPARE(events.at(4).json().value(QStringLiteral("usage")).toObject().value(QStringLiteral("completion_tokens")).toInteger(), 3);
    QCOMPARE(events.last().data, QByteArray("[DONE]"));
}

void TestFakeProvider::embeddings_data()
{
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("count");

    QTest::addRow("one string, floats") << QJsonValue(QStringLiteral("hello")) << QString() << 1;
    QTest::addRow("three strings, floats")
        << QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) << QString() << 3;
    QTest::addRow("two strings, base64 as the SDK asks")
        << QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b")}) << QStringLiteral("base64") << 2;
}

void TestFakeProvider::embeddings()
{
    QFETCH(QJsonValue, input);
    QFETCH(QString, encoding);
    QFETCH(int, count);

    QJsonObject request{{QStringLiteral("model"), QStringLiteral("text-embedding-3-small")},
                        {QStringLiteral("input"), input},
                        {QStringLiteral("dimensions"), 16}};
    if (!encoding.isEmpty())
        request.insert(QStringLiteral("encoding_format"), encoding);
    const Exchange reply = post(QStringLiteral("/v1/embeddings"), request);
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QStringLiteral("object")).toString(), QStringLiteral("list"));
    const QJsonArray data = json.value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), count);
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QJsonObject item = data.at(i).toObject();
        QCOMPARE(item.value(QStringLiteral("object")).toString(), QStringLiteral("embedding"));
        QCOMPARE(item.value(QStringLiteral("index")).toInteger(), i);
        const QJsonValue vector = item.value(QStringLiteral("embedding"));
        if (encoding.isEmpty())
            QCOMPARE(vector.toArray().size(), 16);
        else
            QCOMPARE(QByteArray::fromBase64(vector.toString().toLatin1()).size(), qsizetype(16 * sizeof(float)));
    }
    const QJsonObject usage = json.value(QStringLiteral("usage")).toObject();
    QCOMPARE(usage.value(QStringLiteral("prompt_tokens")).toInteger(), promptTokensFor(compact(request)));
    QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInteger(), promptTokensFor(compact(request)));
}

void TestFakeProvider::responsesJson()
{
    const QJsonObject request{{QStringLiteral("model"), QStringLiteral("gpt-4o")},
                              {QStringLiteral("input"), QStringLiteral("responses-canary")},
                              {QStringLiteral("max_output_tokens"), 6}};
    const Exchange reply = post(QStringLiteral("/v1/responses"), request,
                                {{"x-fake-cached-tokens", "3"}, {"x-fake-reasoning-tokens", "2"}});
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QStringLiteral("object")).toString(), QStringLiteral("response"));
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    const QJsonObject item = json.value(QStringLiteral("output")).toArray().first().toObject();
    QCOMPARE(item.value(QStringLiteral("content")).toArray().first().toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("responses-canary"));
    const QJsonObject usage = json.value(QStringLiteral("usage")).toObject();
    const qint64 input = promptTokensFor(compact(request)) + 3;
    QCOMPARE(usage.value(QStringLiteral("input_tokens")).toInteger(), input);
    QCOMPARE(usage.value(QStringLiteral("input_tokens_details")).toObject().value(QStringLiteral("cached_tokens")).toInteger(), 3);
    QCOMPARE(usage.value(QStringLiteral("output_tokens")).toInteger(), 6 + 2);
    QCOMPARE(usage.value(QStringLiteral("output_tokens_details")).toObject().value(QStringLiteral("reasoning_tokens")).toInteger(), 2);
    QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInteger(), input + 8);
}

void TestFakeProvider::responsesStream()
{
    const QJsonObject request{
        {QStringLiteral("model"), QStringLiteral("gpt-4o")},
        {QStringLiteral("input"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"),
                                 QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("input_text")},
                                                        {QStringLiteral("text"), QStringLiteral("rs-canary")}}}}}}},
        {QStringLiteral("max_output_tokens"), 4},
        {QStringLiteral("stream"), true}};
    const Exchange reply = post(QStringLiteral("/v1/responses"), request);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.body.contains("[DONE]"));
    const QList<SseEvent> events = parseSse(reply.body);
    QVERIFY(events.size() > 4);
    QCOMPARE(events.first().name, QByteArray("response.created"));
    QCOMPARE(events.last().name, QByteArray("response.completed"));
    QString text;
    int deltas = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject data = events.at(i).json();
        QCOMPARE(data.value(QStringLiteral("type")).toString().toUtf8(), events.at(i).name);
        QCOMPARE(data.value(QStringLiteral("sequence_number")).toInteger(), i);
        if (events.at(i).name == "response.output_text.delta") {
            ++deltas;
            text += data.value(QStringLiteral("delta")).toString();
        }
    }
    QCOMPARE(deltas, 4);
    QCOMPARE(text, QStringLiteral("rs-canary"));
    const QJsonObject usage =
        events.last().json().value(QStringLiteral("response")).toObject().value(QStringLiteral("usage")).toObject();
    QCOMPARE(usage.value(QStringLiteral("input_tokens")).toInteger(), promptTokensFor(compact(request)));
    QCOMPARE(usage.value(QStringLiteral("output_tokens")).toInteger(), 4);
}

void TestFakeProvider::models()
{
    const Exchange reply = send("GET", QStringLiteral("/v1/models"), {});
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QStringLiteral("object")).toString(), QStringLiteral("list"));
    const QJsonArray data = json.value(QStringLiteral("data")).toArray();
    QVERIFY(!data.isEmpty());
    QCOMPARE(data.first().toObject().value(QStringLiteral("object")).toString(), QStringLiteral("model"));
}

void TestFakeProvider::messagesJson()
{
    const QJsonObject request = messagesBody(QStringLiteral("anthropic-canary"));
    const Exchange reply = post(QStringLiteral("/v1/messages"), request,
                                {{"x-fake-cached-tokens", "8000"},
                                 {"x-fake-cache-write-tokens", "1200"},
                                 {"x-fake-cache-write-1h-tokens", "300"}});
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("request-id").startsWith("req_"));
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("message"));
    QCOMPARE(json.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
    QCOMPARE(json.value(QStringLiteral("stop_reason")).toString(), QStringLiteral("end_turn"));
    QCOMPARE(json.value(QStringLiteral("content")).toArray().first().toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("anthropic-canary"));
    const QJsonObject usage = json.value(QStringLiteral("usage")).toObject();
    // Anthropic's input_tokens exclude the cache; the cache counts are reported beside it.
    QCOMPARE(usage.value(QStringLiteral("input_tokens")).toInteger(), promptTokensFor(compact(request)));
    QCOMPARE(usage.value(QStringLiteral("cache_read_input_tokens")).toInteger(), 8000);
    QCOMPARE(usage.value(QStringLiteral("cache_creation_input_tokens")).toInteger(), 1500);
    const QJsonObject creation = usage.value(QStringLiteral("cache_creation")).toObject();
    QCOMPARE(creation.value(QStringLiteral("ephemeral_5m_input_tokens")).toInteger(), 1200);
    QCOMPARE(creation.value(QStringLiteral("ephemeral_1h_input_tokens")).toInteger(), 300);
    QCOMPARE(usage.value(QStringLiteral("output_tokens")).toInteger(), 5);
}

void TestFakeProvider::messagesStream()
{
    const QJsonObject request = messagesBody(QStringLiteral("anthropic-stream-canary"), true);
    const Exchange reply = post(QStringLiteral("/v1/messages"), request,
                                {{"x-fake-cached-tokens", "10"}, {"x-fake-reasoning-tokens", "4"}});
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.body.contains("[DONE]"));
    const QList<SseEvent> events = parseSse(reply.body);
    QList<QByteArray> names;
    for (const SseEvent &event : events) {
        names.append(event.name);
        QCOMPARE(event.json().value(QStringLiteral("type")).toString().toUtf8(), event.name);
    }
    const QList<QByteArray> expected{"message_start",       "content_block_start", "ping",
                                     "content_block_delta", "content_block_delta", "content_block_delta",
                                     "content_block_delta", "content_block_delta", "content_block_stop",
                                     "message_delta",       "message_stop"};
    QCOMPARE(names, expected);

    const QJsonObject startUsage = events.first()
                                       .json()
                                       .value(QStringLiteral("message"))
                                       .toObject()
                                       .value(QStringLiteral("usage"))
                                       .toObject();
    QCOMPARE(startUsage.value(QStringLiteral("input_tokens")).toInteger(), promptTokensFor(compact(request)));
    QCOMPARE(startUsage.value(QStringLiteral("cache_read_input_tokens")).toInteger(), 10);
    QCOMPARE(startUsage.value(QStringLiteral("cache_creation_input_tokens")).toInteger(), 0);
    QCOMPARE(startUsage.value(QStringLiteral("output_tokens")).toInteger(), 1);

    QString text;
    for (const SseEvent &event : events) {
        if (event.name == "content_block_delta")
            text += event.json().value(QStringLiteral("delta")).toObject().value(QStringLiteral("text")).toString();
    }
    QCOMPARE(text, QStringLiteral("anthropic-stream-canary"));
    const QJsonObject delta = events.at(events.size() - 2).json();
    QCOMPARE(delta.value(QStringLiteral("usage")).toObject().value(QStringLiteral("output_tokens")).toInteger(), 5 + 4);
}

void TestFakeProvider::countTokens()
{
    const QJsonObject request = messagesBody(QStringLiteral("count me"));
    const Exchange reply = post(QStringLiteral("/v1/messages/count_tokens"), request);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("input_tokens")).toInteger(), promptTokensFor(compact(request)));
}

void TestFakeProvider::failures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QByteArray>("behavior");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorType");

    const QString chat = QStringLiteral("/v1/chat/completions");
    const QString messages = QStringLiteral("/v1/messages");
    QTest::addRow("openai 429 by header") << chat << QStringLiteral("gpt-4o") << QByteArray("fail-429") << 429 << QStringLiteral("requests");
    QTest::addRow("openai 429 by model") << chat << QStringLiteral("fake-429-retry") << QByteArray() << 429 << QStringLiteral("requests");
    QTest::addRow("anthropic 429 by model") << messages << QStringLiteral("fake-429") << QByteArray() << 429 << QStringLiteral("rate_limit_error");
    QTest::addRow("openai 500") << chat << QStringLiteral("gpt-4o") << QByteArray("fail-500") << 500 << QStringLiteral("server_error");
    QTest::addRow("anthropic 500") << messages << QStringLiteral("claude") << QByteArray("fail-500") << 500 << QStringLiteral("api_error");
    QTest::addRow("openai 503 by model") << chat << QStringLiteral("fake-503") << QByteArray() << 503 << QStringLiteral("server_error");
    QTest::addRow("anthropic 529 by header") << messages << QStringLiteral("claude") << QByteArray("fail-529") << 529 << QStringLiteral("overloaded_error");
    QTest::addRow("anthropic 529 by model") << messages << QStringLiteral("fake-529") << QByteArray() << 529 << QStringLiteral("overloaded_error");
}

void TestFakeProvider::failures()
{
    QFETCH(QString, path);
    QFETCH(QString, model);
    QFETCH(QByteArray, behavior);
    QFETCH(int, status);
    QFETCH(QString, errorType);

    const bool anthropic = path == QStringLiteral("/v1/messages");
    QJsonObject request = anthropic ? messagesBody(QStringLiteral("x"), true) : chatBody(QStringLiteral("x"), true);
    request.insert(QStringLiteral("model"), model);
    Headers headers;
    if (!behavior.isEmpty())
        headers.append({"x-fake-behavior", behavior});
    const Exchange reply = post(path, request, headers);
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("retry-after"), status == 429 ? QByteArray("1") : QByteArray());
    const QJsonObject json = reply.json();
    if (anthropic) {
        // §5.3: {"type":"error","error":{"type":..,"message":..},"request_id":..}
        QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
        QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(), errorType);
        QVERIFY(json.value(QStringLiteral("request_id")).toString().startsWith(QStringLiteral("req_")));
    } else {
        // §4: {"error":{"message":..,"type":..,"param":null,"code":..}}
        const QJsonObject error = json.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("type")).toString(), errorType);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(error.contains(QStringLiteral("param")));
        QCOMPARE(error.value(QStringLiteral("code")).toString(),
                 status == 429 ? QStringLiteral("rate_limit_exceeded") : QString());
    }
}

void TestFakeProvider::slowFirstByte()
{
    QElapsedTimer timer;
    timer.start();
    const Exchange reply = post(QStringLiteral("/v1/chat/completions"), chatBody(QStringLiteral("x")),
                                {{"x-fake-behavior", "slow-first-byte"}, {"x-fake-delay-ms", "250"}});
    QCOMPARE(reply.status, 200);
    QVERIFY2(timer.elapsed() >= 240, qPrintable(QString::number(timer.elapsed())));
}

void TestFakeProvider::slowStream()
{
    QJsonObject request = chatBody(QStringLiteral("slow"), true);
    request.insert(QStringLiteral("model"), QStringLiteral("fake-slow-stream"));
    request.insert(QStringLiteral("max_tokens"), 3);
    QElapsedTimer timer;
    timer.start();
    const Exchange reply = post(QStringLiteral("/v1/chat/completions"), request, {{"x-fake-delay-ms", "60"}});
    QCOMPARE(reply.status, 200);
    // 3 content chunks, the finish chunk and [DONE]: four gaps of 60 ms.
    QVERIFY2(timer.elapsed() >= 4 * 60 - 10, qPrintable(QString::number(timer.elapsed())));
    const QList<SseEvent> events = parseSse(reply.body);
    QCOMPARE(events.size(), 5);
    QCOMPARE(joinedChatText(events), QStringLiteral("slow"));
}

void TestFakeProvider::resetMidStream_data()
{
    QTest::addColumn<bool>("stream");
    QTest::addRow("sse stream") << true;
    QTest::addRow("json body") << false;
}

void TestFakeProvider::resetMidStream()
{
    QFETCH(bool, stream);
    // A raw socket, because QNetworkAccessManager may take a cut chunked body for a complete one.
    const QByteArray body = compact(chatBody(QStringLiteral("reset-canary"), stream));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_provider->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "x-fake-behavior: reset-mid-stream\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&socket, &received] { received += socket.readAll(); });
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    received += socket.readAll();

    QVERIFY2(received.startsWith("HTTP/1.1 200"), received.constData());
    QVERIFY2(received.contains("Transfer-Encoding: chunked"), received.constData());
    QVERIFY(!received.endsWith("0\r\n\r\n")); // the body never ended
    if (stream) {
        QCOMPARE(received.count("data: "), 3); // a few events made it out
        QVERIFY(!received.contains("[DONE]"));
    } else {
        QVERIFY(received.contains("{\"id\":\"chatcmpl-"));
        QVERIFY(!received.contains("\"system_fingerprint\""));
    }
    // The server is fine afterwards.
    QCOMPARE(post(QStringLiteral("/v1/chat/completions"), chatBody(QStringLiteral("y"))).status, 200);
}

void TestFakeProvider::streamEndsEarly_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("behavior");
    QTest::addColumn<QList<QByteArray>>("expectedNames");
    QTest::addColumn<QByteArray>("lastData");
    // Three events, then either nothing more or the API's error event; never the terminal event.
    QTest::addRow("anthropic error event") << QStringLiteral("/v1/messages") << QByteArray("error-mid-stream")
                                           << QList<QByteArray>{"message_start", "content_block_start", "ping", "error"}
                                           << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}");
    QTest::addRow("anthropic truncated") << QStringLiteral("/v1/messages") << QByteArray("truncated-stream")
                                         << QList<QByteArray>{"message_start", "content_block_start", "ping"} << QByteArray();
    QTest::addRow("openai error object") << QStringLiteral("/v1/chat/completions") << QByteArray("error-mid-stream")
                                         << QList<QByteArray>{"", "", "", ""} << QByteArray("{\"error\":");
    QTest::addRow("openai truncated") << QStringLiteral("/v1/chat/completions") << QByteArray("truncated-stream")
                                      << QList<QByteArray>{"", "", ""} << QByteArray();
}

void TestFakeProvider::streamEndsEarly()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, behavior);
    QFETCH(QList<QByteArray>, expectedNames);
    QFETCH(QByteArray, lastData);
    const QJsonObject request = path.endsWith(u"messages") ? messagesBody(QStringLiteral("early"), true)
                                                          : chatBody(QStringLiteral("early"), true);
    const Exchange reply = post(path, request, {{"x-fake-behavior", behavior}});
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.error, QNetworkReply::NoError); // a clean end, not a reset
    QVERIFY(!reply.body.contains("[DONE]"));
    QVERIFY(!reply.body.contains("message_stop"));
    const QList<SseEvent> events = parseSse(reply.body);
    QList<QByteArray> names;
    for (const SseEvent &event : events)
        names.append(event.name);
    QCOMPARE(names, expectedNames);
    if (!lastData.isEmpty())
        QVERIFY2(events.last().data.startsWith(lastData), events.last().data.constData());
}

void TestFakeProvider::hang()
{
    QJsonObject request = chatBody(QStringLiteral("x"));
    request.insert(QStringLiteral("model"), QStringLiteral("fake-hang"));
    QSignalSpy received(m_provider.get(), &FakeProvider::requestReceived);
    const Exchange reply = send("POST", QStringLiteral("/v1/chat/completions"), compact(request), {}, 400);
    QVERIFY(!reply.finished);
    QCOMPARE(received.size(), 1);
    QCOMPARE(post(QStringLiteral("/v1/chat/completions"), chatBody(QStringLiteral("y"))).status, 200);
}

void TestFakeProvider::auth_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("status");

    const QString chat = QStringLiteral("/v1/chat/completions");
    const QString messages = QStringLiteral("/v1/messages");
    QTest::addRow("openai without a key") << chat << Headers() << 401;
    QTest::addRow("openai with a wrong key") << chat << Headers{{"authorization", "Bearer sk-wrong"}} << 401;
    QTest::addRow("openai with x-api-key only") << chat << Headers{{"x-api-key", "sk-good"}} << 401;
    QTest::addRow("openai with the key") << chat << Headers{{"authorization", "Bearer sk-good"}} << 200;
    QTest::addRow("anthropic without a key") << messages << Headers() << 401;
    QTest::addRow("anthropic with a wrong bearer") << messages << Headers{{"authorization", "Bearer sk-wrong"}} << 401;
    QTest::addRow("anthropic with the key as bearer (sdk 1.x)")
        << messages << Headers{{"authorization", "Bearer sk-good"}} << 200;
    QTest::addRow("anthropic with a wrong key") << messages << Headers{{"x-api-key", "sk-wrong"}} << 401;
    QTest::addRow("anthropic with the key") << messages << Headers{{"x-api-key", "sk-good"}} << 200;
}

void TestFakeProvider::auth()
{
    QFETCH(QString, path);
    QFETCH(Headers, headers);
    QFETCH(int, status);

    m_provider = std::make_unique<FakeProvider>(QByteArrayLiteral("sk-good"));
    QVERIFY(m_provider->listen(0));
    const bool anthropic = path == QStringLiteral("/v1/messages");
    const Exchange reply =
        post(path, anthropic ? messagesBody(QStringLiteral("x")) : chatBody(QStringLiteral("x")), headers);
    QCOMPARE(reply.status, status);
    if (status != 401)
        return;
    const QJsonObject json = reply.json();
    if (anthropic) {
        QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("authentication_error"));
    } else {
        const QJsonObject error = json.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("invalid_request_error"));
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_api_key"));
    }
}

void TestFakeProvider::unknownRouteAndBadJson()
{
    const Exchange missing = post(QStringLiteral("/v1/nothing"), chatBody(QStringLiteral("x")));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("invalid_request_error"));

    const Exchange bad = send("POST", QStringLiteral("/v1/messages"), QByteArrayLiteral("{not json"));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("invalid_request_error"));
}

void TestFakeProvider::recordsRequests()
{
    QSignalSpy received(m_provider.get(), &FakeProvider::requestReceived);
    QCOMPARE(post(QStringLiteral("/v1/chat/completions"), chatBody(QStringLiteral("first")), {{"x-custom", "one"}}).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/v1/models?limit=5"), {}).status, 200);

    QCOMPARE(received.size(), 2);
    QCOMPARE(m_provider->requestCount(), 2);
    const QList<FakeProvider::RecordedRequest> requests = m_provider->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, QByteArray("POST"));
    QCOMPARE(requests.at(0).path, QByteArray("/v1/chat/completions"));
    QCOMPARE(requests.at(0).header("x-custom"), QByteArray("one"));
    QCOMPARE(requests.at(0).json.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
    QCOMPARE(requests.at(1).method, QByteArray("GET"));
    QCOMPARE(requests.at(1).path, QByteArray("/v1/models"));
    const auto fromSignal = received.at(0).at(0).value<FakeProvider::RecordedRequest>();
    QCOMPARE(fromSignal.path, QByteArray("/v1/chat/completions"));

    m_provider->setRecordingEnabled(false);
    QCOMPARE(send("GET", QStringLiteral("/v1/models"), {}).status, 200);
    QCOMPARE(m_provider->requestCount(), 3);
    QCOMPARE(m_provider->requests().size(), 2);
}

QTEST_GUILESS_MAIN(TestFakeProvider)
#include "tst_fakeprovider.moc"
