#pragma once

#include "core/ledger/queries.h"
#include "core/pricing/pricerecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace Ui {

/**
 * The price catalog, one row per model at its current version, in USD per 1M tokens. Models the
 * gateway served without a price come first: their cost is unknown until someone sets one.
 */
class PricesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricesModel)

public:
    enum Column { Model, Provider, Input, CacheRead, CacheWrite5m, CacheWrite1h, Output, Reasoning, Tiers, Source, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // a rate's nanos (qint64) or an invalid QVariant when absent
        UnpricedRole,                    // bool: seen in traffic, no price
    };

    struct Row
    {
        Pricing::PriceRecord record;   // only `model` is set for an unpriced row
        bool unpriced = false;
        qint64 unpricedRequests = 0;
    };

    explicit PricesModel(QObject *parent = nullptr);

    /**
     * The rows to show: models in `trafficByModel` (a report grouped by Model) with unpriced requests
     * that no current price resolves, by request count; then every priced model by name.
     */
    static QList<Row> buildRows(const QList<Pricing::PriceRecord> &currentPrices, const QList<Ledger::ReportRow> &trafficByModel);

    void setRows(QList<Row> rows);
    const Row &row(int index) const { return m_rows.at(index); }
    int unpricedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static std::optional<Common::Money> rateOf(const Pricing::RateSet &rates, int column);

    QList<Row> m_rows;
};

} // namespace Ui
