#pragma once

#include "core/gateway/httprequest.h"
#include "core/gateway/requesthandler.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Gateway {
class HttpServer;
}

namespace TestSupport {

/**
 * An upstream LLM API on 127.0.0.1 that answers in the exact OpenAI and Anthropic wire formats, for the
 * gateway's integration tests, end-to-end tests with the official SDKs, and benchmarks.
 *
 * Routes: POST /v1/chat/completions, /v1/completions, /v1/embeddings, /v1/responses, /v1/messages,
 * /v1/messages/count_tokens; GET /v1/models. "stream": true gives SSE where the real API has it.
 *
 * Usage is deterministic so tests can predict it:
 *  - P = max(1, request body bytes / 4) is the new (uncached) input. OpenAI's prompt_tokens / input_tokens
 *    include cached tokens, so they are P + cached; Anthropic's input_tokens is P and the cache fields come
 *    on top, as in the real APIs.
 *  - N = max_tokens | max_completion_tokens | max_output_tokens clamped to 1..20 (20 when absent) content
 *    chunks, one token each; completion/output tokens are N + reasoning tokens.
 *  - cached, cache-write (5m/1h) and reasoning tokens come from the request headers x-fake-cached-tokens,
 *    x-fake-cache-write-tokens, x-fake-cache-write-1h-tokens and x-fake-reasoning-tokens (default 0).
 * The completion text echoes the last user message, split over the N chunks.
 *
 * Behaviour switches, by header "x-fake-behavior: <name>" or by a model name starting with the prefix:
 * fail-429 (fake-429), fail-500 (fake-500), fail-503 (fake-503), fail-529 (fake-529), slow-first-byte
 * (fake-slow-first-byte), reset-mid-stream (fake-reset-mid-stream), slow-stream (fake-slow-stream),
 * hang (fake-hang), and for streams error-mid-stream (fake-error-mid-stream: an error event in the API's shape
 * after three events) and truncated-stream (fake-truncated-stream: three events, then a clean end without
 * [DONE] or message_stop). Delays take x-fake-delay-ms (default 300).
 */
class FakeProvider final : public QObject, public Gateway::RequestHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeProvider)

public:
    /** One request as it arrived, kept for assertions. */
    struct RecordedRequest
    {
        QByteArray method;
        QByteArray path;
        QList<Gateway::HttpHeader> headers; // names lower case
        QByteArray body;
        QJsonObject json; // the body parsed; empty when it is not a JSON object

        /** The first header with this (lower-case) name, or a null QByteArray. */
        QByteArray header(QByteArrayView lowerCaseName) const;
    };

    /** With a non-empty apiKey, OpenAI routes need "Authorization: Bearer <key>" and Anthropic routes
        "x-api-key: <key>" or the Bearer form (newer SDKs send that), else 401 in that API's error shape. */
    explicit FakeProvider(QByteArray apiKey = {}, QObject *parent = nullptr);
    ~FakeProvider() override;

    /** Listens on 127.0.0.1; port 0 picks a free one. */
    bool listen(quint16 port = 0);
    quint16 port() const;
    /** "http://127.0.0.1:PORT" (Anthropic SDK base URL; append "/v1" for the OpenAI SDK). */
    QString baseUrl() const;
    QString errorString() const;

    /** Benchmarks turn recording off so memory stays flat; requestCount() still counts. */
    void setRecordingEnabled(bool enabled) { m_recording = enabled; }
    /** A behaviour name ("fail-503", ...) for requests that name none: a provider that is always down. */
    void setDefaultBehavior(const QByteArray &name) { m_defaultBehavior = name; }
    QList<RecordedRequest> requests() const { return m_requests; }
    int requestCount() const { return m_requestCount; }
    void clearRequests();

    void handleRequest(const Gateway::HttpRequest &request, Gateway::HttpResponseWriter *writer) override;

signals:
    /** A request arrived (emitted before it is answered). */
    void requestReceived(const TestSupport::FakeProvider::RecordedRequest &request);

private:
    QByteArray m_apiKey;
    std::unique_ptr<Gateway::HttpServer> m_server;
    QList<RecordedRequest> m_requests;
    int m_requestCount = 0;
    bool m_recording = true;
    QByteArray m_defaultBehavior;
};

} // namespace TestSupport
