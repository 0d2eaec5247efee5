#pragma once

#include "core/common/tokenusage.h"
#include "core/ledger/tracerecord.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace Ledger {

/** What one rollup row adds up: the requests, tokens and cost of the traces that fall into it. */
struct RollupSums
{
    qint64 requests = 0;
    Common::TokenUsage tokens;     // each count summed
    qint64 costNanos = 0;          // priced traces only; unpriced ones are counted, never booked as $0
    qint64 unpricedRequests = 0;
    qint64 estimatedRequests = 0;

    void add(const TraceRecord &trace);
};

/**
 * Adds sums into one row of a rollup table, creating the row when it is new. The statement is
 * prepared on first use and kept: the trace writer runs it for every row each batch touches.
 * The rollup tables share their sum columns and differ only in the columns that name a row.
 */
class RollupUpsert final
{
public:
    /** The rollups' hour of a trace is time_ms / MsPerHour (in C++ and in SQL alike). */
    static constexpr qint64 MsPerHour = 3'600'000;

    RollupUpsert(QString table, QStringList rowColumns);
    ~RollupUpsert();
    Q_DISABLE_COPY_MOVE(RollupUpsert)

    /** The columns every rollup table sums, in RollupSums' order (reports read them in this order too). */
    static const QStringList &sumColumns();

    /**
     * The same sums computed from raw traces (alias `t`), in sumColumns()' order: what a reader adds
     * for traces not rolled up yet, and what addTraces() rolls up.
     */
    static QString traceSums();
    /** The expression over a trace (alias `t`) that gives a row column: hour, key_id, model or provider. */
    static QString traceColumn(const QString &rowColumn);

    /** `row` holds the values of the row columns, in the order given to the constructor. */
    bool add(const QSqlDatabase &db, const QVariantList &row, const RollupSums &sums);
    /** Adds the traces with ids in (afterId, upToId], aggregated by SQLite. */
    bool addTraces(const QSqlDatabase &db, qint64 afterId, qint64 upToId);
    QSqlError lastError() const { return m_error; }
    /** Drops the prepared statement; the store calls it before its connection closes. */
    void reset();

private:
    QString statement() const;
    QString conflictClause() const;

    QString m_table;
    QStringList m_rowColumns;
    std::unique_ptr<QSqlQuery> m_query;
    QSqlError m_error;
};

} // namespace Ledger
