#pragma once

#include "ui/overview/overviewdata.h"

#include <QChartView>

namespace Ui {

/** Each capped key's lifetime spend as a share of its cap: amber from 80 %, red from 100 %. */
class CapChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapChart)

public:
    static constexpr int MaxKeys = 8;

    explicit CapChart(QWidget *parent = nullptr);
    void setData(const OverviewData &figures);
    /** The percent shown per key, top (fullest) first. */
    QList<std::pair<QString, int>> shown() const { return m_shown; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /** The axis labels ("89 % · name"), names elided to fit the room QtCharts gives the axis at this width. */
    QStringList categoryLabels() const;
    void relabel();

    QList<std::pair<QString, int>> m_shown;
};

} // namespace Ui
