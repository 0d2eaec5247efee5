#include "ui/prices/pricesmodel.h"

#include "core/pricing/pricecatalog.h"
#include "ui/common/usdtext.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace Ui {

PricesModel::PricesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QList<PricesModel::Row> PricesModel::buildRows(const QList<Pricing::PriceRecord> &currentPrices,
                                               const QList<Ledger::ReportRow> &trafficByModel)
{
    const Pricing::PriceCatalog catalog(currentPrices);
    QList<Row> unpriced;
    for (const Ledger::ReportRow &traffic : trafficByModel) {
        const QString model = traffic.groupValues.value(0);
        // A model priced since its traffic was booked no longer needs attention.
        if (traffic.unpricedRequests <= 0 || model.isEmpty() || catalog.resolve(model))
            continue;
        Row row;
        row.record.model = model;
        row.unpriced = true;
        row.unpricedRequests = traffic.unpricedRequests;
        unpriced.append(row);
    }
    std::sort(unpriced.begin(), unpriced.end(), [](const Row &a, const Row &b) {
        return a.unpricedRequests != b.unpricedRequests ? a.unpricedRequests > b.unpricedRequests : a.record.model < b.record.model;
    });
    QList<Row> priced;
    priced.reserve(currentPrices.size());
    for (const Pricing::PriceRecord &record : currentPrices)
        priced.append(Row{record, false, 0});
    std::sort(priced.begin(), priced.end(), [](const Row &a, const Row &b) { return a.record.model < b.record.model; });
    return unpriced + priced;
}

void PricesModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PricesModel::unpricedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.unpriced; }));
}

int PricesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PricesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<Common::Money> PricesModel::rateOf(const Pricing::RateSet &rates, int column)
{
    switch (column) {
    case Input: return rates.input;
    case CacheRead: return rates.cacheRead;
    case CacheWrite5m: return rates.cacheWrite5m;
    case CacheWrite1h: return rates.cacheWrite1h;
    case Output: return rates.output;
    case Reasoning: return rates.reasoning;
    default: return std::nullopt;
    }
}

QVariant PricesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Pricing::PriceRecord &record = row.record;
    const int column = index.column();

    if (role == UnpricedRole)
        return row.unpriced;
    if (role == RawValueRole) {
        if (const auto rate = rateOf(record.base, column))
            return rate->nanos();
        return column == Model ? QVariant(record.model) : QVariant();
    }
    if (role == Qt::FontRole && row.unpriced) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::DecorationRole && row.unpriced && column == Model)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::TextAlignmentRole && column >= Input && column <= Reasoning)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (row.unpriced)
            return tr("%Ln request(s) to this model have no price, so their cost is unknown. Select it and choose Set price….",
                      nullptr, int(row.unpricedRequests));
        if (column == Tiers && !record.tiers.isEmpty()) {
            QStringList lines;
            for (const Pricing::PriceTier &tier : record.tiers) {
                lines.append(tr("Above %1 input tokens: input %2, output %3")
                                 .arg(QLocale().toString(tier.aboveTokens),
                                      tier.rates.input ? UsdText::format(*tier.rates.input) : tr("unchanged"),
                                      tier.rates.output ? UsdText::format(*tier.rates.output) : tr("unchanged")));
            }
            return lines.join(u'\n');
        }
        if (column == Source)
            return tr("%1, since %2").arg(record.source, QLocale().toString(record.effectiveFrom.toLocalTime(), QLocale::ShortFormat));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};

    if (row.unpriced) {
        switch (column) {
        case Model: return record.model;
        case Input: return tr("unpriced");
        case Source: return tr("%Ln unpriced request(s)", nullptr, int(row.unpricedRequests));
        default: return QString();
        }
    }
    switch (column) {
    case Model: return record.model;
    case Provider: return record.provider;
    case Input:
    case CacheRead:
    case CacheWrite5m:
    case CacheWrite1h:
    case Output: {
        const auto rate = rateOf(record.base, column);
        return rate ? UsdText::format(*rate) : QStringLiteral("–");
    }
    case Reasoning:
        // Absent means billed as output tokens, which is worth saying rather than a blank.
        return record.base.reasoning ? UsdText::format(*record.base.reasoning) : tr("as output");
    case Tiers:
        // The first threshold is what matters when reading the table; the tooltip lists every tier.
        return record.tiers.isEmpty() ? QString() : tr("above %1").arg(QLocale().toString(record.tiers.first().aboveTokens));
    case Source:
        // "map", "import" or "override"; the file's hash after the colon is in the tooltip.
        return tr("%1 · %2").arg(record.source.section(u':', 0, 0),
                                 QLocale().toString(record.effectiveFrom.toLocalTime().date(), QLocale::ShortFormat));
    default:
        return {};
    }
}

QVariant PricesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Model: return tr("Model");
    case Provider: return tr("Provider");
    case Input: return tr("Input");
    case CacheRead: return tr("Cache read");
    case CacheWrite5m: return tr("Cache write\n5 min");
    case CacheWrite1h: return tr("Cache write\n1 hour");
    case Output: return tr("Output");
    case Reasoning: return tr("Reasoning");
    case Tiers: return tr("Long-context\ntiers");
    case Source: return tr("Source\nsince");
    default: return {};
    }
}

} // namespace Ui
