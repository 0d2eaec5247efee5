#include "ui/providers/providerdialog.h"

#include "core/admin/keyadmin.h"
#include "core/admin/provideradmin.h"
#include "ui/common/errorlabel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ui {

ProviderDialog::ProviderDialog(const std::optional<Providers::ProviderRecord> &existing, QWidget *parent)
    : QDialog(parent)
    , m_editing(existing.has_value())
    , m_hadStoredSecret(existing && existing->hasStoredSecret)
{
    setObjectName(QStringLiteral("providerDialog"));
    setWindowTitle(m_editing ? tr("Edit provider") : tr("Add provider"));
    const Providers::ProviderRecord initial = existing.value_or(Providers::ProviderRecord{});

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(initial.name, this);
    m_name->setObjectName(QStringLiteral("providerName"));
    // The secret is stored under the name, and traces name the provider: renaming is remove and add.
    m_name->setReadOnly(m_editing);
    form->addRow(tr("&Name:"), m_name);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("providerType"));
    m_type->addItem(tr("OpenAI-compatible"), static_cast<int>(Providers::ProviderType::OpenAi));
    m_type->addItem(tr("Anthropic"), static_cast<int>(Providers::ProviderType::Anthropic));
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(initial.type)));
    form->addRow(tr("&Type:"), m_type);

    m_baseUrl = new QLineEdit(initial.baseUrl, this);
    m_baseUrl->setObjectName(QStringLiteral("providerBaseUrl"));
    const auto updatePlaceholder = [this] {
        const bool anthropic = m_type->currentData().toInt() == static_cast<int>(Providers::ProviderType::Anthropic);
        m_baseUrl->setPlaceholderText(anthropic ? QStringLiteral("https://api.anthropic.com") : QStringLiteral("https://api.openai.com/v1"));
    };
    updatePlaceholder();
    connect(m_type, &QComboBox::currentIndexChanged, this, updatePlaceholder);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    // A warning, not a refusal (the CLI warns too): compatible services put their API in many places.
    m_baseUrlHint = new QLabel(this);
    m_baseUrlHint->setObjectName(QStringLiteral("baseUrlHint"));
    m_baseUrlHint->setWordWrap(true);
    m_baseUrlHint->hide();
    form->addRow(QString(), m_baseUrlHint);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ProviderDialog::updateBaseUrlHint);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &ProviderDialog::updateBaseUrlHint);

    auto *credentials = new QButtonGroup(this);
    m_useKey = new QRadioButton(tr("Store an API &key"), this);
    m_useKey->setObjectName(QStringLiteral("credentialKey"));
    m_apiKey = new QLineEdit(this);
    m_apiKey->setObjectName(QStringLiteral("providerApiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(m_hadStoredSecret ? tr("stored; type to replace it") : tr("the provider's secret key"));
    m_useEnv = new QRadioButton(tr("Read it from an &environment variable"), this);
    m_useEnv->setObjectName(QStringLiteral("credentialEnv"));
    m_apiKeyEnv = new QLineEdit(initial.apiKeyEnv, this);
    m_apiKeyEnv->setObjectName(QStringLiteral("providerApiKeyEnv"));
    const auto updateVariablePlaceholder = [this] {
        const bool anthropic = m_type->currentData().toInt() == static_cast<int>(Providers::ProviderType::Anthropic);
        m_apiKeyEnv->setPlaceholderText(anthropic ? QStringLiteral("ANTHROPIC_API_KEY") : QStringLiteral("OPENAI_API_KEY"));
    };
    updateVariablePlaceholder();
    connect(m_type, &QComboBox::currentIndexChanged, this, updateVariablePlaceholder);
    m_useNone = new QRadioButton(tr("No credential (a local server)"), this);
    m_useNone->setObjectName(QStringLiteral("credentialNone"));
    credentials->addButton(m_useKey);
    credentials->addButton(m_useEnv);
    credentials->addButton(m_useNone);
    if (!m_editing || initial.hasStoredSecret)
        m_useKey->setChecked(true);
    else if (!initial.apiKeyEnv.isEmpty())
        m_useEnv->setChecked(true);
    else
        m_useNone->setChecked(true);
    connect(credentials, &QButtonGroup::buttonToggled, this, &ProviderDialog::updateCredentialFields);
    form->addRow(tr("Credential:"), m_useKey);
    form->addRow(QString(), m_apiKey);
    form->addRow(QString(), m_useEnv);
    form->addRow(QString(), m_apiKeyEnv);
    form->addRow(QString(), m_useNone);
    updateCredentialFields();
    updateBaseUrlHint();

    m_models = new QLineEdit(initial.models.join(QStringLiteral(", ")), this);
    m_models->setObjectName(QStringLiteral("providerModels"));
    m_models->setPlaceholderText(tr("all models; or globs like gpt-4o*, claude-*"));
    form->addRow(tr("&Models:"), m_models);

    m_priority = new QSpinBox(this);
    m_priority->setObjectName(QStringLiteral("providerPriority"));
    m_priority->setRange(0, 100000);
    m_priority->setValue(initial.priority);
    m_priority->setToolTip(tr("Lower numbers are tried first; the next provider serving the model is the fallback."));
    form->addRow(tr("&Priority:"), m_priority);
    layout->addLayout(form);

    m_error = new ErrorLabel(QStringLiteral("providerError"), this);
    layout->addWidget(m_error);
    // An error is about what was typed before Save: typing again takes it away (it stayed after the
    // field was fixed, QA), and the next Save checks anew.
    for (QLineEdit *field : {m_name, m_baseUrl, m_apiKey, m_apiKeyEnv, m_models})
        connect(field, &QLineEdit::textEdited, m_error, [this] { m_error->say(QString()); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("providerButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProviderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProviderDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void ProviderDialog::updateBaseUrlHint()
{
    Providers::ProviderRecord typed;
    typed.type = static_cast<Providers::ProviderType>(m_type->currentData().toInt());
    typed.baseUrl = m_baseUrl->text().trimmed();
    QString hint;
    switch (Admin::ProviderAdmin::baseUrlDoubt(typed)) {
    case Admin::ProviderAdmin::BaseUrlDoubt::AnthropicWithVersion:
        hint = tr("Anthropic's base URL has no /v1 (the SDK's is https://api.anthropic.com): requests would go to %1/v1/messages.")
                   .arg(typed.baseUrl);
        break;
    case Admin::ProviderAdmin::BaseUrlDoubt::OpenAiWithoutPath:
        hint = tr("An OpenAI-compatible base URL names its API version (the SDK's is https://api.openai.com/v1): "
                  "requests would go to %1/chat/completions.")
                   .arg(typed.baseUrl);
        break;
    case Admin::ProviderAdmin::BaseUrlDoubt::PlainHttpToAnotherMachine:
        hint = tr("%1 is plain http:// to another machine: its API key and every prompt would cross the network "
                  "unencrypted (https:// encrypts them).")
                   .arg(typed.baseUrl);
        break;
    case Admin::ProviderAdmin::BaseUrlDoubt::EndsInAnEndpoint:
        hint = tr("%1 ends in an endpoint; the base URL is what the SDKs add endpoints to (https://api.openai.com/v1, "
                  "https://api.anthropic.com).")
                   .arg(typed.baseUrl);
        break;
    case Admin::ProviderAdmin::BaseUrlDoubt::None:
        break;
    }
    m_baseUrlHint->setText(hint);
    m_baseUrlHint->setVisible(!hint.isEmpty());
}

void ProviderDialog::updateCredentialFields()
{
    m_apiKey->setEnabled(m_useKey->isChecked());
    m_apiKeyEnv->setEnabled(m_useEnv->isChecked());
}

ProviderDialog::Credential ProviderDialog::credential() const
{
    if (m_useKey->isChecked())
        return Credential::StoredKey;
    return m_useEnv->isChecked() ? Credential::EnvironmentVariable : Credential::None;
}

std::optional<QString> ProviderDialog::apiKey() const
{
    const QString key = m_apiKey->text().trimmed();
    if (credential() != Credential::StoredKey || key.isEmpty())
        return std::nullopt;
    return key;
}

Providers::ProviderRecord ProviderDialog::record() const
{
    Providers::ProviderRecord provider;
    provider.name = m_name->text().trimmed();
    provider.type = static_cast<Providers::ProviderType>(m_type->currentData().toInt());
    provider.baseUrl = m_baseUrl->text().trimmed();
    if (provider.baseUrl.isEmpty())
        provider.baseUrl = m_baseUrl->placeholderText();
    if (credential() == Credential::EnvironmentVariable)
        provider.apiKeyEnv = m_apiKeyEnv->text().trimmed();
    provider.hasStoredSecret = credential() == Credential::StoredKey;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    provider.models = m_models->text().split(separators, Qt::SkipEmptyParts);
    provider.priority = m_priority->value();
    return provider;
}

QString ProviderDialog::describe(Admin::ProviderAdmin::Problem problem)
{
    using Problem = Admin::ProviderAdmin::Problem;
    switch (problem) {
    case Problem::BadName:
        return tr("Name the provider: at most %1 characters, without spaces at either end.").arg(Admin::KeyAdmin::MaxNameLength);
    case Problem::SlashInName: return tr("A provider name cannot contain '/': it pins models as provider/model.");
    case Problem::BadBaseUrl: return tr("The base URL must start with http:// or https:// and name a host, like https://api.openai.com/v1.");
    case Problem::CredentialsInUrl: return tr("The base URL must not carry a user or password: give the key as an API key.");
    case Problem::BadVariableName: return tr("Give the name of an environment variable, like OPENAI_API_KEY, not the key itself.");
    case Problem::QueryInUrl: return tr("The base URL must not have a query (?…) or a fragment (#…).");
    case Problem::NegativePriority: return tr("The priority cannot be negative.");
    }
    return {};
}

void ProviderDialog::accept()
{
    const auto fail = [this](const QString &message) {
        m_error->say(message);
    };
    const Providers::ProviderRecord provider = record();
    // The same checks as the command line, so the ledger never holds what `tollgate providers` would refuse,
    // in the window's words.
    if (const auto problem = Admin::ProviderAdmin::problemWith(provider))
        return fail(describe(*problem));
    // The ledger would refuse it too, but only after the dialog closed and took the input with it.
    if (!m_editing && m_takenNames.contains(provider.name)) {
        m_name->setFocus();
        m_name->selectAll();
        return fail(tr("A provider named \"%1\" already exists: choose another name, or edit that one.").arg(provider.name));
    }
    if (credential() == Credential::StoredKey && !apiKey() && !m_hadStoredSecret)
        return fail(tr("Enter the API key, or choose another kind of credential."));
    if (credential() == Credential::EnvironmentVariable && provider.apiKeyEnv.isEmpty())
        return fail(tr("Name the environment variable that holds the key."));
    QDialog::accept();
}

} // namespace Ui
