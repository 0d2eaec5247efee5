#include "core/demo/demoledger.h"

#include "core/admin/priceadmin.h"
#include "core/admin/provideradmin.h"
#include "core/keys/keysecret.h"
#include "core/ledger/ledgerstore.h"
#include "core/pricing/costcalculator.h"
#include "core/pricing/pricecatalog.h"
#include "core/report/weeklyreview.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Demo {

namespace {

constexpr int HistoryDays = 91;
constexpr qint64 MsPerHour = 3'600'000;
constexpr qint64 MsPerDay = 24 * MsPerHour;
constexpr qsizetype InsertBatch = 5000;

enum class Api { Chat, Responses, Messages, Embeddings };
enum class Rhythm { OfficeHours, AroundTheClock, Nightly, Ci, Batches };
enum class Fate { Active, Revoked, Expired };

/** One model a key uses, and how often compared with its other models. */
struct ModelUse
{
    QString model;       // as the client asks for it
    QString servedModel; // as the provider answers
    QString provider;
    Api api = Api::Chat;
    double weight = 1;
    bool reasoning = false; // o-series: part of the output is reasoning
};

/** How one key behaves over the three months. */
struct KeyProfile
{
    QString name;
    double requestsPerDay = 0;        // on an ordinary weekday at the end of the period
    Rhythm rhythm = Rhythm::OfficeHours;
    QList<ModelUse> models;
    QList<ModelUse> modelsThisWeek;   // "model drift": the mix from this week's start; empty = unchanged
    double inputMedian = 2000;
    double outputMedian = 300;
    double inputGrowthThisWeek = 1;   // "prompt bloat": input grows by this factor from this week's start
    double streamShare = 0;
    double cacheShare = 0;            // part of a cached request's input read from the prompt cache
    int createdDaysAgo = 100;
    int quietDaysAgo = 0;             // traffic stops this many days ago (revoked, expired); 0 = busy until now
    Fate fate = Fate::Active;
    double capTarget = 0;             // share of its cap spent at the end; 0 = no cap; 1 = reaches it
    std::optional<Common::RateLimit> rateLimit;
    double rateRejectShare = 0;       // share of busy-hour requests answered 429
    qint64 id = 0;                    // filled once inserted
};

ModelUse use(const char *model, const char *served, const char *provider, Api api, double weight, bool reasoning = false)
{
    return ModelUse{QString::fromLatin1(model), QString::fromLatin1(served), QString::fromLatin1(provider), api, weight, reasoning};
}

QList<KeyProfile> teamProfiles()
{
    const ModelUse gpt4oMini = use("gpt-4o-mini", "gpt-4o-mini-2024-07-18", "openai", Api::Chat, 1);
    const ModelUse gpt41Mini = use("gpt-4.1-mini", "gpt-4.1-mini-2025-04-14", "openai", Api::Chat, 1);
    const ModelUse gpt4o = use("gpt-4o", "gpt-4o-2024-08-06", "openai", Api::Chat, 1);
    const ModelUse gpt41 = use("gpt-4.1", "gpt-4.1-2025-04-14", "openai", Api::Chat, 1);
    const ModelUse gpt5 = use("gpt-5", "gpt-5-2025-08-07", "openai", Api::Responses, 1, true);
    const ModelUse o4Mini = use("o4-mini", "o4-mini-2025-04-16", "openai", Api::Responses, 1, true);
    const ModelUse o3 = use("o3", "o3-2025-04-16", "openai", Api::Responses, 1, true);
    const ModelUse embedding = use("text-embedding-3-small", "text-embedding-3-small", "openai", Api::Embeddings, 1);
    const ModelUse sonnet = use("claude-sonnet-4-5", "claude-sonnet-4-5-20250929", "anthropic", Api::Messages, 1);
    const ModelUse haiku = use("claude-haiku-4-5", "claude-haiku-4-5-20251001", "anthropic", Api::Messages, 1);
    const ModelUse opus = use("claude-opus-4-1", "claude-opus-4-1-20250805", "anthropic", Api::Messages, 1);
    const ModelUse groq70b = use("groq/llama-3.3-70b-versatile", "llama-3.3-70b-versatile", "groq", Api::Chat, 1);
    const ModelUse groq8b = use("groq/llama-3.1-8b-instant", "llama-3.1-8b-instant", "groq", Api::Chat, 1);
    // Not in the price map: a local model and a fine-tune, so the ledger shows unpriced traffic.
    const ModelUse qwen = use("ollama/qwen2.5-coder:7b", "qwen2.5-coder:7b", "ollama", Api::Chat, 1);
    const ModelUse llama = use("ollama/llama3.1", "llama3.1", "ollama", Api::Chat, 1);
    const ModelUse fineTune = use("ft:gpt-4o-mini-2024-07-18:acme::b7xk2", "ft:gpt-4o-mini-2024-07-18:acme::b7xk2", "openai", Api::Chat, 1);

    const auto weighted = [](ModelUse model, double weight) {
        model.weight = weight;
        return model;
    };

    QList<KeyProfile> keys;
    KeyProfile key;

    key = KeyProfile{};
    key.name = QStringLiteral("ci-bot");
    key.requestsPerDay = 260;
    key.rhythm = Rhythm::Ci;
    key.models = {weighted(gpt41Mini, 6), weighted(gpt4oMini, 4)};
    key.inputMedian = 3500;
    key.outputMedian = 400;
    key.cacheShare = 0.5;
    key.capTarget = 0.55;
    key.rateLimit = Common::RateLimit{120, Common::RateLimit::Period::Minute};
    keys << key;

    key = KeyProfile{};
    key.name = QStringLiteral("alice-laptop");
    key.requestsPerDay = 110;
    key.models = {weighted(sonnet, 8), weighted(haiku, 2)};
    key.inputMedian = 9000;
    key.outputMedian = 900;
    key.streamShare = 0.95;
    key.cacheShare = 0.8;
    key.capTarget = 0.86;
    keys << key;

    key = KeyProfile{};
    key.name = QStringLiteral("bob-laptop");
    key.requestsPerDay = 90;
    key.models = {weighted(gpt4o, 50), weighted(o4Mini, 35), weighted(gpt41, 15)};
    key.modelsThisWeek = {weighted(gpt5, 45), weighted(gpt4o, 25), weighted(o4Mini, 30)};
    key.inputMedian = 4000;
    key.outputMedian = 700;
    key.streamShare = 0.8;
    key.cacheShare = 0.5;
    keys << key;

    key = KeyProfile{};
    key.name = QStringLiteral("support-agent");
    key.requestsPerDay = 380;
    key.rhythm = Rhythm::AroundTheClock;
    key.models = {weighted(gpt4oMini, 85), weighted(embedding, 15)};
    key.inputMedian = 2200;
    key.outputMedian = 250;
    key.inputGrowthThisWeek = 1.6;
    key.streamShare = 0.6;
    key.cacheShare = 0.4;
    key.capTarget = 0.62;
    keys << key;

    key = KeyProfile{};
    key.name = QStringLiteral("eval-harness");
    key.requestsPerDay = 240;
    key.rhythm = Rhythm::Batches;
    key.models = {weighted(opus, 8), weighted(sonnet, 37), weighted(gpt4o, 30), weighted(o3, 25)};
    key.inputMedian = 6000;
    key.outputMedian = 1100;
    key.createdDaysAgo = 80;
    key.capTarget = 1;
    keys << key;

    key = KeyProfile{};
    key.name = QStringLiteral("data-pipeline");
    key.requestsPerDay = 150;
    key.rhythm = Rhythm::Nightly;
    key.models = {weighted(embedding, 70), weighted(fineTune, 30)};
    key.inputMedian = 1500;
    key.outputMedian = 150;
    keys << key;

    key = KeyProfile{};
    key.name = QStringLiteral("docs-search");
    key.requestsPerDay = 140;
    key.rhythm = Rhythm::AroundTheClock;
    key.models = {weighted(embedding, 50), weighted(haiku, 50)};
    key.inputMedian = 2500;
    key.outputMedian = 350;
    key.streamShare = 0.5;
    key.cacheShare = 0.7;
    key.capTarget = 0.85;
    keys << key;

    key = KeyProfile{};
    key.name = QStringLiteral("research-notebook");
    key.requestsPerDay = 35;
    key.models = {weighted(o3, 60), weighted(opus, 40)};
    key.inputMedian = 12000;
    key.outputMedian = 2000;
    key.createdDaysAgo = 52;
    key.streamShare = 0.3;
    key.cacheShare = 0.6;
    key.capTarget = 0.93;
    keys << key;

    key = KeyProfile{};
    key.name = QStringLiteral("staging-app");
    key.requestsPerDay = 180;
    key.rhythm = Rhythm::AroundTheClock;
    key.models = {weighted(groq70b, 70), weighted(groq8b, 30)};
    key.inputMedian = 1800;
    key.outputMedian = 300;
    key.streamShare = 0.5;
    key.rateLimit = Common::RateLimit{20, Common::RateLimit::Period::Minute};
    key.rateRejectShare = 0.05;
    keys << key;

    key = KeyProfile{};
    key.name = QStringLiteral("local-dev");
    key.requestsPerDay = 60;
    key.models = {weighted(qwen, 70), weighted(llama, 30)};
    key.inputMedian = 3000;
    key.outputMedian = 500;
    key.streamShare = 0.9;
    keys << key;

    key = KeyProfile{};
    key.name = QStringLiteral("intern-2024");
    key.requestsPerDay = 50;
    key.models = {weighted(gpt4oMini, 70), weighted(gpt4o, 30)};
    key.inputMedian = 2500;
    key.outputMedian = 400;
    key.streamShare = 0.7;
    key.createdDaysAgo = 140;
    key.quietDaysAgo = 40;
    key.fate = Fate::Revoked;
    keys << key;

    key = KeyProfile{};
    key.name = QStringLiteral("contractor-temp");
    key.requestsPerDay = 70;
    key.models = {weighted(sonnet, 100)};
    key.inputMedian = 7000;
    key.outputMedian = 800;
    key.streamShare = 0.9;
    key.cacheShare = 0.7;
    key.createdDaysAgo = 70;
    key.quietDaysAgo = 12;
    key.fate = Fate::Expired;
    key.capTarget = 0.7;
    keys << key;
    return keys;
}

/** How busy a key is in a local hour of a weekday (Monday = 1), before scaling to its daily volume. */
double hourWeight(Rhythm rhythm, int dayOfWeek, int hour)
{
    const bool weekend = dayOfWeek >= 6;
    switch (rhythm) {
    case Rhythm::OfficeHours:
    case Rhythm::Batches: {
        double weight = 0.02;
        if (hour >= 9 && hour <= 17)
            weight = hour == 12 ? 0.6 : 1.0;
        else if (hour == 8 || hour == 18)
            weight = 0.4;
        else if (hour >= 19 && hour <= 22)
            weight = 0.12;
        return weekend ? weight * 0.08 : weight;
    }
    case Rhythm::Ci: {
        const double weight = hour >= 8 && hour <= 19 ? 1.0 : 0.15;
        return weekend ? weight * 0.12 : weight;
    }
    case Rhythm::AroundTheClock: {
        // A daytime hump over a steady night.
        const double day = std::sin(std::numbers::pi * std::clamp(hour - 6, 0, 16) / 16.0);
        const double weight = 0.35 + 0.65 * day;
        return weekend ? weight * 0.6 : weight;
    }
    case Rhythm::Nightly:
        return hour >= 1 && hour <= 4 ? 1.0 : 0.02;
    }
    return 0;
}

double weekdaySum(Rhythm rhythm)
{
    double sum = 0;
    for (int hour = 0; hour < 24; ++hour)
        sum += hourWeight(rhythm, 3, hour);
    return sum;
}

/** Deterministic draws from one seed. */
class Dice final
{
public:
    explicit Dice(quint32 seed) : m_generator(seed) {}

    double uniform() { return m_generator.generateDouble(); }
    bool chance(double p) { return uniform() < p; }
    qint64 between(qint64 low, qint64 high) { return low + qint64(uniform() * double(high - low)); }

    double gauss()
    {
        // Box-Muller; 1 - u keeps the logarithm away from zero.
        const double u = 1.0 - uniform();
        const double v = uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * v);
    }

    qint64 logNormal(double median, double sigma) { return qint64(std::llround(median * std::exp(sigma * gauss()))); }

    qint64 poisson(double mean)
    {
        if (mean <= 0)
            return 0;
        if (mean > 30)
            return std::max<qint64>(0, std::llround(mean + std::sqrt(mean) * gauss()));
        const double limit = std::exp(-mean);
        qint64 count = 0;
        double product = uniform();
        while (product > limit) {
            ++count;
            product *= uniform();
        }
        return count;
    }

    const ModelUse &pick(const QList<ModelUse> &models)
    {
        double total = 0;
        for (const ModelUse &model : models)
            total += model.weight;
        double point = uniform() * total;
        for (const ModelUse &model : models) {
            point -= model.weight;
            if (point < 0)
                return model;
        }
        return models.last();
    }

private:
    QRandomGenerator m_generator;
};

QString endpointOf(Api api)
{
    switch (api) {
    case Api::Chat: return QStringLiteral("/v1/chat/completions");
    case Api::Responses: return QStringLiteral("/v1/responses");
    case Api::Messages: return QStringLiteral("/v1/messages");
    case Api::Embeddings: return QStringLiteral("/v1/embeddings");
    }
    return {};
}

/** Rounds up to a figure a person would type as a cap or a top-up. */
Common::Money niceCeiling(Common::Money amount)
{
    const qint64 usd = Common::Money::NanosPerUsd;
    const qint64 step = amount.nanos() < 50 * usd ? 5 * usd : amount.nanos() < 500 * usd ? 10 * usd : 50 * usd;
    return Common::Money::fromNanos(std::max<qint64>(step, (amount.nanos() + step - 1) / step * step));
}

/** Builds the traces of one key and prices them the way the gateway does. */
class TrafficMaker final
{
public:
    TrafficMaker(Dice &dice, const Pricing::PriceCatalog &catalog) : m_dice(dice), m_catalog(catalog) {}

    /** A rejection the gateway answers itself: nothing reached a provider, nothing is billed. */
    Ledger::TraceRecord rejected(const KeyProfile &key, const ModelUse &model, qint64 timeMs, int status)
    {
        Ledger::TraceRecord trace = base(key, model, timeMs);
        trace.provider.clear();
        trace.servedModel.clear();
        trace.status = status;
        trace.outcome = QStringLiteral("rejected");
        trace.latencyMs = m_dice.between(0, 3);
        trace.attempts = 0;
        trace.cost = Common::Money();
        return trace;
    }

    Ledger::TraceRecord request(const KeyProfile &key, const ModelUse &model, qint64 timeMs, bool thisWeek)
    {
        Ledger::TraceRecord trace = base(key, model, timeMs);
        trace.stream = model.api != Api::Embeddings && m_dice.chance(key.streamShare);
        const bool anthropic = model.api == Api::Messages;
        if (m_dice.chance(0.009)) {
            // The provider failed: answered with its error, nothing billed.
            trace.servedModel.clear();
            trace.outcome = QStringLiteral("upstream_error");
            trace.status = anthropic && m_dice.chance(0.5) ? 529 : m_dice.chance(0.6) ? 500 : 503;
            trace.latencyMs = m_dice.logNormal(900, 0.8);
            trace.attempts = m_dice.chance(0.3) ? 2 : 1;
            trace.cost = Common::Money();
            return trace;
        }

        Common::TokenUsage usage;
        const double bloat = thisWeek ? key.inputGrowthThisWeek : 1.0;
        const double inputMedian = key.inputMedian * bloat * (model.api == Api::Embeddings ? 0.4 : 1.0);
        usage.inputTokens = std::max<qint64>(8, m_dice.logNormal(inputMedian, 0.7));
        if (model.api != Api::Embeddings) {
            usage.outputTokens = std::max<qint64>(1, m_dice.logNormal(key.outputMedian, 0.8));
            if (model.reasoning) {
                usage.reasoningTokens = m_dice.logNormal(key.outputMedian * 1.5, 0.9);
                usage.outputTokens += usage.reasoningTokens;
            }
        }
        // Prompt caching needs at least 1024 tokens of prefix at both OpenAI and Anthropic.
        if (key.cacheShare > 0 && usage.inputTokens > 1024 && model.api != Api::Embeddings && m_dice.chance(0.7)) {
            const qint64 cached = qint64(double(usage.inputTokens) * key.cacheShare * (0.6 + 0.4 * m_dice.uniform()));
            if (anthropic && m_dice.chance(0.15)) {
                usage.cacheWriteTokens = cached;
                if (m_dice.chance(0.2))
                    usage.cacheWrite1hTokens = cached;
            } else {
                usage.cachedInputTokens = cached;
            }
        }

        const double msPerToken = model.provider == u"groq" ? 2 : model.provider == u"ollama" ? 25 : 12;
        const qint64 ttft = m_dice.logNormal(model.provider == u"groq" ? 180 : 550, 0.5);
        trace.latencyMs = ttft + qint64(double(usage.outputTokens) * msPerToken);
        if (trace.stream)
            trace.ttftMs = ttft;

        bool estimated = false;
        if (trace.stream && m_dice.chance(0.012)) {
            // The client hung up mid-stream: the gateway books what it relayed, estimated.
            trace.outcome = QStringLiteral("client_closed");
            trace.status = 499;
            usage.outputTokens = std::max<qint64>(1, usage.outputTokens / 3);
            usage.reasoningTokens = std::min(usage.reasoningTokens, usage.outputTokens);
            trace.latencyMs = ttft + qint64(double(usage.outputTokens) * msPerToken);
            estimated = true;
        }
        trace.usage = usage;

        const std::optional<Pricing::PriceRecord> &price = priceOf(model);
        const Pricing::Cost cost = Pricing::CostCalculator::compute(usage, price);
        trace.cost = cost.amount;
        trace.costStatus = cost.status;
        if (estimated && trace.costStatus == Ledger::CostStatus::Exact)
            trace.costStatus = Ledger::CostStatus::Estimated;
        trace.priceId = price ? price->id : 0;
        return trace;
    }

private:
    Ledger::TraceRecord base(const KeyProfile &key, const ModelUse &model, qint64 timeMs)
    {
        Ledger::TraceRecord trace;
        trace.time = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
        trace.keyId = key.id;
        trace.keyName = key.name;
        trace.model = model.model;
        trace.servedModel = model.servedModel;
        trace.provider = model.provider;
        trace.endpoint = endpointOf(model.api);
        trace.status = 200;
        trace.outcome = QStringLiteral("ok");
        trace.attempts = 1;
        return trace;
    }

    /** As the gateway: the served name first, then the name the client asked for. */
    const std::optional<Pricing::PriceRecord> &priceOf(const ModelUse &model)
    {
        auto found = m_prices.constFind(model.model);
        if (found == m_prices.constEnd()) {
            const QString hint = model.api == Api::Messages ? QStringLiteral("anthropic") : QStringLiteral("openai");
            std::optional<Pricing::PriceRecord> price = m_catalog.resolve(model.servedModel, hint);
            if (!price)
                price = m_catalog.resolve(model.model, hint);
            found = m_prices.insert(model.model, price);
        }
        return *found;
    }

    Dice &m_dice;
    const Pricing::PriceCatalog &m_catalog;
    QHash<QString, std::optional<Pricing::PriceRecord>> m_prices;
};

QList<Providers::ProviderRecord> teamProviders(const QDateTime &created)
{
    QList<Providers::ProviderRecord> providers;
    Providers::ProviderRecord provider;
    provider.createdAt = created;

    provider.name = QStringLiteral("openai");
    provider.type = Providers::ProviderType::OpenAi;
    provider.baseUrl = QStringLiteral("https://api.openai.com/v1");
    provider.apiKeyEnv = QStringLiteral("OPENAI_API_KEY");
    provider.priority = 100;
    providers << provider;

    provider.name = QStringLiteral("anthropic");
    provider.type = Providers::ProviderType::Anthropic;
    provider.baseUrl = QStringLiteral("https://api.anthropic.com");
    provider.apiKeyEnv = QStringLiteral("ANTHROPIC_API_KEY");
    providers << provider;

    // An OpenAI-compatible host for open models, reached as "groq/<model>".
    provider.name = QStringLiteral("groq");
    provider.type = Providers::ProviderType::OpenAi;
    provider.baseUrl = QStringLiteral("https://api.groq.com/openai/v1");
    provider.apiKeyEnv = QStringLiteral("GROQ_API_KEY");
    provider.models = {QStringLiteral("llama-*")};
    provider.priority = 200;
    providers << provider;

    // A local Ollama needs no key.
    provider.name = QStringLiteral("ollama");
    provider.baseUrl = QStringLiteral("http://127.0.0.1:11434/v1");
    provider.apiKeyEnv.clear();
    provider.models = {QStringLiteral("qwen*"), QStringLiteral("llama3*")};
    provider.priority = 300;
    providers << provider;
    return providers;
}

} // namespace

Common::Result<DemoSummary> DemoLedger::seed(Ledger::LedgerStore &store, const Common::Clock &clock, quint32 seed)
{
    // Demo keys, providers, credit and traffic beside real ones would mix made-up spend into real books
    // (and a provider of the same name stopped it halfway with an unexplained error).
    QStringList holds;
    if (!store.listKeys().isEmpty())
        holds << QStringLiteral("keys");
    if (!store.listProviders().isEmpty())
        holds << QStringLiteral("providers");
    if (!store.listCreditEntries().isEmpty())
        holds << QStringLiteral("credit");
    if (store.countTraces({}) > 0)
        holds << QStringLiteral("traces");
    if (!holds.isEmpty())
        return Common::makeError(Common::Error::Code::Invalid,
                                 QStringLiteral("this ledger already has %1; demo data only goes into an empty data directory")
                                     .arg(holds.join(QStringLiteral(", "))));
    Admin::PriceAdmin prices(store, clock);
    if (auto seeded = prices.seedIfEmpty(); !seeded)
        return seeded.error();
    const Pricing::PriceCatalog catalog(store.currentPrices());

    DemoSummary summary;
    const QDateTime now = clock.nowUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 startMs = (nowMs - HistoryDays * MsPerDay) / MsPerHour * MsPerHour;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const qint64 weekStartMs =
        Report::WeeklyReview::weekStart(now.toTimeZone(zone).date(), Qt::Monday, zone).toMSecsSinceEpoch();

    for (const Providers::ProviderRecord &provider : teamProviders(QDateTime::fromMSecsSinceEpoch(startMs - 20 * MsPerDay, Qt::UTC))) {
        if (auto valid = Admin::ProviderAdmin::validate(provider); !valid)
            return valid.error();
        if (auto id = store.insertProvider(provider); !id)
            return id.error();
        ++summary.providers;
    }

    QList<KeyProfile> profiles = teamProfiles();
    for (KeyProfile &profile : profiles) {
        // The secret is thrown away: demo keys can never authenticate.
        const QString secret = Keys::KeySecret::generate();
        Keys::KeyRecord key;
        key.name = profile.name;
        key.prefix = Keys::KeySecret::displayPrefix(secret);
        key.secretHash = Keys::KeySecret::hash(secret);
        key.rateLimit = profile.rateLimit;
        key.createdAt = QDateTime::fromMSecsSinceEpoch(nowMs - profile.createdDaysAgo * MsPerDay, Qt::UTC);
        auto id = store.insertKey(key);
        if (!id)
            return id.error();
        profile.id = id.value();
        ++summary.keys;
    }

    Dice dice(seed);
    TrafficMaker maker(dice, catalog);
    QList<Ledger::TraceRecord> traces;
    traces.reserve(120'000);
    QList<QHash<QDate, double>> dayFactors(profiles.size()); // a key's mood of the day, drawn once per local day
    QList<Ledger::TraceRecord> hour;
    for (qint64 hourMs = startMs; hourMs < nowMs; hourMs += MsPerHour) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(hourMs, zone);
        const QDate date = local.date();
        const int dayOfWeek = date.dayOfWeek();
        const double progress = double(hourMs - startMs) / double(nowMs - startMs);
        const double growth = 0.55 + 0.45 * progress;
        const qint64 span = std::min(MsPerHour, nowMs - hourMs); // the current hour is not over yet
        const bool thisWeek = hourMs >= weekStartMs;
        hour.clear();
        for (qsizetype k = 0; k < profiles.size(); ++k) {
            const KeyProfile &key = profiles.at(k);
            if (hourMs < nowMs - key.createdDaysAgo * MsPerDay)
                continue;
            auto factor = dayFactors[k].constFind(date);
            if (factor == dayFactors[k].constEnd()) {
                double mood = 0.85 + 0.3 * dice.uniform();
                if (key.rhythm == Rhythm::Batches)
                    mood = dice.chance(dayOfWeek >= 6 ? 0.1 : 0.45) ? 2.2 : 0.05; // evaluation runs come in bursts
                factor = dayFactors[k].insert(date, mood);
            }
            const double weight = hourWeight(key.rhythm, dayOfWeek, local.time().hour());
            double mean = key.requestsPerDay * growth * *factor * weight / weekdaySum(key.rhythm) * double(span) / double(MsPerHour);
            const qint64 quietMs = key.quietDaysAgo > 0 ? nowMs - key.quietDaysAgo * MsPerDay : nowMs;
            const bool quiet = hourMs >= quietMs;
            if (quiet) {
                // A forgotten client keeps retrying for a couple of days and is turned away (401).
                if (hourMs >= quietMs + 2 * MsPerDay)
                    continue;
                mean *= 0.1;
            }
            const qint64 count = dice.poisson(mean);
            for (qint64 i = 0; i < count; ++i) {
                const qint64 timeMs = hourMs + dice.between(0, span);
                const ModelUse &model = dice.pick(thisWeek && !key.modelsThisWeek.isEmpty() ? key.modelsThisWeek : key.models);
                if (quiet)
                    hour << maker.rejected(key, model, timeMs, 401);
                else if (key.rateRejectShare > 0 && weight > 0.8 && dice.chance(key.rateRejectShare))
                    hour << maker.rejected(key, model, timeMs, 429);
                else
                    hour << maker.request(key, model, timeMs, thisWeek);
            }
        }
        std::sort(hour.begin(), hour.end(), [](const Ledger::TraceRecord &a, const Ledger::TraceRecord &b) { return a.time < b.time; });
        traces << hour;
    }

    // Caps: set from the spend the traffic produced, so the keys end where the story needs them.
    QHash<qint64, Common::Money> spend;
    for (const Ledger::TraceRecord &trace : std::as_const(traces))
        spend[trace.keyId] += trace.cost.value_or(Common::Money());
    for (const KeyProfile &profile : std::as_const(profiles)) {
        std::optional<Common::Money> cap;
        if (profile.capTarget >= 1) {
            // The key ran into its cap four days ago; everything after that was refused (402).
            Common::Money before;
            for (const Ledger::TraceRecord &trace : std::as_const(traces)) {
                if (trace.keyId == profile.id && trace.time.toMSecsSinceEpoch() < nowMs - 4 * MsPerDay)
                    before += trace.cost.value_or(Common::Money());
            }
            cap = Common::Money::fromNanos(std::max<qint64>(10, before.nanos() / (10 * Common::Money::NanosPerUsd)) * 10
                                           * Common::Money::NanosPerUsd);
            Common::Money running;
            for (Ledger::TraceRecord &trace : traces) {
                if (trace.keyId != profile.id)
                    continue;
                if (running >= *cap) {
                    const ModelUse model{trace.model, QString(), QString(), Api::Chat, 1, false};
                    const QString endpoint = trace.endpoint;
                    trace = maker.rejected(profile, model, trace.time.toMSecsSinceEpoch(), 402);
                    trace.endpoint = endpoint;
                }
                running += trace.cost.value_or(Common::Money());
            }
        } else if (profile.capTarget > 0) {
            const Common::Money spent = spend.value(profile.id);
            cap = niceCeiling(Common::Money::fromNanos(qint64(double(spent.nanos()) / profile.capTarget)));
        }
        auto key = store.findKeyById(profile.id);
        if (!key)
            return Common::makeError(Common::Error::Code::Storage, QStringLiteral("demo key %1 vanished").arg(profile.name));
        key->maxSpend = cap;
        const QDateTime quietAt = QDateTime::fromMSecsSinceEpoch(nowMs - profile.quietDaysAgo * MsPerDay, Qt::UTC);
        if (profile.fate == Fate::Revoked) {
            key->status = Keys::KeyStatus::Revoked;
            key->revokedAt = quietAt;
        } else if (profile.fate == Fate::Expired) {
            key->expiresAt = quietAt;
        }
        if (auto updated = store.updateKey(*key); !updated)
            return updated.error();
    }

    // The wallet: three top-ups, each made before the money it covers was spent, about a fifth left now.
    Common::Money total;
    for (const Ledger::TraceRecord &trace : std::as_const(traces)) {
        total += trace.cost.value_or(Common::Money());
        if (!trace.cost)
            ++summary.unpricedTraces;
    }
    const auto spentBefore = [&traces](qint64 untilMs) {
        Common::Money sum;
        for (const Ledger::TraceRecord &trace : traces) {
            if (trace.time.toMSecsSinceEpoch() >= untilMs)
                break;
            sum += trace.cost.value_or(Common::Money());
        }
        return sum;
    };
    const Common::Money first = niceCeiling(Common::Money::fromNanos(spentBefore(startMs + 40 * MsPerDay).nanos() * 11 / 10));
    const Common::Money second =
        niceCeiling(Common::Money::fromNanos(std::max<qint64>(0, spentBefore(startMs + 75 * MsPerDay).nanos() * 11 / 10 - first.nanos())));
    const Common::Money third =
        niceCeiling(Common::Money::fromNanos(std::max<qint64>(0, total.nanos() * 125 / 100 - first.nanos() - second.nanos())));
    const QList<std::pair<qint64, Common::Money>> topUps{{startMs - MsPerDay, first}, {startMs + 35 * MsPerDay, second},
                                                         {startMs + 70 * MsPerDay, third}};
    for (const auto &[timeMs, amount] : topUps) {
        Ledger::CreditEntry entry;
        entry.time = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
        entry.kind = Ledger::CreditEntryKind::TopUp;
        entry.amount = amount;
        entry.note = QStringLiteral("Team budget top-up");
        if (auto id = store.addCreditEntry(entry); !id)
            return id.error();
        summary.credit += amount;
    }

    for (qsizetype offset = 0; offset < traces.size(); offset += InsertBatch) {
        if (auto inserted = store.insertTraces(traces.mid(offset, InsertBatch)); !inserted)
            return inserted.error();
        if (auto rolled = store.rollUp(); !rolled) // as the gateway's writer does, so reports read rollups
            return rolled.error();
    }
    summary.traces = traces.size();
    summary.cost = Common::Money();
    for (const Ledger::TraceRecord &trace : std::as_const(traces))
        summary.cost += trace.cost.value_or(Common::Money());
    return summary;
}

} // namespace Demo
