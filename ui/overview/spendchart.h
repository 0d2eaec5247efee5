#pragma once

#include "ui/overview/overviewdata.h"

#include <QChartView>

namespace Ui {

/** Spend per local day, stacked by key: the biggest keys of the range and "Other". */
class SpendChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpendChart)

public:
    static constexpr int TopKeys = 6;

    explicit SpendChart(QWidget *parent = nullptr);
    void setData(const OverviewData &figures);
    /** Names of the stacked series, top first ("Other" last when present). */
    QStringList seriesNames() const { return m_names; }

private:
    QStringList m_names;
};

} // namespace Ui
