#include "ui/overview/overviewpage.h"

#include "ui/common/datetext.h"
#include "ui/common/ledgerclient.h"
#include "ui/common/pagetitle.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/overview/capchart.h"
#include "ui/overview/chartstyle.h"
#include "ui/overview/modelsharechart.h"
#include "ui/overview/spendchart.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

namespace {

/** A figure with a caption under it, in a framed box. */
QFrame *figureCard(const QString &title, QLabel *value, QLabel *caption)
{
    auto *card = new QFrame;
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    auto *heading = new QLabel(title);
    heading->setForegroundRole(QPalette::PlaceholderText);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value->setFont(big);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    caption->setForegroundRole(QPalette::PlaceholderText);
    caption->setWordWrap(true); // a long translation wraps instead of widening the window
    layout->addWidget(heading);
    layout->addWidget(value);
    layout->addWidget(caption);
    return card;
}

} // namespace

OverviewPage::OverviewPage(const AppContext &context, MainWindow *window, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    auto *header = new QHBoxLayout;
    auto *title = makePageTitle(tr("Overview"), this);
    header->addWidget(title);
    header->addStretch();
    m_range = new QButtonGroup(this);
    m_range->setExclusive(true);
    for (const int days : {7, 30, 90}) {
        auto *button = new QToolButton;
        button->setObjectName(QStringLiteral("range%1").arg(days));
        // Alt+7, Alt+3, Alt+9 switch the range from the keyboard.
        button->setText(tr("&%1 days").arg(days));
        button->setCheckable(true);
        button->setChecked(days == m_days);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_range->addButton(button, days);
        header->addWidget(button);
    }
    connect(m_range, &QButtonGroup::idClicked, this, &OverviewPage::setRangeDays);
    layout->addLayout(header);

    m_firstSteps = new QLabel(this);
    m_firstSteps->setObjectName(QStringLiteral("firstSteps"));
    m_firstSteps->setWordWrap(true);
    m_firstSteps->setFrameShape(QFrame::StyledPanel);
    m_firstSteps->setMargin(10);
    m_firstSteps->setTextFormat(Qt::RichText);
    m_firstSteps->hide();
    // The links name the page to open: "page:providersPage".
    if (window) {
        connect(m_firstSteps, &QLabel::linkActivated, window, [window](const QString &link) {
            if (link.startsWith(QStringLiteral("page:")))
                window->showPage(link.mid(5));
        });
    }
    layout->addWidget(m_firstSteps);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(10);
    m_spend = new QLabel(QStringLiteral("–"));
    m_spend->setObjectName(QStringLiteral("spendFigure"));
    m_spendCaption = new QLabel;
    m_requests = new QLabel(QStringLiteral("–"));
    m_requests->setObjectName(QStringLiteral("requestsFigure"));
    auto *requestsCaption = new QLabel(tr("through the gateway"));
    m_credit = new QLabel(QStringLiteral("–"));
    m_credit->setObjectName(QStringLiteral("creditFigure"));
    m_creditCaption = new QLabel;
    m_unpriced = new QLabel(QStringLiteral("–"));
    m_unpriced->setObjectName(QStringLiteral("unpricedFigure"));
    auto *unpricedCaption = new QLabel(tr("requests without a price"));
    cards->addWidget(figureCard(tr("Spend"), m_spend, m_spendCaption), 1);
    cards->addWidget(figureCard(tr("Requests"), m_requests, requestsCaption), 1);
    cards->addWidget(figureCard(tr("Credit left"), m_credit, m_creditCaption), 1);
    cards->addWidget(figureCard(tr("Unpriced"), m_unpriced, unpricedCaption), 1);
    layout->addLayout(cards);

    m_spendChart = new SpendChart;
    m_modelChart = new ModelShareChart;
    m_capChart = new CapChart;
    layout->addWidget(m_spendChart, 1);
    auto *lower = new QHBoxLayout;
    lower->setSpacing(10);
    lower->addWidget(m_modelChart, 1);
    lower->addWidget(m_capChart, 1);
    layout->addLayout(lower, 1);

    m_redraw = new QTimer(this);
    m_redraw->setObjectName(QStringLiteral("overviewRedrawTimer"));
    m_redraw->setSingleShot(true);
    m_redraw->setInterval(RedrawIntervalMs);
    connect(m_redraw, &QTimer::timeout, this, &OverviewPage::refresh);
    if (window)
        connect(window, &MainWindow::trafficBooked, this, &OverviewPage::scheduleRefresh);
    if (m_context.ledger)
        connect(m_context.ledger, &LedgerClient::ledgerChanged, this, &OverviewPage::scheduleRefresh);
    refresh();
}

void OverviewPage::setRangeDays(int days)
{
    if (days != 7 && days != 30 && days != 90)
        return;
    if (QAbstractButton *button = m_range->button(days))
        button->setChecked(true);
    if (days == m_days)
        return;
    m_days = days;
    refresh();
}

void OverviewPage::scheduleRefresh()
{
    if (!m_redraw->isActive())
        m_redraw->start();
}

void OverviewPage::refresh()
{
    if (!m_context.ledger)
        return;
    const quint64 generation = ++m_generation;
    const int days = m_days;
    const QDate today = QDate::currentDate();
    m_context.ledger->query<OverviewData>(
        [days, today](Ledger::LedgerStore &store) { return OverviewData::load(store, days, today, QTimeZone::systemTimeZone()); },
        this,
        [this, generation](const OverviewData &data) {
            if (generation == m_generation)
                display(data);
        });
}

void OverviewPage::display(const OverviewData &data)
{
    m_data = data;
    m_loaded = true;
    const QLocale locale;
    const int days = int(data.firstDay.daysTo(data.lastDay) + 1);
    m_spend->setText(ChartStyle::cents(data.spend));
    m_spendCaption->setText(tr("last %Ln day(s)", nullptr, days));
    m_requests->setText(locale.toString(data.requests));
    if (data.credit.enabled) {
        m_credit->setText(ChartStyle::cents(data.credit.available()));
        const int percent = ChartStyle::percentOf(data.credit.available(), data.credit.toppedUp);
        m_creditCaption->setText(tr("%1 % of %2 since %3")
                                     .arg(percent)
                                     .arg(ChartStyle::shortUsd(data.credit.toppedUp),
                                          DateText::dayMonth(data.credit.periodStart.toLocalTime().date())));
        // The same thresholds as the caps: little credit left reads amber, none red.
        const int used = 100 - percent;
        QPalette palette = m_credit->palette();
        if (used >= 80)
            palette.setColor(QPalette::WindowText, ChartStyle::capColor(used, this->palette()));
        else
            palette = this->palette();
        m_credit->setPalette(palette);
    } else {
        m_credit->setText(tr("No limit"));
        m_creditCaption->setText(tr("the credit limit is off"));
        m_credit->setPalette(palette());
    }
    m_unpriced->setText(locale.toString(data.unpricedRequests));
    showFirstSteps(data);
    m_spendChart->setData(data);
    m_modelChart->setData(data);
    m_capChart->setData(data);
    emit dataShown();
}

void OverviewPage::showFirstSteps(const OverviewData &data)
{
    // Until the gateway has somewhere to forward calls and a key to take them with, say what is missing
    // and where to add it; the CLI commands are the same steps for a headless machine.
    const QString link = QStringLiteral("<a href=\"page:%1\">%2</a>");
    if (data.providers == 0) {
        m_firstSteps->setText(tr("<b>Getting started.</b> Tollgate forwards each call to your provider with your own API "
                                 "key. Add a provider first: %1 (or <nobr><code>tollgate providers add</code></nobr>).")
                                  .arg(link.arg(QStringLiteral("providersPage"), tr("Providers"))));
    } else if (data.usableKeys == 0) {
        m_firstSteps->setText(tr("<b>Next:</b> create a key for each app or teammate (%1, or <nobr><code>tollgate keys "
                                 "create</code></nobr>) and point its OpenAI or Anthropic SDK at the gateway address shown "
                                 "at the bottom of this window. Every call is then booked here.")
                                  .arg(link.arg(QStringLiteral("keysPage"), tr("Keys"))));
    }
    m_firstSteps->setVisible(data.providers == 0 || data.usableKeys == 0);
}

void OverviewPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A switch between light and dark redraws the charts in the matching theme.
    if (event->type() == QEvent::PaletteChange && m_loaded) {
        m_spendChart->setData(m_data);
        m_modelChart->setData(m_data);
        m_capChart->setData(m_data);
    }
}

} // namespace Ui
