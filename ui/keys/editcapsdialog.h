#pragma once

#include "core/keys/keyrecord.h"

#include <QDialog>

class QPushButton;

namespace Ui {

class KeyLimitsForm;
class LedgerClient;

/** Changes a key's limits through KeyAdmin::update; an emptied field ("None") clears that limit. */
class EditCapsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditCapsDialog)

public:
    EditCapsDialog(LedgerClient *ledger, const Keys::KeyRecord &key, QWidget *parent = nullptr);

signals:
    void keyChanged(const QString &name);

private:
    void submit();

    LedgerClient *m_ledger = nullptr;
    Keys::KeyRecord m_key;
    KeyLimitsForm *m_form = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Ui
