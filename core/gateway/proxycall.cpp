#include "core/gateway/proxycall.h"

#include "core/common/jsondom.h"
#include "core/gateway/gatewayhandler.h"
#include "core/gateway/httpresponse.h"
#include "core/gateway/httpresponsewriter.h"
#include "core/gateway/requestbodyedit.h"
#include "core/keys/keysecret.h"
#include "core/keys/modelglob.h"
#include "core/ledger/tracesink.h"
#include "core/pricing/costcalculator.h"
#include "core/providers/upstreampool.h"
#include "core/providers/usageparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace Gateway {

namespace {

using Providers::UpstreamExchange;

// Hop-by-hop and framing headers are the connection's business, never forwarded (RFC 9110 §7.6.1);
// the client's credentials are replaced by the provider's and never leave the machine.
const QSet<QByteArray> &notForwardedRequestHeaders()
{
    static const QSet<QByteArray> names{"host", "connection", "keep-alive", "proxy-connection", "proxy-authorization",
                                        "transfer-encoding", "te", "trailer", "upgrade", "content-length", "expect",
                                        "authorization", "x-api-key", "accept-encoding"};
    return names;
}

const QSet<QByteArray> &notRelayedResponseHeaders()
{
    static const QSet<QByteArray> names{"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te",
                                        "trailer", "upgrade", "content-length", "date", "content-encoding", "set-cookie"};
    return names;
}

Providers::StreamUsageTracker::Style trackerStyle(const ApiRoute &route)
{
    if (route.style == ApiStyle::Anthropic)
        return Providers::StreamUsageTracker::Style::Anthropic;
    if (route.endpoint == ApiRoute::Endpoint::Responses)
        return Providers::StreamUsageTracker::Style::OpenAiResponses;
    return Providers::StreamUsageTracker::Style::OpenAiChat;
}

/** The usage an answer reports, read where it lies in the answer's DOM; nullopt without one. */
std::optional<Common::TokenUsage> usageInAnswer(const ApiRoute &route, const simdjson::dom::object &answer)
{
    simdjson::dom::object usage;
    if (answer.at_key("usage").get(usage) != simdjson::SUCCESS || usage.size() == 0)
        return std::nullopt;
    if (route.style == ApiStyle::Anthropic)
        return Providers::UsageParser::fromAnthropic(usage);
    if (route.endpoint == ApiRoute::Endpoint::Responses)
        return Providers::UsageParser::fromOpenAiResponses(usage);
    return Providers::UsageParser::fromOpenAi(usage);
}

/**
 * The length of an answer's generated text, wherever its API puts it: message content, a completion's
 * or a content block's text, a refusal, reasoning, tool-call arguments. For an answer without usage,
 * whose output is then estimated from it (QA: such answers were booked with no output at all).
 */
qint64 answerTextLength(const simdjson::dom::element &element, int depth = 0)
{
    constexpr int DeepestNesting = 32; // answers nest a few levels; a hostile one must not recurse for ever
    if (depth > DeepestNesting)
        return 0;
    qint64 length = 0;
    simdjson::dom::object object;
    simdjson::dom::array array;
    if (element.get(object) == simdjson::SUCCESS) {
        for (const simdjson::dom::key_value_pair member : object) {
            std::string_view text;
            const bool generated = member.key == "content" || member.key == "text" || member.key == "refusal"
                                   || member.key == "reasoning_content" || member.key == "thinking" || member.key == "arguments";
            if (generated && member.value.get(text) == simdjson::SUCCESS)
                length += qint64(text.size());
            else
                length += answerTextLength(member.value, depth + 1);
        }
    } else if (element.get(array) == simdjson::SUCCESS) {
        for (const simdjson::dom::element item : array)
            length += answerTextLength(item, depth + 1);
    }
    return length;
}

QString bearerOrApiKey(const HttpRequest &request)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.size() > 7 && authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(authorization.mid(7).trimmed());
    return QString::fromLatin1(request.header("x-api-key").trimmed());
}

// An entry of GET /v1/models, in OpenAI's shape.
QJsonObject modelEntry(const QString &id, const QString &owner)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("model")}, {QStringLiteral("created"), 0},
            {QStringLiteral("owned_by"), owner}};
}

} // namespace

ProxyCall::ProxyCall(GatewayHandler &handler, std::shared_ptr<const Limits::GatewayConfig> config, HttpRequest request,
                     HttpResponseWriter *writer)
    : QObject(&handler)
    , m_handler(handler)
    , m_config(std::move(config))
    , m_request(std::move(request))
    , m_writer(writer)
{
    m_timer.start();
    m_arrival = m_handler.m_clock.nowUtc();
}

ProxyCall::~ProxyCall()
{
    dropExchange();
}

void ProxyCall::start()
{
    const auto route = ApiRoute::match(m_request.method, m_request.path());
    if (!route) {
        m_route = ApiRoute{};
        answerUnknownRoute();
        return;
    }
    m_route = *route;
    connect(m_writer, &HttpResponseWriter::clientDisconnected, this, &ProxyCall::handleClientGone);

    if (!authenticate())
        return;
    if (m_route.endpoint != ApiRoute::Endpoint::Models && !m_handler.m_sink.canTakeTraces()) {
        // Served now, it would be booked nowhere: caps and credit would forget its spend on restart.
        // Not traced either (the ledger cannot take it), but counted.
        m_handler.m_metrics.recordRejection(GatewayError::LedgerUnwritable);
        if (m_handler.m_sink.ledgerGone()) {
            // Waiting does not mend this one (QA: the SDKs retried a refusal that only a restart ends).
            HttpResponse refusal = ErrorReply::make(
                m_route.style, GatewayError::LedgerUnwritable,
                QStringLiteral("Tollgate's ledger file was deleted or replaced while it ran, so it takes no requests "
                               "until it is restarted (it then opens the file, or creates a new one)."));
            refusal.setHeader(QByteArrayLiteral("x-should-retry"), QByteArrayLiteral("false"));
            finishWith(std::move(refusal));
            return;
        }
        finishWith(ErrorReply::make(m_route.style, GatewayError::LedgerUnwritable,
                                    QStringLiteral("Tollgate cannot write its ledger (a full disk?), so it takes no new "
                                                   "requests until it can; try again shortly."),
                                    1000));
        return;
    }
    if (m_route.endpoint == ApiRoute::Endpoint::Models) {
        answerModels();
        return;
    }
    QString error;
    m_facts = RequestFacts::read(m_route, m_request.body, error);
    if (!m_facts) {
        // Traced too (without a model), so a client sending broken requests shows up in the ledger.
        reject(GatewayError::BadRequest, error);
        return;
    }
    const Keys::KeyRecord &key = *m_key;
    if (!isModelAllowed(key)) {
        reject(GatewayError::ModelNotAllowed,
               QStringLiteral("This key may not use model \"%1\" (allowed: %2).").arg(m_facts->model, key.allowedModels.join(QStringLiteral(", "))));
        return;
    }

    // Credit and the key's cap first (402), then the request rate and tokens per minute (429).
    m_targets = routeTargets();
    passOverProvidersWithoutTheirKey();
    Common::Money worstCase;
    if (m_route.isBilled()) {
        // A ceiling cannot hold what it cannot count: under a cap (the key's or the wallet's) only
        // models with a price are used, else a capped key could spend without limit on an unpriced one.
        const bool capped = key.maxSpend.has_value() || m_handler.m_spendGuard.creditEnabled();
        const QStringList unpriced = priceTargets(capped, worstCase);
        if (capped && m_targets.isEmpty() && !unpriced.isEmpty()) {
            reject(GatewayError::UnpricedUnderCap,
                   QStringLiteral("Model \"%1\" has no price for its input and output tokens, so %2 cannot be held to. Set one with: tollgate prices set %1 --input USD --output USD")
                       .arg(unpriced.first(), key.maxSpend ? QStringLiteral("the spend limit of key \"%1\"").arg(key.name)
                                                           : QStringLiteral("your Tollgate credit")));
            return;
        }
    }
    // A call that costs nothing (count_tokens, the model list) spends no credit and no cap, so neither
    // refuses it (QA: count_tokens answered 402 once the key's cap was reached).
    const Limits::SpendGuard::Admission admission =
        m_route.isBilled() ? m_handler.m_spendGuard.admit(key.id, key.maxSpend, worstCase) : Limits::SpendGuard::Admission{};
    // Refused only for what requests still running reserved (their worst cases), the rest may well be
    // left once they settle: said so, and retryable (QA: "credit is used up" with $0.0003 left, and
    // x-should-retry: false, while the next requests succeeded).
    if (admission.outcome == Limits::SpendGuard::Outcome::CreditExhausted) {
        if (admission.heldByRequestsInFlight) {
            reject(GatewayError::CreditExhausted,
                   QStringLiteral("What is left of your Tollgate credit is reserved by requests still running. Retry in a moment."),
                   RequestsInFlightRetryAfterMs, Retry::Advised);
        } else {
            reject(GatewayError::CreditExhausted, QStringLiteral("Your Tollgate credit is used up. Top it up with: tollgate credit add USD"));
        }
        return;
    }
    if (admission.outcome == Limits::SpendGuard::Outcome::KeySpendLimitReached) {
        if (admission.heldByRequestsInFlight) {
            reject(GatewayError::KeySpendLimit,
                   QStringLiteral("What is left of key \"%1\"'s spend limit of $%2 is reserved by requests still running. "
                                  "Retry in a moment.")
                       .arg(key.name, key.maxSpend->toShortString()),
                   RequestsInFlightRetryAfterMs, Retry::Advised);
        } else {
            reject(GatewayError::KeySpendLimit,
                   QStringLiteral("Key \"%1\" reached its spend limit of $%2. Raise it with: tollgate keys update %1 --max-spend USD")
                       .arg(key.name, key.maxSpend->toShortString()));
        }
        return;
    }
    if (admission.reservation != 0)
        m_reservation = admission.reservation;

    const qint64 nowMs = m_handler.m_clock.nowMs();
    if (key.rateLimit) {
        const auto decision = m_handler.m_rateLimiter.check(key.id, *key.rateLimit, nowMs);
        m_limitHeaders.append({QByteArrayLiteral("x-ratelimit-limit-requests"), QByteArray::number(decision.limit)});
        m_limitHeaders.append({QByteArrayLiteral("x-ratelimit-remaining-requests"), QByteArray::number(decision.remaining)});
        if (!decision.allowed) {
            reject(GatewayError::RateLimited,
                   QStringLiteral("Key \"%1\" is limited to %2.").arg(key.name, key.rateLimit->inWords()),
                   decision.retryAfterMs);
            return;
        }
    }
    if (key.tokensPerMinute) {
        const auto decision = m_handler.m_tokenLimiter.check(key.id, *key.tokensPerMinute, nowMs);
        if (decision.allowed) {
            m_tokenReservation = Limits::TokenRateLimiter::estimate(m_request.body.size(), m_facts->maxOutputTokens, m_facts->choices);
            m_handler.m_tokenLimiter.reserve(key.id, m_tokenReservation);
        }
        m_limitHeaders.append({QByteArrayLiteral("x-ratelimit-limit-tokens"), QByteArray::number(decision.limit)});
        m_limitHeaders.append({QByteArrayLiteral("x-ratelimit-remaining-tokens"),
                               QByteArray::number(std::max<qint64>(decision.remaining - m_tokenReservation, 0))});
        if (!decision.allowed) {
            reject(GatewayError::TokensPerMinute,
                   (decision.heldByRequestsInFlight
                        ? QStringLiteral("Key \"%1\" is limited to %2 tokens per minute, and requests still running may take "
                                         "the rest. Retry in a moment.")
                        : QStringLiteral("Key \"%1\" is limited to %2 tokens per minute."))
                       .arg(key.name)
                       .arg(*key.tokensPerMinute),
                   decision.retryAfterMs);
            return;
        }
    }
    if (m_targets.isEmpty()) {
        reject(GatewayError::ModelNotFound, QStringLiteral("No provider serves model \"%1\" on %2.").arg(m_facts->model, m_route.endpointPath()));
        return;
    }
    attempt();
}

bool ProxyCall::needsKey(const Providers::ProviderRecord &provider)
{
    return !provider.apiKeyEnv.isEmpty() || provider.hasStoredSecret; // else a server that takes none
}

void ProxyCall::passOverProvidersWithoutTheirKey()
{
    // Never asked, so left out before the first attempt: the answer is then the other providers', a
    // retryable 503 included. Tried in turn instead, a keyless provider at the end of the list turned
    // that 503 into its own "no key" 502, which tells the SDKs not to retry. When none has its key, the
    // list stays and the first attempt's 502 says what is missing.
    const auto lacksItsKey = [this](const Target &target) {
        return needsKey(target.provider) && m_handler.providerSecret(target.provider).isEmpty();
    };
    if (std::any_of(m_targets.cbegin(), m_targets.cend(), lacksItsKey)
        && !std::all_of(m_targets.cbegin(), m_targets.cend(), lacksItsKey))
        m_targets.removeIf(lacksItsKey);
}

void ProxyCall::answerUnknownRoute()
{
    // In the shape of the API the path belongs to: the Anthropic SDK calls /v1/messages/batches too.
    const ApiStyle style = ApiRoute::styleOfTarget(m_request.path());
    const QString what = QString::fromLatin1(m_request.method) + u' ' + QString::fromLatin1(m_request.path());
    const QByteArray allowed = ApiRoute::allowedMethods(m_request.path());
    if (allowed.isEmpty()) {
        finishWith(ErrorReply::make(style, GatewayError::UnknownRoute, QStringLiteral("Unknown endpoint %1.").arg(what)));
        return;
    }
    // RFC 9110 §15.5.6: a 405 lists the methods the resource does support.
    HttpResponse response = ErrorReply::make(style, GatewayError::MethodNotAllowed,
                                             QStringLiteral("%1 is not served; this path takes %2.").arg(what, QString::fromLatin1(allowed)));
    response.setHeader(QByteArrayLiteral("allow"), allowed);
    finishWith(std::move(response));
}

bool ProxyCall::authenticate()
{
    const QString secret = bearerOrApiKey(m_request);
    if (!secret.isEmpty() && Keys::KeySecret::hasValidShape(secret)) {
        if (const Keys::KeyRecord *known = m_config->keyByHash(Keys::KeySecret::hash(secret))) {
            m_key = *known;
            if (m_key->isUsableAt(m_arrival))
                return true;
            // A known but revoked or expired key is traced, so a client retrying with it shows up.
            QString error;
            m_facts = RequestFacts::read(m_route, m_request.body, error);
            reject(GatewayError::InvalidKey, m_key->status == Keys::KeyStatus::Revoked ? QStringLiteral("This Tollgate key was revoked.")
                                                                                       : QStringLiteral("This Tollgate key has expired."));
            return false;
        }
    }
    m_handler.m_metrics.recordRejection(GatewayError::InvalidKey); // not traced (no key to book it under), but counted
    finishWith(ErrorReply::make(m_route.style, GatewayError::InvalidKey,
                                secret.isEmpty() ? QStringLiteral("No API key: send a Tollgate key as Authorization: Bearer sk-tg-… or x-api-key.")
                                                 : QStringLiteral("Incorrect API key provided: not a Tollgate key of this gateway.")));
    return false;
}

void ProxyCall::answerModels()
{
    QJsonArray models;
    QSet<QString> seen; // in lower case: globs match regardless of case, and so do the gateway's lookups
    for (const Pricing::PriceRecord &record : m_config->prices().records()) {
        if (record.mode != u"chat" && record.mode != u"responses" && record.mode != u"embedding" && record.mode != u"completion")
            continue;
        if (seen.contains(record.model.toLower()) || !Keys::ModelGlob::matchesAny(m_key->allowedModels, record.model))
            continue;
        bool served = false;
        for (const Providers::ProviderRecord &provider : m_config->providers()) {
            // A provider without globs serves what its API family lists; with globs, what they match.
            served = provider.models.isEmpty() ? record.provider == Providers::ProviderRecord::typeName(provider.type)
                                               : Keys::ModelGlob::matchesAny(provider.models, record.model);
            if (served)
                break;
        }
        if (!served)
            continue;
        seen.insert(record.model.toLower());
        models.append(modelEntry(record.model, record.provider));
    }
    // Models the key names outright are listed too, priced or not, when a provider would serve them: a
    // pinned "an/claude-opus-4-5" by its provider, another by the first provider whose globs match it,
    // of OpenAI's family first (this list is OpenAI's shape, read by OpenAI's clients).
    for (const QString &named : m_key->allowedModels) {
        if (named.contains(u'*') || named.contains(u'?') || seen.contains(named.toLower()))
            continue;
        QString owner;
        if (const std::optional<Pin> pin = pinOf(named))
            owner = pin->provider->name;
        for (const Providers::ProviderType family : {Providers::ProviderType::OpenAi, Providers::ProviderType::Anthropic}) {
            for (const Providers::ProviderRecord &provider : m_config->providers()) {
                if (owner.isEmpty() && provider.type == family && Keys::ModelGlob::matchesAny(provider.models, named))
                    owner = provider.name;
            }
        }
        if (owner.isEmpty())
            continue;
        seen.insert(named.toLower());
        models.append(modelEntry(named, owner));
    }
    const QJsonObject body{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), models}};
    finishWith(HttpResponse(200, QByteArrayLiteral("application/json"), QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

bool ProxyCall::isModelAllowed(const Keys::KeyRecord &key) const
{
    // A key's globs name models ("claude-*"); a "provider/" pin only picks who serves the model, so the
    // globs also meet the name without it. A glob written for the pinned form still matches the name as sent.
    if (Keys::ModelGlob::matchesAny(key.allowedModels, m_facts->model))
        return true;
    // Only a real pin: "meta-llama/Llama-3" sent whole to a provider is a model of its own.
    const std::optional<Pin> pin = pinOf(m_facts->model);
    return pin && Keys::ModelGlob::matchesAny(key.allowedModels, pin->model);
}

std::optional<ProxyCall::Pin> ProxyCall::pinOf(const QString &model) const
{
    const qsizetype slash = model.indexOf(u'/');
    if (slash <= 0)
        return std::nullopt;
    const QStringView pinned = QStringView(model).left(slash);
    for (const Providers::ProviderRecord &provider : m_config->providers()) {
        if (provider.name == pinned)
            return Pin{&provider, model.mid(slash + 1)};
    }
    return std::nullopt;
}

QList<ProxyCall::Target> ProxyCall::routeTargets() const
{
    const Providers::ProviderType type = m_route.style == ApiStyle::Anthropic ? Providers::ProviderType::Anthropic
                                                                             : Providers::ProviderType::OpenAi;
    QList<Target> targets;
    // "provider/model" pins one provider, by its Tollgate name.
    if (const std::optional<Pin> pin = pinOf(m_facts->model)) {
        if (pin->provider->type == type)
            targets.append({*pin->provider, pin->model});
        return targets;
    }
    for (const Providers::ProviderRecord &provider : m_config->providers()) {
        if (provider.type == type && Keys::ModelGlob::matchesAny(provider.models, m_facts->model))
            targets.append({provider, m_facts->model});
    }
    return targets;
}

void ProxyCall::reject(GatewayError error, const QString &message, qint64 retryAfterMs, Retry retry)
{
    m_handler.m_metrics.recordRejection(error);
    HttpResponse response = ErrorReply::make(m_route.style, error, message, retryAfterMs);
    // A 429 announces the key's limits as an answer does (QA: it carried none), as OpenAI's own do.
    for (const HttpHeader &limit : std::as_const(m_limitHeaders))
        response.setHeader(limit.name, limit.value);
    // The SDKs retry 429s on their own, not 402s: this header tells them to (after Retry-After).
    if (retry == Retry::Advised)
        response.setHeader(QByteArrayLiteral("x-should-retry"), QByteArrayLiteral("true"));
    const int status = response.status;
    book(ErrorReply::outcomeOf(error), status, Common::TokenUsage(), false,
         [this, response = std::move(response)]() mutable { finishWith(std::move(response)); });
}

QByteArray ProxyCall::upstreamBody(const Target &target) const
{
    const bool renameModel = target.upstreamModel != m_facts->model;
    if (!renameModel && !m_injectedUsage)
        return m_request.body; // forwarded byte for byte
    // RequestFacts read this body as a JSON object, so the edit cannot fail; if it did, the body goes as it came.
    return RequestBodyEdit::apply(m_request.body, renameModel ? std::optional(target.upstreamModel) : std::nullopt,
                                  m_injectedUsage)
        .value_or(m_request.body);
}

void ProxyCall::attempt()
{
    ++m_targetIndex;
    const Target &target = m_targets.at(m_targetIndex);
    const Providers::ProviderRecord &provider = target.provider;
    const QString secret = m_handler.providerSecret(provider);
    if (needsKey(provider) && secret.isEmpty()) {
        // Sent without its key, the provider's 401 would reach the client as if their Tollgate key were
        // wrong. Not asked at all: like an unreachable provider, the next one is tried, else a 502 says why.
        handleUpstreamFailed(UpstreamExchange::Failure::NoCredentials,
                             provider.apiKeyEnv.isEmpty()
                                 ? QStringLiteral("the API key stored for it cannot be read (a locked keyring, or a "
                                                  "secrets file that is damaged or no longer holds it); set the key "
                                                  "again in Tollgate's Providers page (Edit), or with 'tollgate providers "
                                                  "update %1 --api-key -'")
                                       .arg(provider.name)
                                 : QStringLiteral("the environment variable %1 that holds its API key is not set, "
                                                  "empty or not a key (spaces or control characters) where the gateway runs")
                                       .arg(provider.apiKeyEnv));
        return;
    }
    // OpenAI-compatible streams report usage only when asked; ask, and hide the extra chunk if the
    // client did not ask itself.
    m_injectedUsage = m_facts->stream && !m_facts->clientAskedForUsage
                      && (m_route.endpoint == ApiRoute::Endpoint::ChatCompletions || m_route.endpoint == ApiRoute::Endpoint::Completions);

    Providers::UpstreamRequest upstream;
    upstream.method = m_request.method;
    upstream.url = QUrl(provider.baseUrl + QString::fromLatin1(m_route.upstreamPathSuffix()));
    for (const HttpHeader &header : m_request.headers) {
        if (!notForwardedRequestHeaders().contains(header.name))
            upstream.headers.append({header.name, header.value});
    }
    upstream.headers.append({QByteArrayLiteral("accept-encoding"), QByteArrayLiteral("identity")});
    if (provider.type == Providers::ProviderType::Anthropic) {
        if (!secret.isEmpty())
            upstream.headers.append({QByteArrayLiteral("x-api-key"), secret.toUtf8()});
        if (m_request.header("anthropic-version").isNull())
            upstream.headers.append({QByteArrayLiteral("anthropic-version"), QByteArrayLiteral("2023-06-01")});
    } else if (!secret.isEmpty()) {
        upstream.headers.append({QByteArrayLiteral("authorization"), QByteArrayLiteral("Bearer ") + secret.toUtf8()});
    }
    if (m_request.header("content-type").isNull())
        upstream.headers.append({QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json")});
    upstream.body = upstreamBody(target);

    m_upstreamStatus = 0;
    m_streaming = false;
    m_streamEnded = false;
    m_streamErrored = false;
    m_responseBody.clear();
    m_sse.reset();
    m_tracker = std::make_unique<Providers::StreamUsageTracker>(trackerStyle(m_route));
    m_exchange = m_handler.m_pool.send(upstream);
    // The call owns its exchanges and they go with it: a spent one is not deleteLater()'d on its own
    // (a posted event, and a loop wake-up, per request).
    m_exchange->setParent(this);
    connect(m_exchange, &UpstreamExchange::headReceived, this, &ProxyCall::handleHead);
    connect(m_exchange, &UpstreamExchange::bodyReceived, this, &ProxyCall::handleBody);
    connect(m_exchange, &UpstreamExchange::finished, this, &ProxyCall::handleUpstreamFinished);
    connect(m_exchange, &UpstreamExchange::failed, this, &ProxyCall::handleUpstreamFailed);
}

void ProxyCall::dropExchange()
{
    if (!m_exchange)
        return;
    m_exchange->disconnect(this);
    if (!m_exchange->isDone())
        m_exchange->abort();
    m_exchange.clear(); // deleted with this call (its parent), never from inside its own signal
}

QList<HttpHeader> ProxyCall::relayedHeaders(const Providers::HttpHeaders &upstream) const
{
    QList<HttpHeader> headers;
    for (const auto &[name, value] : upstream) {
        if (notRelayedResponseHeaders().contains(name))
            continue;
        // When the key has its own limits, its headers replace the provider's of the same name.
        bool ours = false;
        for (const HttpHeader &limit : m_limitHeaders)
            ours = ours || limit.name == name;
        if (!ours)
            headers.append({name, value});
    }
    headers.append(m_limitHeaders);
    return headers;
}

void ProxyCall::handleHead(int status, const Providers::HttpHeaders &headers)
{
    m_upstreamStatus = status;
    m_upstreamHeaders = headers;
    if (status == 401) {
        // The provider refused the key Tollgate holds for it. Relayed, its 401 told the client that
        // their Tollgate key was wrong (the SDKs raise AuthenticationError), so they looked in the wrong
        // place. Like a missing key: the next provider is tried, else a 502 names this one.
        handleUpstreamFailed(UpstreamExchange::Failure::CredentialsRefused,
                             QStringLiteral("it refused the API key Tollgate holds for it (HTTP 401); set the key "
                                            "again in Tollgate's Providers page (Edit), or with 'tollgate providers "
                                            "update %1 --api-key -'")
                                 .arg(m_targets.at(m_targetIndex).provider.name));
        return;
    }
    const bool retryable = status == 429 || status >= 500;
    if (retryable && m_targetIndex + 1 < m_targets.size()) {
        // Nothing has reached the client yet: fall back to the next provider.
        dropExchange();
        attempt();
        return;
    }
    const QByteArray contentType = Providers::headerValue(headers, "content-type");
    m_streaming = status < 300 && contentType.startsWith("text/event-stream");
    if (m_streaming && m_writer && !m_clientGone) {
        HttpResponse head;
        head.status = status;
        head.headers = relayedHeaders(headers);
        m_writer->beginStream(head);
        connect(m_writer, &HttpResponseWriter::drained, this, [this] {
            if (m_exchange)
                m_exchange->resumeReading();
        });
    }
}

void ProxyCall::handleBody(const QByteArray &piece)
{
    if (!m_streaming) {
        m_responseBody += piece;
        return;
    }
    relayEvents(m_sse.feed(piece));
    // Back-pressure: a slow client slows the upstream instead of filling our memory.
    if (m_writer && m_writer->isCongested() && m_exchange)
        m_exchange->pauseReading();
}

bool ProxyCall::isTerminalEvent(const Providers::SseEvent &event) const
{
    if (event.data == "[DONE]")
        return true;
    return event.type == "message_stop" || event.type == "response.completed" || event.type == "response.incomplete"
           || event.type == "response.failed";
}

bool ProxyCall::isErrorEvent(const Providers::SseEvent &event)
{
    // Anthropic's `event: error`, the Responses API's `error` and `response.failed`, and the bare
    // `data: {"error": {...}}` that OpenAI-compatible servers send when a stream breaks. The text is
    // parsed only when it names an "error" member (in a JSON string the quotes would be escaped).
    if (event.type == "error" || event.type == "response.failed")
        return true;
    return event.type.isEmpty() && event.data.contains("\"error\"")
           && Common::JsonDom::members(event.data, {"error"}).value(QStringLiteral("error")).isObject();
}

QString ProxyCall::streamOutcome() const
{
    // The client got a 200 head, but a stream that carried an error event, or that the provider closed
    // before its terminal event, did not answer: it is booked as failed (api-formats.md §5.2), with the
    // usage seen so far.
    if (m_streamErrored)
        return QStringLiteral("upstream_error");
    if (!m_streamEnded)
        return QStringLiteral("upstream_reset");
    return QStringLiteral("ok");
}

void ProxyCall::noteServedModel(const QJsonObject &object)
{
    // OpenAI chunks carry "model"; Anthropic's message_start and the Responses events nest it.
    for (const QJsonObject &candidate : {object, object.value(QStringLiteral("message")).toObject(),
                                         object.value(QStringLiteral("response")).toObject()}) {
        const QString model = candidate.value(QStringLiteral("model")).toString();
        if (!model.isEmpty()) {
            m_servedModel = model;
            return;
        }
    }
}

void ProxyCall::relayEvents(const QList<Providers::SseEvent> &events)
{
    for (const Providers::SseEvent &event : events) {
        if (event.isEvent()) {
            m_tracker->feed(event.type, event.data);
            if (m_servedModel.isEmpty() && event.data.startsWith('{'))
                noteServedModel(Common::JsonDom::members(event.data, {"model", "message", "response"}));
            if (m_injectedUsage && m_tracker->lastWasUsageOnlyChunk())
                continue; // the client did not ask for it: it sees exactly the stream it asked for
            // A mid-stream error is relayed, so the client's SDK raises it, and books the call as failed.
            m_streamErrored = m_streamErrored || isErrorEvent(event);
            if (isTerminalEvent(event)) {
                m_streamEnded = true;
                m_heldEvents.append(event.raw);
                continue;
            }
        }
        if (!m_writer || m_clientGone)
            continue;
        if (!m_ttftMs)
            m_ttftMs = m_timer.elapsed();
        m_writer->writeChunk(event.raw);
    }
}

void ProxyCall::handleUpstreamFinished()
{
    dropExchange();
    if (m_clientGone)
        return;
    if (m_streaming) {
        const auto [usage, estimated] = streamUsage();
        book(streamOutcome(), m_upstreamStatus, usage, estimated, [this] { finishStream(); });
        return;
    }
    // The answer's model and usage are read in its DOM (Common::JsonDom): no Qt JSON values are made,
    // which cost about as much as the parse itself; an answer that is not a JSON object has neither.
    // An error or an unbilled route books no tokens, whatever its body says.
    const bool billed = m_upstreamStatus < 300 && m_route.isBilled();
    std::optional<Common::TokenUsage> usage;
    qint64 textLength = 0; // of an answer without usage, to estimate its output from
    {
        const Common::JsonDom dom(m_responseBody); // holds the thread's parser until the block ends
        simdjson::dom::object answer;
        if (dom.ok() && dom.root().get(answer) == simdjson::SUCCESS) {
            std::string_view servedModel;
            if (answer.at_key("model").get(servedModel) == simdjson::SUCCESS && !servedModel.empty())
                m_servedModel = QString::fromUtf8(servedModel.data(), qsizetype(servedModel.size()));
            if (billed)
                usage = usageInAnswer(m_route, answer);
            if (billed && !usage)
                textLength = answerTextLength(dom.root());
        }
    }
    bool estimated = false;
    if (billed && !usage) {
        // A success without usage (some compatible servers): never book it as free. Input from the
        // request's size, output from the answer's text, as for a stream without usage.
        usage = estimatedUsage();
        usage->outputTokens = std::max(usage->outputTokens, (textLength + 3) / 4);
        estimated = true;
    }
    HttpResponse response;
    response.status = m_upstreamStatus;
    response.headers = relayedHeaders(m_upstreamHeaders);
    response.body = m_responseBody;
    const QString outcome = m_upstreamStatus < 400 ? QStringLiteral("ok") : QStringLiteral("upstream_error");
    book(outcome, m_upstreamStatus, usage.value_or(Common::TokenUsage()), estimated,
         [this, response = std::move(response)]() mutable { finishWith(std::move(response)); });
}

void ProxyCall::handleUpstreamFailed(UpstreamExchange::Failure reason, const QString &detail)
{
    dropExchange();
    if (m_clientGone)
        return;
    const bool nothingSent = !m_writer || !m_writer->isStarted();
    // A provider that had begun a successful answer has most likely billed it: it is neither asked
    // again of the next provider nor booked as free (QA: cut after its 200 head, an answer was booked
    // as $0, exact, and a fallback's trace left the first provider's bill out).
    const bool answerBegun = m_upstreamStatus >= 200 && m_upstreamStatus < 300 && m_route.isBilled();
    if (nothingSent && answerBegun) {
        HttpResponse response = ErrorReply::make(
            m_route.style, GatewayError::UpstreamFailed,
            QStringLiteral("Provider \"%1\" began its answer and then failed: %2. It may have billed the request, "
                           "which is booked at an estimate.").arg(m_targets.at(m_targetIndex).provider.name, detail));
        Common::TokenUsage usage = estimatedUsage();
        usage.outputTokens = std::max<qint64>(usage.outputTokens, (m_responseBody.size() + 3) / 4);
        const int status = response.status;
        book(QStringLiteral("upstream_reset"), status, usage, true,
             [this, response = std::move(response)]() mutable { finishWith(std::move(response)); });
        return;
    }
    if (nothingSent && m_targetIndex + 1 < m_targets.size()) {
        attempt();
        return;
    }
    if (nothingSent) {
        const bool timeout = reason == UpstreamExchange::Failure::Timeout;
        HttpResponse response = ErrorReply::make(
            m_route.style, timeout ? GatewayError::UpstreamTimeout : GatewayError::UpstreamFailed,
            QStringLiteral("Provider \"%1\" failed: %2.").arg(m_targets.at(m_targetIndex).provider.name, detail));
        // A missing or refused key stays so however often the SDK asks again: tell it not to.
        if (reason == UpstreamExchange::Failure::NoCredentials || reason == UpstreamExchange::Failure::CredentialsRefused)
            response.setHeader(QByteArrayLiteral("x-should-retry"), QByteArrayLiteral("false"));
        const int status = response.status;
        book(QStringLiteral("upstream_error"), status, Common::TokenUsage(), false,
             [this, response = std::move(response)]() mutable { finishWith(std::move(response)); });
        return;
    }
    // Cut off mid-stream: book what was reported, else an estimate, and end the client's stream.
    const auto [usage, estimated] = streamUsage();
    book(QStringLiteral("upstream_reset"), m_upstreamStatus, usage, estimated, [this] {
        if (m_writer && !m_clientGone)
            m_writer->abortStream();
        complete();
    });
}

void ProxyCall::handleClientGone()
{
    if (m_clientGone)
        return;
    m_clientGone = true;
    dropExchange(); // cancel upstream: nobody is listening
    if (m_booked)
        return; // the trace is on its way to the ledger; its commit completes the call
    // Hanging up never makes a call free: book what the provider reported, else an estimate.
    const auto [usage, estimated] = streamUsage();
    book(QStringLiteral("client_closed"), 499, usage, estimated, [this] { complete(); });
}

QStringList ProxyCall::priceTargets(bool dropUnpriced, Common::Money &worstCase)
{
    QStringList unpriced;
    QList<Target> priced;
    // Scanned only under a ceiling, where the bound matters; elsewhere the body's size serves.
    const bool inputMayExceedBody = dropUnpriced && RequestFacts::inputMayExceedBody(m_request.body);
    const bool answersWithText = m_route.endpoint != ApiRoute::Endpoint::Embeddings;
    for (const Target &target : std::as_const(m_targets)) {
        const auto price = priceFor(target.upstreamModel, QString(), target.provider.name);
        // A price without an output rate (an image model's map entry) books a chat answer as unpriced:
        // under a ceiling that is no price at all (QA: 30 calls under a $0.001 cap, all booked at nothing).
        if (!price || (dropUnpriced && !price->pricesEveryToken(answersWithText))) {
            unpriced.append(target.upstreamModel);
            continue;
        }
        // The most any target could cost: a fallback may land on a dearer provider.
        const qint64 inputBound = Limits::SpendGuard::inputTokensAtMost(*price, m_request.body.size(), inputMayExceedBody);
        worstCase = std::max(worstCase, Limits::SpendGuard::worstCaseCost(*price, inputBound, m_facts->maxOutputTokens, m_facts->choices));
        if (dropUnpriced)
            priced.append(target); // kept only when needed: most keys are uncapped, and this runs per request
    }
    if (dropUnpriced)
        m_targets = std::move(priced);
    return unpriced;
}

std::optional<Pricing::PriceRecord> ProxyCall::priceFor(const QString &requested, const QString &served,
                                                      const QString &providerName) const
{
    // The served model is the more exact name ("gpt-4o-2024-08-06"); the provider's name finds
    // prefixed entries ("groq/llama-3.1-8b-instant" for a provider named groq); the API family
    // comes last ("openai/…", "anthropic/…").
    const QString family = m_route.style == ApiStyle::Anthropic ? QStringLiteral("anthropic") : QStringLiteral("openai");
    for (const QString &model : {served, requested}) {
        if (model.isEmpty())
            continue;
        for (const QString &hint : {providerName, family}) {
            if (auto price = m_config->prices().resolve(model, hint))
                return price;
        }
    }
    return std::nullopt;
}

std::pair<Common::TokenUsage, bool> ProxyCall::streamUsage() const
{
    const auto reported = m_tracker ? m_tracker->usage() : std::nullopt;
    if (reported && m_tracker->hasFinalUsage())
        return {*reported, false};
    return {estimatedUsage(), true};
}

Common::TokenUsage ProxyCall::estimatedUsage() const
{
    // About four bytes of English text or JSON per token: the request size bounds the input, the
    // relayed deltas the output. Reported counts, where the stream had them, win field by field.
    Common::TokenUsage usage = m_tracker && m_tracker->usage() ? *m_tracker->usage() : Common::TokenUsage();
    usage.inputTokens = qMax(usage.inputTokens, qMax<qint64>(1, m_request.body.size() / 4));
    const qint64 outputChars = m_tracker ? m_tracker->outputChars() : 0;
    usage.outputTokens = qMax(usage.outputTokens, (outputChars + 3) / 4);
    return usage;
}

void ProxyCall::book(const QString &outcome, int status, std::optional<Common::TokenUsage> usage, bool usageEstimated,
                     std::function<void()> afterCommit)
{
    if (m_booked) {
        afterCommit();
        return;
    }
    m_booked = true;
    Ledger::TraceRecord trace;
    trace.time = m_arrival;
    trace.keyId = m_key ? m_key->id : 0;
    trace.keyName = m_key ? m_key->name : QString();
    trace.model = m_facts ? m_facts->model : QString();
    trace.servedModel = m_servedModel;
    trace.provider = m_targetIndex >= 0 ? m_targets.at(m_targetIndex).provider.name : QString();
    trace.endpoint = m_route.endpointPath();
    trace.stream = m_facts && m_facts->stream;
    trace.status = status;
    trace.outcome = outcome;
    trace.latencyMs = m_timer.elapsed();
    trace.ttftMs = m_ttftMs;
    trace.attempts = int(m_targetIndex + 1);

    std::optional<Common::Money> cost = Common::Money();
    Ledger::CostStatus costStatus = Ledger::CostStatus::Exact;
    if (usage && m_facts && m_route.isBilled() && (usage->inputTokens > 0 || usage->outputTokens > 0)) {
        trace.usage = *usage;
        const bool routed = m_targetIndex >= 0;
        const auto price = priceFor(routed ? m_targets.at(m_targetIndex).upstreamModel : m_facts->model, m_servedModel,
                                    routed ? m_targets.at(m_targetIndex).provider.name : QString());
        const Pricing::Cost priced = Pricing::CostCalculator::compute(*usage, price);
        cost = priced.amount;
        costStatus = priced.status;
        if (usageEstimated && costStatus == Ledger::CostStatus::Exact)
            costStatus = Ledger::CostStatus::Estimated;
        trace.priceId = price ? price->id : 0;
    }
    trace.cost = cost;
    trace.costStatus = costStatus;

    if (m_reservation) {
        m_handler.m_spendGuard.settle(*m_reservation, cost);
        m_reservation.reset();
    }
    releaseTokenReservation();
    if (m_key && m_key->tokensPerMinute && (trace.usage.inputTokens > 0 || trace.usage.outputTokens > 0))
        m_handler.m_tokenLimiter.record(m_key->id, trace.usage.inputTokens + trace.usage.outputTokens, m_handler.m_clock.nowMs());

    QPointer<ProxyCall> self(this);
    GatewayHandler *handler = &m_handler;
    QElapsedTimer commitTimer; // tollgate_ledger_write_seconds: submit until the writer reports back
    commitTimer.start();
    m_handler.m_sink.submit(trace, &m_handler, [self, handler, trace, afterCommit = std::move(afterCommit), commitTimer](bool committed, qint64 id) {
        handler->m_metrics.recordLedgerWrite(commitTimer.nsecsElapsed() / 1000);
        handler->m_metrics.recordBooked(trace);
        if (committed) {
            Ledger::TraceRecord booked = trace;
            booked.id = id;
            handler->noteBooked(booked);
        }
        // Only now may the last byte go out: a client that got its whole answer finds it in the ledger.
        if (self) {
            self->m_traceId = id;
            afterCommit();
        }
    });
}

void ProxyCall::finishWith(HttpResponse response)
{
    if (m_writer && !m_clientGone && !m_writer->isFinished()) {
        if (!m_ttftMs)
            m_ttftMs = m_timer.elapsed();
        // Lets a client (or a support ticket) point at the exact ledger row of its request. Added to the
        // response this call owns (the booking hands it over by move): no copy of its headers to add one.
        if (m_traceId > 0)
            response.setHeader(QByteArrayLiteral("x-tollgate-trace-id"), QByteArray::number(m_traceId));
        m_writer->respond(response);
    }
    complete();
}

void ProxyCall::finishStream()
{
    if (m_writer && !m_clientGone && !m_writer->isFinished()) {
        for (const QByteArray &event : std::as_const(m_heldEvents))
            m_writer->writeChunk(event);
        m_heldEvents.clear();
        m_writer->endStream();
    }
    complete();
}

void ProxyCall::releaseTokenReservation()
{
    if (m_tokenReservation > 0 && m_key)
        m_handler.m_tokenLimiter.release(m_key->id, m_tokenReservation);
    m_tokenReservation = 0;
}

void ProxyCall::complete()
{
    if (m_completed)
        return;
    m_completed = true;
    if (m_reservation) {
        m_handler.m_spendGuard.settle(*m_reservation, std::nullopt);
        m_reservation.reset();
    }
    releaseTokenReservation();
    dropExchange();
    emit done(this);
}

} // namespace Gateway
