#include "ui/overview/modelsharechart.h"

#include "ui/overview/chartstyle.h"

#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>

namespace Ui {

ModelShareChart::ModelShareChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("modelChart"));
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignRight);
    // A narrow window elides long model names ("claude-so…"): hovering shows the whole label.
    chart()->legend()->setShowToolTips(true);
    setMinimumHeight(180);
}

void ModelShareChart::setData(const OverviewData &figures)
{
    QChart *chart = this->chart();
    chart->removeAllSeries();
    ChartStyle::apply(this, palette());
    chart->setTitle(tr("Spend by model"));
    m_names.clear();

    // Rows come sorted by spend, highest first; unpriced-only models have no slice of spend.
    QList<std::pair<QString, Common::Money>> slices;
    Common::Money other;
    for (const Ledger::ReportRow &row : figures.byModel) {
        if (row.cost.nanos() <= 0)
            continue;
        if (slices.size() < TopModels)
            slices.append({row.groupValues.value(0), row.cost});
        else
            other += row.cost;
    }
    const bool hasOther = !other.isZero();
    if (hasOther)
        slices.append({tr("Other"), other});

    auto *series = new QPieSeries;
    series->setHoleSize(0.5);
    series->setPieSize(0.9);
    for (const auto &[name, cost] : std::as_const(slices)) {
        m_names << name;
        const int percent = ChartStyle::shareOf(cost, figures.spend);
        auto *slice = series->append(tr("%2 % · %1").arg(name).arg(percent), ChartStyle::plotUsd(cost));
        slice->setBorderColor(palette().color(QPalette::Window));
    }
    chart->addSeries(series);
    const QList<QColor> colors = ChartStyle::seriesColors(chart, int(series->count()));
    for (qsizetype i = 0; i < series->count() && i < colors.size(); ++i)
        series->slices().at(i)->setColor(colors.at(i));
    if (hasOther)
        series->slices().constLast()->setColor(ChartStyle::otherColor(palette()));
    chart->legend()->setVisible(!slices.isEmpty());
    if (slices.isEmpty())
        chart->setTitle(tr("Spend by model: no priced traffic in this range"));
}

} // namespace Ui
