#include "ui/traces/tracestablemodel.h"

#include "ui/common/ledgerclient.h"
#include "ui/common/usdtext.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace Ui {

namespace {

Ledger::TracePosition positionOf(const Ledger::TraceRecord &trace)
{
    return {trace.time.toMSecsSinceEpoch(), trace.id};
}

} // namespace

TracesTableModel::TracesTableModel(LedgerClient *ledger, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ledger(ledger)
{
}

void TracesTableModel::setFilter(const Ledger::TraceQuery &filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.limit = PageSize;
    m_filter.offset = 0;
    m_filter.olderThan.reset();
    m_filter.newerThan.reset();
    m_rows.clear();
    m_rows.squeeze();
    ++m_generation;
    m_hasMore = true;
    m_fetchingOlder = false;
    m_fetchingNewer = false;
    endResetModel();
    // The first page is asked for at once rather than when a view happens to call fetchMore.
    fetchMore(QModelIndex());
}

const Ledger::TraceRecord *TracesTableModel::trace(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

bool TracesTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_ledger && m_hasMore && !m_fetchingOlder;
}

void TracesTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetchingOlder = true;
    Ledger::TraceQuery query = m_filter;
    if (!m_rows.isEmpty())
        query.olderThan = positionOf(m_rows.constLast());
    const quint64 generation = m_generation;
    const bool first = m_rows.isEmpty();
    m_ledger->query<QList<Ledger::TraceRecord>>(
        [query](Ledger::LedgerStore &store) { return store.queryTraces(query); },
        this,
        [this, generation, first](const QList<Ledger::TraceRecord> &page) {
            if (generation != m_generation)
                return;
            m_hasMore = page.size() == PageSize;
            // Still "fetching" while the rows go in: a fetchMore() from a view or tester reacting to
            // the insertion must not ask for the page after the old last row a second time.
            if (!page.isEmpty()) {
                beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size() - 1));
                m_rows.append(page);
                endInsertRows();
            }
            m_fetchingOlder = false;
            emit pageLoaded(first);
        });
}

void TracesTableModel::fetchNewer()
{
    if (!m_ledger || m_fetchingNewer || m_fetchingOlder)
        return;
    if (m_rows.isEmpty()) {
        // Nothing loaded and nothing more known: look again from the top.
        setFilter(m_filter);
        return;
    }
    m_fetchingNewer = true;
    Ledger::TraceQuery query = m_filter;
    query.newerThan = positionOf(m_rows.constFirst());
    const quint64 generation = m_generation;
    m_ledger->query<QList<Ledger::TraceRecord>>(
        [query](Ledger::LedgerStore &store) { return store.queryTraces(query); },
        this,
        [this, generation](const QList<Ledger::TraceRecord> &page) {
            if (generation != m_generation)
                return;
            m_fetchingNewer = false;
            if (page.size() == PageSize) {
                // More arrived than one page: a gap would hide traces, so start over from the top.
                setFilter(m_filter);
                return;
            }
            if (page.isEmpty())
                return;
            beginInsertRows(QModelIndex(), 0, int(page.size() - 1));
            m_rows = page + m_rows;
            endInsertRows();
        });
}

int TracesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TracesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TracesTableModel::costText(const Ledger::TraceRecord &trace)
{
    if (!trace.cost || trace.costStatus == Ledger::CostStatus::Unpriced)
        return tr("unpriced");
    const QString amount = UsdText::format(*trace.cost);
    return trace.costStatus == Ledger::CostStatus::Estimated ? tr("~%1 (estimated)").arg(amount) : amount;
}

QString TracesTableModel::localTimeText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + local.time().toString(QStringLiteral("HH:mm:ss"));
}

QVariant TracesTableModel::display(const Ledger::TraceRecord &t, int column) const
{
    const QLocale locale;
    switch (Column(column)) {
    case Time: return localTimeText(t.time);
    case Key: return t.keyName.isEmpty() ? tr("(no key)") : t.keyName;
    case Model: return t.model;
    case Provider: return t.provider.isEmpty() ? tr("—") : t.provider;
    case Status: return QStringLiteral("%1 %2").arg(t.status).arg(t.outcome);
    case InputTokens: return locale.toString(t.usage.inputTokens);
    case CachedTokens: return locale.toString(t.usage.cachedInputTokens);
    case OutputTokens: return locale.toString(t.usage.outputTokens);
    case ReasoningTokens: return locale.toString(t.usage.reasoningTokens);
    case Cost: return costText(t);
    case Latency: return tr("%1 ms").arg(locale.toString(t.latencyMs));
    case Ttft: return t.ttftMs ? tr("%1 ms").arg(locale.toString(*t.ttftMs)) : tr("—");
    case Attempts: return locale.toString(t.attempts);
    case ColumnCount: break;
    }
    return {};
}

QVariant TracesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ledger::TraceRecord &t = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(t, index.column());
    case RawValueRole:
        switch (index.column()) {
        case Time: return t.time.toMSecsSinceEpoch();
        case Status: return t.status;
        case InputTokens: return t.usage.inputTokens;
        case CachedTokens: return t.usage.cachedInputTokens;
        case OutputTokens: return t.usage.outputTokens;
        case ReasoningTokens: return t.usage.reasoningTokens;
        case Cost: return t.cost ? QVariant(t.cost->nanos()) : QVariant();
        case Latency: return t.latencyMs;
        case Ttft: return t.ttftMs ? QVariant(*t.ttftMs) : QVariant();
        case Attempts: return t.attempts;
        default: return display(t, index.column());
        }
    case Qt::TextAlignmentRole:
        if (index.column() >= InputTokens || index.column() == Status)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == Cost && t.costStatus != Ledger::CostStatus::Exact) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == Cost && t.costStatus == Ledger::CostStatus::Unpriced)
            || (index.column() == Ttft && !t.ttftMs))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Cost && t.costStatus == Ledger::CostStatus::Unpriced)
            return tr("No price is known for this model: the cost is unknown, not zero.");
        if (index.column() == Cost && t.costStatus == Ledger::CostStatus::Estimated)
            return tr("Estimated: a rate or the usage had to be guessed.");
        if (index.column() == Time)
            return t.time.toUTC().toString(Qt::ISODateWithMs);
        return {};
    default:
        return {};
    }
}

QVariant TracesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time: return tr("Time");
    case Key: return tr("Key");
    case Model: return tr("Model");
    case Provider: return tr("Provider");
    case Status: return tr("Status");
    case InputTokens: return tr("Input");
    case CachedTokens: return tr("Cached");
    case OutputTokens: return tr("Output");
    case ReasoningTokens: return tr("Reasoning");
    case Cost: return tr("Cost");
    case Latency: return tr("Latency");
    case Ttft: return tr("TTFT");
    case Attempts: return tr("Attempts");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Ui
