#pragma once

#include "core/ledger/queries.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {

class ErrorLabel;
class LedgerClient;

/**
 * The credit wallet in the window, as `tollgate credit` keeps it: what is left, adding credit (the
 * first top-up turns the limit on) and turning the limit off. While it is on, the gateway answers
 * 402 once the credit is spent.
 */
class CreditPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreditPanel)

public:
    /** Without a ledger the panel shows nothing to manage. */
    explicit CreditPanel(LedgerClient *ledger, QWidget *parent = nullptr);

    /** Reads the credit status again (the page shows, or the ledger changed). */
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showStatus(const Ledger::CreditStatus &status);
    void addCredit();
    void confirmTurnOff();
    void turnOff();

    LedgerClient *m_ledger;
    QLabel *m_status = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_off = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace Ui
