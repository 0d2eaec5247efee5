#include "ui/mainwindow/alertbutton.h"

#include <QStyleOptionToolButton>
#include <QStylePainter>

namespace Ui {

namespace {
constexpr int SideMargin = 4;
}

AlertButton::AlertButton(QWidget *parent) : QToolButton(parent)
{
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Takes the width the status bar leaves it rather than asking for the whole line's.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void AlertButton::setAlert(const QString &newest, const QString &others)
{
    m_newest = newest;
    m_others = others;
    setText(others.isEmpty() ? newest : newest + u' ' + others);
    update();
}

QString AlertButton::shownText() const
{
    const QString tail = m_others.isEmpty() ? QString() : u' ' + m_others;
    const int room = textArea().width() - fontMetrics().horizontalAdvance(tail);
    return fontMetrics().elidedText(m_newest, Qt::ElideRight, std::max(room, 0)) + tail;
}

QSize AlertButton::minimumSizeHint() const
{
    const QString shortest = m_others.isEmpty() ? QStringLiteral("…") : QStringLiteral("… ") + m_others;
    return {fontMetrics().horizontalAdvance(shortest) + 2 * SideMargin, QToolButton::minimumSizeHint().height()};
}

void AlertButton::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionToolButton option;
    initStyleOption(&option);
    option.text.clear(); // the frame and hover state from the style; the text from here, left-aligned
    painter.drawComplexControl(QStyle::CC_ToolButton, option);
    painter.drawItemText(textArea(), Qt::AlignLeft | Qt::AlignVCenter, palette(), isEnabled(), shownText(), QPalette::ButtonText);
}

QRect AlertButton::textArea() const
{
    return rect().adjusted(SideMargin, 0, -SideMargin, 0);
}

} // namespace Ui
