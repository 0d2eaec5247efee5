#include "ui/providers/providerspage.h"

#include "core/admin/provideradmin.h"
#include "core/common/clock.h"
#include "core/secrets/secretstore.h"
#include "ui/common/ledgerclient.h"
#include "ui/common/pagetitle.h"
#include "ui/providers/providerdialog.h"
#include "ui/providers/providersmodel.h"
#include "ui/providers/providertester.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

namespace {


struct ProviderList
{
    QList<Providers::ProviderRecord> providers;
    QString secretLocation;
};

} // namespace

ProvidersPage::ProvidersPage(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ProvidersModel(this))
    , m_tester(new ProviderTester(this))
{
    setObjectName(QStringLiteral("providersPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    auto *header = new QHBoxLayout;
    auto *title = makePageTitle(tr("Providers"), this);
    header->addWidget(title);
    header->addStretch(1);
    const auto addButton = [this, header](const QString &objectName, const QString &text, void (ProvidersPage::*slot)()) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(objectName);
        connect(button, &QPushButton::clicked, this, slot);
        header->addWidget(button);
        return button;
    };
    addButton(QStringLiteral("addProviderButton"), tr("&Add…"), &ProvidersPage::addProvider);
    m_edit = addButton(QStringLiteral("editProviderButton"), tr("&Edit…"), &ProvidersPage::editSelected);
    m_remove = addButton(QStringLiteral("removeProviderButton"), tr("&Remove…"), &ProvidersPage::removeSelected);
    m_test = addButton(QStringLiteral("testProviderButton"), tr("&Test"), &ProvidersPage::testSelected);
    layout->addLayout(header);

    auto *intro = new QLabel(tr("The gateway sends each request to the first provider (lowest priority number) whose models match, "
                                "and falls back to the next one when it fails."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(intro);

    m_table = new QTableView(this);
    m_table->setTabKeyNavigation(false); // Tab moves on to the next control, arrows move between cells
    m_table->setObjectName(QStringLiteral("providersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setColumnWidth(ProvidersModel::Name, 150);
    m_table->setColumnWidth(ProvidersModel::Type, 90);
    m_table->setColumnWidth(ProvidersModel::BaseUrl, 270);
    m_table->setColumnWidth(ProvidersModel::Priority, 70);
    m_table->setColumnWidth(ProvidersModel::Models, 180);
    connect(m_table, &QTableView::activated, this, &ProvidersPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProvidersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProvidersPage::updateButtons);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("providerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(m_tester, &ProviderTester::finished, this, &ProvidersPage::handleTestFinished);
    if (m_context.ledger)
        connect(m_context.ledger, &LedgerClient::ledgerChanged, this, &ProvidersPage::reload);
    updateButtons();
    reload();
}

void ProvidersPage::reload()
{
    if (!m_context.ledger)
        return;
    const QString location = m_context.secrets ? m_context.secrets->location() : QString();
    m_context.ledger->query<ProviderList>(
        [location](Ledger::LedgerStore &store) { return ProviderList{store.listProviders(), location}; }, this,
        [this](const ProviderList &list) {
            const std::optional<int> row = selectedRow();
            const QString selected = row ? m_model->provider(*row).name : QString();
            m_model->setProviders(list.providers, list.secretLocation);
            for (int i = 0; i < m_model->rowCount(); ++i) {
                if (m_model->provider(i).name == selected)
                    m_table->selectRow(i);
            }
            emit reloaded();
        });
}

std::optional<int> ProvidersPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().row();
}

void ProvidersPage::updateButtons()
{
    const bool selected = selectedRow().has_value();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_test->setEnabled(selected);
}

void ProvidersPage::addProvider()
{
    auto *dialog = new ProviderDialog(std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row)
        names << m_model->provider(row).name;
    dialog->setTakenNames(names);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { save(dialog, false); });
    dialog->open();
}

void ProvidersPage::editSelected()
{
    const std::optional<int> row = selectedRow();
    if (!row)
        return;
    auto *dialog = new ProviderDialog(m_model->provider(*row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { save(dialog, true); });
    dialog->open();
}

void ProvidersPage::save(ProviderDialog *dialog, bool editing)
{
    if (!m_context.ledger || !m_context.secrets)
        return;
    Secrets::SecretStore *secrets = m_context.secrets;
    const Providers::ProviderRecord provider = dialog->record();
    const std::optional<QString> apiKey = dialog->apiKey();
    // The secret store may be the OS keyring, which answers over D-Bus: keep it off the GUI thread too.
    m_context.ledger->change<Common::Status>(
        [=](Ledger::LedgerStore &store) -> Common::Status {
            Admin::ProviderAdmin admin(store, *secrets, Common::SystemClock::instance());
            if (editing)
                return admin.update(provider, apiKey);
            Providers::ProviderRecord added = provider;
            added.hasStoredSecret = false; // add() decides from the key it is given
            auto result = admin.add(added, apiKey);
            if (!result)
                return result.error();
            return Common::Done{};
        },
        this,
        [this, name = provider.name, editing](const Common::Status &status) {
            if (status)
                m_status->setText(editing ? tr("Provider %1 saved.").arg(name) : tr("Provider %1 added.").arg(name));
            else
                m_status->setText(tr("Could not save provider %1: %2").arg(name, status.error().message));
            emit saved(status ? QString() : status.error().message);
        });
}

void ProvidersPage::removeSelected()
{
    const std::optional<int> row = selectedRow();
    if (!row || !m_context.ledger || !m_context.secrets)
        return;
    const QString name = m_model->provider(*row).name;
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Remove provider"),
                                    tr("Remove provider %1? Its stored API key is deleted too. Traces it served stay in the ledger.").arg(name),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("removeProviderConfirm"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::buttonClicked, this, [this, confirm, name, secrets = m_context.secrets](QAbstractButton *button) {
        if (confirm->standardButton(button) != QMessageBox::Yes)
            return;
        m_context.ledger->change<Common::Status>(
            [name, secrets](Ledger::LedgerStore &store) {
                Admin::ProviderAdmin admin(store, *secrets, Common::SystemClock::instance());
                return admin.remove(name);
            },
            this,
            [this, name](const Common::Status &status) {
                m_status->setText(status ? tr("Provider %1 removed.").arg(name)
                                         : tr("Could not remove provider %1: %2").arg(name, status.error().message));
                emit saved(status ? QString() : status.error().message);
            });
    });
    confirm->open();
}

void ProvidersPage::testSelected()
{
    const std::optional<int> row = selectedRow();
    if (!row || !m_context.ledger)
        return;
    const Providers::ProviderRecord provider = m_model->provider(*row);
    // Without its key the provider is not asked: the gateway would not ask it either, and its answer (or a
    // network error) would not say what is wrong (QA: "no answer after 9 ms: Host … not found").
    const auto untestable = [this, provider](const QString &why) {
        m_status->setText(tr("%1 cannot be tested: %2").arg(provider.name, why));
        m_test->setEnabled(true);
        emit tested(0);
    };
    if (provider.lacksItsKeyVariable()) {
        untestable(tr("$%1, which holds its API key, is not set (or holds no key) where Tollgate runs.").arg(provider.apiKeyEnv));
        return;
    }
    m_status->setText(tr("Testing %1…").arg(provider.name));
    m_test->setEnabled(false);
    if (!provider.hasStoredSecret) {
        const std::optional<QString> secret = provider.apiKeyEnv.isEmpty() ? std::nullopt : std::optional(qEnvironmentVariable(provider.apiKeyEnv.toLocal8Bit().constData()).trimmed());
        m_tester->test(provider, secret);
        return;
    }
    Secrets::SecretStore *secrets = m_context.secrets;
    m_context.ledger->query<std::optional<QString>>(
        [secrets, name = provider.name](Ledger::LedgerStore &) {
            return secrets ? secrets->read(Secrets::providerAccount(name)) : std::nullopt;
        },
        this, [this, provider, untestable](const std::optional<QString> &secret) {
            if (!secret) {
                untestable(tr("the API key stored for it cannot be read (a locked keyring?). Set it again with Edit."));
                return;
            }
            m_tester->test(provider, secret);
        });
}

void ProvidersPage::handleTestFinished(const QString &name, int httpStatus, qint64 latencyMs, const QString &error)
{
    m_test->setEnabled(selectedRow().has_value());
    if (httpStatus == 0)
        m_status->setText(tr("%1: no answer after %2 ms: %3").arg(name).arg(latencyMs).arg(error));
    else if (error.isEmpty())
        m_status->setText(tr("%1 answered HTTP %2 in %3 ms: it works.").arg(name).arg(httpStatus).arg(latencyMs));
    else
        m_status->setText(tr("%1 answered HTTP %2 (%3) in %4 ms.").arg(name).arg(httpStatus).arg(error).arg(latencyMs));
    emit tested(httpStatus);
}

} // namespace Ui
