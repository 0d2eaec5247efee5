#pragma once

#include "core/ledger/queries.h"
#include "core/ledger/tracerecord.h"
#include "core/report/csvwriter.h"

#include <QJsonObject>
#include <QStringList>

namespace Report {

/** The one definition of trace and report columns, shared by the CLI, CSV export and JSON. */
class TraceColumns final
{
public:
    static QStringList names();
    /** Text cells in `names()` order: an unpriced cost and a missing TTFT are empty, never 0. */
    static QStringList cells(const Ledger::TraceRecord &trace);
    /** What each of cells() holds, for CSV: names are text even when they look like numbers. */
    static QList<CsvWriter::Kind> kinds();
    static QJsonObject json(const Ledger::TraceRecord &trace);
    static QString isoTime(const QDateTime &utc);
};

class ReportColumns final
{
public:
    static QString dimensionName(Ledger::ReportDimension dimension);
    static std::optional<Ledger::ReportDimension> dimensionFromName(QStringView name);
    static QStringList names(const QList<Ledger::ReportDimension> &groupBy);
    static QStringList cells(const Ledger::ReportRow &row);
    /** What each of cells() holds, for CSV: the group's values are text, the sums numbers. */
    static QList<CsvWriter::Kind> kinds(const QList<Ledger::ReportDimension> &groupBy);
    static QJsonObject json(const QList<Ledger::ReportDimension> &groupBy, const Ledger::ReportRow &row);
};

} // namespace Report
