#include "core/admin/priceadmin.h"

#include "core/gateway/requestfacts.h"
#include "core/ledger/ledgerstore.h"
#include "core/pricing/pricemaploader.h"

#include <QCryptographicHash>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>

namespace Admin {

namespace {

Q_LOGGING_CATEGORY(lcAdmin, "tollgate.admin")

} // namespace

using Common::Error;
using Common::makeError;

PriceAdmin::PriceAdmin(Ledger::LedgerStore &store, const Common::Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

Common::Status PriceAdmin::seedIfEmpty()
{
    if (m_store.hasPrices())
        return Common::Done{};
    auto summary = importMap(Pricing::PriceMapLoader::bundledMap(), QStringLiteral("map"));
    if (!summary)
        return summary.error();
    if (!summary->rejected.isEmpty())
        qCWarning(lcAdmin).noquote() << "the bundled price map has" << summary->rejected.size()
                                     << "models with a negative or implausible rate, left unpriced:"
                                     << summary->rejected.join(QStringLiteral(", "));
    return Common::Done{};
}

Common::Result<ImportSummary> PriceAdmin::importMap(const QByteArray &json, const QString &sourceName, HandSetPrices handSet)
{
    // The source names the map's content, so any trace's price can be traced back to the exact file.
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    auto map = Pricing::PriceMapLoader::load(json, sourceName + u':' + sha.left(12), m_clock.nowUtc());
    if (!map)
        return map.error();
    // Most likely the wrong file (or an empty one): importing it would change nothing and say so quietly.
    if (map->records.isEmpty() && map->rejected.isEmpty())
        return makeError(Error::Code::Invalid, QStringLiteral("the file lists no model prices; the community price map is "
                                                              "model_prices_and_context_window.json"));

    QHash<QString, Pricing::PriceRecord> current;
    for (Pricing::PriceRecord &record : m_store.currentPrices())
        current.insert(record.model, std::move(record));

    QList<Pricing::PriceRecord> changed;
    QStringList keptOverrides;
    QStringList replacedOverrides;
    QStringList misnamed;
    for (const Pricing::PriceRecord &record : map->records) {
        // The same names as by hand (QA: an import took what `prices set` refuses).
        if (!modelNameProblem(record.model).isEmpty()) {
            misnamed.append(record.model);
            continue;
        }
        const auto it = current.constFind(record.model);
        if (it != current.constEnd() && it->sameRatesAs(record))
            continue;
        const bool handSetNow = it != current.constEnd() && it->isHandSet();
        if (handSetNow && handSet == HandSetPrices::Keep) {
            keptOverrides.append(record.model);
            continue;
        }
        if (handSetNow)
            replacedOverrides.append(record.model);
        changed.append(record);
    }
    if (!changed.isEmpty()) {
        if (auto status = m_store.insertPriceVersions(changed); !status)
            return status.error();
    }
    keptOverrides.sort();
    replacedOverrides.sort();
    return ImportSummary{map->records.size() - misnamed.size(), changed.size(), map->rejected, misnamed, keptOverrides,
                         replacedOverrides, map->sha256};
}

QString PriceAdmin::modelNameProblem(const QString &model)
{
    if (model.trimmed().isEmpty())
        return QStringLiteral("a model name must not be empty");
    // " gpt-4o" would be a price no request ever names (QA), as key and provider names are refused.
    if (model != model.trimmed())
        return QStringLiteral("a model name must not start or end with a space");
    // Nor one the gateway refuses to read (QA: a 300-character name, and names with a line break, were taken).
    if (std::any_of(model.cbegin(), model.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return QStringLiteral("a model name must not contain line breaks or other control characters");
    if (Gateway::RequestFacts::characterCount(model) > Gateway::RequestFacts::MostModelCharacters)
        return QStringLiteral("a model name must be at most %1 characters, as requests' are").arg(Gateway::RequestFacts::MostModelCharacters);
    return {};
}

Common::Result<Pricing::PriceRecord> PriceAdmin::setOverride(const QString &model, const Pricing::RateSet &rates)
{
    if (const QString problem = modelNameProblem(model); !problem.isEmpty())
        return makeError(Error::Code::Invalid, problem);
    for (const auto &rate : {rates.input, rates.cacheRead, rates.cacheWrite5m, rates.cacheWrite1h, rates.output, rates.reasoning}) {
        if (rate && rate->isNegative())
            return makeError(Error::Code::Invalid, QStringLiteral("prices must not be negative"));
        if (rate && *rate > Pricing::MaxRatePerMillion)
            return makeError(Error::Code::Invalid, QStringLiteral("prices must be at most %1 per 1M tokens")
                                                       .arg(Pricing::MaxRatePerMillion.toUsdString(0)));
    }
    Pricing::PriceRecord record;
    const QList<Pricing::PriceRecord> history = m_store.priceHistory(model);
    if (!history.isEmpty())
        record = history.last();
    else
        record.model = model;
    const auto overrideRate = [](const std::optional<Common::Money> &given, std::optional<Common::Money> &field) {
        if (given)
            field = given;
    };
    overrideRate(rates.input, record.base.input);
    overrideRate(rates.cacheRead, record.base.cacheRead);
    overrideRate(rates.cacheWrite5m, record.base.cacheWrite5m);
    overrideRate(rates.cacheWrite1h, record.base.cacheWrite1h);
    overrideRate(rates.output, record.base.output);
    overrideRate(rates.reasoning, record.base.reasoning);
    // A hand-set price replaces the posted tiers too: the user states the rate they are billed.
    record.tiers.clear();
    record.id = 0;
    record.effectiveFrom = m_clock.nowUtc();
    record.source = Pricing::PriceRecord::HandSetSource;
    if (auto status = m_store.insertPriceVersions({record}); !status)
        return status.error();
    const QList<Pricing::PriceRecord> updated = m_store.priceHistory(model);
    return updated.isEmpty() ? record : updated.last();
}

} // namespace Admin
