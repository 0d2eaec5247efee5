#include "core/admin/provideradmin.h"

#include "core/admin/keyadmin.h"
#include "core/common/loopbackhost.h"
#include "core/ledger/ledgerstore.h"
#include "core/secrets/secretstore.h"

#include <QRegularExpression>
#include <QUrl>

namespace Admin {

using Common::Error;
using Common::makeError;

namespace {

/** "https://api.openai.com/v1/" as "https://api.openai.com/v1": one form, so that paths join predictably. */
QString withoutTrailingSlashes(QString text)
{
    while (text.endsWith(u'/'))
        text.chop(1);
    return text;
}

} // namespace

ProviderAdmin::ProviderAdmin(Ledger::LedgerStore &store, Secrets::SecretStore &secrets, const Common::Clock &clock)
    : m_store(store)
    , m_secrets(secrets)
    , m_clock(clock)
{
}

std::optional<Providers::ProviderType> ProviderAdmin::parseType(QStringView text)
{
    if (text == u"openai")
        return Providers::ProviderType::OpenAi;
    if (text == u"anthropic")
        return Providers::ProviderType::Anthropic;
    return std::nullopt;
}

std::optional<ProviderAdmin::Problem> ProviderAdmin::problemWith(const Providers::ProviderRecord &provider)
{
    if (!KeyAdmin::validateName(provider.name))
        return Problem::BadName;
    if (provider.name.contains(u'/'))
        return Problem::SlashInName;
    const QUrl url(provider.baseUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return Problem::BadBaseUrl;
    if (!url.userInfo().isEmpty())
        return Problem::CredentialsInUrl;
    if (!provider.apiKeyEnv.isEmpty()) {
        // Only a variable's name is stored: refuse anything that looks like a pasted secret instead.
        static const QRegularExpression variableName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,127}$"));
        if (!variableName.match(provider.apiKeyEnv).hasMatch())
            return Problem::BadVariableName;
    }
    if (url.hasQuery() || url.hasFragment())
        return Problem::QueryInUrl;
    if (provider.priority < 0)
        return Problem::NegativePriority;
    return std::nullopt;
}

Common::Status ProviderAdmin::validateApiKey(const QString &apiKey)
{
    if (apiKey.isEmpty())
        return makeError(Error::Code::Invalid, QStringLiteral("the API key must not be empty"));
    if (!Providers::ProviderRecord::isSendableApiKey(apiKey))
        return makeError(Error::Code::Invalid, QStringLiteral("the API key must be visible ASCII characters only: no spaces, line breaks "
                                                              "or other control characters"));
    return Common::Done{};
}

Common::Status ProviderAdmin::validate(const Providers::ProviderRecord &provider)
{
    const std::optional<Problem> problem = problemWith(provider);
    if (!problem)
        return Common::Done{};
    const auto invalid = [](const QString &message) { return makeError(Error::Code::Invalid, message); };
    switch (*problem) {
    case Problem::BadName:
        return invalid(QString(KeyAdmin::validateName(provider.name).error().message)
                           .replace(QStringLiteral("key name"), QStringLiteral("provider name")));
    case Problem::SlashInName:
        return invalid(QStringLiteral("a provider name must not contain '/' (it pins models as provider/model)"));
    case Problem::BadBaseUrl:
        return invalid(QStringLiteral("the base URL must be an http:// or https:// URL with a host: %1").arg(provider.baseUrl));
    case Problem::CredentialsInUrl:
        return invalid(QStringLiteral("the base URL must not carry credentials; use --api-key or --api-key-env"));
    case Problem::BadVariableName:
        return invalid(QStringLiteral("--api-key-env takes the name of an environment variable, like OPENAI_API_KEY"));
    case Problem::QueryInUrl:
        return invalid(QStringLiteral("the base URL must not have a query or fragment"));
    case Problem::NegativePriority:
        return invalid(QStringLiteral("priority must not be negative"));
    }
    return Common::Done{};
}

ProviderAdmin::BaseUrlDoubt ProviderAdmin::baseUrlDoubt(const Providers::ProviderRecord &provider)
{
    const QUrl url(provider.baseUrl);
    // The provider's API key goes in every request, and every prompt with it (QA: accepted without a word).
    if (url.scheme() == u"http" && !url.host().isEmpty() && !Common::isLoopbackHost(url.host()))
        return BaseUrlDoubt::PlainHttpToAnotherMachine;
    const QString path = withoutTrailingSlashes(url.path());
    // The URL of one endpoint, copied from the provider's docs, rather than the base the SDKs add it to (QA).
    for (const QStringView endpoint : {u"/chat/completions", u"/completions", u"/responses", u"/embeddings", u"/messages", u"/models"}) {
        if (path.endsWith(endpoint))
            return BaseUrlDoubt::EndsInAnEndpoint;
    }
    if (provider.type == Providers::ProviderType::Anthropic && path.endsWith(QStringLiteral("/v1")))
        return BaseUrlDoubt::AnthropicWithVersion;
    if (provider.type == Providers::ProviderType::OpenAi && path.isEmpty() && !provider.baseUrl.trimmed().isEmpty())
        return BaseUrlDoubt::OpenAiWithoutPath;
    return BaseUrlDoubt::None;
}

std::optional<QString> ProviderAdmin::baseUrlHint(const Providers::ProviderRecord &provider)
{
    const BaseUrlDoubt doubt = baseUrlDoubt(provider);
    if (doubt == BaseUrlDoubt::AnthropicWithVersion)
        return QStringLiteral("Anthropic's base URL has no /v1 (the SDK's is https://api.anthropic.com): requests would go to %1/v1/messages")
            .arg(provider.baseUrl);
    if (doubt == BaseUrlDoubt::OpenAiWithoutPath)
        return QStringLiteral("an OpenAI-compatible base URL names its API version (the SDK's is https://api.openai.com/v1): "
                              "requests would go to %1/chat/completions")
            .arg(provider.baseUrl);
    if (doubt == BaseUrlDoubt::EndsInAnEndpoint)
        return QStringLiteral("%1 ends in an endpoint; the base URL is what the SDKs add endpoints to (https://api.openai.com/v1, "
                              "https://api.anthropic.com), so requests would go to %1%2")
            .arg(provider.baseUrl, provider.type == Providers::ProviderType::Anthropic ? QStringLiteral("/v1/messages")
                                                                                       : QStringLiteral("/chat/completions"));
    if (doubt == BaseUrlDoubt::PlainHttpToAnotherMachine)
        return QStringLiteral("%1 is plain http:// to another machine: its API key and every prompt would cross the network "
                              "unencrypted (https:// encrypts them)")
            .arg(provider.baseUrl);
    return std::nullopt;
}

Common::Result<Providers::ProviderRecord> ProviderAdmin::add(Providers::ProviderRecord provider, const std::optional<QString> &apiKey)
{
    if (auto status = validate(provider); !status)
        return status.error();
    if (apiKey) {
        if (auto status = validateApiKey(*apiKey); !status)
            return status.error();
    }
    if (m_store.findProvider(provider.name))
        return makeError(Error::Code::Duplicate, QStringLiteral("a provider named \"%1\" already exists").arg(provider.name));
    provider.baseUrl = withoutTrailingSlashes(provider.baseUrl);
    provider.createdAt = m_clock.nowUtc();
    provider.hasStoredSecret = apiKey.has_value();
    if (apiKey) {
        if (auto status = m_secrets.write(Secrets::providerAccount(provider.name), *apiKey); !status)
            return status.error();
    }
    auto id = m_store.insertProvider(provider);
    if (!id) {
        if (apiKey)
            (void)m_secrets.remove(Secrets::providerAccount(provider.name));
        return id.error();
    }
    provider.id = id.value();
    return provider;
}

Common::Status ProviderAdmin::update(Providers::ProviderRecord provider, const std::optional<QString> &apiKey)
{
    const auto existing = m_store.findProvider(provider.name);
    if (!existing)
        return makeError(Error::Code::NotFound, QStringLiteral("no provider named \"%1\"").arg(provider.name));
    if (auto valid = validate(provider); !valid)
        return valid;
    provider.baseUrl = withoutTrailingSlashes(provider.baseUrl);
    provider.id = existing->id;
    provider.createdAt = existing->createdAt;
    const QString account = Secrets::providerAccount(provider.name);
    if (provider.hasStoredSecret) {
        if (apiKey) {
            if (auto valid = validateApiKey(*apiKey); !valid)
                return valid;
            if (auto written = m_secrets.write(account, *apiKey); !written)
                return written;
        } else if (!existing->hasStoredSecret) {
            return makeError(Error::Code::Invalid, QStringLiteral("the API key must not be empty"));
        }
        provider.apiKeyEnv.clear();
    }
    if (auto updated = m_store.updateProvider(provider); !updated)
        return updated;
    if (existing->hasStoredSecret && !provider.hasStoredSecret)
        return m_secrets.remove(account);
    return Common::Done{};
}

Common::Status ProviderAdmin::remove(const QString &name)
{
    const auto provider = m_store.findProvider(name);
    if (!provider)
        return makeError(Error::Code::NotFound, QStringLiteral("no provider named \"%1\"").arg(name));
    // The key first: when it cannot be deleted (a damaged secrets file, a locked keyring) the provider
    // stays, and the error says why, rather than the provider going and its key staying behind.
    if (provider->hasStoredSecret) {
        if (auto status = m_secrets.remove(Secrets::providerAccount(name)); !status)
            return makeError(status.error().code, QStringLiteral("provider \"%1\" is kept: its API key cannot be deleted: %2")
                                                      .arg(name, status.error().message));
    }
    return m_store.removeProvider(name);
}

} // namespace Admin
