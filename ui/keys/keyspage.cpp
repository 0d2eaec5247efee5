#include "ui/keys/keyspage.h"

#include "core/admin/keyadmin.h"
#include "core/common/clock.h"
#include "core/gateway/gatewayservice.h"
#include "ui/common/ledgerclient.h"
#include "ui/keys/editcapsdialog.h"
#include "ui/keys/keystablemodel.h"
#include "ui/keys/newkeydialog.h"
#include "ui/keys/secretdialog.h"
#include "ui/keys/secretpanel.h"
#include "ui/keys/spendcapdelegate.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace Ui {

namespace {

QList<KeyRow> loadKeyRows(Ledger::LedgerStore &store)
{
    // The local month: from midnight of the 1st, in the user's time zone.
    const QDate today = QDate::currentDate();
    Ledger::ReportQuery month;
    month.since = QDate(today.year(), today.month(), 1).startOfDay(QTimeZone::systemTimeZone()).toUTC();
    month.groupBy = {Ledger::ReportDimension::Key};
    QHash<QString, Ledger::ReportRow> byKey;
    for (const Ledger::ReportRow &row : store.report(month)) {
        if (!row.groupValues.isEmpty())
            byKey.insert(row.groupValues.first(), row);
    }
    QList<KeyRow> rows;
    for (const Keys::KeyRecord &key : store.listKeys()) {
        KeyRow row;
        row.key = key;
        const Ledger::ReportRow spend = byKey.value(key.name);
        row.spentThisMonth = spend.cost;
        row.unpricedThisMonth = spend.unpricedRequests;
        row.spentLifetime = store.keySpend(key.id);
        rows.append(row);
    }
    return rows;
}

QToolButton *actionButton(QAction *action, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

KeysPage::KeysPage(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_gatewayUrl(SecretPanel::defaultGatewayUrl())
{
    setObjectName(QStringLiteral("keysPage"));
    m_model = new KeysTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(KeysTableModel::RawValueRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    const auto makeAction = [this](const QString &text, const QKeySequence &shortcut, void (KeysPage::*slot)()) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        // Only while the page (or a widget on it) has focus: other pages bind the same keys.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)).remove(u'&'));
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction = makeAction(tr("&New key…"), QKeySequence::New, &KeysPage::newKey);
    m_editAction = makeAction(tr("&Edit caps…"), QKeySequence(Qt::Key_F2), &KeysPage::editCaps);
    m_rotateAction = makeAction(tr("R&otate…"), QKeySequence(Qt::CTRL | Qt::Key_R), &KeysPage::rotate);
    m_revokeAction = makeAction(tr("Re&voke…"), QKeySequence::Delete, &KeysPage::revoke);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("<h2>Keys</h2>"), this);
    bar->addWidget(title);
    bar->addSpacing(16);
    bar->addWidget(actionButton(m_newAction, QStringLiteral("newKeyButton"), this));
    bar->addWidget(actionButton(m_editAction, QStringLiteral("editCapsButton"), this));
    bar->addWidget(actionButton(m_rotateAction, QStringLiteral("rotateButton"), this));
    bar->addWidget(actionButton(m_revokeAction, QStringLiteral("revokeButton"), this));
    bar->addStretch();
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("keyFilter"));
    m_filter->setPlaceholderText(tr("Filter keys (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(220);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findAction);
    connect(findAction, &QAction::triggered, m_filter, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); m_filter->selectAll(); });
    bar->addWidget(m_filter);
    layout->addLayout(bar);

    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false); // Tab moves on to the next control, arrows move between cells
    m_view->setObjectName(QStringLiteral("keysTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(KeysTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setItemDelegateForColumn(KeysTableModel::SpendCap, new SpendCapDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // Widths that fit the window's default size without eliding the usual values.
    // Sized so that every column, Status included, fits a 1280-pixel window next to the sidebar.
    header->resizeSection(KeysTableModel::Name, 125);
    header->resizeSection(KeysTableModel::Prefix, 105);
    header->resizeSection(KeysTableModel::SpentThisMonth, 125);
    header->resizeSection(KeysTableModel::SpendCap, 215);
    header->resizeSection(KeysTableModel::RateLimit, 75);
    header->resizeSection(KeysTableModel::TokensPerMinute, 85);
    header->resizeSection(KeysTableModel::AllowedModels, 105);
    // As wide as the locale's short date and time (C.UTF-8 writes "27 Nov 2026 22:43", cut at 135 px, QA).
    const QString sampleTime = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(22, 43)), QLocale::ShortFormat);
    header->resizeSection(KeysTableModel::LastUsed, std::max(135, m_view->fontMetrics().horizontalAdvance(sampleTime) + 24));
    // Status right after the name, so that a 1024 px window still shows whether a key works (it was
    // last, off screen, QA). Moved in the view only: the model's columns keep their order.
    header->moveSection(header->visualIndex(KeysTableModel::Status), header->visualIndex(KeysTableModel::Name) + 1);
    header->resizeSection(KeysTableModel::Status, 80);
    layout->addWidget(m_view, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("keysSummary"));
    layout->addWidget(m_summary);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KeysPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &KeysPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &KeysPage::widenColumnsToTheirContents);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &KeysPage::updateActions);
    // A double click or Enter on a key opens its limits (QA: Enter did nothing).
    connect(m_view, &QTableView::activated, this, &KeysPage::editCaps);

    if (m_context.ledger)
        connect(m_context.ledger, &LedgerClient::ledgerChanged, this, &KeysPage::refresh);
    if (m_context.gateway)
        connect(m_context.gateway, &Gateway::GatewayService::started, this, &KeysPage::setGatewayUrl);
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &KeysPage::refresh);
    timer->start(RefreshIntervalMs);
    updateActions();
    refresh();
}

void KeysPage::setGatewayUrl(const QString &url)
{
    m_gatewayUrl = url;
}

void KeysPage::refresh()
{
    if (!m_context.ledger)
        return;
    // One refresh in flight at a time; a request during it runs once more afterwards.
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_context.ledger->query<QList<KeyRow>>(&loadKeyRows, this, [this](const QList<KeyRow> &rows) {
        // A key added or removed elsewhere resets the model, which drops the selection: keep it by id
        // (QA: a key created from the CLI unselected the one being looked at and disabled Edit caps).
        const Keys::KeyRecord *selected = selectedKey();
        const std::optional<qint64> selectedId = selected ? std::optional(selected->id) : std::nullopt;
        m_model->setRows(rows);
        if (selectedId && !selectedKey())
            reselect(*selectedId);
        // Counted as the Status column reads: an expired key is not active.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        qsizetype active = 0;
        for (const KeyRow &row : rows)
            active += KeysTableModel::isActive(row.key, now) ? 1 : 0;
        m_summary->setText(rows.isEmpty() ? tr("No keys yet. Create one with New key (%1).").arg(m_newAction->shortcut().toString(QKeySequence::NativeText))
                                          : tr("%Ln key(s)", nullptr, int(rows.size())) + QStringLiteral(" · ")
                                                + tr("%Ln active", nullptr, int(active)));
        m_refreshing = false;
        emit refreshed();
        if (std::exchange(m_refreshAgain, false))
            refresh();
    });
}

void KeysPage::reselect(qint64 keyId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->row(row)->key.id == keyId) {
            const QModelIndex shown = m_proxy->mapFromSource(m_model->index(row, 0));
            if (shown.isValid())
                m_view->selectRow(shown.row());
            return;
        }
    }
}

const Keys::KeyRecord *KeysPage::selectedKey() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const KeyRow *row = m_model->row(m_proxy->mapToSource(rows.first()).row());
    return row ? &row->key : nullptr;
}

void KeysPage::widenColumnsToTheirContents()
{
    // The widths above suit the usual values; a longer one ("$0.04 + 1,209 unpriced", a cap of
    // $12.123456789, German "Unbegrenzt") widens its column instead of being cut (QA). Never narrower: a
    // column the user widened stays so. At most a third of the view, so that one value cannot push the rest away.
    constexpr int Margin = 8;
    // (QTableView makes sizeHintForColumn() protected; QAbstractItemView's public one reaches it.)
    QHeaderView *header = m_view->horizontalHeader();
    const int most = std::max(header->sectionSize(KeysTableModel::SpendCap), m_view->viewport()->width() / 3);
    for (const int column : {KeysTableModel::SpentThisMonth, KeysTableModel::SpendCap, KeysTableModel::RateLimit,
                             KeysTableModel::TokensPerMinute, KeysTableModel::Status}) {
        const int wanted = std::min(most, std::max(static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(column), header->sectionSizeHint(column)) + Margin);
        if (wanted > header->sectionSize(column))
            header->resizeSection(column, wanted);
    }
}

void KeysPage::updateActions()
{
    const Keys::KeyRecord *key = selectedKey();
    const bool active = key && key->status == Keys::KeyStatus::Active;
    m_editAction->setEnabled(active);
    m_rotateAction->setEnabled(active);
    m_revokeAction->setEnabled(active);
}

void KeysPage::selectKey(const QString &name)
{
    const int row = m_model->rowOfKey(name);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_view->selectRow(index.row());
        m_view->scrollTo(index);
    }
}

void KeysPage::newKey()
{
    if (!m_context.ledger)
        return;
    auto *dialog = new NewKeyDialog(m_context.ledger, m_model->keyNames(), m_gatewayUrl, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewKeyDialog::keyCreated, this, [this](const QString &name) {
        // Select the new key once the refresh that ledgerChanged started has brought it in.
        connect(this, &KeysPage::refreshed, this, [this, name] { selectKey(name); }, Qt::SingleShotConnection);
    });
    dialog->open();
}

void KeysPage::editCaps()
{
    const Keys::KeyRecord *key = selectedKey();
    if (!key || key->status != Keys::KeyStatus::Active || !m_context.ledger)
        return;
    auto *dialog = new EditCapsDialog(m_context.ledger, *key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void KeysPage::rotate()
{
    const Keys::KeyRecord *key = selectedKey();
    if (!key || key->status != Keys::KeyStatus::Active || !m_context.ledger)
        return;
    const QString name = key->name;
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Rotate key"),
                                    tr("Give \"%1\" a new secret? The current secret stops working at once; "
                                       "every client using it must be updated.").arg(name),
                                    QMessageBox::NoButton, this);
    confirm->setObjectName(QStringLiteral("rotateConfirmation"));
    QPushButton *rotateButton = confirm->addButton(tr("&Rotate \"%1\"").arg(name), QMessageBox::DestructiveRole);
    rotateButton->setObjectName(QStringLiteral("confirmButton"));
    confirm->addButton(QMessageBox::Cancel);
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::buttonClicked, this, [this, name, rotateButton](QAbstractButton *button) {
        if (button != rotateButton)
            return;
        m_context.ledger->change<Common::Result<Admin::IssuedKey>>(
            [name](Ledger::LedgerStore &store) { return Admin::KeyAdmin(store, Common::SystemClock::instance()).rotate(name); },
            this,
            [this](Common::Result<Admin::IssuedKey> issued) {
                if (!issued) {
                    QMessageBox::warning(this, tr("Rotate key"), tr("The key was not rotated: %1").arg(issued.error().message));
                    return;
                }
                auto *dialog = new SecretDialog(issued->record.name, issued->secret, m_gatewayUrl, issued->record.allowedModels, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
    });
    confirm->open();
}

void KeysPage::revoke()
{
    const Keys::KeyRecord *key = selectedKey();
    if (!key || key->status != Keys::KeyStatus::Active || !m_context.ledger)
        return;
    const QString name = key->name;
    auto *confirm = new QMessageBox(QMessageBox::Warning, tr("Revoke key"),
                                    tr("Revoke \"%1\"? Requests with it are refused from now on. Revocation is permanent.")
                                        .arg(name),
                                    QMessageBox::NoButton, this);
    confirm->setObjectName(QStringLiteral("revokeConfirmation"));
    QPushButton *revokeButton = confirm->addButton(tr("&Revoke \"%1\"").arg(name), QMessageBox::DestructiveRole);
    revokeButton->setObjectName(QStringLiteral("confirmButton"));
    confirm->addButton(QMessageBox::Cancel);
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::buttonClicked, this, [this, name, revokeButton](QAbstractButton *button) {
        if (button != revokeButton)
            return;
        m_context.ledger->change<Common::Result<Keys::KeyRecord>>(
            [name](Ledger::LedgerStore &store) { return Admin::KeyAdmin(store, Common::SystemClock::instance()).revoke(name); },
            this,
            [this](const Common::Result<Keys::KeyRecord> &revoked) {
                if (!revoked)
                    QMessageBox::warning(this, tr("Revoke key"), tr("The key was not revoked: %1").arg(revoked.error().message));
            });
    });
    confirm->open();
}

} // namespace Ui
