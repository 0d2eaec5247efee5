#pragma once

#include "core/report/weeklyreview.h"
#include "ui/common/appcontext.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace Ui {

class WeeklyReviewModel;

/**
 * The five-minute weekly review: keys by this week's spend against last week, models (new ones
 * flagged), keys near their cap, prompt bloat and unpriced traffic; exported as CSV with one button.
 * Weeks are local calendar weeks starting on the user's first day of the week.
 */
class WeeklyPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeeklyPage)

public:
    /** Live traffic moves this week's figures: they are read again at most once a second. */
    static constexpr int TrafficRefreshMs = 1000;

    explicit WeeklyPage(const AppContext &context, QWidget *parent = nullptr);

    /** Monday unless the settings say otherwise. */
    Qt::DayOfWeek firstDayOfWeek() const { return m_firstDay; }
    void setFirstDayOfWeek(Qt::DayOfWeek day);
    /** Shows the week holding `day` (local date). */
    void showWeekOf(const QDate &day);
    QDate weekStartDay() const { return m_weekStart; }
    void refresh();
    /** A request was booked: refresh within TrafficRefreshMs, folding a burst into one read. */
    void scheduleRefresh();
    const Report::WeeklyReviewResult &review() const { return m_review; }
    /** Writes the review shown as RFC 4180 CSV; false (and a message) if the file cannot be written. */
    bool exportCsv(const QString &filePath);

signals:
    void reviewShown();

private:
    void display(const Report::WeeklyReviewResult &review);
    void chooseExportFile();

    AppContext m_context;
    Qt::DayOfWeek m_firstDay = Qt::Monday;
    QDate m_weekStart;
    quint64 m_generation = 0;
    Report::WeeklyReviewResult m_review;
    QLabel *m_week = nullptr;
    QLabel *m_summary = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_exported = nullptr; // where the last export went
    WeeklyReviewModel *m_keys = nullptr;
    WeeklyReviewModel *m_models = nullptr;
    WeeklyReviewModel *m_caps = nullptr;
    WeeklyReviewModel *m_unpriced = nullptr;
    QTimer *m_trafficDelay = nullptr;
};

} // namespace Ui
