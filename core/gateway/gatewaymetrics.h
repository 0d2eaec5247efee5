#pragma once

#include "core/gateway/errorreply.h"
#include "core/gateway/httprequest.h"
#include "core/ledger/tracerecord.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace Gateway {

/**
 * The gateway's Prometheus metrics, served as text exposition format 0.0.4 on GET /metrics.
 *
 * Lives in the gateway thread next to the handler and is only touched there, so it needs no locks;
 * recording a request is a hash lookup and a few integer additions. Durations are kept as integer
 * microseconds and money as integer nano-USD, so sums are exact and print as exact decimals.
 */
class GatewayMetrics final
{
public:
    /** Admission refusals counted by tollgate_rejections_total{reason}. */
    enum class Rejection {
        InvalidKey, ModelNotAllowed, CreditExhausted, KeySpendLimit, UnpricedUnderCap, RateLimited, TokensPerMinute, ModelNotFound,
        LedgerUnwritable
    };
    static constexpr int RejectionCount = int(Rejection::LedgerUnwritable) + 1;
    /**
     * Model names come from clients, refused ones included: past this many, further names share the
     * label OtherModels, so that a client making names up cannot grow the gateway's memory and the
     * scrape without end (Prometheus's advice on unbounded label values).
     */
    static constexpr qsizetype MostModelLabels = 1000;
    static constexpr QStringView OtherModels = u"(other)";

    GatewayMetrics();

    /** A request's trace reached the ledger (or failed to): counts, tokens, cost, duration, TTFT. */
    void recordBooked(const Ledger::TraceRecord &trace);
    /** Time from handing a trace to the ledger writer until it reported back. */
    void recordLedgerWrite(qint64 micros);
    /** An admission refusal; errors that are not admission decisions (bad body, upstream failures) are ignored. */
    void recordRejection(GatewayError error);

    /** The whole exposition; the in-flight gauge is the caller's to know. */
    QByteArray render(int requestsInFlight) const;

    static std::optional<Rejection> rejectionOf(GatewayError error);
    /** A label value escaped for the text format: backslash, double quote and line feed. */
    static QByteArray escapeLabelValue(QStringView value);
    /** Exact decimal seconds of a microsecond count: 1500 -> "0.0015", 2000000 -> "2". */
    static QByteArray secondsText(qint64 micros);
    /**
     * Whether a request may read the metrics: loopback clients whose Host names this machine (or who send
     * none), others only with "Authorization: Bearer <token>" and a non-empty token (the label values name
     * keys and models).
     */
    static bool mayScrape(const HttpRequest &request, const QByteArray &token);
    /** Whether a Host header names this machine: localhost or a loopback address, with or without a port. */
    static bool namesThisMachine(const QByteArray &hostHeader);
    /** "GET /metrics" or "HEAD /metrics", with or without a query; no allocation. */
    static bool isMetricsRequest(const HttpRequest &request);

private:
    struct Histogram
    {
        explicit Histogram(std::vector<qint64> boundsMicros);
        void observe(qint64 micros);

        std::vector<qint64> bounds;  // upper bounds in microseconds, ascending; +Inf is implicit
        std::vector<qint64> counts;  // per bucket, not cumulative; one more than bounds for +Inf
        qint64 sumMicros = 0;
        qint64 count = 0;
    };

    struct RequestLabels
    {
        QString key;
        QString model;
        QString provider;
        int status = 0;
        bool operator==(const RequestLabels &) const = default;
        friend size_t qHash(const RequestLabels &labels, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, labels.key, labels.model, labels.provider, labels.status);
        }
    };

    struct KeyModel
    {
        QString key;
        QString model;
        bool operator==(const KeyModel &) const = default;
        friend size_t qHash(const KeyModel &labels, size_t seed = 0) noexcept { return qHashMulti(seed, labels.key, labels.model); }
    };

    // Token categories in the order tollgate_tokens_total prints them.
    enum TokenCategory { Input, CachedInput, CacheWrite, Output, Reasoning, TokenCategoryCount };

    struct Usage
    {
        std::array<qint64, TokenCategoryCount> tokens{};
        qint64 costNanos = 0;
        bool priced = false; // has seen at least one priced request: an unpriced model gets no cost series
    };

    static void renderHistogram(QByteArray &out, const char *name, const char *help, const Histogram &histogram);
    /**
     * `model` if it has its own series or gets one now (while fewer than MostModelLabels names have one,
     * or half that for a request refused before any provider was asked), else OtherModels.
     */
    QString modelLabel(const QString &model, bool reachedAProvider);

    QSet<QString> m_modelLabels; // the model names that have series of their own
    QHash<RequestLabels, qint64> m_requests;
    QHash<KeyModel, Usage> m_usage;
    std::array<qint64, RejectionCount> m_rejections{};
    Histogram m_duration;
    Histogram m_ttft;
    Histogram m_ledgerWrite;
};

} // namespace Gateway
