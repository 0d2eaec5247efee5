#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPushButton;
class QStackedWidget;

namespace Ui {

class KeyLimitsForm;
class LedgerClient;
class SecretPanel;

/**
 * Creates a client key: name and limits with inline validation, then KeyAdmin::create in the ledger,
 * then the secret, shown once. Closing the dialog wipes the secret from every widget.
 */
class NewKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewKeyDialog)

public:
    NewKeyDialog(LedgerClient *ledger, const QStringList &takenNames, const QString &gatewayUrl, QWidget *parent = nullptr);

    void done(int result) override;

signals:
    void keyCreated(const QString &name);

private:
    void submit();

    LedgerClient *m_ledger = nullptr;
    QString m_gatewayUrl;
    QStackedWidget *m_stack = nullptr;
    KeyLimitsForm *m_form = nullptr;
    SecretPanel *m_secret = nullptr;
    QPushButton *m_create = nullptr;
    bool m_busy = false;
};

} // namespace Ui
