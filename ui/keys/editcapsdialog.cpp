#include "ui/keys/editcapsdialog.h"

#include "core/admin/keyadmin.h"
#include "core/common/clock.h"
#include "ui/common/ledgerclient.h"
#include "ui/keys/keylimitsform.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

EditCapsDialog::EditCapsDialog(LedgerClient *ledger, const Keys::KeyRecord &key, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_key(key)
{
    setObjectName(QStringLiteral("editCapsDialog"));
    setWindowTitle(tr("Limits of \"%1\"").arg(key.name));
    auto *layout = new QVBoxLayout(this);
    m_form = new KeyLimitsForm(KeyLimitsForm::NameField::Hidden, this);
    m_form->setKey(key);
    layout->addWidget(m_form);
    layout->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EditCapsDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 320);
}

void EditCapsDialog::submit()
{
    const auto limits = m_form->limits();
    if (!limits) {
        m_form->focusFirstError();
        return;
    }
    const Admin::KeyChanges changes = KeyLimitsForm::changesFrom(m_key, *limits);
    m_save->setEnabled(false);
    const QString name = m_key.name;
    m_ledger->change<Common::Result<Keys::KeyRecord>>(
        [name, changes](Ledger::LedgerStore &store) {
            return Admin::KeyAdmin(store, Common::SystemClock::instance()).update(name, changes);
        },
        this,
        [this](const Common::Result<Keys::KeyRecord> &updated) {
            m_save->setEnabled(true);
            if (!updated) {
                m_form->showSubmitError(updated.error());
                return;
            }
            emit keyChanged(updated->name);
            accept();
        });
}

} // namespace Ui
