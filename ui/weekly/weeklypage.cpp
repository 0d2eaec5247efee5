#include "ui/weekly/weeklypage.h"

#include "core/settings/appsettings.h"
#include "ui/common/datetext.h"
#include "ui/common/ledgerclient.h"
#include "ui/common/pagetitle.h"
#include "ui/overview/chartstyle.h"
#include "ui/weekly/weeklyreviewmodel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace Ui {

namespace {

QTableView *table(const QString &objectName, WeeklyReviewModel *model)
{
    auto *view = new QTableView;
    view->setTabKeyNavigation(false); // Tab moves on to the next control, arrows move between cells
    view->setObjectName(objectName);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    // Every column as wide as its contents, the name first among them: stretched to what the figures
    // left, it read "cl…" for every model at 1024 px (QA). A table too narrow for all scrolls sideways;
    // a wide one gives the spare room to its last column.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QGroupBox *section(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}

} // namespace

WeeklyPage::WeeklyPage(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("weeklyPage"));
    if (m_context.settings)
        m_firstDay = m_context.settings->weekStartsOn();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    auto *header = new QHBoxLayout;
    auto *title = makePageTitle(tr("Weekly review"), this);
    header->addWidget(title);
    header->addSpacing(16);
    m_previous = new QToolButton;
    m_previous->setObjectName(QStringLiteral("previousWeek"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous week (Alt+Left)"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_next = new QToolButton;
    m_next->setObjectName(QStringLiteral("nextWeek"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next week (Alt+Right)"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_week = new QLabel;
    m_week->setObjectName(QStringLiteral("weekLabel"));
    QFont weekFont = m_week->font();
    weekFont.setBold(true);
    m_week->setFont(weekFont);
    header->addWidget(m_previous);
    header->addWidget(m_week);
    header->addWidget(m_next);
    header->addStretch();
    m_exported = new QLabel;
    m_exported->setObjectName(QStringLiteral("exportedTo"));
    m_exported->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_exported);
    m_export = new QPushButton(tr("&Export CSV…"));
    m_export->setObjectName(QStringLiteral("exportCsv"));
    header->addWidget(m_export);
    layout->addLayout(header);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("weekSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_keys = new WeeklyReviewModel(WeeklyReviewModel::Section::Keys, this);
    m_models = new WeeklyReviewModel(WeeklyReviewModel::Section::Models, this);
    m_caps = new WeeklyReviewModel(WeeklyReviewModel::Section::Caps, this);
    m_unpriced = new WeeklyReviewModel(WeeklyReviewModel::Section::Unpriced, this);
    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    // Keys across the top, models below left, the two short lists stacked on the right.
    grid->addWidget(section(tr("Keys by spend"), table(QStringLiteral("keysTable"), m_keys)), 0, 0, 1, 2);
    grid->addWidget(section(tr("Models (new ones are model drift)"), table(QStringLiteral("modelsTable"), m_models)), 1, 0, 2, 1);
    grid->addWidget(section(tr("Keys at 80 % of their cap or more"), table(QStringLiteral("capsTable"), m_caps)), 1, 1);
    grid->addWidget(section(tr("Unpriced traffic"), table(QStringLiteral("unpricedTable"), m_unpriced)), 2, 1);
    grid->setRowStretch(0, 5);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    layout->addLayout(grid, 1);

    connect(m_previous, &QToolButton::clicked, this, [this] { showWeekOf(m_weekStart.addDays(-7)); });
    connect(m_next, &QToolButton::clicked, this, [this] { showWeekOf(m_weekStart.addDays(7)); });
    connect(m_export, &QPushButton::clicked, this, &WeeklyPage::chooseExportFile);
    m_trafficDelay = new QTimer(this);
    m_trafficDelay->setSingleShot(true);
    m_trafficDelay->setInterval(TrafficRefreshMs);
    connect(m_trafficDelay, &QTimer::timeout, this, &WeeklyPage::refresh);
    if (m_context.ledger)
        connect(m_context.ledger, &LedgerClient::ledgerChanged, this, &WeeklyPage::refresh);
    showWeekOf(QDate::currentDate());
}

void WeeklyPage::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    m_firstDay = day;
    showWeekOf(m_weekStart.isValid() ? m_weekStart : QDate::currentDate());
}

void WeeklyPage::showWeekOf(const QDate &day)
{
    const int back = (day.dayOfWeek() - int(m_firstDay) + 7) % 7;
    m_weekStart = day.addDays(-back);
    const QDate today = QDate::currentDate();
    const QDate last = m_weekStart.addDays(6);
    m_week->setText(last >= today ? tr("This week, %1 – %2").arg(DateText::dayMonth(m_weekStart), DateText::dayMonthYear(last))
                                  : tr("%1 – %2").arg(DateText::dayMonth(m_weekStart), DateText::dayMonthYear(last)));
    m_next->setEnabled(last < today);
    m_keys->setComparison(last >= today);
    m_models->setComparison(last >= today);
    refresh();
}

void WeeklyPage::scheduleRefresh()
{
    if (!m_trafficDelay->isActive())
        m_trafficDelay->start();
}

void WeeklyPage::refresh()
{
    if (!m_context.ledger || !m_weekStart.isValid())
        return;
    const quint64 generation = ++m_generation;
    const QDate start = m_weekStart;
    const Qt::DayOfWeek firstDay = m_firstDay;
    m_context.ledger->query<Report::WeeklyReviewResult>(
        [start, firstDay](Ledger::LedgerStore &store) {
            const QTimeZone zone = QTimeZone::systemTimeZone();
            Ledger::ReportQuery week;
            week.timeZone = zone;
            week.groupBy = {Ledger::ReportDimension::Key, Ledger::ReportDimension::Model};
            week.since = Report::WeeklyReview::weekStart(start, firstDay, zone);
            week.until = Report::WeeklyReview::weekStart(start.addDays(7), firstDay, zone);
            // A week still under way is held against the same stretch of last week, not all of it.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const qint64 elapsed = week.until > now ? week.since.msecsTo(now) : -1;
            const QList<Ledger::ReportRow> current = store.report(week);
            week.until = week.since;
            week.since = Report::WeeklyReview::weekStart(start.addDays(-7), firstDay, zone);
            if (elapsed >= 0)
                week.until = std::min(week.until, week.since.addMSecs(elapsed));
            const QList<Ledger::ReportRow> previous = store.report(week);

            // Caps hold lifetime spend, as the gateway enforces them; only keys that still work matter.
            Ledger::ReportQuery lifetime;
            lifetime.groupBy = {Ledger::ReportDimension::Key};
            QHash<QString, Common::Money> spent;
            for (const Ledger::ReportRow &row : store.report(lifetime))
                spent.insert(row.groupValues.value(0), row.cost);
            QList<Report::KeySpendStatus> keys;
            for (const Keys::KeyRecord &key : store.listKeys()) {
                if (key.isUsableAt(now))
                    keys << Report::KeySpendStatus{key.name, spent.value(key.name), key.maxSpend};
            }
            return Report::WeeklyReview::compute(current, previous, keys);
        },
        this,
        [this, generation](const Report::WeeklyReviewResult &review) {
            if (generation == m_generation)
                display(review);
        });
}

void WeeklyPage::display(const Report::WeeklyReviewResult &review)
{
    m_review = review;
    m_keys->setReview(review);
    m_models->setReview(review);
    m_caps->setReview(review);
    m_unpriced->setReview(review);

    QStringList parts;
    if (review.requests == 0) {
        // Not "Spent $0.00 so far (– against $0.00 …) on 0 requests" (QA).
        parts << (m_next->isEnabled() ? tr("No requests that week.") : tr("No requests this week yet."));
        const int before = int(std::min<qint64>(review.previousRequests, INT_MAX));
        if (before > 0) {
            parts << (m_next->isEnabled() ? tr("The week before: %1 on %Ln request(s).", nullptr, before)
                                          : tr("Last week by this time: %1 on %Ln request(s).", nullptr, before))
                         .arg(ChartStyle::cents(review.previousSpend));
        }
    } else {
        qint64 bloated = 0;
        for (const Report::WeeklyKeyLine &line : review.keys)
            bloated += line.promptBloat ? 1 : 0;
        qint64 newModels = 0;
        for (const Report::WeeklyModelLine &line : review.models)
            newModels += line.isNew ? 1 : 0;
        const int requests = int(std::min<qint64>(review.requests, INT_MAX));
        parts << (m_next->isEnabled() ? tr("Spent <b>%1</b> (%2 against last week's %3) on %Ln request(s).", nullptr, requests)
                                      : tr("Spent <b>%1</b> so far (%2 against %3 by the same time last week) on %Ln request(s).",
                                           nullptr, requests))
                     .arg(ChartStyle::cents(review.spend), WeeklyReviewModel::change(review.spend, review.previousSpend),
                          ChartStyle::cents(review.previousSpend));
        if (newModels > 0)
            parts << tr("%Ln new model(s).", nullptr, int(newModels));
        if (bloated > 0)
            parts << tr("%Ln key(s) with prompt bloat.", nullptr, int(bloated));
        if (!review.caps.isEmpty())
            parts << tr("%Ln key(s) at 80 % of the cap or more.", nullptr, int(review.caps.size()));
        if (!review.unpriced.isEmpty())
            parts << tr("Unpriced traffic on %Ln model(s).", nullptr, int(review.unpriced.size()));
    }
    m_summary->setText(parts.join(QLatin1Char(' ')));
    emit reviewShown();
}

bool WeeklyPage::exportCsv(const QString &filePath)
{
    QSaveFile file(filePath);
    // Who spent what: the owner's alone, like the ledger and the Export dialog's files.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(Report::WeeklyReview::toCsv(m_review)) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Export CSV"), tr("Cannot write %1: %2").arg(filePath, file.errorString()));
        return false;
    }
    // Said where it went, as the Traces export says how many rows it wrote (QA: saved without a word).
    m_exported->setText(tr("Saved %1").arg(QDir::toNativeSeparators(QFileInfo(filePath).fileName())));
    m_exported->setToolTip(QDir::toNativeSeparators(filePath));
    return true;
}

void WeeklyPage::chooseExportFile()
{
    const QString suggested = QStringLiteral("tollgate-week-%1.csv").arg(m_weekStart.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the weekly review"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace Ui
