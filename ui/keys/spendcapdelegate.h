#pragma once

#include <QStyledItemDelegate>

namespace Ui {

/**
 * Draws the spend-cap cell as a bar: the share of the cap already spent, amber from 80 % and red at
 * 100 % (the only fixed colours of the window, picked to read on light and dark palettes), with the
 * amounts and the percentage as text.
 */
class SpendCapDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpendCapDelegate)

public:
    static constexpr double WarningFraction = 0.8;

    explicit SpendCapDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /** The bar's colour for a fraction of the cap: the palette's highlight, amber, or red. */
    static QColor barColor(double fraction, const QPalette &palette);
    static QString percentText(double fraction);
};

} // namespace Ui
