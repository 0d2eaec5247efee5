#pragma once

#include "core/common/money.h"
#include "core/ledger/queries.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Report {

/** One key's week against the week before. */
struct WeeklyKeyLine
{
    QString key;
    Common::Money spend;
    Common::Money previousSpend;
    qint64 requests = 0;
    qint64 previousRequests = 0;
    qint64 unpricedRequests = 0;
    qint64 averageInputTokens = 0;          // per request this week (0 without requests)
    qint64 previousAverageInputTokens = 0;  // per request the week before
    bool promptBloat = false;               // average input grew by PromptBloatPercent or more
};

/** One model's week against the week before. */
struct WeeklyModelLine
{
    QString model;
    Common::Money spend;
    Common::Money previousSpend;
    qint64 requests = 0;
    qint64 previousRequests = 0;
    bool isNew = false;                     // "model drift": used this week, not the week before
};

/** A key that has used most of its spend cap (lifetime spend, as the gateway enforces it). */
struct WeeklyCapLine
{
    QString key;
    Common::Money spent;
    Common::Money cap;
    int percent = 0;                        // whole percent, rounded down
};

/** Traffic that has no price: requests and tokens, by model. */
struct WeeklyUnpricedLine
{
    QString model;
    qint64 requests = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
};

/** What a key's cap check needs: its lifetime spend and its cap. */
struct KeySpendStatus
{
    QString key;
    Common::Money spent;
    std::optional<Common::Money> cap;
};

/** The five-minute weekly review, computed from two weeks of rollup rows. */
struct WeeklyReviewResult
{
    Common::Money spend;
    Common::Money previousSpend;
    qint64 requests = 0;
    qint64 previousRequests = 0;
    QList<WeeklyKeyLine> keys;              // by this week's spend, highest first
    QList<WeeklyModelLine> models;          // by this week's spend, highest first
    QList<WeeklyCapLine> caps;              // by percent, highest first
    QList<WeeklyUnpricedLine> unpriced;     // by requests, most first

    /** This week's requests for `model` that have no price (its spend leaves them out). */
    qint64 unpricedRequestsOf(const QString &model) const;
    /** This week's requests that have no price, over all models. */
    qint64 unpricedRequests() const;
};

/**
 * The weekly review as a pure function: no clock, no database. The caller reads the two weeks'
 * rows (grouped by Key then Model) from the hourly rollup and the keys' lifetime spend.
 */
class WeeklyReview final
{
public:
    static constexpr int PromptBloatPercent = 25;  // flag a key whose average input grew this much
    static constexpr int CapWarningPercent = 80;   // list a key from this share of its cap

    /** `current` and `previous` are ReportRows grouped by {Key, Model}. */
    static WeeklyReviewResult compute(const QList<Ledger::ReportRow> &current, const QList<Ledger::ReportRow> &previous,
                                      const QList<KeySpendStatus> &keys);

    /** The start (UTC) of the local week holding `day`: local midnight of the last `firstDay` on or before it. */
    static QDateTime weekStart(const QDate &day, Qt::DayOfWeek firstDay, const QTimeZone &zone);

    /** The review as RFC 4180 CSV: one section column, then the figures; money in decimal USD. */
    static QByteArray toCsv(const WeeklyReviewResult &review);
};

} // namespace Report
