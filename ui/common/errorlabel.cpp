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
