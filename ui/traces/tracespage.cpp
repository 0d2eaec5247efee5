#include "ui/traces/tracespage.h"

#include "ui/common/ledgerclient.h"
#include "ui/export/exportdialog.h"
#include "ui/traces/tracedetailpane.h"
#include "ui/traces/tracestablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

namespace {

enum class RangePreset { LastHour, Last24Hours, Last7Days, Last30Days, AllTime, Custom };

/** Where a preset range starts; invalid for All time and Custom (which has its own From). */
QDateTime presetStart(RangePreset preset, const QDateTime &nowUtc)
{
    switch (preset) {
    case RangePreset::LastHour: return nowUtc.addSecs(-3600);
    case RangePreset::Last24Hours: return nowUtc.addDays(-1);
    case RangePreset::Last7Days: return nowUtc.addDays(-7);
    case RangePreset::Last30Days: return nowUtc.addDays(-30);
    case RangePreset::AllTime:
    case RangePreset::Custom: break;
    }
    return {};
}

struct FilterChoices
{
    QStringList keys;
    QStringList models;
    QStringList providers;
};

QComboBox *filterCombo(const QString &objectName, const QString &anyText, bool editable, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setEditable(editable);
    combo->addItem(anyText, QString());
    // Sized for ten characters, not for the longest model name: the filter row must fit a 1280-pixel
    // window next to the sidebar (the popup still shows whole names).
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(9);
    if (editable) {
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->lineEdit()->setPlaceholderText(anyText);
        combo->setCurrentIndex(-1);
        combo->setEditText(QString());
    }
    return combo;
}

// The text of an editable filter combo, or the data of a fixed one: empty means any.
QString comboValue(const QComboBox *combo)
{
    if (combo->isEditable()) {
        const QString text = combo->currentText().trimmed();
        return text == combo->itemText(0) ? QString() : text;
    }
    return combo->currentData().toString();
}

void setChoices(QComboBox *combo, const QStringList &values)
{
    const QString current = combo->isEditable() ? combo->currentText() : combo->currentData().toString();
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const QString &value : values) {
        if (!value.isEmpty())
            combo->addItem(value, value);
    }
    if (combo->isEditable())
        combo->setEditText(current);
    else
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace

TracesPage::TracesPage(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("tracesPage"));
    m_model = new TracesTableModel(context.ledger, this);

    auto *layout = new QVBoxLayout(this);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(new QLabel(tr("<h2>Traces</h2>"), this));
    titleRow->addStretch();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("tracesSummary"));
    titleRow->addWidget(m_summary);
    auto *exportAction = new QAction(tr("E&xport…"), this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    exportAction->setToolTip(tr("Export traces or totals to CSV (%1)").arg(exportAction->shortcut().toString(QKeySequence::NativeText)));
    addAction(exportAction);
    connect(exportAction, &QAction::triggered, this, &TracesPage::exportCsv);
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefaultAction(exportAction);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    titleRow->addWidget(exportButton);
    layout->addLayout(titleRow);

    // Filters: two bands of compact fields (when, who and what; where and how it went), so that the
    // page fits a 1280-pixel window; mnemonics on their labels.
    auto *filters = new QGridLayout;
    filters->setHorizontalSpacing(8);
    const auto addFilter = [this, filters](int slot, const QString &label, QWidget *field) {
        constexpr int PerBand = 5;
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(field);
        const int band = slot / PerBand;
        filters->addWidget(labelWidget, 2 * band, slot % PerBand);
        filters->addWidget(field, 2 * band + 1, slot % PerBand);
    };
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("rangeFilter"));
    m_range->addItem(tr("Last hour"), int(RangePreset::LastHour));
    m_range->addItem(tr("Last 24 hours"), int(RangePreset::Last24Hours));
    m_range->addItem(tr("Last 7 days"), int(RangePreset::Last7Days));
    m_range->addItem(tr("Last 30 days"), int(RangePreset::Last30Days));
    m_range->addItem(tr("All time"), int(RangePreset::AllTime));
    m_range->addItem(tr("Custom…"), int(RangePreset::Custom));
    m_range->setCurrentIndex(m_range->findData(int(RangePreset::AllTime)));
    addFilter(0, tr("&Time:"), m_range);
    // Filled when Custom… is chosen: a time taken here would hide everything after the page opened.
    m_from = new QDateTimeEdit(this);
    m_from->setObjectName(QStringLiteral("fromTime"));
    m_from->setCalendarPopup(true);
    m_to = new QDateTimeEdit(this);
    m_to->setObjectName(QStringLiteral("toTime"));
    m_to->setCalendarPopup(true);
    addFilter(1, tr("Fro&m:"), m_from);
    addFilter(2, tr("T&o:"), m_to);
    m_key = filterCombo(QStringLiteral("keyFilter"), tr("All keys"), false, this);
    addFilter(3, tr("&Key:"), m_key);
    m_modelFilter = filterCombo(QStringLiteral("modelFilter"), tr("All models"), true, this);
    addFilter(4, tr("Mo&del:"), m_modelFilter);
    m_provider = filterCombo(QStringLiteral("providerFilter"), tr("All providers"), true, this);
    addFilter(5, tr("&Provider:"), m_provider);
    m_status = filterCombo(QStringLiteral("statusFilter"), tr("Any status"), false, this);
    m_status->addItem(tr("Success (2xx)"), QStringLiteral("2xx"));
    m_status->addItem(tr("Client errors (4xx)"), QStringLiteral("4xx"));
    m_status->addItem(tr("Server errors (5xx)"), QStringLiteral("5xx"));
    addFilter(6, tr("&Status:"), m_status);
    m_outcome = filterCombo(QStringLiteral("outcomeFilter"), tr("Any outcome"), true, this);
    setChoices(m_outcome, {QStringLiteral("ok"), QStringLiteral("upstream_error"), QStringLiteral("rejected"),
                           QStringLiteral("client_closed")});
    addFilter(7, tr("O&utcome:"), m_outcome);
    m_cost = filterCombo(QStringLiteral("costFilter"), tr("Any cost"), false, this);
    m_cost->addItem(tr("Exact"), Ledger::costStatusName(Ledger::CostStatus::Exact));
    m_cost->addItem(tr("Estimated"), Ledger::costStatusName(Ledger::CostStatus::Estimated));
    m_cost->addItem(tr("Unpriced"), Ledger::costStatusName(Ledger::CostStatus::Unpriced));
    addFilter(8, tr("&Cost:"), m_cost);
    filters->setColumnStretch(5, 1);
    layout->addLayout(filters);

    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false); // Tab moves on to the next control, arrows move between cells
    m_view->setObjectName(QStringLiteral("tracesTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Uniform rows: the view never measures rows it has not shown, whatever the row count.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QFontMetrics metrics = m_view->fontMetrics();
    header->resizeSection(TracesTableModel::Time, metrics.horizontalAdvance(QStringLiteral("00/00/0000 00:00:00")) + 20);
    header->resizeSection(TracesTableModel::Key, 110);
    header->resizeSection(TracesTableModel::Model, 170);
    header->resizeSection(TracesTableModel::Provider, 90);
    header->resizeSection(TracesTableModel::Status, 120);
    for (int column : {TracesTableModel::InputTokens, TracesTableModel::CachedTokens, TracesTableModel::OutputTokens,
                       TracesTableModel::ReasoningTokens})
        header->resizeSection(column, 72);
    header->resizeSection(TracesTableModel::Cost, 130);
    header->resizeSection(TracesTableModel::Latency, 80);
    header->resizeSection(TracesTableModel::Ttft, 70);
    // Cost right after the model, where a 1024 px window still shows it (it was ninth, off the
    // screen, QA). Moved in the view only: the model's columns, and the export's, keep their order.
    header->moveSection(header->visualIndex(TracesTableModel::Cost), header->visualIndex(TracesTableModel::Model) + 1);

    m_detail = new TraceDetailPane(this);
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("tracesSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    layout->addWidget(splitter, 1);

    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filterDelay, &QTimer::timeout, this, &TracesPage::applyFilters);
    m_previousRange = m_range->currentIndex();
    connect(m_range, &QComboBox::currentIndexChanged, this, &TracesPage::handleRangeChosen);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &TracesPage::scheduleFilter);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &TracesPage::scheduleFilter);
    for (QComboBox *combo : {m_key, m_status, m_cost})
        connect(combo, &QComboBox::currentIndexChanged, this, &TracesPage::scheduleFilter);
    for (QComboBox *combo : {m_modelFilter, m_provider, m_outcome})
        connect(combo, &QComboBox::currentTextChanged, this, &TracesPage::scheduleFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TracesPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_detail->clear(); });
    connect(m_model, &TracesTableModel::pageLoaded, this, &TracesPage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TracesPage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int) { keepPlaceAbove(first); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { keepPlaceBelow(first, last); });

    // Live view: new traces come in at most once a second; without gateway signals (traffic from
    // another process) the page still looks every five seconds while it is visible.
    auto *live = new QTimer(this);
    connect(live, &QTimer::timeout, this, &TracesPage::liveTick);
    live->start(1000);

    if (m_context.ledger)
        connect(m_context.ledger, &LedgerClient::ledgerChanged, this, &TracesPage::loadChoices);
    // Blank until "Custom…" fills them: disabled, they read "1/1/00 12:00 AM" (QA).
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setMinimumDateTime(QDate(2000, 1, 1).startOfDay());
        edit->setSpecialValueText(QStringLiteral(" "));
        edit->setDateTime(edit->minimumDateTime());
        edit->setEnabled(false);
    }
    loadChoices();
    applyFilters();
}

Ledger::TraceQuery TracesPage::currentFilter() const
{
    Ledger::TraceQuery query;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const RangePreset preset = RangePreset(m_range->currentData().toInt());
    query.since = presetStart(preset, now);
    if (preset == RangePreset::Custom) {
        query.since = m_from->dateTime().toUTC();
        // "Until now" stays open-ended, so that traces arriving later are listed too.
        if (!customRangeFollowsNow())
            query.until = m_to->dateTime().toUTC();
    }
    query.keyName = m_key->currentData().toString();
    query.model = comboValue(m_modelFilter);
    query.provider = comboValue(m_provider);
    query.outcome = comboValue(m_outcome);
    const QString status = m_status->currentData().toString();
    if (!status.isEmpty()) {
        const int hundreds = status.left(1).toInt();
        query.minStatus = hundreds * 100;
        query.maxStatus = hundreds * 100 + 99;
    }
    const QString cost = m_cost->currentData().toString();
    if (!cost.isEmpty())
        query.costStatus = Ledger::costStatusFromName(cost);
    return query;
}

void TracesPage::handleRangeChosen()
{
    const bool custom = RangePreset(m_range->currentData().toInt()) == RangePreset::Custom;
    if (custom) {
        // Start from the range the user was looking at, up to now; All time has no start: a day back.
        const QDateTime now = QDateTime::currentDateTime();
        QDateTime from = now.addDays(-1);
        if (m_previousRange >= 0) {
            const QDateTime since = presetStart(RangePreset(m_range->itemData(m_previousRange).toInt()), now.toUTC());
            if (since.isValid())
                from = since.toLocalTime();
        }
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDateTime(from);
        m_to->setDateTime(now);
    }
    m_previousRange = m_range->currentIndex();
    if (!custom) {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDateTime(m_from->minimumDateTime()); // blank again (the special value)
        m_to->setDateTime(m_to->minimumDateTime());
    }
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    scheduleFilter();
}

bool TracesPage::customRangeFollowsNow() const
{
    // The field shows minutes: "now" a minute ago still means now.
    return m_to->dateTime() >= QDateTime::currentDateTime().addSecs(-FollowNowSlackSecs);
}

void TracesPage::scheduleFilter()
{
    m_filterDelay->start();
}

void TracesPage::applyFilters()
{
    m_filterDelay->stop();
    m_model->setFilter(currentFilter());
    updateSummary();
}

void TracesPage::loadChoices()
{
    if (!m_context.ledger)
        return;
    m_context.ledger->query<FilterChoices>(
        [](Ledger::LedgerStore &store) {
            FilterChoices choices;
            for (const Keys::KeyRecord &key : store.listKeys())
                choices.keys << key.name;
            // Models and providers that ever saw traffic, from the small hourly rollup.
            Ledger::ReportQuery query;
            query.groupBy = {Ledger::ReportDimension::Model};
            for (const Ledger::ReportRow &row : store.report(query))
                choices.models << row.groupValues.value(0);
            query.groupBy = {Ledger::ReportDimension::Route};
            for (const Ledger::ReportRow &row : store.report(query))
                choices.providers << row.groupValues.value(0);
            choices.models.sort(Qt::CaseInsensitive);
            choices.providers.sort(Qt::CaseInsensitive);
            return choices;
        },
        this,
        [this](const FilterChoices &choices) {
            const QSignalBlocker blockKey(m_key);
            const QSignalBlocker blockModel(m_modelFilter);
            const QSignalBlocker blockProvider(m_provider);
            setChoices(m_key, choices.keys);
            setChoices(m_modelFilter, choices.models);
            setChoices(m_provider, choices.providers);
        });
}

void TracesPage::noteTraffic()
{
    m_trafficSeen = true;
}

void TracesPage::liveTick()
{
    ++m_ticksSincePoll;
    if (!isVisible() && !m_trafficSeen)
        return;
    if (RangePreset(m_range->currentData().toInt()) == RangePreset::Custom) {
        // A custom range that ended in the past gets no new traces; one that ends now moves with the
        // clock (unless the user is typing in To).
        if (!customRangeFollowsNow())
            return;
        if (!m_to->hasFocus() && m_to->dateTime() < QDateTime::currentDateTime()) {
            const QSignalBlocker blockTo(m_to);
            m_to->setDateTime(QDateTime::currentDateTime());
        }
    }
    if (m_trafficSeen || m_ticksSincePoll >= 5) {
        m_trafficSeen = false;
        m_ticksSincePoll = 0;
        m_model->fetchNewer();
    }
}

void TracesPage::showSelected()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const Ledger::TraceRecord *trace = current.isValid() ? m_model->trace(current.row()) : nullptr;
    if (trace)
        m_detail->showTrace(*trace);
    else
        m_detail->clear();
}

void TracesPage::keepPlaceAbove(int first)
{
    // Newer traces arrive at the top. A reader at the top keeps watching them come in; one who scrolled
    // down keeps the rows they were reading in view (QA: live traffic slid them down and out of view).
    m_topRowBeforeInsert = -1;
    if (first == 0 && m_view->verticalScrollBar()->value() > 0)
        m_topRowBeforeInsert = m_view->rowAt(0);
}

void TracesPage::keepPlaceBelow(int first, int last)
{
    if (first != 0 || m_topRowBeforeInsert < 0)
        return;
    m_view->scrollTo(m_model->index(m_topRowBeforeInsert + (last - first + 1), 0), QAbstractItemView::PositionAtTop);
    m_topRowBeforeInsert = -1;
}

void TracesPage::updateSummary()
{
    const int rows = m_model->rowCount();
    if (rows == 0 && !m_model->hasMore()) {
        // With no filter set, "no traces match" read as if one were (QA): say where traces come from.
        const Ledger::TraceQuery query = currentFilter();
        const bool filtered = query.since.isValid() || query.until.isValid() || !query.keyName.isEmpty() || !query.model.isEmpty()
                              || !query.provider.isEmpty() || !query.outcome.isEmpty() || query.minStatus != 0 || query.costStatus;
        m_summary->setText(filtered ? tr("No traces match.") : tr("No traces yet: every request through the gateway is listed here."));
    }
    else if (m_model->hasMore())
        m_summary->setText(tr("%1 loaded, more as you scroll").arg(QLocale().toString(rows)));
    else
        m_summary->setText(tr("%Ln trace(s)", nullptr, rows));
}

void TracesPage::exportCsv()
{
    if (!m_context.ledger)
        return;
    auto *dialog = new ExportDialog(m_context.ledger->ledgerPath(), currentFilter(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Ui
