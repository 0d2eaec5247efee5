#include "ui/overview/spendchart.h"

#include "ui/common/datetext.h"
#include "ui/overview/chartstyle.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace Ui {

SpendChart::SpendChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("spendChart"));
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->legend()->setShowToolTips(true); // an elided key name shows whole on hover
    setMinimumHeight(200);
}

void SpendChart::setData(const OverviewData &figures)
{
    QChart *chart = this->chart();
    ChartStyle::clear(chart);
    ChartStyle::apply(this, palette());
    chart->setTitle(tr("Spend per day by key"));

    // Rank keys by their spend over the range; the tail is folded into "Other".
    QHash<QString, Common::Money> totals;
    for (const Ledger::ReportRow &row : figures.byDayAndKey)
        totals[row.groupValues.value(1)] += row.cost;
    QStringList keys = totals.keys();
    std::sort(keys.begin(), keys.end(), [&totals](const QString &a, const QString &b) {
        const Common::Money left = totals.value(a);
        const Common::Money right = totals.value(b);
        return left != right ? left > right : a < b;
    });
    keys.erase(std::remove_if(keys.begin(), keys.end(), [&totals](const QString &key) { return totals.value(key).isZero(); }), keys.end());
    const bool hasOther = keys.size() > TopKeys;
    const QStringList top = keys.mid(0, TopKeys);
    m_names = top;
    if (hasOther)
        m_names << tr("Other");

    const qint64 dayCount = figures.firstDay.daysTo(figures.lastDay) + 1;
    QHash<QString, QList<Common::Money>> perDay;
    for (const QString &name : std::as_const(m_names))
        perDay.insert(name, QList<Common::Money>(dayCount));
    for (const Ledger::ReportRow &row : figures.byDayAndKey) {
        const qint64 index = figures.firstDay.daysTo(QDate::fromString(row.groupValues.value(0), Qt::ISODate));
        if (index < 0 || index >= dayCount)
            continue;
        const QString key = row.groupValues.value(1);
        const QString name = top.contains(key) ? key : tr("Other");
        if (perDay.contains(name))
            perDay[name][index] += row.cost;
    }

    auto *series = new QStackedBarSeries;
    series->setBarWidth(dayCount > 40 ? 0.9 : 0.7);
    double highest = 0;
    QList<double> dayTotals(dayCount);
    for (const QString &name : std::as_const(m_names)) {
        auto *set = new QBarSet(name);
        const QList<Common::Money> &days = perDay[name];
        for (qint64 i = 0; i < dayCount; ++i) {
            const double usd = ChartStyle::plotUsd(days.at(i));
            set->append(usd);
            dayTotals[i] += usd;
        }
        series->append(set);
    }
    for (const double total : std::as_const(dayTotals))
        highest = std::max(highest, total);
    chart->addSeries(series);
    // Colours come from the theme, except for the tail.
    if (hasOther) {
        QBarSet *other = series->barSets().constLast();
        other->setColor(ChartStyle::otherColor(palette()));
        other->setBorderColor(other->color());
    }
    for (QBarSet *set : series->barSets())
        set->setBorderColor(set->color());

    // Day labels: every day for a week, fewer for longer ranges, always ending on today.
    auto *days = new QCategoryAxis;
    days->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    days->setRange(-0.5, double(dayCount) - 0.5);
    days->setGridLineVisible(false);
    const qint64 step = dayCount <= 7 ? 1 : dayCount <= 31 ? 5 : 14;
    QList<qint64> labelled;
    for (qint64 i = dayCount - 1; i >= 0; i -= step)
        labelled.prepend(i);
    for (const qint64 i : std::as_const(labelled))
        days->append(dayCount <= 7 ? DateText::weekdayDayMonth(figures.firstDay.addDays(i)) : DateText::dayMonth(figures.firstDay.addDays(i)),
                     double(i));
    chart->addAxis(days, Qt::AlignBottom);
    series->attachAxis(days);

    // Its numbers in the user's language, "$0,50" in German, as the cards above write amounts (QA: the axis
    // read "$0.50" beside "$0,00"). Only here: a localized format takes "%%" literally (the cap chart's).
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    auto *usd = new QValueAxis;
    usd->setRange(0, highest > 0 ? highest * 1.08 : 1);
    usd->applyNiceNumbers();
    usd->setLabelFormat(ChartStyle::usdAxisFormat(highest, (usd->max() - usd->min()) / std::max(1, usd->tickCount() - 1)));
    chart->addAxis(usd, Qt::AlignLeft);
    series->attachAxis(usd);
    chart->legend()->setVisible(!m_names.isEmpty());
}

} // namespace Ui
