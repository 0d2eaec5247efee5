#include "ui/settings/creditpanel.h"

#include "core/admin/creditadmin.h"
#include "core/common/clock.h"
#include "ui/common/datetext.h"
#include "ui/common/errorlabel.h"
#include "ui/common/ledgerclient.h"
#include "ui/common/usdtext.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace Ui {

CreditPanel::CreditPanel(LedgerClient *ledger, QWidget *parent)
    : QGroupBox(tr("Credit"), parent)
    , m_ledger(ledger)
{
    setObjectName(QStringLiteral("creditPanel"));
    auto *form = new QFormLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("creditStatus"));
    m_status->setWordWrap(true);
    form->addRow(m_status);

    auto *row = new QHBoxLayout;
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("creditAmount"));
    m_amount->setPlaceholderText(tr("USD, e.g. 50"));
    m_amount->setMaximumWidth(140);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("creditNote"));
    m_note->setPlaceholderText(tr("Note (optional)"));
    m_add = new QPushButton(tr("A&dd credit"), this);
    m_add->setObjectName(QStringLiteral("addCreditButton"));
    row->addWidget(m_amount);
    row->addWidget(m_note, 1);
    row->addWidget(m_add);
    // A row holding a layout gets no buddy from QFormLayout: name it so the mnemonic works.
    auto *label = new QLabel(tr("Amou&nt:"), this);
    label->setBuddy(m_amount);
    form->addRow(label, row);

    m_error = new ErrorLabel(QStringLiteral("creditError"), this);
    form->addRow(QString(), m_error);

    m_off = new QPushButton(tr("&Turn the credit limit off…"), this);
    m_off->setObjectName(QStringLiteral("creditOffButton"));
    m_off->setEnabled(false);
    auto *offRow = new QHBoxLayout;
    offRow->addWidget(m_off);
    offRow->addStretch(1);
    form->addRow(QString(), offRow);

    connect(m_add, &QPushButton::clicked, this, &CreditPanel::addCredit);
    connect(m_amount, &QLineEdit::returnPressed, this, &CreditPanel::addCredit);
    // Enter in the note adds too, and a message about the amount goes once it is being corrected (QA:
    // the old error stayed beside a valid amount, and Enter in the note did nothing).
    connect(m_note, &QLineEdit::returnPressed, this, &CreditPanel::addCredit);
    connect(m_amount, &QLineEdit::textEdited, this, [this] { m_error->say({}); });
    connect(m_off, &QPushButton::clicked, this, &CreditPanel::confirmTurnOff);
    if (m_ledger)
        connect(m_ledger, &LedgerClient::ledgerChanged, this, &CreditPanel::refresh);
    setEnabled(m_ledger != nullptr);
    refresh();
}

void CreditPanel::refresh()
{
    if (!m_ledger)
        return;
    m_ledger->query<Ledger::CreditStatus>([](Ledger::LedgerStore &store) { return store.creditStatus(); }, this,
                                          [this](const Ledger::CreditStatus &status) { showStatus(status); });
}

void CreditPanel::showEvent(QShowEvent *event)
{
    QGroupBox::showEvent(event);
    refresh(); // spend moved on while the page was hidden
}

void CreditPanel::showStatus(const Ledger::CreditStatus &status)
{
    if (status.enabled) {
        const QString since = DateText::dayMonthYear(status.periodStart.toLocalTime().date());
        m_status->setText(tr("The limit is on: %1 left of %2 added since %3. When it is spent, the gateway answers "
                             "402 until you add more.")
                              .arg(UsdText::cents(status.available()), UsdText::format(status.toppedUp), since));
    } else {
        m_status->setText(tr("The limit is off: the gateway spends without one (each key's own cap still applies). "
                             "Adding credit turns it on."));
    }
    m_off->setEnabled(status.enabled);
}

void CreditPanel::addCredit()
{
    if (!m_ledger)
        return;
    const std::optional<Common::Money> amount = Common::Money::fromDecimalString(UsdText::typedAmount(m_amount->text()));
    if (!amount) {
        m_error->say(tr("Enter an amount in dollars, like 50 or 2.50 (no digit grouping, at most nine decimals)."));
        return;
    }
    if (*amount <= Common::Money()) {
        m_error->say(tr("Add an amount above zero."));
        return;
    }
    if (*amount > Common::Money::maxAmount()) {
        m_error->say(tr("Add at most %1 at a time.").arg(UsdText::format(Common::Money::maxAmount())));
        return;
    }
    m_error->say({});
    m_add->setEnabled(false);
    m_ledger->change<Common::Result<Ledger::CreditStatus>>(
        [added = *amount, note = m_note->text().trimmed()](Ledger::LedgerStore &store) {
            return Admin::CreditAdmin(store, Common::SystemClock::instance()).topUp(added, note);
        },
        this,
        [this](const Common::Result<Ledger::CreditStatus> &result) {
            m_add->setEnabled(true);
            if (!result) {
                m_error->say(tr("Not added: %1").arg(result.error().message));
                return;
            }
            m_amount->clear();
            m_note->clear();
            showStatus(result.value());
        });
}

void CreditPanel::confirmTurnOff()
{
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Credit"),
                                    tr("Turn the credit limit off? The gateway then spends without one; each key's "
                                       "own cap still applies. A later top-up starts afresh: what is left now is "
                                       "not carried over."),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("creditOffConfirm"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::buttonClicked, this, [this, confirm](QAbstractButton *button) {
        if (confirm->standardButton(button) == QMessageBox::Yes)
            turnOff();
    });
    confirm->open();
}

void CreditPanel::turnOff()
{
    if (!m_ledger)
        return;
    m_ledger->change<Common::Result<Ledger::CreditStatus>>(
        [](Ledger::LedgerStore &store) { return Admin::CreditAdmin(store, Common::SystemClock::instance()).switchOff(); },
        this,
        [this](const Common::Result<Ledger::CreditStatus> &result) {
            if (!result) {
                m_error->say(tr("Not turned off: %1").arg(result.error().message));
                return;
            }
            m_error->say({});
            showStatus(result.value());
        });
}

} // namespace Ui
