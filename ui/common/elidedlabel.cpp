#include "ui/common/elidedlabel.h"

#include <QFontMetrics>
#include <QResizeEvent>

namespace Ui {

ElidedLabel::ElidedLabel(const QString &fullText, QWidget *parent)
    : QLabel(fullText, parent)
    , m_fullText(fullText)
{
    setToolTip(fullText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // takes the width it is given, no more
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for "…" and a few characters either side: what remains readable of any path.
    return {fontMetrics().horizontalAdvance(QStringLiteral("/ab…yz/")), QLabel::minimumSizeHint().height()};
}

QSize ElidedLabel::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(m_fullText) + 2 * margin(), QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    const QString shown = fontMetrics().elidedText(m_fullText, Qt::ElideMiddle, contentsRect().width());
    if (shown != text())
        setText(shown);
}

} // namespace Ui
