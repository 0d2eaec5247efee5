#pragma once

#include <QToolButton>

namespace Ui {

/**
 * The status bar's alert: the newest alert, cut short with "…" to the width the bar leaves it, then the
 * count of the others, which always shows. Left-aligned. A plain QToolButton centres its text and
 * clips it at both ends, so at 1024 px neither the alert's start nor the count was readable.
 */
class AlertButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertButton)

public:
    explicit AlertButton(QWidget *parent = nullptr);

    /** `others` ("(+2 more)") may be empty; text() becomes the whole line. */
    void setAlert(const QString &newest, const QString &others);
    /** What it paints at its current width. */
    QString shownText() const;

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect textArea() const;

    QString m_newest;
    QString m_others;
};

} // namespace Ui
