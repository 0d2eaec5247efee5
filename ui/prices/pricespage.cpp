#include "ui/prices/pricespage.h"

#include "core/admin/priceadmin.h"
#include "core/common/clock.h"
#include "ui/common/ledgerclient.h"
#include "ui/common/pagetitle.h"
#include "ui/prices/priceoverridedialog.h"
#include "ui/prices/pricesmodel.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

PricesPage::PricesPage(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new PricesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("pricesPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(PricesModel::Model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    auto *header = new QHBoxLayout;
    auto *title = makePageTitle(tr("Models & prices"), this);
    header->addWidget(title);
    header->addStretch(1);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("priceSearch"));
    m_search->setPlaceholderText(tr("Search models (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    addAction(find);
    header->addWidget(m_search);
    auto *setPrice = new QPushButton(tr("&Set price…"), this);
    setPrice->setObjectName(QStringLiteral("setPriceButton"));
    connect(setPrice, &QPushButton::clicked, this, &PricesPage::editSelectedPrice);
    header->addWidget(setPrice);
    m_import = new QPushButton(tr("&Import price map…"), this);
    m_import->setObjectName(QStringLiteral("importPriceMapButton"));
    connect(m_import, &QPushButton::clicked, this, &PricesPage::chooseImportFile);
    header->addWidget(m_import);
    layout->addLayout(header);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("unpricedBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_table = new QTableView(this);
    m_table->setTabKeyNavigation(false); // Tab moves on to the next control, arrows move between cells
    m_table->setObjectName(QStringLiteral("pricesTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Widths that fit every column of a 1280-pixel window without a horizontal scroll bar.
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setColumnWidth(PricesModel::Model, 230);
    m_table->setColumnWidth(PricesModel::Provider, 90);
    for (int column = PricesModel::Input; column <= PricesModel::Reasoning; ++column)
        m_table->setColumnWidth(column, 80);
    m_table->setColumnWidth(PricesModel::Tiers, 100);
    connect(m_table, &QTableView::activated, this, &PricesPage::editSelectedPrice);
    layout->addWidget(m_table, 1);

    auto *footer = new QHBoxLayout;
    auto *unit = new QLabel(tr("Prices in USD per 1M tokens."), this);
    unit->setForegroundRole(QPalette::PlaceholderText);
    footer->addWidget(unit);
    footer->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    footer->addWidget(m_summary);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    // The import is one call into the admin service: how far it got is unknown, so the bar just moves.
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    footer->addWidget(m_progress);
    layout->addLayout(footer);

    if (m_context.ledger)
        connect(m_context.ledger, &LedgerClient::ledgerChanged, this, &PricesPage::reload);
    reload();
}

void PricesPage::reload()
{
    if (!m_context.ledger)
        return;
    m_context.ledger->query<QList<PricesModel::Row>>(
        [](Ledger::LedgerStore &store) {
            Ledger::ReportQuery byModel;
            byModel.groupBy = {Ledger::ReportDimension::Model};
            return PricesModel::buildRows(store.currentPrices(), store.report(byModel));
        },
        this,
        [this](QList<PricesModel::Row> rows) {
            // Keep the selection on the same model across the reset.
            QString selected;
            if (const QModelIndexList rowsSelected = m_table->selectionModel()->selectedRows(); !rowsSelected.isEmpty())
                selected = m_proxy->mapToSource(rowsSelected.first()).siblingAtColumn(PricesModel::Model).data().toString();
            m_model->setRows(std::move(rows));
            if (!selected.isEmpty()) {
                const QModelIndexList found = m_proxy->match(m_proxy->index(0, PricesModel::Model), Qt::DisplayRole, selected, 1, Qt::MatchExactly);
                if (!found.isEmpty())
                    m_table->selectRow(found.first().row());
            }
            updateBanner();
            emit reloaded();
        });
}

void PricesPage::updateBanner()
{
    const int unpriced = m_model->unpricedCount();
    m_banner->setVisible(unpriced > 0);
    m_banner->setText(tr("%Ln model(s) served without a price, listed first: their cost stays unknown until you select one "
                         "and choose Set price…",
                         nullptr, unpriced));
}

void PricesPage::editSelectedPrice()
{
    Pricing::PriceRecord current;
    if (const QModelIndexList selected = m_table->selectionModel()->selectedRows(); !selected.isEmpty())
        current = m_model->row(m_proxy->mapToSource(selected.first()).row()).record;
    auto *dialog = new PriceOverrideDialog(current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString model = dialog->model();
        const Pricing::RateSet rates = dialog->rates();
        m_context.ledger->change<Common::Result<Pricing::PriceRecord>>(
            [model, rates](Ledger::LedgerStore &store) {
                Admin::PriceAdmin admin(store, Common::SystemClock::instance());
                return admin.setOverride(model, rates);
            },
            this,
            [this](const Common::Result<Pricing::PriceRecord> &result) {
                m_summary->setText(result ? tr("Price of %1 set.").arg(result->model)
                                          : tr("Could not set the price: %1").arg(result.error().message));
            });
    });
    dialog->open();
}

void PricesPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import price map"), QString(),
                                                      tr("Price map (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void PricesPage::importFile(const QString &path)
{
    if (!m_context.ledger)
        return;
    m_import->setEnabled(false);
    m_progress->show();
    m_summary->setText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    m_context.ledger->change<Common::Result<Admin::ImportSummary>>(
        [path](Ledger::LedgerStore &store) -> Common::Result<Admin::ImportSummary> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Common::makeError(Common::Error::Code::Storage, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
            Admin::PriceAdmin admin(store, Common::SystemClock::instance());
            return admin.importMap(file.readAll(), QStringLiteral("import"));
        },
        this,
        [this](const Common::Result<Admin::ImportSummary> &result) {
            m_import->setEnabled(true);
            m_progress->hide();
            if (result) {
                QString text = tr("%Ln new or changed price(s)", nullptr, int(result->versionsAdded));
                if (!result->keptOverrides.isEmpty())
                    text += u' ' + tr("(kept your own price for %1)").arg(result->keptOverrides.join(QStringLiteral(", ")));
                // As the command line says (QA: the window kept quiet about the models it left out).
                const qsizetype skipped = result->rejected.size() + result->misnamed.size();
                if (skipped > 0) {
                    m_summary->setToolTip((result->rejected + result->misnamed).join(u'\n'));
                    text += u' ' + tr("(skipped %Ln model(s) with a price or name Tollgate cannot use; point here to see them)",
                                      nullptr, int(skipped));
                } else {
                    m_summary->setToolTip(QString());
                }
                m_summary->setText(text);
            } else {
                m_summary->setText(tr("Import failed: %1").arg(result.error().message));
            }
            emit importFinished(result.ok());
        });
}

} // namespace Ui
