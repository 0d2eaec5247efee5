#include "ui/keys/spendcapdelegate.h"

#include "ui/common/errorlabel.h"

#include <QFontMetrics>

#include "ui/keys/keystablemodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace Ui {

SpendCapDelegate::SpendCapDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QColor SpendCapDelegate::barColor(double fraction, const QPalette &palette)
{
    if (fraction >= 1.0)
        return ErrorLabel::refusedColor(); // the cap is reached, requests are refused
    if (fraction >= WarningFraction)
        return QColor(0xe8, 0x9b, 0x0c); // amber: close to the cap
    return palette.color(QPalette::Highlight);
}

QString SpendCapDelegate::percentText(double fraction)
{
    // Floor, so that 99.6 % never reads as a reached cap. The fraction is a quotient of doubles: $20.75
    // of $25.00 is 0.83 * 100 = 82.99999…, which read 82 % (QA); the nudge is far below a hundredth of a percent.
    const int percent = int(std::floor(fraction * 100.0 + 1e-7));
    return QLocale().toString(percent) + QLocale().percent();
}

void SpendCapDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant fractionValue = index.data(KeysTableModel::CapFractionRole);
    if (!fractionValue.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const double fraction = fractionValue.toDouble();

    // Background and selection as the style draws them, without the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect cell = option.rect.adjusted(4, 3, -4, -3);
    // Measured in bold: the figure is drawn bold from 80 % on.
    QFont percentFont = option.font;
    percentFont.setBold(true);
    const int percentWidth = QFontMetrics(percentFont).horizontalAdvance(QStringLiteral("100%")) + 8;
    const QRect barArea(cell.left(), cell.bottom() - 4, cell.width() - percentWidth, 5);
    QColor track = option.palette.color(QPalette::Text);
    track.setAlphaF(0.15f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(track);
    painter->drawRoundedRect(barArea, 2, 2);
    QRect filled = barArea;
    filled.setWidth(int(double(barArea.width()) * std::clamp(fraction, 0.0, 1.0)));
    painter->setBrush(barColor(fraction, option.palette));
    if (filled.width() > 0)
        painter->drawRoundedRect(filled, 2, 2);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect textArea(cell.left(), cell.top(), cell.width() - percentWidth, cell.height() - 6);
    painter->drawText(textArea, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data().toString(), Qt::ElideRight, textArea.width()));
    percentFont.setBold(fraction >= WarningFraction);
    painter->setFont(percentFont);
    const QRect percentArea(cell.right() - percentWidth + 8, cell.top(), percentWidth - 8, cell.height());
    painter->drawText(percentArea, Qt::AlignRight | Qt::AlignVCenter, percentText(fraction));
    painter->restore();
}

QSize SpendCapDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(KeysTableModel::CapFractionRole).isValid()) {
        size.setWidth(size.width() + option.fontMetrics.horizontalAdvance(QStringLiteral("100%")) + 32);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 12));
    }
    return size;
}

} // namespace Ui
