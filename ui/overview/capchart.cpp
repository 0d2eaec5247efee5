#include "ui/overview/capchart.h"

#include "ui/overview/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QFontMetrics>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

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
    double highest = 100;
    const QList<KeyCapFigure> caps = figures.caps.mid(0, MaxKeys);
    // Horizontal bars are drawn bottom-up: add the fullest key last so that it is on top.
    for (auto it = caps.crbegin(); it != caps.crend(); ++it) {
        const int percent = it->cap.isZero() ? 100 : ChartStyle::percentOf(it->spent, it->cap);
        m_shown.prepend({it->key, percent});
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
    keys->append(categoryLabels());
    // QtCharts also shrinks a label to "..." when a category's share of the height is less than the
    // label's height plus padding: on a 640 px high window all six key names read "...". Names are
    // elided to the width below instead, and a label a little taller than its bar still reads.
    keys->setTruncateLabels(false);
    keys->setGridLineVisible(false);
    chart->addAxis(keys, Qt::AlignLeft);
    series->attachAxis(keys);
    auto *share = new QValueAxis;
    // Bars stop at 150 %. Over the cap the axis runs to 150 in steps of 50, so that 100 % (the cap)
    // stays a gridline; running to the fullest bar read 0 · 48 · 96 · 144 %, and nothing marked the cap.
    share->setRange(0, highest > 100 ? 150 : 100);
    share->setTickCount(highest > 100 ? 4 : 6);
    share->setLabelFormat(tr("%.0f %%")); // printf-style, so a plain space: QtCharts mangles a no-break one
    chart->addAxis(share, Qt::AlignBottom);
    series->attachAxis(share);
}

void CapChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    relabel();
}

void CapChart::relabel()
{
    const QList<QAbstractAxis *> vertical = chart()->axes(Qt::Vertical);
    auto *keys = vertical.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(vertical.first());
    if (!keys)
        return;
    const QStringList labels = categoryLabels();
    if (keys->categories() != labels)
        keys->setCategories(labels);
}

QStringList CapChart::categoryLabels() const
{
    // QtCharts gives the axes on one side at most 40 % of the chart's width; with its own truncation off
    // (setData()), a longer label would run over the chart's edge. Eliding the names here keeps the share
    // and as much of each name as fits; 24 px is the ticks and padding.
    const QFont font = chart()->axes(Qt::Vertical).isEmpty() ? chart()->font()
                                                              : chart()->axes(Qt::Vertical).first()->labelsFont();
    const QFontMetrics metrics(font);
    const QMargins margins = chart()->margins();
    const int room = int(0.4 * (chart()->size().width() - margins.left() - margins.right())) - 24;
    QStringList labels;
    // Horizontal bars are drawn bottom-up: the fullest key, first in m_shown, is the last category.
    for (auto it = m_shown.crbegin(); it != m_shown.crend(); ++it) {
        // One arg() call for both: chained, a "%2" inside a key's name would be replaced too.
        const QString percent = QString::number(it->second);
        const QString bare = tr("%2 % · %1").arg(QString(), percent);
        const QString name = metrics.elidedText(it->first, Qt::ElideRight, std::max(0, room - metrics.horizontalAdvance(bare)));
        QString label = tr("%2 % · %1").arg(name, percent);
        // The axis keeps one of two equal categories: two names elided alike stay apart by an invisible mark.
        while (labels.contains(label))
            label += QChar(0x200B);
        labels << label;
    }
    return labels;
}

} // namespace Ui
