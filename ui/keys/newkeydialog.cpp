#include "ui/keys/newkeydialog.h"

#include "core/admin/keyadmin.h"
#include "core/common/clock.h"
#include "ui/common/ledgerclient.h"
#include "ui/keys/keylimitsform.h"
#include "ui/keys/secretpanel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Ui {

NewKeyDialog::NewKeyDialog(LedgerClient *ledger, const QStringList &takenNames, const QString &gatewayUrl, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_gatewayUrl(gatewayUrl)
{
    setObjectName(QStringLiteral("newKeyDialog"));
    setWindowTitle(tr("New key"));
    auto *layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    auto *formPage = new QWidget(m_stack);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new KeyLimitsForm(KeyLimitsForm::NameField::Shown, formPage);
    m_form->setTakenNames(takenNames);
    formLayout->addWidget(m_form);
    formLayout->addStretch();
    auto *formButtons = new QDialogButtonBox(QDialogButtonBox::Cancel, formPage);
    m_create = formButtons->addButton(tr("C&reate key"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    formLayout->addWidget(formButtons);
    connect(formButtons, &QDialogButtonBox::accepted, this, &NewKeyDialog::submit);
    connect(formButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_stack->addWidget(formPage);

    auto *secretPage = new QWidget(m_stack);
    auto *secretLayout = new QVBoxLayout(secretPage);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    m_secret = new SecretPanel(secretPage);
    secretLayout->addWidget(m_secret);
    auto *closeButtons = new QDialogButtonBox(QDialogButtonBox::Close, secretPage);
    closeButtons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    secretLayout->addWidget(closeButtons);
    connect(closeButtons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    m_stack->addWidget(secretPage);

    resize(640, 420);
}

void NewKeyDialog::submit()
{
    if (m_busy)
        return;
    const bool nameGood = m_form->checkName();
    const auto limits = m_form->limits();
    if (!nameGood || !limits) {
        m_form->focusFirstError();
        return;
    }
    m_busy = true;
    m_create->setEnabled(false);
    const QString name = m_form->name();
    m_ledger->change<Common::Result<Admin::IssuedKey>>(
        [name, limits = *limits](Ledger::LedgerStore &store) {
            // The same checks as `tollgate keys create`: nothing is written unless all pass.
            return Admin::KeyAdmin(store, Common::SystemClock::instance()).create(name, limits);
        },
        this,
        [this](Common::Result<Admin::IssuedKey> issued) {
            m_busy = false;
            m_create->setEnabled(true);
            if (!issued) {
                m_form->showSubmitError(issued.error());
                return;
            }
            const Admin::IssuedKey &key = issued.value();
            m_secret->showSecret(key.record.name, key.secret, m_gatewayUrl, key.record.allowedModels);
            m_stack->setCurrentIndex(1);
            setWindowTitle(tr("Key \"%1\" created").arg(key.record.name));
            emit keyCreated(key.record.name);
        });
}

void NewKeyDialog::done(int result)
{
    m_secret->clear();
    QDialog::done(result);
}

} // namespace Ui
