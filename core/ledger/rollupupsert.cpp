#include "core/ledger/rollupupsert.h"

#include <utility>

namespace Ledger {

const QStringList &RollupUpsert::sumColumns()
{
    static const QStringList columns{
        QStringLiteral("requests"),           QStringLiteral("input_tokens"),          QStringLiteral("cached_input_tokens"),
        QStringLiteral("cache_write_tokens"), QStringLiteral("cache_write_1h_tokens"), QStringLiteral("output_tokens"),
        QStringLiteral("reasoning_tokens"),   QStringLiteral("cost_nanos"),            QStringLiteral("unpriced_requests"),
        QStringLiteral("estimated_requests")};
    return columns;
}

void RollupSums::add(const TraceRecord &trace)
{
    ++requests;
    tokens.inputTokens += trace.usage.inputTokens;
    tokens.cachedInputTokens += trace.usage.cachedInputTokens;
    tokens.cacheWriteTokens += trace.usage.cacheWriteTokens;
    tokens.cacheWrite1hTokens += trace.usage.cacheWrite1hTokens;
    tokens.outputTokens += trace.usage.outputTokens;
    tokens.reasoningTokens += trace.usage.reasoningTokens;
    if (trace.cost)
        costNanos = (Common::Money::fromNanos(costNanos) + *trace.cost).nanos(); // saturates, never wraps
    else
        ++unpricedRequests;
    if (trace.costStatus == CostStatus::Estimated)
        ++estimatedRequests;
}

RollupUpsert::RollupUpsert(QString table, QStringList rowColumns)
    : m_table(std::move(table)), m_rowColumns(std::move(rowColumns))
{
}

RollupUpsert::~RollupUpsert() = default;

QString RollupUpsert::traceSums()
{
    // RollupSums::add() in SQL: unpriced traces (no cost) are counted and add nothing to the cost.
    return QStringLiteral("COUNT(*), SUM(t.input_tokens), SUM(t.cached_input_tokens), SUM(t.cache_write_tokens),"
                          " SUM(t.cache_write_1h_tokens), SUM(t.output_tokens), SUM(t.reasoning_tokens),"
                          " SUM(COALESCE(t.cost_nanos, 0)), SUM(CASE WHEN t.cost_nanos IS NULL THEN 1 ELSE 0 END),"
                          " SUM(CASE WHEN t.cost_status = 'estimated' THEN 1 ELSE 0 END)");
}

QString RollupUpsert::traceColumn(const QString &rowColumn)
{
    if (rowColumn == QLatin1String("hour"))
        // Trace times are after 1970, so SQL's division rounds down as hourOf() does.
        return QStringLiteral("(t.time_ms / %1)").arg(MsPerHour);
    if (rowColumn == QLatin1String("key_id"))
        return QStringLiteral("COALESCE(t.key_id, 0)"); // the rollups' "no key"
    Q_ASSERT(rowColumn == QLatin1String("model") || rowColumn == QLatin1String("provider"));
    return QStringLiteral("t.") + rowColumn;
}

QString RollupUpsert::conflictClause() const
{
    // Qualified names on the left of each sum: PostgreSQL finds a bare name ambiguous here.
    QStringList updates;
    for (const QString &column : sumColumns()) {
        if (column == QLatin1String("cost_nanos")) {
            // Money saturates instead of wrapping, and so does the row: SQLite would turn an
            // overflowing sum into an inexact REAL, which reads back as any integer at all.
            updates << QStringLiteral("%1 = CASE WHEN %2.%1 > 0 AND excluded.%1 > %3 - %2.%1 THEN %3"
                                      " ELSE %2.%1 + excluded.%1 END")
                           .arg(column, m_table, QString::number(Common::Money::largest().nanos()));
            continue;
        }
        updates << QStringLiteral("%1 = %2.%1 + excluded.%1").arg(column, m_table);
    }
    return QStringLiteral(" ON CONFLICT (%1) DO UPDATE SET %2")
        .arg(m_rowColumns.join(QLatin1String(", ")), updates.join(QLatin1String(", ")));
}

QString RollupUpsert::statement() const
{
    const QStringList columns = m_rowColumns + sumColumns();
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
               .arg(m_table, columns.join(QLatin1String(", ")), placeholders.join(QLatin1String(", ")))
           + conflictClause();
}

bool RollupUpsert::addTraces(const QSqlDatabase &db, qint64 afterId, qint64 upToId)
{
    QStringList rowExpressions;
    for (const QString &column : m_rowColumns)
        rowExpressions << traceColumn(column);
    const QString rows = rowExpressions.join(QLatin1String(", "));
    QSqlQuery query(db);
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) SELECT %3, %4 FROM traces t WHERE t.id > ? AND t.id <= ? GROUP BY %3")
                            .arg(m_table, (m_rowColumns + sumColumns()).join(QLatin1String(", ")), rows, traceSums())
                        + conflictClause();
    if (!query.prepare(sql)) {
        m_error = query.lastError();
        return false;
    }
    query.addBindValue(afterId);
    query.addBindValue(upToId);
    if (!query.exec()) {
        m_error = query.lastError();
        return false;
    }
    return true;
}

bool RollupUpsert::add(const QSqlDatabase &db, const QVariantList &row, const RollupSums &sums)
{
    Q_ASSERT(row.size() == m_rowColumns.size());
    if (!m_query) {
        auto query = std::make_unique<QSqlQuery>(db);
        if (!query->prepare(statement())) {
            m_error = query->lastError();
            return false;
        }
        m_query = std::move(query);
    }
    int index = 0;
    for (const QVariant &value : row)
        m_query->bindValue(index++, value);
    const Common::TokenUsage &tokens = sums.tokens;
    for (const qint64 sum : {sums.requests, tokens.inputTokens, tokens.cachedInputTokens, tokens.cacheWriteTokens,
                             tokens.cacheWrite1hTokens, tokens.outputTokens, tokens.reasoningTokens, sums.costNanos,
                             sums.unpricedRequests, sums.estimatedRequests})
        m_query->bindValue(index++, sum);
    if (!m_query->exec()) {
        m_error = m_query->lastError();
        return false;
    }
    return true;
}

void RollupUpsert::reset()
{
    m_query.reset();
}

} // namespace Ledger
