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

private:
    QList<std::pair<QString, int>> m_shown;
};

} // namespace Ui
