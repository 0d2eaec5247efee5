#pragma once

#include "ui/overview/overviewdata.h"

#include <QChartView>

namespace Ui {

/** Spend per model as a donut: the biggest models of the range and "Other". */
class ModelShareChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelShareChart)

public:
    static constexpr int TopModels = 6;

    explicit ModelShareChart(QWidget *parent = nullptr);
    void setData(const OverviewData &figures);
    /** The slices' model names, biggest first ("Other" last when present). */
    QStringList sliceNames() const { return m_names; }

private:
    QStringList m_names;
};

} // namespace Ui
