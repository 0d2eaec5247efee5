// Helper for tst_ledgerwriter's durability test: writes traces forever and prints the id of every
// trace whose commit was reported, until the test kills it with SIGKILL. Every printed id must then
// be in the ledger. Usage: ledgerwriter_crashchild <ledger path>

#include "core/ledger/ledgerwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>

namespace {

// Enough traces in flight for the writer to form real batches, as under gateway load.
constexpr int InFlight = 64;

Ledger::TraceRecord makeTrace(qint64 serial)
{
    Ledger::TraceRecord trace;
    // Spread over many hours so that the rollup gets both new rows and updates.
    trace.time = QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC).addSecs(serial * 60);
    trace.model = QStringLiteral("gpt-crash");
    trace.servedModel = trace.model;
    trace.provider = QStringLiteral("openai");
    trace.endpoint = QStringLiteral("/v1/chat/completions");
    trace.status = 200;
    trace.outcome = QStringLiteral("ok");
    trace.usage.inputTokens = 100 + serial % 50;
    trace.usage.outputTokens = 10 + serial % 7;
    trace.cost = Common::Money::fromNanos(1'000 + serial % 997);
    return trace;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fputs("usage: ledgerwriter_crashchild <ledger path>\n", stderr);
        return 2;
    }
    QObject context; // declared before the writer, so it outlives the writer's final drain
    Common::Result<std::unique_ptr<Ledger::LedgerWriter>> started = Ledger::LedgerWriter::start(arguments.at(1));
    if (!started) {
        std::fprintf(stderr, "cannot start the writer: %s\n", qPrintable(started.error().message));
        return 1;
    }
    Ledger::LedgerWriter &writer = *started.value();

    qint64 serial = 0;
    std::function<void()> submitNext;
    submitNext = [&] {
        writer.submit(makeTrace(serial++), &context, [&](bool committed, qint64 traceId) {
            if (!committed) {
                std::fputs("a trace failed to commit\n", stderr);
                QCoreApplication::exit(1);
                return;
            }
            // One write() per line, flushed now: what the test reads was reported before the kill.
            std::printf("%" PRId64 "\n", static_cast<std::int64_t>(traceId));
            std::fflush(stdout);
            submitNext();
        });
    };
    for (int i = 0; i < InFlight; ++i)
        submitNext();
    return QCoreApplication::exec();
}
