#pragma once

#include "core/gateway/apiroute.h"
#include "core/gateway/errorreply.h"
#include "core/gateway/httpheader.h"
#include "core/gateway/httprequest.h"
#include "core/gateway/requestfacts.h"
#include "core/ledger/tracerecord.h"
#include "core/limits/gatewayconfig.h"
#include "core/limits/spendguard.h"
#include "core/providers/providerrecord.h"
#include "core/providers/ssedecoder.h"
#include "core/providers/streamusagetracker.h"
#include "core/providers/upstreamexchange.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace Gateway {

class GatewayHandler;
class HttpResponse;
class HttpResponseWriter;

/**
 * One request's life in the gateway: admission, the attempts over providers (falling back while
 * nothing reached the client), relaying the answer, metering it, settling its reservation and booking
 * its trace, whose commit comes before the last byte the client receives.
 */
class ProxyCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyCall)

public:
    ProxyCall(GatewayHandler &handler, std::shared_ptr<const Limits::GatewayConfig> config, HttpRequest request,
              HttpResponseWriter *writer);
    ~ProxyCall() override;

    void start();

signals:
    void done(Gateway::ProxyCall *call);

private:
    struct Target
    {
        Providers::ProviderRecord provider;
        QString upstreamModel;
    };

    // Admission
    void answerUnknownRoute();
    bool authenticate();
    void answerModels();
    bool isModelAllowed(const Keys::KeyRecord &key) const;
    /** A "provider/model" name whose part before the slash is a provider's name: that provider, and the model after it. */
    struct Pin
    {
        const Providers::ProviderRecord *provider;
        QString model;
    };
    std::optional<Pin> pinOf(const QString &model) const;
    QList<Target> routeTargets() const;
    /** Whether `provider` is asked with a key (from the environment or the secret store). */
    static bool needsKey(const Providers::ProviderRecord &provider);
    void passOverProvidersWithoutTheirKey();
    enum class Retry { AsTheStatusSays, Advised };
    void reject(GatewayError error, const QString &message, qint64 retryAfterMs = 0, Retry retry = Retry::AsTheStatusSays);
    /** A ceiling held only by what requests in flight reserved frees up as they settle: retry after this. */
    static constexpr qint64 RequestsInFlightRetryAfterMs = 1000;

    // Upstream
    void attempt();
    QByteArray upstreamBody(const Target &target) const;
    void handleHead(int status, const Providers::HttpHeaders &headers);
    void handleBody(const QByteArray &piece);
    void handleUpstreamFinished();
    void handleUpstreamFailed(Providers::UpstreamExchange::Failure reason, const QString &detail);
    void handleClientGone();
    void dropExchange();
    void relayEvents(const QList<Providers::SseEvent> &events);
    bool isTerminalEvent(const Providers::SseEvent &event) const;
    QString streamOutcome() const;
    /** Whether a relayed stream event reports that the stream failed. */
    static bool isErrorEvent(const Providers::SseEvent &event);
    void noteServedModel(const QJsonObject &object);
    QList<HttpHeader> relayedHeaders(const Providers::HttpHeaders &upstream) const;

    // Booking
    void book(const QString &outcome, int status, std::optional<Common::TokenUsage> usage, bool usageEstimated,
              std::function<void()> afterCommit);
    /** What a stream used: the provider's final report, else an estimate (second: true when estimated). */
    std::pair<Common::TokenUsage, bool> streamUsage() const;
    Common::TokenUsage estimatedUsage() const;
    /**
     * Works out the highest worst-case cost over the targets into `worstCase` and returns the models
     * of those without a price; `dropUnpriced` removes those from the targets.
     */
    QStringList priceTargets(bool dropUnpriced, Common::Money &worstCase);
    std::optional<Pricing::PriceRecord> priceFor(const QString &requested, const QString &served, const QString &providerName) const;
    void finishWith(HttpResponse response);
    void finishStream();
    void complete();
    void releaseTokenReservation();

    GatewayHandler &m_handler;
    std::shared_ptr<const Limits::GatewayConfig> m_config;
    HttpRequest m_request;
    QPointer<HttpResponseWriter> m_writer;
    ApiRoute m_route;
    std::optional<RequestFacts> m_facts;
    std::optional<Keys::KeyRecord> m_key;
    std::optional<Limits::SpendGuard::ReservationId> m_reservation;
    qint64 m_tokenReservation = 0; // tokens counted against the key's per-minute limit until the request settles
    QList<Target> m_targets;
    qsizetype m_targetIndex = -1;
    QPointer<Providers::UpstreamExchange> m_exchange;

    QDateTime m_arrival;
    QElapsedTimer m_timer;
    std::optional<qint64> m_ttftMs;
    int m_upstreamStatus = 0;
    bool m_streaming = false;       // relaying an SSE body chunk by chunk
    bool m_injectedUsage = false;   // we asked for include_usage; the client did not
    bool m_streamEnded = false;     // the stream's terminal event ([DONE], message_stop, ...) arrived
    bool m_streamErrored = false;   // the provider sent an error event after its 200 head
    bool m_clientGone = false;
    bool m_booked = false;
    bool m_completed = false;
    qint64 m_traceId = 0;
    bool m_rateHeaders = false;
    QByteArray m_responseBody;      // non-streamed upstream body, held until the trace is committed
    Providers::HttpHeaders m_upstreamHeaders;
    Providers::SseDecoder m_sse;
    std::unique_ptr<Providers::StreamUsageTracker> m_tracker;
    QList<QByteArray> m_heldEvents; // terminal SSE events, sent only after the trace is committed
    QString m_servedModel;
    QList<HttpHeader> m_limitHeaders;
};

} // namespace Gateway
