#pragma once

#include "core/common/money.h"

#include <QColor>
#include <QString>

class QChart;
class QChartView;
class QPalette;

namespace Ui {

/** What the Overview and Weekly charts share: a theme that follows the palette, cap colours, money text. */
class ChartStyle final
{
public:
    /** Amber from 80 % of a cap, red from 100 %: the only fixed colours, chosen to read on light and dark. */
    static QColor capColor(int percent, const QPalette &palette);
    static QColor otherColor(const QPalette &palette);
    /** Light or dark Qt Charts theme after the window colour's lightness, on the window's own background. */
    static void apply(QChartView *view, const QPalette &palette);
    /** Empties a chart for new data: its series and its axes, both deleted. */
    static void clear(QChart *chart);
    /** "$1,234.57": rounded to the cent for reading; "< $0.01" for a non-zero amount below a cent. */
    static QString cents(Common::Money amount);
    /** "$337", "$14.01": whole dollars from $100, for tight labels. */
    static QString shortUsd(Common::Money amount);
    /** The theme's own series colours for `count` items (the pie's default is one hue, too close to read). */
    static QList<QColor> seriesColors(QChart *chart, int count);
    /** Dollars as a double: for plotting only, never for arithmetic on money. */
    static double plotUsd(Common::Money amount);
    /** Whole percent of `part` in `whole`, rounded down; 0 when `whole` is zero. */
    static int percentOf(Common::Money part, Common::Money whole);
    /**
     * Whole percent of `part` in `whole`, rounded to the nearest: for shares of a total, which floored
     * read low (34.8 % as 34 %, a model legend summing to 95 %). Caps use percentOf(): 79.6 % must not
     * read 80 % beside a bar that is not yet amber, nor 99.6 % a reached cap.
     */
    static int shareOf(Common::Money part, Common::Money whole);
    /**
     * printf format for a dollar axis whose ticks are `step` apart: as many decimals as the step
     * needs (a day of $0.0004 must not read "$0.00" on every tick), at least two below $10, none above.
     */
    static QString usdAxisFormat(double highest, double step);
};

} // namespace Ui
