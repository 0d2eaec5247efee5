#pragma once

#include "core/common/result.h"
#include "tests/bench/samples.h"

#include <QString>

namespace Bench {

/** The ledger's side of the benchmark: durable write rate, and a large generated ledger. */
class LedgerBench final
{
public:
    struct WriterResult
    {
        qint64 committed = 0;
        double seconds = 0;
        qint64 transactions = 0;
        qint64 largestBatch = 0;
        double writesPerSecond() const { return seconds > 0 ? double(committed) / seconds : 0; }
    };

    /** Submits `count` traces to a real Ledger::LedgerWriter at once and waits until every one is durable. */
    static Common::Result<WriterResult> writerThroughput(const QString &ledgerPath, int count);

    /**
     * Submits `count` traces in groups of `groupSize`, each group after the previous one was reported
     * durable. Groups of one are what a lone client's answer waits for (the hand-over to the writer
     * thread, the commit, the report back); groups of ~20 are what one gateway loop turn hands over at
     * 64 connections. Nanoseconds per group.
     */
    static Common::Result<Samples> writerRoundTrips(const QString &ledgerPath, int count, int groupSize);

    struct GenerateResult
    {
        double seconds = 0;
        qint64 fileBytes = 0;  // ledger + WAL after a truncating checkpoint
    };

    /**
     * Writes `count` traces spread over the last 120 days (10 keys, 8 models) straight through
     * SqliteLedgerStore::insertTraces in large batches, with synchronous=OFF while generating.
     */
    static Common::Result<GenerateResult> generate(const QString &ledgerPath, qint64 count);

    struct QueryTimes
    {
        double perDayPerKey90dFirst = 0;   // seconds, first run after opening
        double perDayPerKey90dMedian = 0;  // median of 5 runs
        double perModel30dFirst = 0;
        double perModel30dMedian = 0;
        double perKeyLifetimeFirst = 0;    // the caps chart: every key's spend since it was made
        double perKeyLifetimeMedian = 0;
        double creditFirst = 0;            // the credit tile: spend since the first top-up
        double creditMedian = 0;
        double firstPageFirst = 0;
        double firstPageMedian = 0;
        qint64 dayKeyRows = 0;
        qint64 modelRows = 0;
    };

    /** The queries an Overview page runs, through a read-only LedgerStore. */
    static Common::Result<QueryTimes> overviewQueries(const QString &ledgerPath);
};

} // namespace Bench
