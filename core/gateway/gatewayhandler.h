#pragma once

#include "core/common/clock.h"
#include "core/gateway/gatewaymetrics.h"
#include "core/gateway/requesthandler.h"
#include "core/ledger/tracerecord.h"
#include "core/limits/gatewayconfig.h"
#include "core/limits/ratelimiter.h"
#include "core/limits/spendguard.h"
#include "core/limits/tokenratelimiter.h"
#include "core/providers/providerrecord.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Ledger {
class TraceSink;
}
namespace Providers {
class UpstreamPool;
}

namespace Gateway {

class ProxyCall;

/**
 * The gateway's one enforcement path: every API route goes through authentication, the model
 * allow-list, credit, the key's spend cap, its rate and token limits, provider routing with fallback,
 * metering and booking. Lives in the gateway thread; each request becomes a ProxyCall.
 */
class GatewayHandler final : public QObject, public RequestHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayHandler)

public:
    static constexpr int BookedReportIntervalMs = 100;
    /** How long a provider key that could not be read stays unread before it is asked for again. */
    static constexpr qint64 MissingSecretRetryMs = 2000;

    /** Reads a provider's upstream secret (environment variable or secret store); nullopt when it has none. */
    using SecretResolver = std::function<std::optional<QString>(const Providers::ProviderRecord &)>;

    GatewayHandler(Ledger::TraceSink &sink, Providers::UpstreamPool &pool, const Common::Clock &clock,
                   QObject *parent = nullptr);
    ~GatewayHandler() override;

    void setSecretResolver(SecretResolver resolver) { m_secretResolver = std::move(resolver); }
    /** The bearer token that opens GET /metrics to non-loopback clients; empty keeps it loopback-only. */
    void setMetricsToken(const QByteArray &token) { m_metricsToken = token; }
    const GatewayMetrics &metrics() const { return m_metrics; }
    /** Takes a new snapshot of keys, providers, prices and credit; in-flight calls keep the one they started with. */
    void applyConfig(std::shared_ptr<const Limits::GatewayConfig> config);
    bool hasConfig() const { return m_config != nullptr; }

    void handleRequest(const HttpRequest &request, HttpResponseWriter *writer) override;
    /** Refusals of the HTTP layer in the caller's API shape: Anthropic's on /v1/messages, OpenAI's elsewhere. */
    HttpResponse protocolError(int status, const QString &message, QByteArrayView target) const override;

    int callsInFlight() const { return int(m_calls.size()); }

signals:
    /**
     * Traces committed since the last report, at most every BookedReportIntervalMs: for live views.
     * Batched because a signal per request to another thread woke that thread thousands of times a second.
     */
    void requestsBooked(const QList<Ledger::TraceRecord> &traces);
    /** The last call in flight finished: used to drain on shutdown. */
    void becameIdle();

private:
    friend class ProxyCall;

    void handleCallFinished(ProxyCall *call);
    void deleteFinishedCalls();
    void noteBooked(const Ledger::TraceRecord &trace);
    void reportBooked();
    void serveMetrics(const HttpRequest &request, HttpResponseWriter *writer);
    QString providerSecret(const Providers::ProviderRecord &provider);

    Ledger::TraceSink &m_sink;
    Providers::UpstreamPool &m_pool;
    const Common::Clock &m_clock;
    std::shared_ptr<const Limits::GatewayConfig> m_config;
    Limits::RateLimiter m_rateLimiter;
    Limits::TokenRateLimiter m_tokenLimiter;
    Limits::SpendGuard m_spendGuard;
    SecretResolver m_secretResolver;
    struct CachedSecret
    {
        QString secret; // empty: could not be read
        qint64 readAtMs = 0;
    };
    QHash<QString, CachedSecret> m_secretCache; // by provider name; cleared with every new config
    QSet<ProxyCall *> m_calls;
    std::vector<ProxyCall *> m_finishedCalls; // done, deleted on the loop's next turn
    QDateTime m_creditPeriodStart;
    QSet<qint64> m_knownKeys;
    GatewayMetrics m_metrics;   // fed by ProxyCall (bookings, rejections); served by serveMetrics()
    QByteArray m_metricsToken;
    QList<Ledger::TraceRecord> m_bookedUnreported; // committed since the last requestsBooked
    QTimer m_bookedReportTimer;
};

} // namespace Gateway
