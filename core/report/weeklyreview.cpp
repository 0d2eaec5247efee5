#include "core/report/weeklyreview.h"

#include "core/report/csvwriter.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace Report {

namespace {

struct Totals
{
    Common::Money spend;
    qint64 requests = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 unpricedRequests = 0;
};

/** Sums rows by one of their group values (0 = key, 1 = model). */
QMap<QString, Totals> sumBy(const QList<Ledger::ReportRow> &rows, qsizetype column)
{
    QMap<QString, Totals> totals;
    for (const Ledger::ReportRow &row : rows) {
        Totals &sum = totals[row.groupValues.value(column)];
        sum.spend += row.cost;
        sum.requests += row.requests;
        sum.inputTokens += row.usage.inputTokens;
        sum.outputTokens += row.usage.outputTokens;
        sum.unpricedRequests += row.unpricedRequests;
    }
    return totals;
}

qint64 average(qint64 total, qint64 count)
{
    return count > 0 ? total / count : 0;
}

/**
 * True when the average input per request grew by at least PromptBloatPercent, compared exactly
 * in integers: cur/curN >= prev/prevN * (100 + p)/100  <=>  cur * prevN * 100 >= prev * curN * (100 + p).
 */
bool grewBeyondBloat(const Totals &current, const Totals &previous)
{
    if (current.requests == 0 || previous.requests == 0 || previous.inputTokens == 0)
        return false;
    const Common::Int128 left = Common::Int128(current.inputTokens) * previous.requests * 100;
    const Common::Int128 right = Common::Int128(previous.inputTokens) * current.requests * (100 + WeeklyReview::PromptBloatPercent);
    return left >= right;
}

QString money(Common::Money amount)
{
    return amount.toDecimalString(); // nine decimals, as every other export: exact, and read alike by spreadsheets
}

QString number(qint64 value)
{
    return QString::number(value);
}

} // namespace

WeeklyReviewResult WeeklyReview::compute(const QList<Ledger::ReportRow> &current, const QList<Ledger::ReportRow> &previous,
                                         const QList<KeySpendStatus> &keys)
{
    WeeklyReviewResult review;
    for (const Ledger::ReportRow &row : current) {
        review.spend += row.cost;
        review.requests += row.requests;
    }
    for (const Ledger::ReportRow &row : previous) {
        review.previousSpend += row.cost;
        review.previousRequests += row.requests;
    }

    const QMap<QString, Totals> keysNow = sumBy(current, 0);
    const QMap<QString, Totals> keysBefore = sumBy(previous, 0);
    // A key that was busy last week and silent this week is news too: list the union.
    QStringList keyNames = keysNow.keys();
    for (const QString &name : keysBefore.keys()) {
        if (!keysNow.contains(name))
            keyNames << name;
    }
    for (const QString &name : std::as_const(keyNames)) {
        const Totals now = keysNow.value(name);
        const Totals before = keysBefore.value(name);
        WeeklyKeyLine line;
        line.key = name;
        line.spend = now.spend;
        line.previousSpend = before.spend;
        line.requests = now.requests;
        line.previousRequests = before.requests;
        line.unpricedRequests = now.unpricedRequests;
        line.averageInputTokens = average(now.inputTokens, now.requests);
        line.previousAverageInputTokens = average(before.inputTokens, before.requests);
        line.promptBloat = grewBeyondBloat(now, before);
        review.keys << line;
    }
    std::sort(review.keys.begin(), review.keys.end(), [](const WeeklyKeyLine &a, const WeeklyKeyLine &b) {
        if (a.spend != b.spend)
            return a.spend > b.spend;
        if (a.previousSpend != b.previousSpend)
            return a.previousSpend > b.previousSpend;
        return a.key < b.key;
    });

    const QMap<QString, Totals> modelsNow = sumBy(current, 1);
    const QMap<QString, Totals> modelsBefore = sumBy(previous, 1);
    QStringList modelNames = modelsNow.keys();
    for (const QString &name : modelsBefore.keys()) {
        if (!modelsNow.contains(name))
            modelNames << name;
    }
    for (const QString &name : std::as_const(modelNames)) {
        const Totals now = modelsNow.value(name);
        const Totals before = modelsBefore.value(name);
        WeeklyModelLine line;
        line.model = name;
        line.spend = now.spend;
        line.previousSpend = before.spend;
        line.requests = now.requests;
        line.previousRequests = before.requests;
        line.isNew = now.requests > 0 && before.requests == 0;
        review.models << line;
        if (now.unpricedRequests > 0) {
            // Token counts of the model's unpriced requests are not kept apart in the rollup; a model
            // is either in the price table or not, so its tokens this week are the unpriced tokens.
            review.unpriced << WeeklyUnpricedLine{name, now.unpricedRequests, now.inputTokens, now.outputTokens};
        }
    }
    std::sort(review.models.begin(), review.models.end(), [](const WeeklyModelLine &a, const WeeklyModelLine &b) {
        if (a.spend != b.spend)
            return a.spend > b.spend;
        if (a.requests != b.requests)
            return a.requests > b.requests;
        return a.model < b.model;
    });
    std::sort(review.unpriced.begin(), review.unpriced.end(), [](const WeeklyUnpricedLine &a, const WeeklyUnpricedLine &b) {
        if (a.requests != b.requests)
            return a.requests > b.requests;
        return a.model < b.model;
    });

    for (const KeySpendStatus &key : keys) {
        if (!key.cap)
            continue;
        // spent / cap >= 80 %  <=>  spent * 100 >= cap * 80, exact in 128 bits; a $0 cap is always full.
        const Common::Int128 spent100 = Common::Int128(key.spent.nanos()) * 100;
        if (spent100 < Common::Int128(key.cap->nanos()) * CapWarningPercent)
            continue;
        const qint64 percent = key.cap->isZero() ? 100 : qint64(spent100 / key.cap->nanos());
        review.caps << WeeklyCapLine{key.key, key.spent, *key.cap, int(std::min<qint64>(percent, 9999))};
    }
    std::sort(review.caps.begin(), review.caps.end(), [](const WeeklyCapLine &a, const WeeklyCapLine &b) {
        if (a.percent != b.percent)
            return a.percent > b.percent;
        return a.key < b.key;
    });
    return review;
}

QDateTime WeeklyReview::weekStart(const QDate &day, Qt::DayOfWeek firstDay, const QTimeZone &zone)
{
    const int back = (day.dayOfWeek() - int(firstDay) + 7) % 7;
    // startOfDay() knows the zone's transitions: a week holding a DST change is 167 or 169 hours long.
    return day.addDays(-back).startOfDay(zone).toUTC();
}

qint64 WeeklyReviewResult::unpricedRequestsOf(const QString &model) const
{
    for (const WeeklyUnpricedLine &line : unpriced) {
        if (line.model == model)
            return line.requests;
    }
    return 0;
}

qint64 WeeklyReviewResult::unpricedRequests() const
{
    qint64 total = 0;
    for (const WeeklyUnpricedLine &line : unpriced)
        total += line.requests;
    return total;
}

QByteArray WeeklyReview::toCsv(const WeeklyReviewResult &review)
{
    // The name column holds key and model names: text even when one reads "+1".
    const QList<CsvWriter::Kind> named{CsvWriter::Kind::Either, CsvWriter::Kind::Text};
    QByteArray csv = CsvWriter::row({QStringLiteral("section"), QStringLiteral("name"), QStringLiteral("cost_usd"),
                                     QStringLiteral("previous_cost_usd"), QStringLiteral("requests"),
                                     QStringLiteral("previous_requests"), QStringLiteral("unpriced_requests"),
                                     QStringLiteral("avg_input_tokens"),
                                     QStringLiteral("previous_avg_input_tokens"), QStringLiteral("input_tokens"),
                                     QStringLiteral("output_tokens"), QStringLiteral("cap_usd"), QStringLiteral("cap_percent"),
                                     QStringLiteral("flag")});
    // Spend leaves unpriced requests out (their cost is unknown, not zero): each line says how many there were.
    csv += CsvWriter::row({QStringLiteral("total"), QString(), money(review.spend), money(review.previousSpend),
                           number(review.requests), number(review.previousRequests), number(review.unpricedRequests()),
                           QString(), QString(), QString(),
                           QString(), QString(), QString(), QString()});
    for (const WeeklyKeyLine &line : review.keys) {
        csv += CsvWriter::row({QStringLiteral("key"), line.key, money(line.spend), money(line.previousSpend),
                               number(line.requests), number(line.previousRequests), number(line.unpricedRequests),
                               line.requests > 0 ? number(line.averageInputTokens) : QString(),
                               line.previousRequests > 0 ? number(line.previousAverageInputTokens) : QString(),
                               QString(), QString(), QString(), QString(),
                               line.promptBloat ? QStringLiteral("prompt_bloat") : QString()}, named);
    }
    for (const WeeklyModelLine &line : review.models) {
        csv += CsvWriter::row({QStringLiteral("model"), line.model, money(line.spend), money(line.previousSpend),
                               number(line.requests), number(line.previousRequests),
                               number(review.unpricedRequestsOf(line.model)), QString(), QString(), QString(),
                               QString(), QString(), QString(), line.isNew ? QStringLiteral("new_model") : QString()}, named);
    }
    for (const WeeklyCapLine &line : review.caps) {
        csv += CsvWriter::row({QStringLiteral("cap"), line.key, money(line.spent), QString(), QString(), QString(), QString(), QString(),
                               QString(), QString(), QString(), money(line.cap), number(line.percent),
                               line.percent >= 100 ? QStringLiteral("cap_reached") : QStringLiteral("near_cap")}, named);
    }
    for (const WeeklyUnpricedLine &line : review.unpriced) {
        csv += CsvWriter::row({QStringLiteral("unpriced"), line.model, QString(), QString(), number(line.requests), QString(),
                               number(line.requests), QString(), QString(), number(line.inputTokens), number(line.outputTokens), QString(),
                               QString(), QStringLiteral("unpriced")}, named);
    }
    return csv;
}

} // namespace Report
