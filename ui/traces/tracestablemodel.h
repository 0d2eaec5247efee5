#pragma once

#include "core/ledger/queries.h"
#include "core/ledger/tracerecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace Ui {

class LedgerClient;

/**
 * Traces, newest first, loaded a page at a time as the view scrolls (canFetchMore/fetchMore) with
 * keyset paging on (time, id), so a ledger of millions of traces opens at once and only the rows
 * scrolled past are ever held. fetchNewer() brings in traces booked since the newest row.
 */
class TracesTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TracesTableModel)

public:
    static constexpr int PageSize = 200;

    enum Column {
        Time, Key, Model, Provider, Status, InputTokens, CachedTokens, OutputTokens, ReasoningTokens, Cost,
        Latency, Ttft, Attempts, ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit TracesTableModel(LedgerClient *ledger, QObject *parent = nullptr);

    /** Drops the loaded rows and starts over with `filter` (its limit, offset and cursors are ignored). */
    void setFilter(const Ledger::TraceQuery &filter);
    const Ledger::TraceQuery &filter() const { return m_filter; }
    const Ledger::TraceRecord *trace(int row) const;
    /** True while a page is on its way. */
    bool isFetching() const { return m_fetchingOlder; }
    /** False once the oldest matching trace is loaded. */
    bool hasMore() const { return m_hasMore; }
    /** Loads traces newer than the first row (the live view); a burst too large to fit reloads. */
    void fetchNewer();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /** "$0.0123", "$0.0123 (estimated)", "unpriced": never $0.00 for a cost that is not known. */
    static QString costText(const Ledger::TraceRecord &trace);
    static QString localTimeText(const QDateTime &utc);

signals:
    /** A page arrived (or the filter's first page: `reset` true). */
    void pageLoaded(bool reset);

private:
    QVariant display(const Ledger::TraceRecord &trace, int column) const;

    LedgerClient *m_ledger = nullptr;
    Ledger::TraceQuery m_filter;
    QList<Ledger::TraceRecord> m_rows;
    quint64 m_generation = 0;      // bumped by setFilter: answers for an older filter are dropped
    bool m_hasMore = true;
    bool m_fetchingOlder = false;
    bool m_fetchingNewer = false;
};

} // namespace Ui
