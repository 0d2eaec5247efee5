#include "tests/support/fakeprovider.h"

#include "core/gateway/httpresponse.h"
#include "core/gateway/httpresponsewriter.h"
#include "core/gateway/httpserver.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstring>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

// The response bodies are written as byte templates rather than through QJsonDocument: the key order then
// matches api-formats.md exactly, and a benchmark pays for little more than the echoed text.

namespace TestSupport {

namespace {

constexpr int MaxChunks = 20;
constexpr int DefaultDelayMs = 300;
constexpr int ResetAfterEvents = 3;
constexpr int DefaultEmbeddingDimensions = 8;
constexpr int MaxEmbeddingDimensions = 4096;
constexpr char Created[] = "1735689600"; // fixed, so whole bodies are reproducible

enum class Api { OpenAi, Anthropic };
enum class Route { Chat, Completions, Embeddings, Responses, Models, Messages, CountTokens };
enum class Behavior {
    Normal, Fail429, Fail500, Fail503, Fail529, SlowFirstByte, ResetMidStream, SlowStream, Hang, ErrorMidStream, TruncatedStream,
    NoUsage
};

struct BehaviorName
{
    const char *header;      // value of x-fake-behavior
    const char *modelPrefix; // or a model name starting with this
    Behavior behavior;
};

constexpr BehaviorName BehaviorNames[] = {
    {"fail-429", "fake-429", Behavior::Fail429},
    {"fail-500", "fake-500", Behavior::Fail500},
    {"fail-503", "fake-503", Behavior::Fail503},
    {"fail-529", "fake-529", Behavior::Fail529},
    {"slow-first-byte", "fake-slow-first-byte", Behavior::SlowFirstByte},
    {"reset-mid-stream", "fake-reset-mid-stream", Behavior::ResetMidStream},
    {"slow-stream", "fake-slow-stream", Behavior::SlowStream},
    {"hang", "fake-hang", Behavior::Hang},
    {"error-mid-stream", "fake-error-mid-stream", Behavior::ErrorMidStream},
    {"truncated-stream", "fake-truncated-stream", Behavior::TruncatedStream},
    // A whole (not streamed) answer without its usage object, as some OpenAI-compatible servers send.
    {"no-usage", "fake-no-usage", Behavior::NoUsage},
};

/** What one request asks for, reduced to the numbers and text the answer is built from. */
struct Call
{
    Route route = Route::Chat;
    Api api = Api::OpenAi;
    QByteArray number;    // per-provider request number, used in ids
    QByteArray model;     // UTF-8, unescaped
    QString text;         // the completion: the last user message echoed
    int chunks = MaxChunks;
    qint64 prompt = 1;    // new input tokens: max(1, body bytes / 4)
    qint64 cached = 0;
    qint64 write5m = 0;
    qint64 write1h = 0;
    qint64 reasoning = 0;
    bool stream = false;
    bool includeUsage = false;

    qint64 output() const { return chunks + reasoning; }
};

/** An answer: a whole response, or a head plus SSE events. */
struct Reply
{
    Gateway::HttpResponse head; // the whole response when !streamed
    bool streamed = false;
    QList<QByteArray> events;
};

/** A reply sent over time (delays, a reset); lives as long as a timer or the writer needs it. */
struct Delivery
{
    QPointer<Gateway::HttpResponseWriter> writer;
    Reply reply;
    Behavior behavior = Behavior::Normal;
    int delayMs = DefaultDelayMs;
    qsizetype next = 0;
    qsizetype resetAfter = -1; // abort the connection instead of sending this event
};

// --- JSON text ---------------------------------------------------------------------------------------------

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out += '"';
    for (const char ch : utf8) {
        switch (ch) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {
            const auto byte = static_cast<unsigned char>(ch);
            if (byte < 0x20) { // RFC 8259 §7: control characters must be escaped
                out += "\\u00";
                out += Hex[byte >> 4];
                out += Hex[byte & 0xF];
            } else {
                out += ch;
            }
        }
        }
    }
    out += '"';
}

QByteArray jsonString(QByteArrayView utf8)
{
    QByteArray out;
    out.reserve(utf8.size() + 2);
    appendJsonString(out, utf8);
    return out;
}

QByteArray jsonString(QStringView text)
{
    return jsonString(text.toUtf8());
}

QByteArray num(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray sseData(const QByteArray &json)
{
    return QByteArrayLiteral("data: ") + json + QByteArrayLiteral("\n\n");
}

QByteArray sseEvent(QByteArrayView name, const QByteArray &json)
{
    QByteArray out;
    out.reserve(name.size() + json.size() + 16);
    out += "event: ";
    out += name;
    out += "\ndata: ";
    out += json;
    out += "\n\n";
    return out;
}

// --- request reading ---------------------------------------------------------------------------------------

std::optional<Route> routeFor(const QByteArray &method, const QByteArray &path)
{
    if (method == "GET")
        return path == "/v1/models" ? std::optional(Route::Models) : std::nullopt;
    if (method != "POST")
        return std::nullopt;
    if (path == "/v1/chat/completions")
        return Route::Chat;
    if (path == "/v1/completions")
        return Route::Completions;
    if (path == "/v1/embeddings")
        return Route::Embeddings;
    if (path == "/v1/responses")
        return Route::Responses;
    if (path == "/v1/messages")
        return Route::Messages;
    if (path == "/v1/messages/count_tokens")
        return Route::CountTokens;
    return std::nullopt;
}

Api apiForPath(const QByteArray &path)
{
    return path.startsWith("/v1/messages") ? Api::Anthropic : Api::OpenAi;
}

qint64 headerCount(const Gateway::HttpRequest &request, QByteArrayView name)
{
    bool ok = false;
    const qint64 value = request.header(name).trimmed().toLongLong(&ok);
    return ok ? std::max<qint64>(0, value) : 0;
}

/** A content value as the APIs allow it: a string, or an array of parts whose "text" fields are joined. */
QString contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QString text;
    const QJsonArray parts = content.toArray();
    for (const QJsonValue &part : parts) {
        const QJsonValue partText = part.toObject().value(QLatin1String("text"));
        if (partText.isString())
            text += partText.toString();
    }
    return text;
}

QString lastUserText(const QJsonArray &messages)
{
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject message = messages.at(i).toObject();
        if (message.value(QLatin1String("role")).toString() == QLatin1String("user"))
            return contentText(message.value(QLatin1String("content")));
    }
    return {};
}

QString promptText(Route route, const QJsonObject &json)
{
    switch (route) {
    case Route::Chat:
    case Route::Messages:
        return lastUserText(json.value(QLatin1String("messages")).toArray());
    case Route::Responses: {
        const QJsonValue input = json.value(QLatin1String("input"));
        return input.isString() ? input.toString() : lastUserText(input.toArray());
    }
    case Route::Completions: {
        const QJsonValue prompt = json.value(QLatin1String("prompt"));
        if (prompt.isArray()) {
            const QJsonArray prompts = prompt.toArray();
            return prompts.isEmpty() ? QString() : prompts.last().toString();
        }
        return prompt.toString();
    }
    case Route::Embeddings:
    case Route::Models:
    case Route::CountTokens:
        break;
    }
    return {};
}

int chunkCount(const QJsonObject &json)
{
    for (const char *key : {"max_tokens", "max_completion_tokens", "max_output_tokens"}) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isDouble())
            return int(std::clamp<qint64>(value.toInteger(), 1, MaxChunks));
    }
    return MaxChunks;
}

Behavior behaviorFor(const Gateway::HttpRequest &request, const QByteArray &model, const QByteArray &defaultBehavior)
{
    QByteArray named = request.header("x-fake-behavior").trimmed();
    if (named.isEmpty() && !model.startsWith("fake-"))
        named = defaultBehavior;
    for (const BehaviorName &entry : BehaviorNames) {
        if (!named.isEmpty() ? named == entry.header : model.startsWith(entry.modelPrefix))
            return entry.behavior;
    }
    return Behavior::Normal;
}

/** The text split into n consecutive pieces (some may be empty), never inside a surrogate pair. */
QList<QByteArray> pieces(const QString &text, int n)
{
    QList<QByteArray> out;
    out.reserve(n);
    qsizetype begin = 0;
    for (int i = 1; i <= n; ++i) {
        qsizetype end = i == n ? text.size() : text.size() * i / n;
        end = std::max(end, begin);
        if (end < text.size() && text.at(end).isLowSurrogate())
            ++end;
        out.append(jsonString(QStringView(text).sliced(begin, end - begin)));
        begin = end;
    }
    return out;
}

// --- usage objects -----------------------------------------------------------------------------------------

QByteArray openAiUsage(const Call &c)
{
    const qint64 prompt = c.prompt + c.cached; // OpenAI counts cached tokens inside prompt_tokens
    return "{\"prompt_tokens\":" + num(prompt) + ",\"completion_tokens\":" + num(c.output())
         + ",\"total_tokens\":" + num(prompt + c.output()) + ",\"prompt_tokens_details\":{\"cached_tokens\":"
         + num(c.cached) + ",\"audio_tokens\":0},\"completion_tokens_details\":{\"reasoning_tokens\":"
         + num(c.reasoning)
         + ",\"audio_tokens\":0,\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}}";
}

QByteArray responsesUsage(const Call &c)
{
    const qint64 input = c.prompt + c.cached;
    return "{\"input_tokens\":" + num(input) + ",\"input_tokens_details\":{\"cached_tokens\":" + num(c.cached)
         + "},\"output_tokens\":" + num(c.output()) + ",\"output_tokens_details\":{\"reasoning_tokens\":"
         + num(c.reasoning) + "},\"total_tokens\":" + num(input + c.output()) + '}';
}

QByteArray anthropicUsage(const Call &c, qint64 outputTokens)
{
    // Anthropic's input_tokens excludes cache reads and writes; they are reported beside it.
    return "{\"input_tokens\":" + num(c.prompt) + ",\"cache_creation_input_tokens\":" + num(c.write5m + c.write1h)
         + ",\"cache_read_input_tokens\":" + num(c.cached) + ",\"cache_creation\":{\"ephemeral_5m_input_tokens\":"
         + num(c.write5m) + ",\"ephemeral_1h_input_tokens\":" + num(c.write1h)
         + "},\"output_tokens\":" + num(outputTokens) + ",\"service_tier\":\"standard\"}";
}

// --- replies -----------------------------------------------------------------------------------------------

Reply jsonReply(const Call &c, int status, QByteArray body)
{
    Reply reply;
    reply.head = Gateway::HttpResponse(status, QByteArrayLiteral("application/json"), std::move(body));
    if (c.api == Api::Anthropic)
        reply.head.setHeader(QByteArrayLiteral("request-id"), "req_fake" + c.number);
    else
        reply.head.setHeader(QByteArrayLiteral("x-request-id"), "req_fake" + c.number);
    return reply;
}

Reply sseReply(const Call &c, QList<QByteArray> events)
{
    Reply reply = jsonReply(c, 200, {});
    reply.head.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream; charset=utf-8"));
    reply.head.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    reply.streamed = true;
    reply.events = std::move(events);
    return reply;
}

/** api-formats.md §4 (OpenAI) and §5.3 (Anthropic) error bodies. */
Reply errorReply(const Call &c, int status, QByteArrayView detail = {})
{
    QByteArray body;
    if (c.api == Api::Anthropic) {
        const char *type = "api_error";
        QByteArray message = QByteArrayLiteral("Internal server error");
        switch (status) {
        case 400: type = "invalid_request_error"; message = detail.toByteArray(); break;
        case 401: type = "authentication_error"; message = QByteArrayLiteral("invalid x-api-key"); break;
        case 404: type = "not_found_error"; message = detail.toByteArray(); break;
        case 429: type = "rate_limit_error";
            message = QByteArrayLiteral("This request would exceed the rate limit for your organization (fake) "
                                        "of 50 requests per minute.");
            break;
        case 503: message = QByteArrayLiteral("Service unavailable"); break;
        case 529: type = "overloaded_error"; message = QByteArrayLiteral("Overloaded"); break;
        default: break;
        }
        body = "{\"type\":\"error\",\"error\":{\"type\":\"" + QByteArray(type) + "\",\"message\":"
             + jsonString(message) + "},\"request_id\":\"req_fake" + c.number + "\"}";
    } else {
        const char *type = "server_error";
        const char *code = nullptr;
        QByteArray message = QByteArrayLiteral("The server had an error while processing your request. Sorry about that!");
        switch (status) {
        case 400: type = "invalid_request_error"; message = detail.toByteArray(); break;
        case 401: type = "invalid_request_error"; code = "invalid_api_key";
            message = QByteArrayLiteral("Incorrect API key provided. You can find your API key at "
                                        "https://platform.openai.com/account/api-keys.");
            break;
        case 404: type = "invalid_request_error"; message = detail.toByteArray(); break;
        case 429: type = "requests"; code = "rate_limit_exceeded";
            message = "Rate limit reached for " + c.model + " in organization org-fake on requests per min (RPM): "
                      "Limit 3, Used 3, Requested 1. Please try again in 1s.";
            break;
        case 503: message = QByteArrayLiteral("The engine is currently overloaded, please try again later."); break;
        case 529: message = QByteArrayLiteral("Overloaded"); break;
        default: break;
        }
        body = "{\"error\":{\"message\":" + jsonString(message) + ",\"type\":\"" + QByteArray(type)
             + "\",\"param\":null,\"code\":" + (code ? '"' + QByteArray(code) + '"' : QByteArray("null")) + "}}";
    }
    Reply reply = jsonReply(c, status, std::move(body));
    if (status == 529)
        reply.head.reason = QByteArrayLiteral("Overloaded"); // no standard phrase
    if (status == 429)
        reply.head.setHeader(QByteArrayLiteral("retry-after"), QByteArrayLiteral("1"));
    return reply;
}

Reply chatReply(const Call &c)
{
    const QByteArray id = "\"chatcmpl-fake" + c.number + '"';
    const QByteArray model = jsonString(c.model);
    if (!c.stream) {
        return jsonReply(c, 200, "{\"id\":" + id + ",\"object\":\"chat.completion\",\"created\":" + Created
                                     + ",\"model\":" + model
                                     + ",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                                     + jsonString(c.text)
                                     + ",\"refusal\":null},\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":"
                                     + openAiUsage(c) + ",\"service_tier\":\"default\",\"system_fingerprint\":\"fp_fake\"}");
    }
    const QByteArray prefix = "{\"id\":" + id + ",\"object\":\"chat.completion.chunk\",\"created\":" + Created
                            + ",\"model\":" + model + ",\"system_fingerprint\":\"fp_fake\",\"choices\":";
    QList<QByteArray> events;
    events.reserve(c.chunks + 3);
    const QList<QByteArray> texts = pieces(c.text, c.chunks);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        // The first content chunk also carries the role, so the stream holds exactly N content chunks.
        const QByteArray role = i == 0 ? QByteArrayLiteral("\"role\":\"assistant\",") : QByteArray();
        events.append(sseData(prefix + "[{\"index\":0,\"delta\":{" + role + "\"content\":" + texts.at(i)
                              + "},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}"));
    }
    events.append(sseData(prefix + "[{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":null}"));
    if (c.includeUsage)
        events.append(sseData(prefix + "[],\"usage\":" + openAiUsage(c) + '}'));
    events.append(QByteArrayLiteral("data: [DONE]\n\n"));
    return sseReply(c, std::move(events));
}

Reply completionReply(const Call &c)
{
    const QByteArray prefix = "{\"id\":\"cmpl-fake" + c.number + "\",\"object\":\"text_completion\",\"created\":"
                            + Created + ",\"model\":" + jsonString(c.model) + ",\"system_fingerprint\":\"fp_fake\",\"choices\":";
    if (!c.stream) {
        return jsonReply(c, 200, prefix + "[{\"text\":" + jsonString(c.text)
                                     + ",\"index\":0,\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":"
                                     + openAiUsage(c) + '}');
    }
    QList<QByteArray> events;
    events.reserve(c.chunks + 3);
    for (const QByteArray &text : pieces(c.text, c.chunks)) {
        events.append(sseData(prefix + "[{\"text\":" + text
                              + ",\"index\":0,\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}"));
    }
    events.append(sseData(prefix + "[{\"text\":\"\",\"index\":0,\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":null}"));
    if (c.includeUsage)
        events.append(sseData(prefix + "[],\"usage\":" + openAiUsage(c) + '}'));
    events.append(QByteArrayLiteral("data: [DONE]\n\n"));
    return sseReply(c, std::move(events));
}

Reply embeddingReply(const Call &c, const QJsonObject &json)
{
    const QJsonValue input = json.value(QLatin1String("input"));
    qsizetype inputs = 1;
    // A list of strings or of token arrays is one embedding each; a string or one token array is one.
    if (input.isArray()) {
        const QJsonArray list = input.toArray();
        if (!list.isEmpty() && (list.first().isString() || list.first().isArray()))
            inputs = list.size();
    }
    const QJsonValue dimensionsValue = json.value(QLatin1String("dimensions"));
    const int dimensions = dimensionsValue.isDouble()
        ? int(std::clamp<qint64>(dimensionsValue.toInteger(), 1, MaxEmbeddingDimensions))
        : DefaultEmbeddingDimensions;
    // The openai SDK asks for base64 (little-endian float32) unless told otherwise, and decodes it.
    const bool base64 = json.value(QLatin1String("encoding_format")).toString() == QLatin1String("base64");

    QByteArray body = QByteArrayLiteral("{\"object\":\"list\",\"data\":[");
    for (qsizetype i = 0; i < inputs; ++i) {
        if (i > 0)
            body += ',';
        body += "{\"object\":\"embedding\",\"index\":" + num(i) + ",\"embedding\":";
        QByteArray floats;
        if (base64)
            floats.reserve(dimensions * qsizetype(sizeof(float)));
        else
            body += '[';
        for (int d = 0; d < dimensions; ++d) {
            // Deterministic values in [-0.1, 0.1) that differ per input and per dimension.
            const float value = float((i * 31 + d * 7) % 200 - 100) / 1000.0F;
            if (base64) {
                char bytes[sizeof(float)];
                std::memcpy(bytes, &value, sizeof(float));
                if constexpr (Q_BYTE_ORDER == Q_BIG_ENDIAN)
                    std::reverse(std::begin(bytes), std::end(bytes));
                floats.append(bytes, qsizetype(sizeof(float)));
            } else {
                if (d > 0)
                    body += ',';
                body += QByteArray::number(double(value), 'g', 6);
            }
        }
        body += base64 ? '"' + floats.toBase64() + '"' : QByteArray("]");
        body += '}';
    }
    body += "],\"model\":" + jsonString(c.model) + ",\"usage\":{\"prompt_tokens\":" + num(c.prompt)
          + ",\"total_tokens\":" + num(c.prompt) + "}}";
    return jsonReply(c, 200, std::move(body));
}

QByteArray responseObject(const Call &c, const char *status, const QByteArray &output, const QByteArray &usage,
                          const QByteArray &error = QByteArrayLiteral("null"))
{
    return "{\"id\":\"resp_fake" + c.number + "\",\"object\":\"response\",\"created_at\":" + Created
         + ",\"status\":\"" + QByteArray(status)
         + "\",\"error\":" + error + ",\"incomplete_details\":null,\"instructions\":null,\"max_output_tokens\":null,\"model\":"
         + jsonString(c.model) + ",\"output\":" + output
         + ",\"parallel_tool_calls\":true,\"previous_response_id\":null,\"reasoning\":{\"effort\":null,\"summary\":null},"
           "\"store\":true,\"temperature\":1.0,\"text\":{\"format\":{\"type\":\"text\"}},\"tool_choice\":\"auto\","
           "\"tools\":[],\"top_p\":1.0,\"truncation\":\"disabled\",\"usage\":"
         + usage + ",\"user\":null,\"metadata\":{}}";
}

Reply responsesReply(const Call &c)
{
    const QByteArray itemId = "\"msg_fake" + c.number + '"';
    const QByteArray text = jsonString(c.text);
    const QByteArray part = "{\"type\":\"output_text\",\"text\":" + text + ",\"annotations\":[]}";
    const QByteArray item = "{\"id\":" + itemId + ",\"type\":\"message\",\"status\":\"completed\",\"role\":\"assistant\","
                            "\"content\":[" + part + "]}";
    if (!c.stream)
        return jsonReply(c, 200, responseObject(c, "completed", '[' + item + ']', responsesUsage(c)));

    // The full event sequence, so the SDK's stream helpers can rebuild the response from it.
    QList<QByteArray> events;
    events.reserve(c.chunks + 8);
    int sequence = 0;
    auto add = [&events, &sequence](const char *type, const QByteArray &fields) {
        events.append(sseEvent(type, "{\"type\":\"" + QByteArray(type) + "\",\"sequence_number\":" + num(sequence++)
                                         + fields + '}'));
    };
    const QByteArray inProgress = responseObject(c, "in_progress", QByteArrayLiteral("[]"), QByteArrayLiteral("null"));
    const QByteArray where = ",\"item_id\":" + itemId + ",\"output_index\":0,\"content_index\":0";
    add("response.created", ",\"response\":" + inProgress);
    add("response.in_progress", ",\"response\":" + inProgress);
    add("response.output_item.added",
        ",\"output_index\":0,\"item\":{\"id\":" + itemId
            + ",\"type\":\"message\",\"status\":\"in_progress\",\"role\":\"assistant\",\"content\":[]}");
    add("response.content_part.added", where + ",\"part\":{\"type\":\"output_text\",\"text\":\"\",\"annotations\":[]}");
    for (const QByteArray &delta : pieces(c.text, c.chunks))
        add("response.output_text.delta", where + ",\"delta\":" + delta + ",\"logprobs\":[]");
    add("response.output_text.done", where + ",\"text\":" + text + ",\"logprobs\":[]");
    add("response.content_part.done", where + ",\"part\":" + part);
    add("response.output_item.done", ",\"output_index\":0,\"item\":" + item);
    add("response.completed", ",\"response\":" + responseObject(c, "completed", '[' + item + ']', responsesUsage(c)));
    return sseReply(c, std::move(events));
}

Reply messagesReply(const Call &c)
{
    const QByteArray head = "{\"id\":\"msg_fake" + c.number + "\",\"type\":\"message\",\"role\":\"assistant\",\"model\":"
                          + jsonString(c.model);
    if (!c.stream) {
        return jsonReply(c, 200, head + ",\"content\":[{\"type\":\"text\",\"text\":" + jsonString(c.text)
                                     + "}],\"stop_reason\":\"end_turn\",\"stop_sequence\":null,\"usage\":"
                                     + anthropicUsage(c, c.output()) + '}');
    }
    QList<QByteArray> events;
    events.reserve(c.chunks + 6);
    events.append(sseEvent("message_start", "{\"type\":\"message_start\",\"message\":" + head
                                                + ",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,\"usage\":"
                                                + anthropicUsage(c, 1) + "}}"));
    events.append(sseEvent("content_block_start", QByteArrayLiteral("{\"type\":\"content_block_start\",\"index\":0,"
                                                                    "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}")));
    events.append(sseEvent("ping", QByteArrayLiteral("{\"type\":\"ping\"}")));
    for (const QByteArray &text : pieces(c.text, c.chunks)) {
        events.append(sseEvent("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
                                                      "{\"type\":\"text_delta\",\"text\":" + text + "}}"));
    }
    events.append(sseEvent("content_block_stop", QByteArrayLiteral("{\"type\":\"content_block_stop\",\"index\":0}")));
    // message_delta usage is cumulative (api-formats.md §5.2).
    events.append(sseEvent("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\","
                                            "\"stop_sequence\":null},\"usage\":{\"output_tokens\":" + num(c.output()) + "}}"));
    events.append(sseEvent("message_stop", QByteArrayLiteral("{\"type\":\"message_stop\"}")));
    return sseReply(c, std::move(events));
}

Reply modelsReply(const Call &c)
{
    static constexpr const char *Models[] = {
        "gpt-4o-mini", "gpt-4o", "text-embedding-3-small", "claude-sonnet-4-5", "claude-haiku-4-5", "fake-model",
    };
    QByteArray body = QByteArrayLiteral("{\"object\":\"list\",\"data\":[");
    for (const char *model : Models) {
        if (!body.endsWith('['))
            body += ',';
        body += "{\"id\":\"" + QByteArray(model) + "\",\"object\":\"model\",\"created\":" + Created
              + ",\"owned_by\":\"fake-provider\"}";
    }
    body += "]}";
    return jsonReply(c, 200, std::move(body));
}

/**
 * A stream that ends early but cleanly (the last chunk is sent): after ResetAfterEvents events, either nothing
 * more (a truncated stream, no [DONE] or message_stop) or the error event the API sends after its 200 head
 * (api-formats.md §5.2: Anthropic's `event: error`; OpenAI-compatible servers send a `data:` error object).
 */
void endStreamEarly(const Call &c, Reply &reply, bool withError)
{
    if (!reply.streamed)
        return;
    reply.events = reply.events.mid(0, std::min<qsizetype>(ResetAfterEvents, reply.events.size() - 1));
    if (!withError)
        return;
    if (c.route == Route::Responses) {
        // The Responses API ends a failed stream with its own terminal event, usage null (api-formats.md §2).
        const QByteArray error = QByteArrayLiteral("{\"code\":\"server_error\",\"message\":\"The model failed to respond.\"}");
        reply.events.append(sseEvent("response.failed", "{\"type\":\"response.failed\",\"sequence_number\":"
                                                            + num(reply.events.size()) + ",\"response\":"
                                                            + responseObject(c, "failed", QByteArrayLiteral("[]"),
                                                                             QByteArrayLiteral("null"), error)
                                                            + '}'));
    } else if (c.api == Api::Anthropic) {
        reply.events.append(sseEvent("error", QByteArrayLiteral("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\","
                                                                "\"message\":\"Overloaded\"}}")));
    } else {
        reply.events.append(sseData(QByteArrayLiteral("{\"error\":{\"message\":\"The server had an error while processing "
                                                      "your request.\",\"type\":\"server_error\",\"param\":null,\"code\":null}}")));
    }
}

Reply successReply(const Call &c, const QJsonObject &json)
{
    switch (c.route) {
    case Route::Chat: return chatReply(c);
    case Route::Completions: return completionReply(c);
    case Route::Embeddings: return embeddingReply(c, json);
    case Route::Responses: return responsesReply(c);
    case Route::Messages: return messagesReply(c);
    case Route::CountTokens: return jsonReply(c, 200, "{\"input_tokens\":" + num(c.prompt) + '}');
    case Route::Models: return modelsReply(c);
    }
    return errorReply(c, 500);
}

// --- delivery ----------------------------------------------------------------------------------------------

/** Resets the connection (RST where the OS lets us) without finishing the response, once what was written
    has reached the kernel. */
void abortConnection(Gateway::HttpResponseWriter *writer)
{
    // The writer does not expose its socket; it is the direct QTcpSocket child of the connection that owns
    // the writer.
    QObject *connection = writer->parent();
    auto *socket = connection ? connection->findChild<QTcpSocket *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!socket)
        return;
    auto reset = [socket] {
#ifdef Q_OS_UNIX
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN, like a crashed upstream or a
        // dropped proxy; a FIN alone lets some clients take a truncated body for a complete one.
        const linger abortive{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
#endif
        socket->abort();
    };
    socket->flush();
    if (socket->bytesToWrite() == 0) {
        reset();
        return;
    }
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [socket, reset] {
        if (socket->bytesToWrite() == 0)
            reset();
    });
}

void pump(const std::shared_ptr<Delivery> &delivery)
{
    Gateway::HttpResponseWriter *writer = delivery->writer.data();
    if (!writer || !writer->isClientConnected() || writer->isFinished())
        return;
    const Reply &reply = delivery->reply;
    if (!writer->isStarted()) {
        if (!reply.streamed) {
            writer->respond(reply.head);
            return;
        }
        writer->beginStream(reply.head);
    }
    while (delivery->next < reply.events.size()) {
        if (delivery->next == delivery->resetAfter) {
            abortConnection(writer);
            return;
        }
        writer->writeChunk(reply.events.at(delivery->next++));
        if (delivery->behavior == Behavior::SlowStream && delivery->next < reply.events.size()) {
            QTimer::singleShot(delivery->delayMs, writer, [delivery] { pump(delivery); });
            return;
        }
    }
    writer->endStream();
}

void deliver(Gateway::HttpResponseWriter *writer, Reply reply, Behavior behavior, int delayMs)
{
    if (behavior == Behavior::Normal) {
        // The common, benchmarked path: everything at once. The events are small and QTcpSocket buffers them.
        if (!reply.streamed) {
            writer->respond(reply.head);
            return;
        }
        writer->beginStream(reply.head);
        for (const QByteArray &event : std::as_const(reply.events))
            writer->writeChunk(event);
        writer->endStream();
        return;
    }
    auto delivery = std::make_shared<Delivery>();
    delivery->writer = writer;
    delivery->behavior = behavior;
    delivery->delayMs = delayMs;
    if (behavior == Behavior::ResetMidStream) {
        if (!reply.streamed) {
            // A JSON answer is cut in half: the head and the first half go out, then the connection drops.
            const QByteArray body = reply.head.body;
            reply.streamed = true;
            reply.events = {body.left(body.size() / 2), body.mid(body.size() / 2)};
        }
        // At least one event goes out and at least one is never sent.
        delivery->resetAfter = std::min<qsizetype>(ResetAfterEvents, std::max<qsizetype>(1, reply.events.size() - 1));
    }
    delivery->reply = std::move(reply);
    if (behavior == Behavior::SlowFirstByte)
        QTimer::singleShot(delayMs, writer, [delivery] { pump(delivery); });
    else
        pump(delivery);
}

} // namespace

QByteArray FakeProvider::RecordedRequest::header(QByteArrayView lowerCaseName) const
{
    for (const Gateway::HttpHeader &h : headers) {
        if (h.name == lowerCaseName)
            return h.value;
    }
    return {};
}

FakeProvider::FakeProvider(QByteArray apiKey, QObject *parent)
    : QObject(parent)
    , m_apiKey(std::move(apiKey))
    , m_server(std::make_unique<Gateway::HttpServer>(this))
{
}

// The server goes first: its connections may still hold timers that call back into this handler.
FakeProvider::~FakeProvider()
{
    m_server.reset();
}

bool FakeProvider::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 FakeProvider::port() const
{
    return m_server->serverPort();
}

QString FakeProvider::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:") + QString::number(port());
}

QString FakeProvider::errorString() const
{
    return m_server->errorString();
}

void FakeProvider::clearRequests()
{
    m_requests.clear();
    m_requestCount = 0;
}

void FakeProvider::handleRequest(const Gateway::HttpRequest &request, Gateway::HttpResponseWriter *writer)
{
    ++m_requestCount;
    RecordedRequest record{request.method, request.path(), request.headers, request.body, {}};
    bool jsonOk = true;
    if (!request.body.isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        jsonOk = error.error == QJsonParseError::NoError && document.isObject();
        record.json = document.object();
    }
    if (m_recording)
        m_requests.append(record);
    emit requestReceived(record);

    const QJsonObject &json = record.json;
    Call call;
    call.api = apiForPath(record.path);
    call.number = num(m_requestCount);
    call.model = json.value(QLatin1String("model")).toString().toUtf8();

    const std::optional<Route> route = routeFor(request.method, record.path);
    if (!route) {
        const QByteArray what = request.method + ' ' + record.path;
        const QByteArray message = call.api == Api::Anthropic ? QByteArray("Not found: " + what)
                                                              : QByteArray("Invalid URL (" + what + ')');
        deliver(writer, errorReply(call, 404, message), Behavior::Normal, 0);
        return;
    }
    call.route = *route;

    const bool authorized = [&] {
        if (m_apiKey.isEmpty())
            return true;
        const bool bearer = request.header("authorization") == "Bearer " + m_apiKey;
        const bool xApiKey = request.header("x-api-key") == m_apiKey;
        // Anthropic takes x-api-key, and also a Bearer key: @anthropic-ai/sdk 1.x sends its apiKey that way.
        // /v1/models exists in both APIs.
        if (call.api == Api::Anthropic || call.route == Route::Models)
            return bearer || xApiKey;
        return bearer;
    }();
    if (!authorized) {
        deliver(writer, errorReply(call, 401), Behavior::Normal, 0);
        return;
    }
    if (!jsonOk || (request.method == "POST" && json.isEmpty())) {
        deliver(writer, errorReply(call, 400, "We could not parse the JSON body of your request."), Behavior::Normal, 0);
        return;
    }

    Behavior behavior = behaviorFor(request, call.model, m_defaultBehavior);
    const int delayMs = request.hasHeader("x-fake-delay-ms") ? int(std::min<qint64>(headerCount(request, "x-fake-delay-ms"), 600'000))
                                                            : DefaultDelayMs;
    switch (behavior) {
    case Behavior::Hang:
        return; // never answered; the connection goes when the client does
    case Behavior::Fail429: deliver(writer, errorReply(call, 429), Behavior::Normal, 0); return;
    case Behavior::Fail500: deliver(writer, errorReply(call, 500), Behavior::Normal, 0); return;
    case Behavior::Fail503: deliver(writer, errorReply(call, 503), Behavior::Normal, 0); return;
    case Behavior::Fail529: deliver(writer, errorReply(call, 529), Behavior::Normal, 0); return;
    default: break;
    }

    call.text = promptText(call.route, json);
    call.chunks = chunkCount(json);
    call.prompt = std::max<qint64>(1, request.body.size() / 4);
    call.cached = headerCount(request, "x-fake-cached-tokens");
    call.write5m = headerCount(request, "x-fake-cache-write-tokens");
    call.write1h = headerCount(request, "x-fake-cache-write-1h-tokens");
    call.reasoning = headerCount(request, "x-fake-reasoning-tokens");
    call.stream = json.value(QLatin1String("stream")).toBool();
    call.includeUsage =
        json.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool();
    if (call.route == Route::Embeddings || call.route == Route::CountTokens || call.route == Route::Models)
        call.stream = false;
    Reply reply = successReply(call, json);
    if (behavior == Behavior::NoUsage && !reply.streamed) {
        QJsonObject answer = QJsonDocument::fromJson(reply.head.body).object();
        answer.remove(QLatin1String("usage"));
        reply.head.body = QJsonDocument(answer).toJson(QJsonDocument::Compact);
        behavior = Behavior::Normal;
    }
    if (behavior == Behavior::ErrorMidStream || behavior == Behavior::TruncatedStream) {
        endStreamEarly(call, reply, behavior == Behavior::ErrorMidStream);
        deliver(writer, std::move(reply), Behavior::Normal, 0);
        return;
    }
    deliver(writer, std::move(reply), behavior, delayMs);
}

} // namespace TestSupport
