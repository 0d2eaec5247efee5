#include "ui/overview/chartstyle.h"

#include "ui/common/usdtext.h"

#include <QChart>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace Ui {

QColor ChartStyle::capColor(int percent, const QPalette &palette)
{
    if (percent >= 100)
        return QColor(0xd9, 0x48, 0x3b);
    if (percent >= 80)
        return QColor(0xe8, 0xa3, 0x17);
    return palette.color(QPalette::Highlight);
}

QColor ChartStyle::otherColor(const QPalette &palette)
{
    QColor mid = palette.color(QPalette::Mid);
    return palette.color(QPalette::Window).lightness() < 128 ? mid.lighter(130) : mid;
}

void ChartStyle::apply(QChartView *view, const QPalette &palette)
{
    QChart *chart = view->chart();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(palette.brush(QPalette::WindowText));
    QFont title = chart->titleFont();
    title.setPointSizeF(view->font().pointSizeF() * 1.1);
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    chart->legend()->setFont(view->font());
    chart->setMargins(QMargins(4, 4, 4, 4));
    view->setBackgroundBrush(palette.brush(QPalette::Window));
}

void ChartStyle::clear(QChart *chart)
{
    chart->removeAllSeries();
    // removeAxis() hands the axis back to the caller (unlike removeAllSeries(), which deletes the series).
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QString ChartStyle::cents(Common::Money amount)
{
    return UsdText::cents(amount);
}

QString ChartStyle::shortUsd(Common::Money amount)
{
    if (amount.nanos() < 100 * Common::Money::NanosPerUsd)
        return cents(amount);
    const qint64 usd = (amount.nanos() + Common::Money::NanosPerUsd / 2) / Common::Money::NanosPerUsd;
    return QStringLiteral("$") + QLocale().toString(usd);
}

QList<QColor> ChartStyle::seriesColors(QChart *chart, int count)
{
    // A throw-away bar series takes the theme's categorical colours, in order.
    auto *probe = new QBarSeries;
    for (int i = 0; i < count; ++i)
        probe->append(new QBarSet(QString()));
    chart->addSeries(probe);
    QList<QColor> colors;
    for (QBarSet *set : probe->barSets())
        colors << set->color();
    chart->removeSeries(probe);
    delete probe;
    return colors;
}

double ChartStyle::plotUsd(Common::Money amount)
{
    return double(amount.nanos()) / double(Common::Money::NanosPerUsd);
}

int ChartStyle::percentOf(Common::Money part, Common::Money whole)
{
    if (whole.nanos() <= 0)
        return 0;
    return int(Common::Int128(part.nanos()) * 100 / whole.nanos());
}

int ChartStyle::shareOf(Common::Money part, Common::Money whole)
{
    if (whole.nanos() <= 0)
        return 0;
    const Common::Int128 twice = Common::Int128(part.nanos()) * 200 / whole.nanos();
    return int((twice + 1) / 2);
}

QString ChartStyle::usdAxisFormat(double highest, double step)
{
    int decimals = highest < 10 ? 2 : 0;
    // Nice-number steps are 1, 2 or 5 times a power of ten: find the first decimal count that shows one exactly.
    while (decimals < 8 && step > 0) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            break;
        ++decimals;
    }
    return QStringLiteral("$%.%1f").arg(decimals);
}

} // namespace Ui
