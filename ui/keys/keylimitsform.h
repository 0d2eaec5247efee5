#pragma once

#include "core/admin/keyadmin.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Ui {

class ErrorLabel;

/**
 * The fields of a key's limits (and, for a new key, its name), each with its message right under it.
 * Empty or "None" means no limit. Shared by the New key and Edit caps dialogs.
 */
class KeyLimitsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyLimitsForm)

public:
    enum class NameField { Shown, Hidden };

    explicit KeyLimitsForm(NameField nameField, QWidget *parent = nullptr);

    /** Names a new key may not take (the current key list). */
    void setTakenNames(const QStringList &names);
    /** Fills the fields from an existing key (for editing). */
    void setKey(const Keys::KeyRecord &key);

    QString name() const;
    /** Reads every field and marks the bad ones; nullopt if any is bad. */
    std::optional<Admin::KeyLimits> limits();
    /** Checks the name (shape and uniqueness) and marks it; true if it is good. */
    bool checkName();
    /** Puts the keyboard focus on the first field marked bad, so that typing mends it (QA: it stayed where it was). */
    void focusFirstError();
    /** Shows an error the ledger gave on submit, under the name for a taken name, else under the form. */
    void showSubmitError(const Common::Error &error);

    /** The difference between `key` and the fields, for KeyAdmin::update (unchanged fields stay absent). */
    static Admin::KeyChanges changesFrom(const Keys::KeyRecord &key, const Admin::KeyLimits &limits);

private:
    ErrorLabel *addField(const QString &label, QWidget *field, const QString &objectName, QWidget *buddy = nullptr);
    std::optional<std::optional<Common::Money>> readMaxSpend();

    QFormLayout *m_layout = nullptr;
    QStringList m_takenNames;
    QLineEdit *m_name = nullptr;
    ErrorLabel *m_nameError = nullptr;
    QLineEdit *m_maxSpend = nullptr;
    ErrorLabel *m_maxSpendError = nullptr;
    QSpinBox *m_rateCount = nullptr;
    QComboBox *m_ratePeriod = nullptr;
    QSpinBox *m_tokensPerMinute = nullptr;
    QLineEdit *m_allowedModels = nullptr;
    ErrorLabel *m_allowedModelsError = nullptr;
    QCheckBox *m_expires = nullptr;
    QDateEdit *m_expiryDate = nullptr;
    ErrorLabel *m_expiryError = nullptr;
    std::optional<QDateTime> m_loadedExpiry; // setKey()'s, so that an expired key's date left alone passes
    ErrorLabel *m_formError = nullptr;
};

} // namespace Ui
