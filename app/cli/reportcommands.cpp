#include "app/cli/reportcommands.h"

#include "app/cli/commandcontext.h"
#include "app/cli/subcommandparser.h"
#include "core/report/csvwriter.h"
#include "core/report/jsontext.h"
#include "core/report/textformat.h"
#include "core/report/tracecolumns.h"

#include <QJsonArray>
#include <QJsonObject>


namespace Cli {

namespace {

enum class Format { Table, Csv, Json };

void addRangeOptions(SubcommandParser &parser)
{
    parser.addValueOption(QStringLiteral("since"), QStringLiteral("DATE"), QStringLiteral("First day (YYYY-MM-DD, local time) or an ISO 8601 time."));
    parser.addValueOption(QStringLiteral("until"), QStringLiteral("DATE"), QStringLiteral("Last day, inclusive (YYYY-MM-DD, local time) or an ISO 8601 time (exclusive)."));
    parser.addValueOption(QStringLiteral("format"), QStringLiteral("table|csv|json"), QStringLiteral("Output format (default table)."));
    // The other commands print JSON with --json; a script written against them should work here too.
    parser.addFlag(QStringLiteral("json"), QStringLiteral("The same as --format json."));
}

/** Reads --since, --until and --format; an error message names the bad flag. */
struct RangeAndFormat
{
    QDateTime since;
    QDateTime until;
    Format format = Format::Table;
};

Common::Result<RangeAndFormat> readRangeAndFormat(const SubcommandParser &parser, const QString &command)
{
    RangeAndFormat result;
    for (const bool isUntil : {false, true}) {
        const QString name = isUntil ? QStringLiteral("until") : QStringLiteral("since");
        const auto text = parser.value(name);
        if (!text)
            continue;
        const auto time = CommandContext::parseDate(*text, isUntil);
        if (!time)
            return Common::makeError(Common::Error::Code::Invalid,
                                     QStringLiteral("%1: --%2: \"%3\" is not a date (YYYY-MM-DD, or an ISO 8601 time)").arg(command, name, *text));
        (isUntil ? result.until : result.since) = *time;
    }
    if (result.since.isValid() && result.until.isValid() && result.until <= result.since)
        return Common::makeError(Common::Error::Code::Invalid, QStringLiteral("%1: --until must be after --since").arg(command));
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString format = parser.value(QStringLiteral("format")).value_or(json ? QStringLiteral("json") : QStringLiteral("table"));
    if (json && format != u"json")
        return Common::makeError(Common::Error::Code::Invalid,
                                 QStringLiteral("%1: --json and --format %2 ask for two formats").arg(command, format));
    if (format == u"table")
        result.format = Format::Table;
    else if (format == u"csv")
        result.format = Format::Csv;
    else if (format == u"json")
        result.format = Format::Json;
    else
        return Common::makeError(Common::Error::Code::Invalid,
                                 QStringLiteral("%1: --format must be table, csv or json, got \"%2\"").arg(command, format));
    return result;
}

} // namespace

int runReportCommand(CommandContext &context, const QStringList &arguments)
{
    SubcommandParser parser(QStringLiteral("report"), QStringLiteral("Spend and tokens, grouped, from the hourly rollup."));
    addRangeOptions(parser);
    parser.addValueOption(QStringLiteral("by"), QStringLiteral("key|model|day|route"),
                          QStringLiteral("Group by one or more dimensions, comma-combined (default key)."));
    if (!parser.parse(arguments))
        return context.usage(parser.error());
    if (parser.helpShown())
        return Success;
    auto range = readRangeAndFormat(parser, QStringLiteral("report"));
    if (!range)
        return context.fail(range.error());

    Ledger::ReportQuery query;
    query.since = range->since;
    query.until = range->until;
    const QString by = parser.value(QStringLiteral("by")).value_or(QStringLiteral("key"));
    for (const QStringView part : QStringView(by).split(u',')) {
        const auto dimension = Report::ReportColumns::dimensionFromName(part.trimmed());
        if (!dimension)
            return context.usage(QStringLiteral("report: --by: unknown dimension \"%1\" (key, model, day, route)").arg(part.trimmed().toString()));
        if (query.groupBy.contains(*dimension))
            return context.usage(QStringLiteral("report: --by: \"%1\" is given twice").arg(part.trimmed().toString()));
        query.groupBy.append(*dimension);
    }
    auto ledger = context.ledger();
    if (!ledger)
        return context.fail(ledger.error());
    const QList<Ledger::ReportRow> rows = ledger.value()->report(query);

    switch (range->format) {
    case Format::Json: {
        QJsonArray array;
        for (const Ledger::ReportRow &row : rows)
            array.append(Report::ReportColumns::json(query.groupBy, row));
        context.printJson(array);
        return Success;
    }
    case Format::Csv: {
        context.out().flush();
        context.writeRaw(Report::CsvWriter::row(Report::ReportColumns::names(query.groupBy)));
        const QList<Report::CsvWriter::Kind> kinds = Report::ReportColumns::kinds(query.groupBy);
        for (const Ledger::ReportRow &row : rows)
            context.writeRaw(Report::CsvWriter::row(Report::ReportColumns::cells(row), kinds));
        return Success;
    }
    case Format::Table:
        break;
    }
    QStringList header;
    QList<bool> rightAligned;
    for (const auto dimension : query.groupBy) {
        header << Report::ReportColumns::dimensionName(dimension).toUpper();
        rightAligned << false;
    }
    header << QStringLiteral("REQUESTS") << QStringLiteral("INPUT") << QStringLiteral("CACHED") << QStringLiteral("OUTPUT")
           << QStringLiteral("REASONING") << QStringLiteral("COST");
    rightAligned << true << true << true << true << true << true;
    Report::TextTable table(header, rightAligned);
    Ledger::ReportRow total;
    const auto costCell = [](const Ledger::ReportRow &row) {
        QString text = row.cost.toUsdString();
        // Unknown cost is never folded into a $ figure silently.
        if (row.unpricedRequests > 0)
            text += QStringLiteral(" + %1 unpriced").arg(row.unpricedRequests);
        return text;
    };
    for (const Ledger::ReportRow &row : rows) {
        QStringList cells = row.groupValues;
        // A blank cell reads as a missing column: requests no key or provider was found for (refusals,
        // unknown keys) say so, as the traces table's "-" does (QA). CSV and JSON keep the empty value.
        for (QString &cell : cells) {
            if (cell.isEmpty())
                cell = QStringLiteral("(none)");
        }
        cells << QString::number(row.requests) << QString::number(row.usage.inputTokens)
              << QString::number(row.usage.cachedInputTokens) << QString::number(row.usage.outputTokens)
              << QString::number(row.usage.reasoningTokens) << costCell(row);
        table.addRow(cells);
        total.requests += row.requests;
        total.usage.inputTokens += row.usage.inputTokens;
        total.usage.cachedInputTokens += row.usage.cachedInputTokens;
        total.usage.outputTokens += row.usage.outputTokens;
        total.usage.reasoningTokens += row.usage.reasoningTokens;
        total.cost += row.cost;
        total.unpricedRequests += row.unpricedRequests;
    }
    if (rows.isEmpty()) {
        context.out() << "No traffic in this period.\n";
        return Success;
    }
    QStringList totalCells;
    for (qsizetype i = 0; i < query.groupBy.size(); ++i)
        totalCells << (i == 0 ? QStringLiteral("TOTAL") : QString());
    totalCells << QString::number(total.requests) << QString::number(total.usage.inputTokens)
               << QString::number(total.usage.cachedInputTokens) << QString::number(total.usage.outputTokens)
               << QString::number(total.usage.reasoningTokens) << costCell(total);
    table.addRow(totalCells);
    context.out() << table.render();
    return Success;
}

int runTracesCommand(CommandContext &context, const QStringList &arguments)
{
    SubcommandParser parser(QStringLiteral("traces"), QStringLiteral("List traced requests, newest first."));
    addRangeOptions(parser);
    parser.addValueOption(QStringLiteral("key"), QStringLiteral("NAME"), QStringLiteral("Only this key's requests."));
    parser.addValueOption(QStringLiteral("model"), QStringLiteral("M"), QStringLiteral("Only requests for this model."));
    parser.addValueOption(QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("At most N traces (default 100)."));
    parser.addValueOption(QStringLiteral("offset"), QStringLiteral("N"),
                          QStringLiteral("Skip the N newest that match, for paging: with --limit 100, --offset 100 is the second "
                                         "page (give a fixed --until so that new traffic does not shift the pages)."));
    if (!parser.parse(arguments))
        return context.usage(parser.error());
    if (parser.helpShown())
        return Success;
    auto range = readRangeAndFormat(parser, QStringLiteral("traces"));
    if (!range)
        return context.fail(range.error());
    Ledger::TraceQuery query;
    query.since = range->since;
    query.until = range->until;
    query.keyName = parser.value(QStringLiteral("key")).value_or(QString());
    query.model = parser.value(QStringLiteral("model")).value_or(QString());
    if (const auto limit = parser.value(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = limit->toLongLong(&ok);
        if (!ok || query.limit <= 0)
            return context.usage(QStringLiteral("traces: --limit must be a positive whole number, got \"%1\"").arg(*limit));
    }
    if (const auto offset = parser.value(QStringLiteral("offset"))) {
        bool ok = false;
        query.offset = offset->toLongLong(&ok);
        if (!ok || query.offset < 0)
            return context.usage(QStringLiteral("traces: --offset must be a whole number from 0, got \"%1\"").arg(*offset));
    }
    auto ledger = context.ledger();
    if (!ledger)
        return context.fail(ledger.error());
    if (!query.keyName.isEmpty() && !ledger.value()->findKeyByName(query.keyName))
        return context.fail(Common::makeError(Common::Error::Code::NotFound, QStringLiteral("traces: no key named \"%1\"").arg(query.keyName)));
    const QList<Ledger::TraceRecord> traces = ledger.value()->queryTraces(query);

    switch (range->format) {
    case Format::Json: {
        QJsonArray array;
        for (const Ledger::TraceRecord &trace : traces)
            array.append(Report::TraceColumns::json(trace));
        context.printJson(array);
        return Success;
    }
    case Format::Csv: {
        context.out().flush();
        context.writeRaw(Report::CsvWriter::row(Report::TraceColumns::names()));
        const QList<Report::CsvWriter::Kind> kinds = Report::TraceColumns::kinds();
        for (const Ledger::TraceRecord &trace : traces)
            context.writeRaw(Report::CsvWriter::row(Report::TraceColumns::cells(trace), kinds));
        return Success;
    }
    case Format::Table:
        break;
    }
    if (traces.isEmpty()) {
        context.out() << "No traces match.\n";
        return Success;
    }
    Report::TextTable table({QStringLiteral("TIME"), QStringLiteral("KEY"), QStringLiteral("MODEL"), QStringLiteral("PROVIDER"),
                             QStringLiteral("STATUS"), QStringLiteral("OUTCOME"), QStringLiteral("IN"), QStringLiteral("CACHED"),
                             QStringLiteral("OUT"), QStringLiteral("COST"), QStringLiteral("MS")},
                            {false, false, false, false, true, false, true, true, true, true, true});
    bool anyEstimated = false;
    for (const Ledger::TraceRecord &t : traces) {
        QString cost = t.cost ? t.cost->toUsdString() : QStringLiteral("unpriced");
        if (t.costStatus == Ledger::CostStatus::Estimated) {
            cost += u'~';
            anyEstimated = true;
        }
        table.addRow({Report::TraceColumns::isoTime(t.time), t.keyName, t.model, t.provider.isEmpty() ? QStringLiteral("-") : t.provider,
                      QString::number(t.status), t.outcome, QString::number(t.usage.inputTokens),
                      QString::number(t.usage.cachedInputTokens), QString::number(t.usage.outputTokens), cost,
                      QString::number(t.latencyMs)});
    }
    context.out() << table.render();
    if (anyEstimated)
        context.out() << "~ estimated: the usage or a rate was estimated (a stream cut off before it reported usage, a price without that rate).\n";
    return Success;
}

} // namespace Cli
