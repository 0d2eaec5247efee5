#include "core/gateway/gatewayhandler.h"

#include "core/gateway/apiroute.h"
#include "core/gateway/errorreply.h"
#include "core/gateway/httpresponsewriter.h"
#include "core/gateway/proxycall.h"
#include "core/ledger/tracesink.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QThread>

#include <utility>

namespace {
Q_LOGGING_CATEGORY(lcGateway, "tollgate.gateway")
}

namespace Gateway {

GatewayHandler::GatewayHandler(Ledger::TraceSink &sink, Providers::UpstreamPool &pool, const Common::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_sink(sink)
    , m_pool(pool)
    , m_clock(clock)
{
    m_bookedReportTimer.setSingleShot(true);
    m_bookedReportTimer.setInterval(BookedReportIntervalMs);
    connect(&m_bookedReportTimer, &QTimer::timeout, this, &GatewayHandler::reportBooked);
}

GatewayHandler::~GatewayHandler()
{
    // Calls are children of this object; make sure none reports back into a half-destroyed handler.
    for (ProxyCall *call : std::as_const(m_calls))
        call->disconnect(this);
    deleteFinishedCalls();
}

void GatewayHandler::applyConfig(std::shared_ptr<const Limits::GatewayConfig> config)
{
    Q_ASSERT(QThread::currentThread() == thread());
    // Spend the guard already tracks is newer than any snapshot (it includes calls settled but not yet
    // committed); only keys it has not seen take their lifetime spend from the ledger.
    for (auto it = config->keySpends().constBegin(); it != config->keySpends().constEnd(); ++it) {
        if (!m_knownKeys.contains(it.key())) {
            m_spendGuard.setKeySpend(it.key(), it.value());
            m_knownKeys.insert(it.key());
        }
    }
    for (const Keys::KeyRecord &key : config->keysByHash()) {
        if (!m_knownKeys.contains(key.id)) {
            m_spendGuard.setKeySpend(key.id, Common::Money());
            m_knownKeys.insert(key.id);
        }
    }
    // The wallet: a new period (first top-up, or after "credit off") restarts spend from the ledger;
    // within a period only the top-ups move.
    const Ledger::CreditStatus &credit = config->credit();
    const bool newPeriod = !m_config || credit.periodStart != m_creditPeriodStart || credit.enabled != m_spendGuard.creditEnabled();
    m_spendGuard.setCredit(credit.enabled, credit.toppedUp, newPeriod ? credit.spent : m_spendGuard.creditSpent());
    m_creditPeriodStart = credit.periodStart;

    m_secretCache.clear();
    m_config = std::move(config);
}

QString GatewayHandler::providerSecret(const Providers::ProviderRecord &provider)
{
    // A key that could not be read is asked for again after a while, not on every request: the keyring
    // may be unlocked, or the secrets file mended, without any change to the configuration.
    const auto cached = m_secretCache.constFind(provider.name);
    if (cached != m_secretCache.constEnd() && !cached->secret.isEmpty())
        return cached->secret;
    const qint64 nowMs = m_clock.nowMs();
    if (cached != m_secretCache.constEnd() && nowMs - cached->readAtMs < MissingSecretRetryMs)
        return {};
    QString secret;
    if (!provider.apiKeyEnv.isEmpty())
        secret = qEnvironmentVariable(provider.apiKeyEnv.toLocal8Bit().constData());
    else if (provider.hasStoredSecret && m_secretResolver)
        secret = m_secretResolver(provider).value_or(QString());
    // A trailing newline from a file or a shell is no part of a key; anything else unsendable (a line
    // break would start a header of its own upstream) makes it no key at all: the provider is passed over.
    secret = secret.trimmed();
    if (!secret.isEmpty() && !Providers::ProviderRecord::isSendableApiKey(secret)) {
        qCWarning(lcGateway).noquote() << "provider" << provider.name
                                       << "has an API key with spaces, line breaks or other characters no key holds; it is not sent";
        secret.clear();
    }
    m_secretCache.insert(provider.name, CachedSecret{secret, nowMs});
    return secret;
}

void GatewayHandler::handleRequest(const HttpRequest &request, HttpResponseWriter *writer)
{
    Q_ASSERT(QThread::currentThread() == thread());
    // The scrape endpoint needs no Tollgate key and is not an API call: it is neither traced nor counted.
    if (GatewayMetrics::isMetricsRequest(request)) {
        serveMetrics(request, writer);
        return;
    }
    auto *call = new ProxyCall(*this, m_config ? m_config : std::make_shared<const Limits::GatewayConfig>(), request, writer);
    m_calls.insert(call);
    // Direct: handleCallFinished only forgets the call and deletes it later, which is safe from inside
    // the call; a queued connection cost every request one more posted event (a loop wake-up).
    connect(call, &ProxyCall::done, this, &GatewayHandler::handleCallFinished);
    call->start();
}

HttpResponse GatewayHandler::protocolError(int status, const QString &message, QByteArrayView target) const
{
    return ErrorReply::protocolError(ApiRoute::styleOfTarget(target), status, message);
}

void GatewayHandler::serveMetrics(const HttpRequest &request, HttpResponseWriter *writer)
{
    if (request.method != "GET" && request.method != "HEAD") {
        // In OpenAI's error shape with its code, as a wrong method on the API's paths (QA: "code": null).
        HttpResponse response = ErrorReply::make(ApiStyle::OpenAi, GatewayError::MethodNotAllowed, QStringLiteral("/metrics takes GET or HEAD."));
        response.setHeader(QByteArrayLiteral("allow"), QByteArrayLiteral("GET, HEAD"));
        writer->respond(response);
        return;
    }
    if (!GatewayMetrics::mayScrape(request, m_metricsToken)) {
        // Says both conditions and the way past them (QA: a loopback client with another Host was told it
        // was not a loopback client, with "code": null).
        writer->respond(ErrorReply::protocolError(
            ApiStyle::OpenAi, 403,
            QStringLiteral("/metrics answers loopback clients whose Host is localhost or a loopback address; any other client "
                           "or Host needs Authorization: Bearer <token>, the token set with serve --metrics-token or "
                           "TOLLGATE_METRICS_TOKEN.")));
        return;
    }
    // Prometheus text exposition format 0.0.4.
    writer->respond(HttpResponse(200, QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"),
                                 m_metrics.render(callsInFlight())));
}

void GatewayHandler::deleteFinishedCalls()
{
    for (ProxyCall *call : std::exchange(m_finishedCalls, {}))
        delete call;
}

void GatewayHandler::noteBooked(const Ledger::TraceRecord &trace)
{
    m_bookedUnreported.append(trace);
    if (!m_bookedReportTimer.isActive())
        m_bookedReportTimer.start();
}

void GatewayHandler::reportBooked()
{
    emit requestsBooked(std::exchange(m_bookedUnreported, {}));
}

void GatewayHandler::handleCallFinished(ProxyCall *call)
{
    if (!m_calls.remove(call))
        return;
    // Not now: we are inside the call's own signal. All the calls that finish in one turn of the loop go
    // with one posted event; deleteLater() posted one per call, and on the glib dispatcher every post
    // wakes the loop through its eventfd (a syscall per request on the gateway thread).
    if (m_finishedCalls.empty())
        QMetaObject::invokeMethod(this, &GatewayHandler::deleteFinishedCalls, Qt::QueuedConnection);
    m_finishedCalls.push_back(call);
    if (m_calls.isEmpty())
        emit becameIdle();
}

} // namespace Gateway
