#include "ui/overview/capchart.h"

#include "ui/overview/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

namespace Ui {

CapChart::CapChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("capChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
}

void CapChart::setData(const OverviewData &figures)
{
    QChart *chart = this->chart();
    ChartStyle::clear(chart);
    ChartStyle::apply(this, palette());
    chart->setTitle(figures.caps.isEmpty() ? tr("Spend vs cap: no key has a spend cap") : tr("Spend vs cap (lifetime)"));
    chart->legend()->setVisible(false);
    m_shown.clear();

    // One bar set per colour band, so each bar takes its band's colour; a key has a value in one set only.
    auto *normal = new QBarSet(tr("Below 80 %"));
    auto *warning = new QBarSet(tr("80 % or more"));
    auto *reached = new QBarSet(tr("Cap reached"));
    QStringList categories;
    double highest = 100;
    const QList<KeyCapFigure> caps = figures.caps.mid(0, MaxKeys);
    // Horizontal bars are drawn bottom-up: add the fullest key last so that it is on top.
    for (auto it = caps.crbegin(); it != caps.crend(); ++it) {
        const int percent = it->cap.isZero() ? 100 : ChartStyle::percentOf(it->spent, it->cap);
        m_shown.prepend({it->key, percent});
        categories << tr("%2 % · %1").arg(it->key).arg(percent);
        const double shown = std::min(percent, 150);
        highest = std::max(highest, shown);
        normal->append(percent < 80 ? shown : 0);
        warning->append(percent >= 80 && percent < 100 ? shown : 0);
        reached->append(percent >= 100 ? shown : 0);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.6);
    series->append(normal);
    series->append(warning);
    series->append(reached);
    chart->addSeries(series);
    normal->setColor(ChartStyle::capColor(0, palette()));
    warning->setColor(ChartStyle::capColor(80, palette()));
    reached->setColor(ChartStyle::capColor(100, palette()));
    for (QBarSet *set : series->barSets())
        set->setBorderColor(set->color());

    auto *keys = new QBarCategoryAxis;
    keys->append(categories);
    keys->setGridLineVisible(false);
    chart->addAxis(keys, Qt::AlignLeft);
    series->attachAxis(keys);
    auto *share = new QValueAxis;
    share->setRange(0, highest > 100 ? highest : 100);
    share->setTickCount(highest > 100 ? 4 : 6);
    share->setLabelFormat(tr("%.0f %%")); // printf-style, so a plain space: QtCharts mangles a no-break one
    chart->addAxis(share, Qt::AlignBottom);
    series->attachAxis(share);
}

} // namespace Ui
