#pragma once

#include "core/common/money.h"
#include "core/common/tokenusage.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Ledger {

/** How far a trace's cost can be trusted. */
enum class CostStatus {
    Exact,      // usage reported by the provider, every rate present
    Estimated,  // a rate fell back (e.g. no cache-read price) or usage was estimated
    Unpriced,   // no price for the model: cost is unknown (NULL), never $0
};

QString costStatusName(CostStatus status);                       // "exact", "estimated", "unpriced"
std::optional<CostStatus> costStatusFromName(QStringView name);

/**
 * One request through the gateway. Bodies are never part of it: only what was asked of whom,
 * what it cost and how it went.
 */
struct TraceRecord
{
    qint64 id = 0;
    QDateTime time;              // UTC, when the request arrived
    qint64 keyId = 0;
    QString keyName;             // filled on read
    QString model;               // as the client asked for it
    QString servedModel;         // as the provider answered
    QString provider;            // name of the provider that served it; empty if none did
    QString endpoint;            // "/v1/chat/completions", "/v1/messages", ...
    bool stream = false;
    int status = 0;              // HTTP status sent to the client
    QString outcome;             // "ok", "upstream_error", "rejected", "client_closed", ...
    Common::TokenUsage usage;
    std::optional<Common::Money> cost;   // nullopt exactly when costStatus is Unpriced
    CostStatus costStatus = CostStatus::Exact;
    qint64 latencyMs = 0;
    std::optional<qint64> ttftMs;
    int attempts = 0;
    qint64 priceId = 0;          // the price version it was charged at; 0 if none
};

} // namespace Ledger
