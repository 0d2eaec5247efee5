#pragma once

#include "core/admin/provideradmin.h"
#include "core/providers/providerrecord.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Ui {

class ErrorLabel;

/** Adding or editing an upstream provider. The API key goes to the secret store, never the ledger. */
class ProviderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderDialog)

public:
    enum class Credential { StoredKey, EnvironmentVariable, None };

    /** `existing` set: editing it (its name stays); otherwise adding a new provider. */
    explicit ProviderDialog(const std::optional<Providers::ProviderRecord> &existing, QWidget *parent = nullptr);

    /** Names already in use: adding one of them is refused here, with the form kept open to fix. */
    void setTakenNames(const QStringList &names) { m_takenNames = names; }

    /** The provider as entered; `apiKeyEnv` is set only for Credential::EnvironmentVariable. */
    Providers::ProviderRecord record() const;
    Credential credential() const;
    /** A newly entered API key; std::nullopt keeps the stored one (when editing). */
    std::optional<QString> apiKey() const;

    void accept() override;
    /** A problem with the provider's fields, in the window's words. */
    static QString describe(Admin::ProviderAdmin::Problem problem);

private:
    void updateCredentialFields();
    /** Warns, as the CLI's `providers add` does, about a base URL the SDKs would most likely not use for the type. */
    void updateBaseUrlHint();

    bool m_editing = false;
    bool m_hadStoredSecret = false;
    QStringList m_takenNames;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_baseUrlHint = nullptr;
    QRadioButton *m_useKey = nullptr;
    QRadioButton *m_useEnv = nullptr;
    QRadioButton *m_useNone = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLineEdit *m_apiKeyEnv = nullptr;
    QLineEdit *m_models = nullptr;
    QSpinBox *m_priority = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace Ui
