#include "core/report/tracecolumns.h"

#include "core/report/jsontext.h"

namespace Report {

namespace {

QString number(qint64 value)
{
    return QString::number(value);
}

} // namespace

QStringList TraceColumns::names()
{
    return {QStringLiteral("id"), QStringLiteral("time"), QStringLiteral("key"), QStringLiteral("model"),
            QStringLiteral("served_model"), QStringLiteral("provider"), QStringLiteral("endpoint"),
            QStringLiteral("stream"), QStringLiteral("status"), QStringLiteral("outcome"),
            QStringLiteral("input_tokens"), QStringLiteral("cached_input_tokens"), QStringLiteral("cache_write_tokens"),
            QStringLiteral("output_tokens"), QStringLiteral("reasoning_tokens"), QStringLiteral("cost_usd"),
            QStringLiteral("cost_status"), QStringLiteral("latency_ms"), QStringLiteral("ttft_ms"),
            QStringLiteral("attempts")};
}

QList<CsvWriter::Kind> TraceColumns::kinds()
{
    using enum CsvWriter::Kind;
    // id, time, key, model, served_model, provider, endpoint, stream, status, outcome, five token counts,
    // cost_usd, cost_status, latency_ms, ttft_ms, attempts
    return {Number, Number, Text, Text, Text, Text, Text, Number, Number, Text, Number, Number, Number,
            Number, Number, Number, Text, Number, Number, Number};
}

QString TraceColumns::isoTime(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QStringList TraceColumns::cells(const Ledger::TraceRecord &t)
{
    return {number(t.id), isoTime(t.time), t.keyName, t.model, t.servedModel, t.provider, t.endpoint,
            t.stream ? QStringLiteral("true") : QStringLiteral("false"), number(t.status), t.outcome,
            number(t.usage.inputTokens), number(t.usage.cachedInputTokens), number(t.usage.cacheWriteTokens),
            number(t.usage.outputTokens), number(t.usage.reasoningTokens),
            t.cost ? t.cost->toDecimalString() : QString(), Ledger::costStatusName(t.costStatus),
            number(t.latencyMs), t.ttftMs ? number(*t.ttftMs) : QString(), number(t.attempts)};
}

QJsonObject TraceColumns::json(const Ledger::TraceRecord &t)
{
    return QJsonObject{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("time"), isoTime(t.time)},
        {QStringLiteral("key"), t.keyName},
        {QStringLiteral("model"), t.model},
        {QStringLiteral("served_model"), t.servedModel},
        {QStringLiteral("provider"), t.provider},
        {QStringLiteral("endpoint"), t.endpoint},
        {QStringLiteral("stream"), t.stream},
        {QStringLiteral("status"), t.status},
        {QStringLiteral("outcome"), t.outcome},
        {QStringLiteral("input_tokens"), t.usage.inputTokens},
        {QStringLiteral("cached_input_tokens"), t.usage.cachedInputTokens},
        {QStringLiteral("cache_write_tokens"), t.usage.cacheWriteTokens},
        {QStringLiteral("output_tokens"), t.usage.outputTokens},
        {QStringLiteral("reasoning_tokens"), t.usage.reasoningTokens},
        {QStringLiteral("cost_usd"), JsonText::optionalMoney(t.cost)},
        {QStringLiteral("cost_status"), Ledger::costStatusName(t.costStatus)},
        {QStringLiteral("latency_ms"), t.latencyMs},
        {QStringLiteral("ttft_ms"), t.ttftMs ? QJsonValue(*t.ttftMs) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("attempts"), t.attempts},
    };
}

QString ReportColumns::dimensionName(Ledger::ReportDimension dimension)
{
    switch (dimension) {
    case Ledger::ReportDimension::Key: return QStringLiteral("key");
    case Ledger::ReportDimension::Model: return QStringLiteral("model");
    case Ledger::ReportDimension::Day: return QStringLiteral("day");
    case Ledger::ReportDimension::Route: return QStringLiteral("route");
    }
    return QStringLiteral("key");
}

std::optional<Ledger::ReportDimension> ReportColumns::dimensionFromName(QStringView name)
{
    for (const auto dimension : {Ledger::ReportDimension::Key, Ledger::ReportDimension::Model,
                                 Ledger::ReportDimension::Day, Ledger::ReportDimension::Route}) {
        if (name == dimensionName(dimension))
            return dimension;
    }
    return std::nullopt;
}

QStringList ReportColumns::names(const QList<Ledger::ReportDimension> &groupBy)
{
    QStringList names;
    for (const auto dimension : groupBy)
        names.append(dimensionName(dimension));
    names << QStringLiteral("requests") << QStringLiteral("input_tokens") << QStringLiteral("cached_input_tokens")
          << QStringLiteral("cache_write_tokens") << QStringLiteral("output_tokens") << QStringLiteral("reasoning_tokens")
          << QStringLiteral("cost_usd") << QStringLiteral("unpriced_requests") << QStringLiteral("estimated_requests");
    return names;
}

QList<CsvWriter::Kind> ReportColumns::kinds(const QList<Ledger::ReportDimension> &groupBy)
{
    QList<CsvWriter::Kind> kinds(groupBy.size(), CsvWriter::Kind::Text);
    kinds.resize(names(groupBy).size(), CsvWriter::Kind::Number);
    return kinds;
}

QStringList ReportColumns::cells(const Ledger::ReportRow &row)
{
    QStringList cells = row.groupValues;
    cells << number(row.requests) << number(row.usage.inputTokens) << number(row.usage.cachedInputTokens)
          << number(row.usage.cacheWriteTokens) << number(row.usage.outputTokens) << number(row.usage.reasoningTokens)
          << row.cost.toDecimalString() << number(row.unpricedRequests) << number(row.estimatedRequests);
    return cells;
}

QJsonObject ReportColumns::json(const QList<Ledger::ReportDimension> &groupBy, const Ledger::ReportRow &row)
{
    QJsonObject object{
        {QStringLiteral("requests"), row.requests},
        {QStringLiteral("input_tokens"), row.usage.inputTokens},
        {QStringLiteral("cached_input_tokens"), row.usage.cachedInputTokens},
        {QStringLiteral("cache_write_tokens"), row.usage.cacheWriteTokens},
        {QStringLiteral("output_tokens"), row.usage.outputTokens},
        {QStringLiteral("reasoning_tokens"), row.usage.reasoningTokens},
        {QStringLiteral("cost_usd"), JsonText::money(row.cost)},
        {QStringLiteral("unpriced_requests"), row.unpricedRequests},
        {QStringLiteral("estimated_requests"), row.estimatedRequests},
    };
    for (qsizetype i = 0; i < groupBy.size() && i < row.groupValues.size(); ++i)
        object.insert(dimensionName(groupBy.at(i)), row.groupValues.at(i));
    return object;
}

} // namespace Report
