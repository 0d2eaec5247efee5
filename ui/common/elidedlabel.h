#pragma once

#include <QLabel>

namespace Ui {

/**
 * One line of text that gives way in the middle when there is not room for all of it, as a long
 * path does in a narrow window ("/home/ana/…/Tollgate"); the tooltip shows it whole. A word-wrapped
 * label broke a path at its dashes and lost the second line in a form (QA, German at 1024 px).
 */
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(const QString &fullText, QWidget *parent = nullptr);

    QString fullText() const { return m_fullText; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace Ui
