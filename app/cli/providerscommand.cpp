#include "app/cli/providerscommand.h"

#include "app/cli/actiondispatch.h"
#include "app/cli/commandcontext.h"
#include "app/cli/subcommandparser.h"
#include "core/admin/provideradmin.h"
#include "core/keys/modelglob.h"
#include "core/report/textformat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <limits>

namespace Cli {

namespace {

// Says where the secret is, never what it is; a stored one that cannot be read says so, as the gateway
// will pass that provider over.
QString credentialText(const Providers::ProviderRecord &provider, Secrets::SecretStore &secrets)
{
    if (!provider.apiKeyEnv.isEmpty())
        return QStringLiteral("env:") + provider.apiKeyEnv;
    if (provider.hasStoredSecret)
        return secrets.read(Secrets::providerAccount(provider.name)).value_or(QString()).isEmpty() ? QStringLiteral("stored, unreadable")
                                                                                                   : QStringLiteral("stored");
    return QStringLiteral("none");
}

/** --priority as a whole number from 0 up; nullopt (and `error` set) for anything else. */
std::optional<int> priorityFrom(const QString &text, const QString &command, QString &error)
{
    bool ok = false;
    const int priority = text.toInt(&ok);
    if (ok && priority >= 0)
        return priority;
    error = QStringLiteral("%1: --priority must be a whole number from 0 to %2, got \"%3\"")
                .arg(command)
                .arg(std::numeric_limits<int>::max())
                .arg(text);
    return std::nullopt;
}

/** --api-key's value; "-" reads one line from standard input (its line break is no part of the key). */
std::optional<QString> apiKeyFrom(const SubcommandParser &parser)
{
    std::optional<QString> apiKey = parser.value(QStringLiteral("api-key"));
    if (apiKey == u"-") {
        QTextStream in(stdin);
        apiKey = in.readLine();
    }
    return apiKey;
}

int add(CommandContext &context, const QStringList &arguments)
{
    SubcommandParser parser(QStringLiteral("providers add"), QStringLiteral("Add an upstream provider."));
    parser.addPositional(QStringLiteral("NAME"), QStringLiteral("Unique name of the provider."));
    parser.addValueOption(QStringLiteral("type"), QStringLiteral("openai|anthropic"), QStringLiteral("The API the provider speaks."));
    parser.addValueOption(QStringLiteral("base-url"), QStringLiteral("URL"),
                          QStringLiteral("As the SDKs write it: https://api.openai.com/v1, https://api.anthropic.com"));
    parser.addValueOption(QStringLiteral("api-key-env"), QStringLiteral("VAR"), QStringLiteral("Environment variable that holds the API key (only its name is stored)."));
    parser.addValueOption(QStringLiteral("api-key"), QStringLiteral("KEY"),
                          QStringLiteral("The API key, kept in the OS keyring or a 0600 file; - reads it from standard input "
                                         "(out of ps and the shell's history)."));
    parser.addValueOption(QStringLiteral("models"), QStringLiteral("GLOB,..."), QStringLiteral("Models it serves (default: all)."));
    parser.addValueOption(QStringLiteral("priority"), QStringLiteral("N"), QStringLiteral("Lower numbers are tried first (default 100)."));
    if (!parser.parse(arguments))
        return context.usage(parser.error());
    if (parser.helpShown())
        return Success;

    const auto typeText = parser.value(QStringLiteral("type"));
    if (!typeText)
        return context.usage(QStringLiteral("providers add: --type is required (openai or anthropic)"));
    const auto type = Admin::ProviderAdmin::parseType(*typeText);
    if (!type)
        return context.usage(QStringLiteral("providers add: unknown --type \"%1\" (openai or anthropic)").arg(*typeText));
    const auto baseUrl = parser.value(QStringLiteral("base-url"));
    if (!baseUrl)
        return context.usage(QStringLiteral("providers add: --base-url is required"));
    if (parser.isSet(QStringLiteral("api-key")) && parser.isSet(QStringLiteral("api-key-env")))
        return context.usage(QStringLiteral("providers add: give either --api-key or --api-key-env, not both"));

    Providers::ProviderRecord provider;
    provider.name = parser.positional(0);
    provider.type = *type;
    provider.baseUrl = *baseUrl;
    provider.apiKeyEnv = parser.value(QStringLiteral("api-key-env")).value_or(QString());
    if (const auto models = parser.value(QStringLiteral("models"))) {
        provider.models = Keys::ModelGlob::parseList(*models);
        // An empty list would mean every model, the opposite of what an empty --models says.
        if (provider.models.isEmpty())
            return context.usage(QStringLiteral("providers add: --models needs at least one glob, got \"%1\" (leave it out for every model)").arg(*models));
    }
    if (const auto priority = parser.value(QStringLiteral("priority"))) {
        QString error;
        const std::optional<int> value = priorityFrom(*priority, QStringLiteral("providers add"), error);
        if (!value)
            return context.usage(error);
        provider.priority = *value;
    }
    auto ledger = context.ledger();
    if (!ledger)
        return context.fail(ledger.error());
    const std::optional<QString> apiKey = apiKeyFrom(parser);
    Admin::ProviderAdmin admin(*ledger.value(), context.secrets(), context.clock());
    auto added = admin.add(provider, apiKey);
    if (!added)
        return context.fail(added.error());
    context.out() << "Added provider \"" << added->name << "\" (" << Providers::ProviderRecord::typeName(added->type) << ", "
                  << added->baseUrl << ").\n";
    if (added->hasStoredSecret)
        context.out() << "Its API key is kept in " << context.secrets().location() << ".\n";
    if (const std::optional<QString> hint = Admin::ProviderAdmin::baseUrlHint(*added))
        context.warn(*hint);
    return Success;
}

int update(CommandContext &context, const QStringList &arguments)
{
    SubcommandParser parser(QStringLiteral("providers update"),
                            QStringLiteral("Change a provider: what is given changes, the rest stays (its name and type stay)."));
    parser.addPositional(QStringLiteral("NAME"), QStringLiteral("Name of the provider."));
    parser.addValueOption(QStringLiteral("base-url"), QStringLiteral("URL"), QStringLiteral("A new base URL, as the SDKs write it."));
    parser.addValueOption(QStringLiteral("api-key-env"), QStringLiteral("VAR"),
                          QStringLiteral("Take the API key from this environment variable instead (a stored key is deleted)."));
    parser.addValueOption(QStringLiteral("api-key"), QStringLiteral("KEY"),
                          QStringLiteral("A new API key to store (to rotate it); - reads it from standard input."));
    parser.addValueOption(QStringLiteral("models"), QStringLiteral("GLOB,..."), QStringLiteral("Models it serves; * for all."));
    parser.addValueOption(QStringLiteral("priority"), QStringLiteral("N"), QStringLiteral("Lower numbers are tried first."));
    if (!parser.parse(arguments))
        return context.usage(parser.error());
    if (parser.helpShown())
        return Success;
    if (parser.isSet(QStringLiteral("api-key")) && parser.isSet(QStringLiteral("api-key-env")))
        return context.usage(QStringLiteral("providers update: give either --api-key or --api-key-env, not both"));
    auto ledger = context.ledger();
    if (!ledger)
        return context.fail(ledger.error());
    std::optional<Providers::ProviderRecord> provider = ledger.value()->findProvider(parser.positional(0));
    if (!provider)
        return context.fail(Common::makeError(Common::Error::Code::NotFound,
                                              QStringLiteral("no provider named \"%1\"").arg(parser.positional(0))));
    if (const auto baseUrl = parser.value(QStringLiteral("base-url")))
        provider->baseUrl = *baseUrl;
    if (const auto models = parser.value(QStringLiteral("models"))) {
        provider->models = *models == u"*" ? QStringList() : Keys::ModelGlob::parseList(*models);
        if (provider->models.isEmpty() && *models != u"*")
            return context.usage(QStringLiteral("providers update: --models needs at least one glob, got \"%1\" (* for every model)").arg(*models));
    }
    if (const auto priority = parser.value(QStringLiteral("priority"))) {
        QString error;
        const std::optional<int> value = priorityFrom(*priority, QStringLiteral("providers update"), error);
        if (!value)
            return context.usage(error);
        provider->priority = *value;
    }
    const std::optional<QString> apiKey = apiKeyFrom(parser);
    if (apiKey) {
        provider->hasStoredSecret = true;
        provider->apiKeyEnv.clear();
    } else if (const auto variable = parser.value(QStringLiteral("api-key-env"))) {
        provider->hasStoredSecret = false;
        provider->apiKeyEnv = *variable;
    }
    Admin::ProviderAdmin admin(*ledger.value(), context.secrets(), context.clock());
    if (auto status = admin.update(*provider, apiKey); !status)
        return context.fail(status.error());
    context.out() << "Updated provider \"" << provider->name << "\" (" << Providers::ProviderRecord::typeName(provider->type) << ", "
                  << provider->baseUrl << ", " << credentialText(*provider, context.secrets()) << ").\n";
    if (const std::optional<QString> hint = Admin::ProviderAdmin::baseUrlHint(*provider))
        context.warn(*hint);
    return Success;
}

int list(CommandContext &context, const QStringList &arguments)
{
    SubcommandParser parser(QStringLiteral("providers list"), QStringLiteral("List upstream providers (secrets are never shown)."));
    parser.addFlag(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    if (!parser.parse(arguments))
        return context.usage(parser.error());
    if (parser.helpShown())
        return Success;
    auto ledger = context.ledger();
    if (!ledger)
        return context.fail(ledger.error());
    const QList<Providers::ProviderRecord> providers = ledger.value()->listProviders();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Providers::ProviderRecord &provider : providers) {
            array.append(QJsonObject{
                {QStringLiteral("name"), provider.name},
                {QStringLiteral("type"), Providers::ProviderRecord::typeName(provider.type)},
                {QStringLiteral("base_url"), provider.baseUrl},
                {QStringLiteral("priority"), provider.priority},
                {QStringLiteral("models"), QJsonArray::fromStringList(provider.models)},
                {QStringLiteral("credential"), credentialText(provider, context.secrets())},
            });
        }
        context.printJson(array);
        return Success;
    }
    if (providers.isEmpty()) {
        context.out() << "No providers yet. Add one with: tollgate providers add NAME --type openai --base-url URL --api-key-env VAR\n";
        return Success;
    }
    Report::TextTable table({QStringLiteral("NAME"), QStringLiteral("TYPE"), QStringLiteral("PRIORITY"), QStringLiteral("BASE URL"),
                             QStringLiteral("MODELS"), QStringLiteral("CREDENTIAL")},
                            {false, false, true, false, false, false});
    for (const Providers::ProviderRecord &provider : providers) {
        table.addRow({provider.name, Providers::ProviderRecord::typeName(provider.type), QString::number(provider.priority),
                      provider.baseUrl, provider.models.isEmpty() ? QStringLiteral("*") : provider.models.join(u','),
                      credentialText(provider, context.secrets())});
    }
    context.out() << table.render();
    return Success;
}

int remove(CommandContext &context, const QStringList &arguments)
{
    SubcommandParser parser(QStringLiteral("providers remove"), QStringLiteral("Remove a provider and its stored secret."));
    parser.addPositional(QStringLiteral("NAME"), QStringLiteral("Name of the provider."));
    if (!parser.parse(arguments))
        return context.usage(parser.error());
    if (parser.helpShown())
        return Success;
    auto ledger = context.ledger();
    if (!ledger)
        return context.fail(ledger.error());
    Admin::ProviderAdmin admin(*ledger.value(), context.secrets(), context.clock());
    if (auto status = admin.remove(parser.positional(0)); !status)
        return context.fail(status.error());
    context.out() << "Removed provider \"" << parser.positional(0) << "\".\n";
    return Success;
}

} // namespace

int runProvidersCommand(CommandContext &context, const QStringList &arguments)
{
    return dispatchAction(context, QStringLiteral("providers"), arguments, {
        {"add", add},
        {"update", update},
        {"list", list},
        {"remove", remove}});
}

} // namespace Cli
