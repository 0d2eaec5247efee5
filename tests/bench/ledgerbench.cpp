#include "tests/bench/ledgerbench.h"

#include "core/ledger/ledgerwriter.h"
#include "core/ledger/sqliteledgerstore.h"
#include "tests/bench/samples.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace Bench {

namespace {

constexpr qint64 MsPerDay = 24LL * 3600 * 1000;

struct ModelShape
{
    QString model;
    QString provider;
    QString endpoint;
};

const QList<ModelShape> &models()
{
    static const QList<ModelShape> list = {
        {QStringLiteral("gpt-4o-mini"), QStringLiteral("openai"), QStringLiteral("/v1/chat/completions")},
        {QStringLiteral("gpt-4o"), QStringLiteral("openai"), QStringLiteral("/v1/chat/completions")},
        {QStringLiteral("gpt-4.1"), QStringLiteral("openai"), QStringLiteral("/v1/responses")},
        {QStringLiteral("o3-mini"), QStringLiteral("openai"), QStringLiteral("/v1/chat/completions")},
        {QStringLiteral("text-embedding-3-small"), QStringLiteral("openai"), QStringLiteral("/v1/embeddings")},
        {QStringLiteral("claude-sonnet-4-20250514"), QStringLiteral("anthropic"), QStringLiteral("/v1/messages")},
        {QStringLiteral("claude-3-5-haiku-20241022"), QStringLiteral("anthropic"), QStringLiteral("/v1/messages")},
        {QStringLiteral("claude-opus-4-20250514"), QStringLiteral("anthropic"), QStringLiteral("/v1/messages")},
    };
    return list;
}

// A plausible trace: mostly small, successful, priced chat calls.
Ledger::TraceRecord makeTrace(QRandomGenerator &random, qint64 timeMs, qint64 keyId, const ModelShape &shape)
{
    static const QString ok = QStringLiteral("ok");
    Ledger::TraceRecord trace;
    trace.time = QDateTime::fromMSecsSinceEpoch(timeMs, QTimeZone::utc());
    trace.keyId = keyId;
    trace.model = shape.model;
    trace.servedModel = shape.model;
    trace.provider = shape.provider;
    trace.endpoint = shape.endpoint;
    trace.stream = random.bounded(2) == 1;
    trace.status = 200;
    trace.outcome = ok;
    trace.usage.inputTokens = random.bounded(50, 4000);
    trace.usage.cachedInputTokens = random.bounded(4) == 0 ? trace.usage.inputTokens / 2 : 0;
    trace.usage.outputTokens = random.bounded(1, 1500);
    trace.cost = Common::Money::fromNanos(trace.usage.inputTokens * 150 + trace.usage.outputTokens * 600);
    trace.costStatus = Ledger::CostStatus::Exact;
    trace.latencyMs = random.bounded(200, 20'000);
    if (trace.stream)
        trace.ttftMs = random.bounded(100, 2000);
    trace.attempts = 1;
    return trace;
}

double secondsSince(qint64 startNs)
{
    return double(nowNs() - startNs) / 1e9;
}

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

} // namespace

Common::Result<LedgerBench::WriterResult> LedgerBench::writerThroughput(const QString &ledgerPath, int count)
{
    auto writer = Ledger::LedgerWriter::start(ledgerPath);
    if (!writer)
        return writer.error();
    QRandomGenerator random(7);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const ModelShape &shape = models().first();

    QEventLoop loop;
    QObject context; // done() is queued to this thread through it
    WriterResult result;
    qint64 reported = 0;
    const qint64 start = nowNs();
    for (int i = 0; i < count; ++i) {
        // keyId 0: no key row needed; the writer's cost is the same.
        writer.value()->submit(makeTrace(random, now + i, 0, shape), &context, [&](bool committed, qint64) {
            result.committed += committed ? 1 : 0;
            if (++reported == count)
                loop.quit();
        });
    }
    loop.exec();
    result.seconds = secondsSince(start);
    result.transactions = writer.value()->batchesWritten();
    result.largestBatch = writer.value()->largestBatch();
    writer.value()->stop();
    return result;
}

Common::Result<Samples> LedgerBench::writerRoundTrips(const QString &ledgerPath, int count, int groupSize)
{
    auto writer = Ledger::LedgerWriter::start(ledgerPath);
    if (!writer)
        return writer.error();
    QRandomGenerator random(11);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const ModelShape &shape = models().first();
    QEventLoop loop;
    QObject context;
    Samples roundTrips;
    for (int sent = 0; sent < count; sent += groupSize) {
        std::vector<Ledger::TraceSink::Pending> group;
        int waiting = groupSize;
        qint64 start = 0;
        for (int i = 0; i < groupSize; ++i) {
            group.push_back({makeTrace(random, now + sent + i, 0, shape), &context, [&](bool, qint64) {
                                 if (--waiting == 0) {
                                     roundTrips.add(nowNs() - start);
                                     loop.quit();
                                 }
                             }});
        }
        start = nowNs();
        writer.value()->submitAll(std::move(group));
        loop.exec();
    }
    writer.value()->stop();
    return roundTrips;
}

Common::Result<LedgerBench::GenerateResult> LedgerBench::generate(const QString &ledgerPath, qint64 count)
{
    const QString connection = QStringLiteral("bench-generate");
    GenerateResult result;
    {
        auto opened = Ledger::SqliteLedgerStore::open(ledgerPath, connection, Ledger::LedgerStore::Access::ReadWrite);
        if (!opened)
            return opened.error();
        Ledger::SqliteLedgerStore &store = *opened.value();
        // A generated file needs no crash safety while it is being made; the real settings are back on reopen.
        QSqlQuery pragma(QSqlDatabase::database(connection, false));
        pragma.exec(QStringLiteral("PRAGMA synchronous = OFF"));
        pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
        pragma.finish();

        constexpr int KeyCount = 10;
        QList<qint64> keyIds;
        const QDateTime created = QDateTime::currentDateTimeUtc().addDays(-200);
        for (int k = 0; k < KeyCount; ++k) {
            Keys::KeyRecord key;
            key.name = QStringLiteral("bench-key-%1").arg(k, 2, 10, QLatin1Char('0'));
            key.prefix = QStringLiteral("sk-tg-bench%1").arg(k);
            key.secretHash = QCryptographicHash::hash(key.name.toUtf8(), QCryptographicHash::Sha256).toHex();
            key.createdAt = created;
            auto id = store.insertKey(key);
            if (!id)
                return id.error();
            keyIds.append(id.value());
        }

        // A wallet topped up before the first trace, so the credit tile sums the whole period.
        Ledger::CreditEntry topUp;
        topUp.time = created;
        topUp.amount = Common::Money::fromNanos(1'000'000LL * 1'000'000'000LL);
        topUp.note = QStringLiteral("bench");
        if (auto added = store.addCreditEntry(topUp); !added)
            return added.error();

        const qint64 start = nowNs();
        QRandomGenerator random(42);
        const qint64 end = QDateTime::currentMSecsSinceEpoch();
        const qint64 begin = end - 120 * MsPerDay;
        const double step = double(end - begin) / double(count);
        constexpr qint64 Batch = 100'000;
        QList<Ledger::TraceRecord> batch;
        batch.reserve(Batch);
        const QList<ModelShape> &shapes = models();
        for (qint64 i = 0; i < count; ++i) {
            const int key = int(random.bounded(KeyCount));
            // Each key mostly uses three models of its own, as teams do.
            const auto &shape = shapes.at((key + int(random.bounded(3))) % shapes.size());
            batch.append(makeTrace(random, begin + qint64(double(i) * step), keyIds.at(key), shape));
            if (batch.size() == Batch || i + 1 == count) {
                auto inserted = store.insertTraces(batch);
                if (!inserted)
                    return inserted.error();
                if (auto rolled = store.rollUp(); !rolled) // what the gateway's writer does every 200 ms
                    return rolled.error();
                batch.clear();
            }
        }
        pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        pragma.finish();
        result.seconds = secondsSince(start);
    }
    result.fileBytes = fileSize(ledgerPath) + fileSize(ledgerPath + QStringLiteral("-wal"));
    return result;
}

Common::Result<LedgerBench::QueryTimes> LedgerBench::overviewQueries(const QString &ledgerPath)
{
    auto opened = Ledger::SqliteLedgerStore::open(ledgerPath, QStringLiteral("bench-overview"),
                                                  Ledger::LedgerStore::Access::ReadOnly);
    if (!opened)
        return opened.error();
    Ledger::SqliteLedgerStore &store = *opened.value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QueryTimes times;

    // Runs a query five times: the first run (after opening) and the median.
    const auto time = [](const std::function<void()> &query, double &first, double &median) {
        std::vector<double> runs;
        for (int i = 0; i < 5; ++i) {
            const qint64 start = nowNs();
            query();
            runs.push_back(secondsSince(start));
        }
        first = runs.front();
        std::sort(runs.begin(), runs.end());
        median = runs[runs.size() / 2];
    };

    time([&] {
        Ledger::ReportQuery query;
        query.since = now.addDays(-90);
        query.groupBy = {Ledger::ReportDimension::Day, Ledger::ReportDimension::Key};
        times.dayKeyRows = store.report(query).size();
    }, times.perDayPerKey90dFirst, times.perDayPerKey90dMedian);
    time([&] {
        Ledger::ReportQuery query;
        query.since = now.addDays(-30);
        query.groupBy = {Ledger::ReportDimension::Model};
        times.modelRows = store.report(query).size();
    }, times.perModel30dFirst, times.perModel30dMedian);
    time([&] {
        Ledger::ReportQuery query;
        query.groupBy = {Ledger::ReportDimension::Key};
        store.report(query);
    }, times.perKeyLifetimeFirst, times.perKeyLifetimeMedian);
    time([&] { store.creditStatus(); }, times.creditFirst, times.creditMedian);
    time([&] {
        Ledger::TraceQuery query;
        query.limit = 100;
        store.queryTraces(query);
    }, times.firstPageFirst, times.firstPageMedian);
    return times;
}

} // namespace Bench
