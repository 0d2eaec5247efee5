#pragma once

#include "ui/common/appcontext.h"
#include "ui/overview/overviewdata.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QTimer;

namespace Ui {

class CapChart;
class MainWindow;
class ModelShareChart;
class SpendChart;

/**
 * The first page: spend over time by key, the split by model, each key against its cap, and the credit
 * left. Reads the hourly rollup off the GUI thread; live traffic redraws it at most twice a second.
 */
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    static constexpr int RedrawIntervalMs = 500;

    explicit OverviewPage(const AppContext &context, MainWindow *window = nullptr, QWidget *parent = nullptr);

    /** 7, 30 or 90 local days ending today. */
    int rangeDays() const { return m_days; }
    void setRangeDays(int days);
    /** Asks for fresh figures now. */
    void refresh();
    /** Asks for fresh figures within RedrawIntervalMs, folding a burst of calls into one. */
    void scheduleRefresh();
    const OverviewData &data() const { return m_data; }

signals:
    /** New figures were drawn. */
    void dataShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void display(const OverviewData &data);
    void showFirstSteps(const OverviewData &data);

    AppContext m_context;
    int m_days = 30;
    quint64 m_generation = 0;  // answers to an older request (an older range) are dropped
    bool m_loaded = false;
    OverviewData m_data;
    QButtonGroup *m_range = nullptr;
    QLabel *m_spend = nullptr;
    QLabel *m_spendCaption = nullptr;
    QLabel *m_requests = nullptr;
    QLabel *m_credit = nullptr;
    QLabel *m_creditCaption = nullptr;
    QLabel *m_unpriced = nullptr;
    QLabel *m_firstSteps = nullptr; // what a new ledger still lacks: a provider, a key
    SpendChart *m_spendChart = nullptr;
    ModelShareChart *m_modelChart = nullptr;
    CapChart *m_capChart = nullptr;
    QTimer *m_redraw = nullptr;
};

} // namespace Ui
