#include "app/cli/keyscommand.h"

#include "app/cli/actiondispatch.h"
#include "app/cli/commandcontext.h"
#include "app/cli/subcommandparser.h"
#include "core/admin/keyadmin.h"
#include "core/keys/modelglob.h"
#include "core/report/jsontext.h"
#include "core/report/textformat.h"
#include "core/report/tracecolumns.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace Cli {

namespace {

using Common::Error;
using Common::makeError;

const QString NoneWord = QStringLiteral("none");

// "none", " none" and "None" alike: read as a glob, any of them made a key for a model named none.
bool isNoneWord(const QString &text)
{
    return text.trimmed().compare(NoneWord, Qt::CaseInsensitive) == 0;
}

void addLimitOptions(SubcommandParser &parser, bool forUpdate)
{
    const QString clearable = forUpdate ? QStringLiteral(" (\"none\" clears it)") : QString();
    parser.addValueOption(QStringLiteral("max-spend"), QStringLiteral("USD"),
                          QStringLiteral("Hard ceiling on the key's total spend, in USD") + clearable + u'.');
    parser.addValueOption(QStringLiteral("rate-limit"), QStringLiteral("N/unit"),
                          QStringLiteral("Requests per second, minute, hour or day: 10/s, 600/min, 1000/h, 5000/day") + clearable + u'.');
    parser.addValueOption(QStringLiteral("tpm"), QStringLiteral("N"), QStringLiteral("Tokens per minute") + clearable + u'.');
    parser.addValueOption(QStringLiteral("models"), QStringLiteral("GLOB,..."),
                          QStringLiteral("Models the key may use, as globs: gpt-4o*,claude-*") + clearable + u'.');
    parser.addValueOption(QStringLiteral("expires"), QStringLiteral("YYYY-MM-DD"),
                          QStringLiteral("Last day the key works (local time)") + clearable + u'.');
    parser.addFlag(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
}

// Each limit flag parses into Change<T>: absent, cleared by "none" (update only), or a value.
template<typename T, typename Parse>
Common::Result<Admin::Change<T>> parseChange(const SubcommandParser &parser, const QString &name, bool allowNone, Parse parse)
{
    const auto text = parser.value(name);
    if (!text)
        return Admin::Change<T>();
    if (allowNone && isNoneWord(*text))
        return Admin::Change<T>(std::optional<T>());
    // On create "none" clears nothing; taken as a value it was a key for a model named "none" (QA).
    if (isNoneWord(*text))
        return makeError(Error::Code::Invalid, QStringLiteral("--%1: \"none\" clears a limit on keys update; a new key has none unless given").arg(name));
    const std::optional<T> value = parse(*text);
    if (!value)
        return makeError(Error::Code::Invalid, QStringLiteral("--%1: cannot read \"%2\"").arg(name, *text));
    return Admin::Change<T>(value);
}

Common::Result<Admin::KeyChanges> parseLimits(const SubcommandParser &parser, bool allowNone)
{
    Admin::KeyChanges changes;
    // Money says why it cannot read an amount (too many decimals, over the maximum), so it is parsed
    // here rather than through parseChange's plain "cannot read".
    if (const auto text = parser.value(QStringLiteral("max-spend")); text && !(allowNone && isNoneWord(*text))) {
        auto amount = Common::Money::parseAmount(*text, Common::Money::maxAmount());
        if (!amount)
            return makeError(Error::Code::Invalid, QStringLiteral("--max-spend: ") + amount.error().message);
        if (amount->isNegative())
            return makeError(Error::Code::Invalid, QStringLiteral("--max-spend: money must not be negative"));
        changes.maxSpend = Admin::Change<Common::Money>(std::optional<Common::Money>(amount.value()));
    } else if (text) {
        changes.maxSpend = Admin::Change<Common::Money>(std::optional<Common::Money>()); // "none" clears it
    }

    auto rate = parseChange<Common::RateLimit>(parser, QStringLiteral("rate-limit"), allowNone, [](const QString &text) {
        return Common::RateLimit::parse(text);
    });
    if (!rate)
        return makeError(Error::Code::Invalid, rate.error().message + QStringLiteral(" (use N/s, N/min, N/h or N/day, N at least 1)"));
    changes.rateLimit = rate.value();

    auto tpm = parseChange<qint64>(parser, QStringLiteral("tpm"), allowNone, [](const QString &text) -> std::optional<qint64> {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        return ok && value > 0 ? std::optional<qint64>(value) : std::nullopt;
    });
    if (!tpm)
        return makeError(Error::Code::Invalid, tpm.error().message + QStringLiteral(" (a positive whole number)"));
    changes.tokensPerMinute = tpm.value();

    auto models = parseChange<QStringList>(parser, QStringLiteral("models"), allowNone, [](const QString &text) -> std::optional<QStringList> {
        const QStringList globs = Keys::ModelGlob::parseList(text);
        return globs.isEmpty() ? std::nullopt : std::optional<QStringList>(globs);
    });
    if (!models)
        return models.error();
    changes.allowedModels = models.value();

    auto expires = parseChange<QDateTime>(parser, QStringLiteral("expires"), allowNone, [](const QString &text) -> std::optional<QDateTime> {
        if (text.size() != 10)
            return std::nullopt;
        return CommandContext::parseDate(text, true);
    });
    if (!expires)
        return makeError(Error::Code::Invalid, expires.error().message + QStringLiteral(" (a date: YYYY-MM-DD)"));
    changes.expiresAt = expires.value();
    return changes;
}

QString expiryText(const std::optional<QDateTime> &expiresAt)
{
    // Stored as the first instant the key no longer works; shown as the last local day it works.
    return expiresAt ? expiresAt->toTimeZone(QTimeZone::systemTimeZone()).addMSecs(-1).date().toString(Qt::ISODate) : QString();
}

QString statusText(const Keys::KeyRecord &key, const QDateTime &now)
{
    if (key.status == Keys::KeyStatus::Revoked)
        return QStringLiteral("revoked");
    if (key.expiresAt && *key.expiresAt <= now)
        return QStringLiteral("expired");
    return QStringLiteral("active");
}

QJsonObject keyJson(const Keys::KeyRecord &key, const QDateTime &now)
{
    const auto optionalTime = [](const QDateTime &time) {
        return time.isValid() ? QJsonValue(Report::TraceColumns::isoTime(time)) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QStringLiteral("name"), key.name},
        {QStringLiteral("prefix"), key.prefix},
        {QStringLiteral("status"), statusText(key, now)},
        {QStringLiteral("max_spend_usd"), Report::JsonText::optionalMoney(key.maxSpend)},
        {QStringLiteral("rate_limit"), key.rateLimit ? QJsonValue(key.rateLimit->toString()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("tpm"), key.tokensPerMinute ? QJsonValue(*key.tokensPerMinute) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("models"), QJsonArray::fromStringList(key.allowedModels)},
        {QStringLiteral("expires"), key.expiresAt ? QJsonValue(expiryText(key.expiresAt)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("created_at"), optionalTime(key.createdAt)},
        {QStringLiteral("last_used_at"), optionalTime(key.lastUsedAt)},
        {QStringLiteral("revoked_at"), optionalTime(key.revokedAt)},
    };
}

void printKeyDetails(QTextStream &out, const Keys::KeyRecord &key, const QDateTime &now, const std::optional<Common::Money> &spend)
{
    const auto orDash = [](const QString &text) { return text.isEmpty() ? QStringLiteral("-") : text; };
    out << "name:        " << key.name << '\n'
        << "prefix:      " << key.prefix << '\n'
        << "status:      " << statusText(key, now) << '\n';
    if (spend)
        out << "spend:       " << spend->toUsdString() << '\n';
    out << "max spend:   " << (key.maxSpend ? key.maxSpend->toUsdString() : QStringLiteral("-")) << '\n'
        << "rate limit:  " << (key.rateLimit ? key.rateLimit->toString() : QStringLiteral("-")) << '\n'
        << "tpm:         " << (key.tokensPerMinute ? QString::number(*key.tokensPerMinute) : QStringLiteral("-")) << '\n'
        // "*" as in `keys list`: every model (a dash read as "none").
        << "models:      " << (key.allowedModels.isEmpty() ? QStringLiteral("*") : key.allowedModels.join(QStringLiteral(","))) << '\n'
        << "expires:     " << orDash(expiryText(key.expiresAt)) << '\n'
        << "created:     " << Report::TraceColumns::isoTime(key.createdAt) << '\n'
        << "last used:   " << (key.lastUsedAt.isValid() ? Report::TraceColumns::isoTime(key.lastUsedAt) : QStringLiteral("never")) << '\n';
}

int printIssued(CommandContext &context, const Admin::IssuedKey &issued, bool json, const QString &verb)
{
    // The key is in the ledger already: if its one showing fails, say so and how to get another.
    context.setIfOutputLost(QStringLiteral("key \"%1\" was %2, but its secret was not shown: run \"tollgate keys rotate %1\" for a new one")
                                .arg(issued.record.name, verb.toLower()));
    if (json) {
        QJsonObject object = keyJson(issued.record, context.clock().nowUtc());
        object.insert(QStringLiteral("secret"), issued.secret);
        context.printJson(object);
        return Success;
    }
    context.out() << verb << " key \"" << issued.record.name << "\".\n"
                  << "Secret (shown only this once; store it now):\n"
                  << issued.secret << '\n';
    return Success;
}

int create(CommandContext &context, const QStringList &arguments)
{
    SubcommandParser parser(QStringLiteral("keys create"), QStringLiteral("Create a client key and print its secret once."));
    parser.addPositional(QStringLiteral("NAME"), QStringLiteral("Unique name of the key, at most %1 characters.").arg(Admin::KeyAdmin::MaxNameLength));
    addLimitOptions(parser, false);
    if (!parser.parse(arguments))
        return context.usage(parser.error());
    if (parser.helpShown())
        return Success;
    auto changes = parseLimits(parser, false);
    if (!changes)
        return context.fail(changes.error());
    auto ledger = context.ledger();
    if (!ledger)
        return context.fail(ledger.error());

    const auto value = [](const auto &change) { return change ? *change : std::nullopt; };
    Admin::KeyLimits limits;
    limits.maxSpend = value(changes->maxSpend);
    limits.rateLimit = value(changes->rateLimit);
    limits.tokensPerMinute = value(changes->tokensPerMinute);
    limits.allowedModels = value(changes->allowedModels).value_or(QStringList());
    limits.expiresAt = value(changes->expiresAt);
    Admin::KeyAdmin admin(*ledger.value(), context.clock());
    auto issued = admin.create(parser.positional(0), limits);
    if (!issued)
        return context.fail(issued.error());
    return printIssued(context, issued.value(), parser.isSet(QStringLiteral("json")), QStringLiteral("Created"));
}

int update(CommandContext &context, const QStringList &arguments)
{
    SubcommandParser parser(QStringLiteral("keys update"), QStringLiteral("Change a key's limits; the word none clears a limit."));
    parser.addPositional(QStringLiteral("NAME"), QStringLiteral("Name of the key."));
    addLimitOptions(parser, true);
    if (!parser.parse(arguments))
        return context.usage(parser.error());
    if (parser.helpShown())
        return Success;
    auto changes = parseLimits(parser, true);
    if (!changes)
        return context.fail(changes.error());
    const Admin::KeyChanges &change = changes.value();
    if (!change.maxSpend && !change.rateLimit && !change.tokensPerMinute && !change.allowedModels && !change.expiresAt)
        return context.usage(QStringLiteral("keys update: nothing to change; give a limit, or none to clear one (see --help)"));
    auto ledger = context.ledger();
    if (!ledger)
        return context.fail(ledger.error());
    Admin::KeyAdmin admin(*ledger.value(), context.clock());
    auto updated = admin.update(parser.positional(0), changes.value());
    if (!updated)
        return context.fail(updated.error());
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(keyJson(updated.value(), context.clock().nowUtc()));
        return Success;
    }
    context.out() << "Updated key \"" << updated->name << "\".\n";
    printKeyDetails(context.out(), updated.value(), context.clock().nowUtc(), std::nullopt);
    return Success;
}

int list(CommandContext &context, const QStringList &arguments)
{
    SubcommandParser parser(QStringLiteral("keys list"), QStringLiteral("List client keys with their limits and spend."));
    parser.addFlag(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    if (!parser.parse(arguments))
        return context.usage(parser.error());
    if (parser.helpShown())
        return Success;
    auto ledger = context.ledger();
    if (!ledger)
        return context.fail(ledger.error());
    Ledger::LedgerStore &store = *ledger.value();
    const QDateTime now = context.clock().nowUtc();
    const QList<Keys::KeyRecord> keys = store.listKeys();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Keys::KeyRecord &key : keys) {
            QJsonObject object = keyJson(key, now);
            object.insert(QStringLiteral("spend_usd"), Report::JsonText::money(store.keySpend(key.id)));
            array.append(object);
        }
        context.printJson(array);
        return Success;
    }
    Report::TextTable table({QStringLiteral("NAME"), QStringLiteral("PREFIX"), QStringLiteral("STATUS"), QStringLiteral("SPEND"),
                             QStringLiteral("MAX SPEND"), QStringLiteral("RATE"), QStringLiteral("TPM"), QStringLiteral("MODELS"),
                             QStringLiteral("EXPIRES"), QStringLiteral("LAST USED")},
                            {false, false, false, true, true, true, true, false, false, false});
    for (const Keys::KeyRecord &key : keys) {
        table.addRow({key.name, key.prefix, statusText(key, now), store.keySpend(key.id).toUsdString(),
                      key.maxSpend ? key.maxSpend->toUsdString() : QStringLiteral("-"),
                      key.rateLimit ? key.rateLimit->toString() : QStringLiteral("-"),
                      key.tokensPerMinute ? QString::number(*key.tokensPerMinute) : QStringLiteral("-"),
                      key.allowedModels.isEmpty() ? QStringLiteral("*") : key.allowedModels.join(u','),
                      key.expiresAt ? expiryText(key.expiresAt) : QStringLiteral("-"),
                      key.lastUsedAt.isValid() ? Report::TraceColumns::isoTime(key.lastUsedAt) : QStringLiteral("never")});
    }
    if (keys.isEmpty())
        context.out() << "No keys yet. Create one with: tollgate keys create NAME\n";
    else
        context.out() << table.render();
    return Success;
}

int show(CommandContext &context, const QStringList &arguments)
{
    SubcommandParser parser(QStringLiteral("keys show"), QStringLiteral("Show one key, its limits and its spend."));
    parser.addPositional(QStringLiteral("NAME"), QStringLiteral("Name of the key."));
    parser.addFlag(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    if (!parser.parse(arguments))
        return context.usage(parser.error());
    if (parser.helpShown())
        return Success;
    auto ledger = context.ledger();
    if (!ledger)
        return context.fail(ledger.error());
    const auto key = ledger.value()->findKeyByName(parser.positional(0));
    if (!key)
        return context.fail(makeError(Error::Code::NotFound, QStringLiteral("no key named \"%1\"").arg(parser.positional(0))));
    const Common::Money spend = ledger.value()->keySpend(key->id);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object = keyJson(*key, context.clock().nowUtc());
        object.insert(QStringLiteral("spend_usd"), Report::JsonText::money(spend));
        context.printJson(object);
        return Success;
    }
    printKeyDetails(context.out(), *key, context.clock().nowUtc(), spend);
    return Success;
}

int rotateOrRevoke(CommandContext &context, const QStringList &arguments, bool rotate)
{
    SubcommandParser parser(rotate ? QStringLiteral("keys rotate") : QStringLiteral("keys revoke"),
                            rotate ? QStringLiteral("Issue a new secret for a key; the old one stops working within a second, on a running gateway too.")
                                   : QStringLiteral("Revoke a key for good; a running gateway refuses it within a second."));
    parser.addPositional(QStringLiteral("NAME"), QStringLiteral("Name of the key."));
    if (rotate)
        parser.addFlag(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    if (!parser.parse(arguments))
        return context.usage(parser.error());
    if (parser.helpShown())
        return Success;
    auto ledger = context.ledger();
    if (!ledger)
        return context.fail(ledger.error());
    Admin::KeyAdmin admin(*ledger.value(), context.clock());
    if (rotate) {
        auto issued = admin.rotate(parser.positional(0));
        if (!issued)
            return context.fail(issued.error());
        return printIssued(context, issued.value(), parser.isSet(QStringLiteral("json")), QStringLiteral("Rotated"));
    }
    // Revoking twice is what was asked for twice: done, and said so, not a usage error (QA: exit 2), so that
    // a script that revokes a key on every run does not fail on the second.
    if (const auto existing = ledger.value()->findKeyByName(parser.positional(0));
        existing && existing->status == Keys::KeyStatus::Revoked) {
        context.out() << "Key \"" << existing->name << "\" was already revoked.\n";
        return Success;
    }
    auto revoked = admin.revoke(parser.positional(0));
    if (!revoked)
        return context.fail(revoked.error());
    context.out() << "Revoked key \"" << revoked->name << "\".\n";
    return Success;
}

int revoke(CommandContext &context, const QStringList &arguments)
{
    return rotateOrRevoke(context, arguments, false);
}

int rotate(CommandContext &context, const QStringList &arguments)
{
    return rotateOrRevoke(context, arguments, true);
}

} // namespace

int runKeysCommand(CommandContext &context, const QStringList &arguments)
{
    return dispatchAction(context, QStringLiteral("keys"), arguments, {
        {"create", create},
        {"update", update},
        {"list", list},
        {"show", show},
        {"revoke", revoke},
        {"rotate", rotate}});
}

} // namespace Cli
