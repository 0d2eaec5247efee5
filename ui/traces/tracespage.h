#pragma once

#include "core/ledger/queries.h"
#include "core/ledger/tracerecord.h"
#include "ui/common/appcontext.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QTableView;
class QTimer;

namespace Ui {

class TraceDetailPane;
class TracesTableModel;

/**
 * The Traces page: every request, newest first, loaded lazily as the table scrolls; filters for time,
 * key, model, provider, status and cost; the selected trace in full below; Export… for CSV.
 */
class TracesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TracesPage)

public:
    /**
     * A custom range whose To is within this many seconds of now, or later, means "until now": the
     * page keeps listing traffic as it arrives, and To keeps showing the present.
     */
    static constexpr int FollowNowSlackSecs = 60;

    explicit TracesPage(const AppContext &context, QWidget *parent = nullptr);

    TracesTableModel *model() const { return m_model; }
    /** The query the filter fields describe (time presets resolved against now). */
    Ledger::TraceQuery currentFilter() const;
    /** Opens the export dialog with the current filters. */
    void exportCsv();
    /** The gateway booked a request: new rows come in at the next live tick. */
    void noteTraffic();

private:
    void applyFilters();
    void scheduleFilter();
    void loadChoices();
    void liveTick();
    void handleRangeChosen();
    bool customRangeFollowsNow() const;
    void showSelected();
    void updateSummary();
    void keepPlaceAbove(int first);
    void keepPlaceBelow(int first, int last);

    AppContext m_context;
    TracesTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    TraceDetailPane *m_detail = nullptr;
    QComboBox *m_range = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_key = nullptr;
    QComboBox *m_modelFilter = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_cost = nullptr;
    QLabel *m_summary = nullptr;
    QTimer *m_filterDelay = nullptr;
    int m_previousRange = -1; // the preset in use before Custom…, whose start fills From
    bool m_trafficSeen = false;
    int m_ticksSincePoll = 0;
    int m_topRowBeforeInsert = -1; // the first row in view as newer traces arrive above it; -1: at the very top
};

} // namespace Ui
