#include "core/gateway/gatewaymetrics.h"

#include "core/common/loopbackhost.h"
#include "core/common/money.h"

#include <QHostAddress>

#include <algorithm>
#include <tuple>

namespace Gateway {

namespace {

constexpr qint64 MicrosPerMs = 1000;
constexpr qint64 MicrosPerSecond = 1'000'000;

// Bucket bounds in microseconds. Whole requests span a cache hit to a long reasoning stream;
// first tokens arrive in tens of milliseconds to a minute; a ledger commit is a WAL append.
std::vector<qint64> durationBounds()
{
    return {5'000, 10'000, 25'000, 50'000, 100'000, 250'000, 500'000, 1'000'000, 2'500'000, 5'000'000,
            10'000'000, 30'000'000, 60'000'000, 120'000'000, 300'000'000};
}

std::vector<qint64> ttftBounds()
{
    return {10'000, 25'000, 50'000, 100'000, 250'000, 500'000, 1'000'000, 2'500'000, 5'000'000, 10'000'000,
            30'000'000, 60'000'000};
}

std::vector<qint64> ledgerWriteBounds()
{
    return {100, 250, 500, 1'000, 2'500, 5'000, 10'000, 25'000, 50'000, 100'000, 250'000, 500'000, 1'000'000};
}

const char *rejectionName(int index)
{
    static constexpr std::array<const char *, GatewayMetrics::RejectionCount> names{
        "invalid_key", "model_not_allowed", "credit_exhausted", "key_spend_limit", "model_unpriced", "rate_limited",
        "tokens_per_minute", "model_not_found", "ledger_unwritable"};
    return names.at(std::size_t(index));
}

void appendHeader(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

// Appends `name="value"` (escaped), comma-separated from the previous label.
void appendLabel(QByteArray &out, const char *name, QStringView value, bool first = false)
{
    if (!first)
        out += ',';
    out += name;
    out += "=\"";
    out += GatewayMetrics::escapeLabelValue(value);
    out += '"';
}

// RFC 6750 §2.1 bearer credentials, compared in constant time so the token cannot be guessed byte by byte.
bool bearerMatches(const QByteArray &authorization, const QByteArray &token)
{
    if (authorization.size() <= 7 || authorization.left(7).compare("bearer ", Qt::CaseInsensitive) != 0)
        return false;
    const QByteArray presented = authorization.mid(7).trimmed();
    if (presented.size() != token.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < token.size(); ++i)
        difference |= static_cast<unsigned char>(presented.at(i) ^ token.at(i));
    return difference == 0;
}

} // namespace

GatewayMetrics::Histogram::Histogram(std::vector<qint64> boundsMicros)
    : bounds(std::move(boundsMicros))
    , counts(bounds.size() + 1, 0)
{
}

void GatewayMetrics::Histogram::observe(qint64 micros)
{
    micros = qMax<qint64>(0, micros);
    // le is "less than or equal": an observation on a bound belongs to that bound's bucket.
    const auto bucket = std::lower_bound(bounds.cbegin(), bounds.cend(), micros) - bounds.cbegin();
    ++counts[std::size_t(bucket)];
    sumMicros += micros;
    ++count;
}

GatewayMetrics::GatewayMetrics()
    : m_duration(durationBounds())
    , m_ttft(ttftBounds())
    , m_ledgerWrite(ledgerWriteBounds())
{
}

QString GatewayMetrics::modelLabel(const QString &model, bool reachedAProvider)
{
    if (m_modelLabels.contains(model))
        return model;
    // Names refused before any provider was asked take at most half the places: a key trying names it
    // may not use would otherwise spend them all and leave every key's real models "(other)".
    static const QString other = OtherModels.toString(); // shared by every request past the limit, not made for each
    if (m_modelLabels.size() >= (reachedAProvider ? MostModelLabels : MostModelLabels / 2))
        return other;
    m_modelLabels.insert(model);
    return model;
}

void GatewayMetrics::recordBooked(const Ledger::TraceRecord &trace)
{
    // QString copies share their data: an existing series costs two hash lookups and no allocation.
    const QString model = modelLabel(trace.model, !trace.provider.isEmpty());
    ++m_requests[RequestLabels{trace.keyName, model, trace.provider, trace.status}];

    const Common::TokenUsage &usage = trace.usage;
    const bool hasTokens = usage.inputTokens > 0 || usage.outputTokens > 0;
    if (hasTokens || trace.cost.value_or(Common::Money()).nanos() != 0) {
        Usage &totals = m_usage[KeyModel{trace.keyName, model}];
        totals.tokens[Input] += usage.inputTokens;
        totals.tokens[CachedInput] += usage.cachedInputTokens;
        totals.tokens[CacheWrite] += usage.cacheWriteTokens;
        totals.tokens[Output] += usage.outputTokens;
        totals.tokens[Reasoning] += usage.reasoningTokens;
        if (trace.cost) {
            totals.costNanos += trace.cost->nanos();
            totals.priced = true;
        }
    }

    m_duration.observe(trace.latencyMs * MicrosPerMs);
    if (trace.ttftMs)
        m_ttft.observe(*trace.ttftMs * MicrosPerMs);
}

void GatewayMetrics::recordLedgerWrite(qint64 micros)
{
    m_ledgerWrite.observe(micros);
}

void GatewayMetrics::recordRejection(GatewayError error)
{
    if (const auto rejection = rejectionOf(error))
        ++m_rejections[std::size_t(*rejection)];
}

std::optional<GatewayMetrics::Rejection> GatewayMetrics::rejectionOf(GatewayError error)
{
    switch (error) {
    case GatewayError::InvalidKey: return Rejection::InvalidKey;
    case GatewayError::ModelNotAllowed: return Rejection::ModelNotAllowed;
    case GatewayError::CreditExhausted: return Rejection::CreditExhausted;
    case GatewayError::KeySpendLimit: return Rejection::KeySpendLimit;
    case GatewayError::UnpricedUnderCap: return Rejection::UnpricedUnderCap;
    case GatewayError::RateLimited: return Rejection::RateLimited;
    case GatewayError::TokensPerMinute: return Rejection::TokensPerMinute;
    case GatewayError::ModelNotFound: return Rejection::ModelNotFound;
    case GatewayError::LedgerUnwritable: return Rejection::LedgerUnwritable;
    case GatewayError::UpstreamFailed:
    case GatewayError::UpstreamTimeout:
    case GatewayError::BadRequest:
    case GatewayError::UnknownRoute:
    case GatewayError::MethodNotAllowed:
        break;
    }
    return std::nullopt;
}

QByteArray GatewayMetrics::escapeLabelValue(QStringView value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray escaped;
    escaped.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            escaped += "\\\\";
        else if (c == '"')
            escaped += "\\\"";
        else if (c == '\n')
            escaped += "\\n";
        else
            escaped += c;
    }
    return escaped;
}

QByteArray GatewayMetrics::secondsText(qint64 micros)
{
    QByteArray text = QByteArray::number(micros / MicrosPerSecond);
    const qint64 fraction = micros % MicrosPerSecond;
    if (fraction == 0)
        return text;
    QByteArray digits = QByteArray::number(fraction).rightJustified(6, '0');
    while (digits.endsWith('0'))
        digits.chop(1);
    return text + '.' + digits;
}

bool GatewayMetrics::isMetricsRequest(const HttpRequest &request)
{
    // Any method: a POST is answered 405 there, as on the API's paths, not 404.
    const QByteArrayView target(request.target);
    return target == "/metrics" || target.startsWith("/metrics?");
}

bool GatewayMetrics::namesThisMachine(const QByteArray &hostHeader)
{
    QByteArray host = hostHeader.trimmed().toLower();
    if (host.startsWith('[')) { // "[::1]:8420"
        const qsizetype close = host.indexOf(']');
        host = close < 0 ? QByteArray() : host.mid(1, close - 1);
    } else if (host.count(':') == 1) { // "127.0.0.1:8420", "localhost:8420"
        host.truncate(host.indexOf(':'));
    }
    if (host.endsWith('.'))
        host.chop(1);
    return Common::isLoopbackHost(QString::fromLatin1(host));
}

bool GatewayMetrics::mayScrape(const HttpRequest &request, const QByteArray &token)
{
    if (!token.isEmpty() && bearerMatches(request.header("authorization"), token))
        return true;
    // A loopback client that names this machine: a web page the browser was tricked into calling on
    // 127.0.0.1 ("DNS rebinding") sends its own site's name as Host, and reads no key names or spend.
    return request.peerAddress.isLoopback() && (!request.hasHeader("host") || namesThisMachine(request.header("host")));
}

void GatewayMetrics::renderHistogram(QByteArray &out, const char *name, const char *help, const Histogram &histogram)
{
    appendHeader(out, name, "histogram", help);
    const QByteArray base(name);
    qint64 cumulative = 0;
    for (std::size_t i = 0; i < histogram.counts.size(); ++i) {
        cumulative += histogram.counts[i];
        out += base + "_bucket{le=\"";
        out += i < histogram.bounds.size() ? secondsText(histogram.bounds[i]) : QByteArray("+Inf");
        out += "\"} " + QByteArray::number(cumulative) + '\n';
    }
    out += base + "_sum " + secondsText(histogram.sumMicros) + '\n';
    out += base + "_count " + QByteArray::number(histogram.count) + '\n';
}

QByteArray GatewayMetrics::render(int requestsInFlight) const
{
    QByteArray out;
    out.reserve(4096);

    // Series are sorted so that scrapes are stable and diffable; sorting costs the scrape, not the requests.
    appendHeader(out, "tollgate_requests_total", "counter",
                 "Requests traced, by key name, requested model, serving provider and HTTP status (booked in the ledger, or held for it while it cannot be written).");
    QList<RequestLabels> requestLabels = m_requests.keys();
    std::sort(requestLabels.begin(), requestLabels.end(), [](const RequestLabels &a, const RequestLabels &b) {
        return std::tie(a.key, a.model, a.provider, a.status) < std::tie(b.key, b.model, b.provider, b.status);
    });
    for (const RequestLabels &labels : std::as_const(requestLabels)) {
        out += "tollgate_requests_total{";
        appendLabel(out, "key", labels.key, true);
        appendLabel(out, "model", labels.model);
        appendLabel(out, "provider", labels.provider);
        out += ",status=\"" + QByteArray::number(labels.status) + "\"} " + QByteArray::number(m_requests.value(labels)) + '\n';
    }

    QList<KeyModel> usageLabels = m_usage.keys();
    std::sort(usageLabels.begin(), usageLabels.end(), [](const KeyModel &a, const KeyModel &b) {
        return std::tie(a.key, a.model) < std::tie(b.key, b.model);
    });
    appendHeader(out, "tollgate_tokens_total", "counter",
                 "Tokens booked, by key name, model and category; input includes cached_input and cache_write, "
                 "output includes reasoning.");
    static constexpr std::array<const char *, TokenCategoryCount> categories{"input", "cached_input", "cache_write", "output",
                                                                             "reasoning"};
    for (const KeyModel &labels : std::as_const(usageLabels)) {
        const Usage usage = m_usage.value(labels);
        for (std::size_t category = 0; category < categories.size(); ++category) {
            out += "tollgate_tokens_total{";
            appendLabel(out, "key", labels.key, true);
            appendLabel(out, "model", labels.model);
            out += ",category=\"";
            out += categories[category];
            out += "\"} " + QByteArray::number(usage.tokens[category]) + '\n';
        }
    }

    appendHeader(out, "tollgate_cost_usd_total", "counter",
                 "Cost booked in US dollars (exact to the nano-dollar), by key name and model; unpriced requests add nothing.");
    for (const KeyModel &labels : std::as_const(usageLabels)) {
        const Usage usage = m_usage.value(labels);
        if (!usage.priced)
            continue;
        out += "tollgate_cost_usd_total{";
        appendLabel(out, "key", labels.key, true);
        appendLabel(out, "model", labels.model);
        out += "} " + Common::Money::fromNanos(usage.costNanos).toDecimalString().toLatin1() + '\n';
    }

    appendHeader(out, "tollgate_rejections_total", "counter", "Requests refused at admission, by reason.");
    for (int i = 0; i < RejectionCount; ++i) {
        out += "tollgate_rejections_total{reason=\"";
        out += rejectionName(i);
        out += "\"} " + QByteArray::number(m_rejections[std::size_t(i)]) + '\n';
    }

    appendHeader(out, "tollgate_requests_in_flight", "gauge", "Requests being handled right now.");
    out += "tollgate_requests_in_flight " + QByteArray::number(requestsInFlight) + '\n';

    renderHistogram(out, "tollgate_request_duration_seconds",
                    "Time from a request's arrival until its trace was booked.", m_duration);
    renderHistogram(out, "tollgate_ttft_seconds", "Time from a request's arrival to the first byte relayed to its client (streamed answers).", m_ttft);
    renderHistogram(out, "tollgate_ledger_write_seconds",
                    "Time from handing a trace to the ledger writer until its commit was reported.", m_ledgerWrite);
    return out;
}

} // namespace Gateway
