#pragma once

#include <QColor>
#include <QLabel>

namespace Ui {

/**
 * Why a form refused what was typed: wrapped, hidden while there is nothing to say, bold, in the red
 * the cap bars use for a reached cap. Every form and dialog of the window says its errors this way.
 */
class ErrorLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorLabel)

public:
    /** Red for "refused": readable on light and dark palettes alike. */
    static QColor refusedColor() { return {0xd9, 0x3a, 0x2b}; }

    explicit ErrorLabel(const QString &objectName, QWidget *parent = nullptr);

    /** Shows `message`; an empty one hides the label. */
    void say(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyColor();
    void holdWrappedHeight();
};

} // namespace Ui
