#include "app/cli/pricescommand.h"

#include "app/cli/actiondispatch.h"
#include "app/cli/commandcontext.h"
#include "app/cli/subcommandparser.h"
#include "core/admin/priceadmin.h"
#include "core/gateway/requestfacts.h"
#include "core/pricing/pricecatalog.h"
#include "core/report/jsontext.h"
#include "core/report/tracecolumns.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace Cli {

namespace {

using Common::Error;
using Common::makeError;

struct RateField
{
    const char *jsonName;
    const char *label;
    std::optional<Common::Money> Pricing::RateSet::*member;
};

constexpr RateField RateFields[] = {
    {"input", "input", &Pricing::RateSet::input},
    {"cache_read", "cache read", &Pricing::RateSet::cacheRead},
    {"cache_write_5m", "cache write 5m", &Pricing::RateSet::cacheWrite5m},
    {"cache_write_1h", "cache write 1h", &Pricing::RateSet::cacheWrite1h},
    {"output", "output", &Pricing::RateSet::output},
    {"reasoning", "reasoning", &Pricing::RateSet::reasoning},
};

/**
 * What a missing rate is billed at, as the cost calculator falls back (QA: "-" read as "not billed", while the
 * README says a missing cache rate is billed at the input rate and marked estimated).
 */
QString missingRateText(const Pricing::RateSet &rates, std::optional<Common::Money> Pricing::RateSet::*member)
{
    if (member == &Pricing::RateSet::reasoning)
        return QStringLiteral("as output");
    if (member == &Pricing::RateSet::cacheWrite1h && rates.cacheWrite5m)
        return QStringLiteral("1.6 x cache write 5m (estimated)");
    if (member == &Pricing::RateSet::cacheWrite1h && rates.input)
        return QStringLiteral("2 x input (estimated)");
    if ((member == &Pricing::RateSet::cacheRead || member == &Pricing::RateSet::cacheWrite5m) && rates.input)
        return QStringLiteral("as input (estimated)");
    return QStringLiteral("- (tokens of this kind leave a request unpriced)");
}

/** A model name as a JSON string, cut at 60 characters: what the terminal shows is what the file said. */
QString printableName(const QString &model)
{
    const QString cut = model.size() > 60 ? model.left(60) + QStringLiteral("…") : model;
    return QString::fromUtf8(Report::JsonText::toText(QJsonValue(cut), false).trimmed());
}

QJsonObject ratesJson(const Pricing::RateSet &rates)
{
    QJsonObject object;
    for (const RateField &field : RateFields)
        object.insert(QString::fromLatin1(field.jsonName), Report::JsonText::optionalMoney(rates.*field.member));
    return object;
}

QJsonObject priceJson(const QString &asked, const Pricing::PriceRecord &price)
{
    QJsonArray tiers;
    for (const Pricing::PriceTier &tier : price.tiers) {
        QJsonObject object = ratesJson(tier.rates);
        object.insert(QStringLiteral("above_input_tokens"), tier.aboveTokens);
        tiers.append(object);
    }
    return QJsonObject{
        {QStringLiteral("model"), asked},
        {QStringLiteral("price_model"), price.model},
        {QStringLiteral("provider"), price.provider},
        {QStringLiteral("mode"), price.mode},
        {QStringLiteral("unit"), QStringLiteral("USD per 1M tokens")},
        {QStringLiteral("prices"), ratesJson(price.base)},
        {QStringLiteral("tiers"), tiers},
        {QStringLiteral("max_output_tokens"), price.maxOutputTokens ? QJsonValue(*price.maxOutputTokens) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("version"), QJsonObject{{QStringLiteral("id"), price.id},
                                                {QStringLiteral("effective_from"), Report::TraceColumns::isoTime(price.effectiveFrom)},
                                                {QStringLiteral("source"), price.source}}},
    };
}

QString rateText(const std::optional<Common::Money> &rate, const QString &fallback)
{
    return rate ? rate->toUsdString() : fallback;
}

int show(CommandContext &context, const QStringList &arguments)
{
    SubcommandParser parser(QStringLiteral("prices show"), QStringLiteral("Show a model's prices in USD per 1M tokens."));
    parser.addPositional(QStringLiteral("MODEL"), QStringLiteral("Model name, with or without provider prefix."));
    parser.addFlag(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    if (!parser.parse(arguments))
        return context.usage(parser.error());
    if (parser.helpShown())
        return Success;
    auto ledger = context.ledger();
    if (!ledger)
        return context.fail(ledger.error());
    const QString model = parser.positional(0);
    const Pricing::PriceCatalog catalog(ledger.value()->currentPrices());
    const auto price = catalog.resolve(model);
    if (!price)
        return context.fail(makeError(Error::Code::NotFound,
                                      QStringLiteral("no price for model \"%1\": its traffic is booked as unpriced (set one with: tollgate prices set)").arg(model)));
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(priceJson(model, *price));
        return Success;
    }
    QTextStream &out = context.out();
    // A price set by hand names neither a provider nor a mode: say nothing rather than "(, )".
    QStringList about{price->provider, price->mode};
    about.removeAll(QString());
    out << price->model;
    if (!about.isEmpty())
        out << "  (" << about.join(QStringLiteral(", ")) << ')';
    out << "\nUSD per 1M tokens:\n";
    for (const RateField &field : RateFields) {
        out << "  " << QString::fromLatin1(field.label).leftJustified(16)
            << rateText(price->base.*field.member, missingRateText(price->base, field.member)) << '\n';
    }
    for (const Pricing::PriceTier &tier : price->tiers) {
        QStringList rates;
        for (const RateField &field : RateFields) {
            if (tier.rates.*field.member)
                rates << QString::fromLatin1(field.label) + u' ' + rateText(tier.rates.*field.member, QString());
        }
        out << "  above " << tier.aboveTokens << " input tokens (whole request): " << rates.join(QStringLiteral("; ")) << '\n';
    }
    out << "version " << price->id << ", effective " << Report::TraceColumns::isoTime(price->effectiveFrom) << ", source "
        << price->source << '\n';
    return Success;
}

int set(CommandContext &context, const QStringList &arguments)
{
    SubcommandParser parser(QStringLiteral("prices set"), QStringLiteral("Set a model's prices (USD per 1M tokens) from now on; a running gateway prices with them within a "
                                                                 "second, the calls in between at the price before."));
    parser.addPositional(QStringLiteral("MODEL"), QStringLiteral("Model name as clients send it."));
    parser.addValueOption(QStringLiteral("input"), QStringLiteral("USD"), QStringLiteral("Input price per 1M tokens (required)."));
    parser.addValueOption(QStringLiteral("output"), QStringLiteral("USD"), QStringLiteral("Output price per 1M tokens (required)."));
    parser.addValueOption(QStringLiteral("cache-read"), QStringLiteral("USD"), QStringLiteral("Cached-input price per 1M tokens."));
    parser.addValueOption(QStringLiteral("cache-write"), QStringLiteral("USD"), QStringLiteral("Cache-write (5 min) price per 1M tokens."));
    parser.addValueOption(QStringLiteral("cache-write-1h"), QStringLiteral("USD"), QStringLiteral("Cache-write (1 h) price per 1M tokens."));
    if (!parser.parse(arguments))
        return context.usage(parser.error());
    if (parser.helpShown())
        return Success;
    if (!parser.isSet(QStringLiteral("input")) || !parser.isSet(QStringLiteral("output")))
        return context.usage(QStringLiteral("prices set: --input and --output are required"));

    Pricing::RateSet rates;
    const std::pair<const char *, std::optional<Common::Money> Pricing::RateSet::*> options[] = {
        {"input", &Pricing::RateSet::input},          {"output", &Pricing::RateSet::output},
        {"cache-read", &Pricing::RateSet::cacheRead}, {"cache-write", &Pricing::RateSet::cacheWrite5m},
        {"cache-write-1h", &Pricing::RateSet::cacheWrite1h},
    };
    for (const auto &[name, member] : options) {
        const auto text = parser.value(QString::fromLatin1(name));
        if (!text)
            continue;
        const auto rate = Common::Money::parseAmount(*text, Pricing::MaxRatePerMillion);
        if (!rate)
            return context.usage(QStringLiteral("prices set: --%1: %2").arg(QString::fromLatin1(name), rate.error().message));
        if (rate->isNegative())
            return context.usage(QStringLiteral("prices set: --%1: money must not be negative").arg(QString::fromLatin1(name)));
        rates.*member = rate.value();
    }
    auto ledger = context.ledger();
    if (!ledger)
        return context.fail(ledger.error());
    Admin::PriceAdmin admin(*ledger.value(), context.clock());
    auto record = admin.setOverride(parser.positional(0), rates);
    if (!record)
        return context.fail(record.error());
    context.out() << "Set prices of \"" << record->model << "\" from now on (version " << record->id
                  << "); earlier traces keep the price they were charged at.\n";
    return Success;
}

int import(CommandContext &context, const QStringList &arguments)
{
    SubcommandParser parser(QStringLiteral("prices import"), QStringLiteral("Import a newer community price map (same JSON format)."));
    parser.addPositional(QStringLiteral("FILE"), QStringLiteral("A model_prices_and_context_window.json file."));
    parser.addFlag(QStringLiteral("replace-overrides"),
                   QStringLiteral("Take the file's price also for models priced by hand with 'prices set' (kept otherwise)."));
    if (!parser.parse(arguments))
        return context.usage(parser.error());
    if (parser.helpShown())
        return Success;
    QFile file(parser.positional(0));
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(Common::makeError(Common::Error::Code::Storage, // an unreadable file is no usage error: exit 1
                                              QStringLiteral("prices import: cannot read %1: %2").arg(parser.positional(0), file.errorString())));
    const QByteArray json = file.readAll();
    auto ledger = context.ledger();
    if (!ledger)
        return context.fail(ledger.error());
    Admin::PriceAdmin admin(*ledger.value(), context.clock());
    const Admin::HandSetPrices handSet =
        parser.isSet(QStringLiteral("replace-overrides")) ? Admin::HandSetPrices::Replace : Admin::HandSetPrices::Keep;
    auto summary = admin.importMap(json, QStringLiteral("import"), handSet);
    if (!summary) {
        Common::Error error = summary.error();
        error.message = QStringLiteral("prices import: %1: %2").arg(parser.positional(0), error.message);
        if (error.code == Common::Error::Code::Invalid)
            error.code = Common::Error::Code::Storage; // a file that is no price map is no usage error either: exit 1, as unreadable
        return context.fail(error);
    }
    context.out() << "Imported " << summary->modelsInFile << " models from " << parser.positional(0) << " (sha256 "
                  << summary->sha256.left(12) << "): " << summary->versionsAdded
                  << (summary->versionsAdded == 1 ? " new or changed price.\n" : " new or changed prices.\n");
    if (!summary->rejected.isEmpty()) {
        context.out() << "Skipped " << summary->rejected.size() << " of the file's models for an entry that is not an object or a price that is "
                      << "not a number, negative or over " << Pricing::MaxRatePerMillion.toUsdString(0)
                      << " per 1M tokens (their traffic stays unpriced): "
                      << summary->rejected.join(QStringLiteral(", ")) << '\n';
    }
    if (!summary->misnamed.isEmpty()) {
        QStringList shown;
        for (const QString &model : std::as_const(summary->misnamed))
            shown.append(printableName(model));
        context.out() << "Skipped " << summary->misnamed.size() << " of the file's models for a name no request can carry (empty, "
                      << "spaces at either end, control characters or over " << Gateway::RequestFacts::MostModelCharacters
                      << " characters): " << shown.join(QStringLiteral(", ")) << '\n';
    }
    if (!summary->replacedOverrides.isEmpty()) {
        context.out() << "Replaced the prices set by hand with the file's: " << summary->replacedOverrides.join(QStringLiteral(", "))
                      << '\n';
    }
    if (!summary->keptOverrides.isEmpty()) {
        context.out() << "Kept the prices set by hand where the file's differ (--replace-overrides takes the file's): "
                      << summary->keptOverrides.join(QStringLiteral(", ")) << '\n';
    }
    return Success;
}

} // namespace

int runPricesCommand(CommandContext &context, const QStringList &arguments)
{
    return dispatchAction(context, QStringLiteral("prices"), arguments, {
        {"show", show},
        {"set", set},
        {"import", import}});
}

} // namespace Cli
