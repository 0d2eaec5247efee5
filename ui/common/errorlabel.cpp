#include "ui/common/errorlabel.h"

#include <QEvent>

namespace Ui {

ErrorLabel::ErrorLabel(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    applyColor();
    hide();
}

void ErrorLabel::say(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
    holdWrappedHeight();
}

void ErrorLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    holdWrappedHeight();
}

void ErrorLabel::holdWrappedHeight()
{
    // A form lays its rows out by size hints, which do not know that a wrapped label at the width it
    // was given needs a second line: the second line was cut off (QA: the key form's allowed-models
    // error). Asking for the wrapped height as a minimum makes the row grow to it.
    const int needed = text().isEmpty() ? 0 : heightForWidth(width());
    if (needed > 0 && needed != minimumHeight())
        setMinimumHeight(needed);
}

void ErrorLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    // A switch between light and dark brings a new palette: keep the red in it.
    if (event->type() == QEvent::PaletteChange && palette().color(QPalette::WindowText) != refusedColor())
        applyColor();
}

void ErrorLabel::applyColor()
{
    QPalette red = palette();
    red.setColor(QPalette::WindowText, refusedColor());
    setPalette(red);
}

} // namespace Ui
