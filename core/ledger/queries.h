#pragma once

#include "core/common/money.h"
#include "core/common/tokenusage.h"
#include "core/ledger/tracerecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace Ledger {

/** A trace's place in the newest-first order (time, then id): the cursor of keyset paging. */
struct TracePosition
{
    qint64 timeMs = 0;
    qint64 id = 0;
};

/** Which traces to list, newest first. Null times are open ends; `until` is exclusive. */
struct TraceQuery
{
    QDateTime since;
    QDateTime until;
    QString keyName;
    QString model;
    qint64 limit = 100;
    qint64 offset = 0;
    // Further filters; empty or absent means any.
    QString provider;
    QString outcome;
    int minStatus = 0;                         // HTTP status range, inclusive; 0 = open end
    int maxStatus = 0;
    std::optional<CostStatus> costStatus;
    // Keyset paging (stays fast deep into millions of rows, unlike OFFSET): only traces strictly
    // older, or strictly newer, than a position in the newest-first order.
    std::optional<TracePosition> olderThan;
    std::optional<TracePosition> newerThan;
};

enum class ReportDimension { Key, Model, Day, Route };

/**
 * Totals grouped by any combination of dimensions. `since` is inclusive and `until` exclusive, to the
 * millisecond; `Day` groups by the local date in `timeZone`. Whole hours are read from the hourly
 * rollups; a part hour at either end, and an hour a local midnight falls inside (zones half an hour
 * off UTC), from the traces themselves.
 */
struct ReportQuery
{
    QDateTime since;
    QDateTime until;
    QList<ReportDimension> groupBy;
    QTimeZone timeZone = QTimeZone::systemTimeZone();
};

struct ReportRow
{
    QStringList groupValues;     // one per groupBy dimension, in order; a day is "YYYY-MM-DD"
    qint64 requests = 0;
    Common::TokenUsage usage;    // sums
    Common::Money cost;          // sum of priced traces
    qint64 unpricedRequests = 0; // requests whose cost is unknown (not in `cost`)
    qint64 estimatedRequests = 0;
};

enum class CreditEntryKind { TopUp, Adjustment, Off };

/** One line of the credit wallet. The balance is derived from these and the traces, never stored. */
struct CreditEntry
{
    qint64 id = 0;
    QDateTime time;              // UTC
    CreditEntryKind kind = CreditEntryKind::TopUp;
    Common::Money amount;        // positive top-up; signed adjustment; zero for Off
    QString note;
};

/**
 * The wallet as of now. Credit is off until the first top-up and after an Off entry; a new period
 * starts at the first top-up after that. available = toppedUp (+ adjustments) − spent − reserved.
 */
struct CreditStatus
{
    bool enabled = false;
    QDateTime periodStart;       // UTC, first top-up of the current period
    Common::Money toppedUp;      // top-ups and adjustments in the period
    Common::Money spent;         // cost of traces booked since periodStart
    Common::Money available() const { return toppedUp - spent; }
};

} // namespace Ledger
