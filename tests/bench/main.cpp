// tollgate-bench: measures what Tollgate costs on top of a provider while it meters, caps and books
// every call. It starts its own fake provider (in process, on its own threads) and real `tollgate serve`
// processes on a temporary data directory, and compares each case direct-to-provider and through
// Tollgate, alternating rounds so that drift hits both alike. Not part of ctest: run it by hand.

#include "core/gateway/epolleventdispatcher.h"
#include "core/settings/datadirectory.h"
#include "tests/bench/fakeproviderthread.h"
#include "tests/bench/ledgerbench.h"
#include "tests/bench/loadgenerator.h"
#include "tests/bench/procstats.h"
#include "tests/bench/resulttable.h"
#include "tests/bench/tollgateprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace {

const QByteArray UpstreamKey = "sk-bench-upstream";
constexpr int HoldProviders = 4; // each fake provider accepts 256 connections; 1,000 streams need four

struct Options
{
    qint64 traces = 10'000'000;
    int rounds = 3;
    int roundMs = 1500;
    int streams = 1000;
    int holdSeconds = 5;
    int writerTraces = 100'000;
    QString jsonPath;
    QString workDir;
};

void say(const QString &text)
{
    std::fprintf(stderr, "[bench] %s\n", qPrintable(text));
    std::fflush(stderr);
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

/**
 * A chat request; `promptBytes` > 0 makes its conversation about that long (an agent's context),
 * in turns of a sentence each.
 */
QByteArray chatRequest(quint16 port, const QByteArray &bearer, const QByteArray &model, bool stream,
                       const QByteArray &extraHeaders = {}, qsizetype promptBytes = 0)
{
    QByteArray messages = "{\"role\":\"user\",\"content\":\"Say hello to the benchmark, twenty tokens please.\"}";
    for (int turn = 0; messages.size() < promptBytes; ++turn) {
        messages += ",{\"role\":\"" + QByteArray(turn % 2 ? "user" : "assistant") + "\",\"content\":\"Turn "
                    + QByteArray::number(turn) + ": the \\\"quick\\\" brown fox jumps over the lazy dog, caf\\u00e9 and all.\"}";
    }
    const QByteArray body = "{\"model\":\"" + model + "\",\"messages\":[" + messages + "],\"max_tokens\":20"
                            + (stream ? QByteArray(",\"stream\":true,\"stream_options\":{\"include_usage\":true}") : QByteArray())
                            + "}";
    return "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
           + "\r\nAuthorization: Bearer " + bearer + "\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

void raiseFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit); // children (tollgate serve) inherit it
    }
}

bool cli(const QString &dataDir, const QStringList &arguments, QByteArray *output = nullptr)
{
    const auto result = Bench::TollgateProcess::runCli(dataDir, arguments);
    if (result.exitCode != 0) {
        say(QStringLiteral("tollgate %1 failed: %2").arg(arguments.join(u' '), QString::fromUtf8(result.errorOutput)));
        return false;
    }
    if (output)
        *output = result.output;
    return true;
}

/** Keeps the event loop turning for a while (so sockets are served) without busy waiting. */
void waitMs(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

/** Per-percentile rows of one latency comparison. */
void addLatencyRows(Bench::ResultTable &table, const QString &section, Bench::Samples &direct, Bench::Samples &through,
                    const std::map<double, double> &addedTargetsMs)
{
    for (const double p : {50.0, 90.0, 99.0}) {
        const QString name = QStringLiteral("p%1").arg(p, 0, 'f', 0);
        const qint64 d = direct.percentile(p);
        const qint64 t = through.percentile(p);
        table.add(section, name + QStringLiteral(" direct"), ms(d), QStringLiteral("ms"));
        table.add(section, name + QStringLiteral(" through"), ms(t), QStringLiteral("ms"));
        const auto target = addedTargetsMs.find(p);
        if (target != addedTargetsMs.end())
            table.addTarget(section, name + QStringLiteral(" added"), ms(t - d), QStringLiteral("ms"), target->second, true);
        else
            table.add(section, name + QStringLiteral(" added"), ms(t - d), QStringLiteral("ms"));
    }
}

struct Stack
{
    QString dataDir;
    std::unique_ptr<Bench::FakeProviderThread> fake;
    std::vector<std::unique_ptr<Bench::FakeProviderThread>> holdFakes;
    QByteArray clientKey;
    Bench::TollgateProcess ledgerOn;
    Bench::TollgateProcess ledgerOff;
};

bool startStack(Stack &stack, const Options &options)
{
    stack.fake = std::make_unique<Bench::FakeProviderThread>(UpstreamKey);
    if (stack.fake->port() == 0)
        return false;
    const auto baseUrl = [](quint16 port) { return QStringLiteral("http://127.0.0.1:%1/v1").arg(port); };
    if (!cli(stack.dataDir, {QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("fake-openai"),
                             QStringLiteral("--type"), QStringLiteral("openai"), QStringLiteral("--base-url"),
                             baseUrl(stack.fake->port()), QStringLiteral("--api-key"), QString::fromLatin1(UpstreamKey),
                             QStringLiteral("--models"), QStringLiteral("gpt-4o-mini")}))
        return false;
    for (int i = 0; i < HoldProviders; ++i) {
        stack.holdFakes.push_back(std::make_unique<Bench::FakeProviderThread>(UpstreamKey));
        if (!cli(stack.dataDir, {QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("fake-hold-%1").arg(i),
                                 QStringLiteral("--type"), QStringLiteral("openai"), QStringLiteral("--base-url"),
                                 baseUrl(stack.holdFakes.back()->port()), QStringLiteral("--api-key"),
                                 QString::fromLatin1(UpstreamKey), QStringLiteral("--models"),
                                 QStringLiteral("hold-%1").arg(i)}))
            return false;
    }
    // Caps on, as a capped user's gateway runs: the key has a spend cap, a request rate limit and a tokens-per-
    // minute limit, and the credit limit is on, each far above what a run spends so that none refuses. Every
    // request is then admitted against all four (its worst case reserved, settled after), and only priced
    // models may be served, so the hold providers' models get a price. Runs before 2026-11-28's evening
    // measured a key without limits and with credit off.
    for (int i = 0; i < HoldProviders; ++i) {
        if (!cli(stack.dataDir, {QStringLiteral("prices"), QStringLiteral("set"), QStringLiteral("hold-%1").arg(i),
                                 QStringLiteral("--input"), QStringLiteral("0.15"), QStringLiteral("--output"), QStringLiteral("0.6")}))
            return false;
    }
    if (!cli(stack.dataDir, {QStringLiteral("credit"), QStringLiteral("add"), QStringLiteral("1000000000")}))
        return false;
    QByteArray created;
    if (!cli(stack.dataDir, {QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("bench"), QStringLiteral("--max-spend"),
                             QStringLiteral("1000000"), QStringLiteral("--rate-limit"), QStringLiteral("1000000/s"),
                             QStringLiteral("--tpm"), QStringLiteral("1000000000"), QStringLiteral("--json")},
             &created))
        return false;
    stack.clientKey = QJsonDocument::fromJson(created).object().value(QStringLiteral("secret")).toString().toLatin1();
    if (stack.clientKey.isEmpty())
        return false;
    // Both gateways read the same configuration; one books into the ledger, one discards (ledger off).
    const QString maxConnections = QStringLiteral("--max-connections=%1").arg(options.streams + 200);
    if (!stack.ledgerOn.startServe(stack.dataDir, {maxConnections})) {
        say(stack.ledgerOn.errorString());
        return false;
    }
    if (!stack.ledgerOff.startServe(stack.dataDir, {maxConnections, QStringLiteral("--discard-traces")})) {
        say(stack.ledgerOff.errorString());
        return false;
    }
    return true;
}

/** Runs `plan` and adds the CPU seconds process `pid` spent meanwhile to `cpuSeconds`. */
Bench::LoadResult runCountingCpu(const Bench::LoadGenerator::Plan &plan, qint64 pid, double &cpuSeconds)
{
    const double before = Bench::ProcStats::cpuSeconds(pid);
    Bench::LoadResult result = Bench::LoadGenerator::run(plan);
    cpuSeconds += Bench::ProcStats::cpuSeconds(pid) - before;
    return result;
}

/**
 * Where the CPU went while one gateway served runs: its threads (on a core, and ready but waiting for
 * one), this process (the load generator and the fake provider) and nobody (the machine idle). Says
 * whether a case ran out of cores, and which thread went without one.
 */
struct CpuAccount
{
    double gatewaySeconds = 0;
    double harnessSeconds = 0;
    double idleSeconds = 0;
    QMap<QString, Bench::ThreadTimes> gatewayThreads; // "name/tid"

    Bench::LoadResult run(const Bench::LoadGenerator::Plan &plan, qint64 gatewayPid)
    {
        const QMap<QString, Bench::ThreadTimes> threadsBefore = Bench::ProcStats::threadTimes(gatewayPid);
        const double idleBefore = Bench::ProcStats::machineIdleSeconds();
        const double harnessBefore = Bench::ProcStats::cpuSeconds(::getpid());
        Bench::LoadResult result = runCountingCpu(plan, gatewayPid, gatewaySeconds);
        harnessSeconds += Bench::ProcStats::cpuSeconds(::getpid()) - harnessBefore;
        idleSeconds += Bench::ProcStats::machineIdleSeconds() - idleBefore;
        const QMap<QString, Bench::ThreadTimes> threadsAfter = Bench::ProcStats::threadTimes(gatewayPid);
        for (auto it = threadsAfter.cbegin(); it != threadsAfter.cend(); ++it) {
            const Bench::ThreadTimes before = threadsBefore.value(it.key());
            Bench::ThreadTimes &sum = gatewayThreads[it.key()];
            sum.runningSeconds += it.value().runningSeconds - before.runningSeconds;
            sum.waitingSeconds += it.value().waitingSeconds - before.waitingSeconds;
        }
        return result;
    }

    /** Rows for the busy threads (idle helpers are noise), as shares of `wallSeconds`. */
    void addThreadRows(Bench::ResultTable &table, const QString &section, const QString &prefix, double wallSeconds) const
    {
        for (auto it = gatewayThreads.cbegin(); it != gatewayThreads.cend(); ++it) {
            if (it.value().runningSeconds * 100.0 / wallSeconds < 2.0)
                continue;
            const QString thread = prefix + QStringLiteral("  thread ") + it.key();
            table.add(section, thread, 100.0 * it.value().runningSeconds / wallSeconds, QStringLiteral("% core"));
            table.add(section, thread + QStringLiteral(" ready, no core"), 100.0 * it.value().waitingSeconds / wallSeconds,
                      QStringLiteral("% time"));
        }
    }
};

/**
 * Microseconds of CPU per request. The warm-up runs at the same load, so the CPU of the whole
 * `wallSeconds` is divided by the requests that time would have held at the measured rate.
 */
double cpuPerRequestUs(double cpuSeconds, const Bench::LoadResult &result, double wallSeconds)
{
    const double requests = result.requestsPerSecond() * wallSeconds;
    return requests > 0 ? cpuSeconds * 1e6 / requests : 0.0;
}

/**
 * The rounds of a case that compares the provider with the ledger-on gateway: each round runs `plan`
 * straight to the provider, then through the gateway, counting the gateway's CPU and the wall time
 * of its runs (warm-up included, as cpuPerRequestUs() expects).
 */
struct DirectAndThrough
{
    Bench::LoadResult direct;
    Bench::LoadResult through;
    double gatewayCpu = 0;
    double wallSeconds = 0;
    int roundsRun = 0;

    /** `request` makes the request for a port and a bearer key. Odd rounds go through the gateway first. */
    void runRound(const Stack &stack, Bench::LoadGenerator::Plan plan,
                  const std::function<QByteArray(quint16 port, const QByteArray &bearer)> &request)
    {
        const auto runDirect = [&] {
            plan.port = stack.fake->port();
            plan.request = request(plan.port, UpstreamKey);
            direct.add(Bench::LoadGenerator::run(plan));
        };
        const auto runThrough = [&] {
            plan.port = stack.ledgerOn.port();
            plan.request = request(plan.port, stack.clientKey);
            through.add(runCountingCpu(plan, stack.ledgerOn.pid(), gatewayCpu));
        };
        if (roundsRun++ % 2 == 0) {
            runDirect();
            runThrough();
        } else {
            runThrough();
            runDirect();
        }
        wallSeconds += double(plan.warmupMs + plan.durationMs) / 1000.0;
    }
};

// Case 1 and the gateway half of case 4: closed-loop non-streaming chat, alternating targets per round.
void benchNonStreaming(Bench::ResultTable &table, Stack &stack, const Options &options)
{
    for (const int connections : {1, 64}) {
        const QString section = QStringLiteral("chat %1 conn").arg(connections);
        say(QStringLiteral("non-streaming chat, %1 connection(s)").arg(connections));
        Bench::LoadResult direct;
        Bench::LoadResult through;
        Bench::LoadResult throughOff;
        double throughWallSeconds = 0;
        std::vector<double> roundRatios; // ledger on / off per round: how much of the pooled ratio is drift
        CpuAccount cpuOn;
        CpuAccount cpuOff;
        for (int round = 0; round < options.rounds; ++round) {
            Bench::LoadGenerator::Plan plan;
            plan.connections = connections;
            plan.durationMs = options.roundMs;
            Bench::LoadResult on;
            Bench::LoadResult off;
            const auto runDirect = [&] {
                plan.port = stack.fake->port();
                plan.request = chatRequest(plan.port, UpstreamKey, "gpt-4o-mini", false);
                direct.add(Bench::LoadGenerator::run(plan));
            };
            const auto runOn = [&] {
                plan.port = stack.ledgerOn.port();
                plan.request = chatRequest(plan.port, stack.clientKey, "gpt-4o-mini", false);
                on = cpuOn.run(plan, stack.ledgerOn.pid());
            };
            const auto runOff = [&] {
                plan.port = stack.ledgerOff.port();
                plan.request = chatRequest(plan.port, stack.clientKey, "gpt-4o-mini", false);
                off = cpuOff.run(plan, stack.ledgerOff.pid());
            };
            // Direct, on, off in even rounds and the reverse in odd ones: a run that follows another
            // (its sockets, caches, this VM's spells) is not always the same one.
            if (round % 2 == 0) {
                runDirect();
                runOn();
                runOff();
            } else {
                runOff();
                runOn();
                runDirect();
            }
            throughWallSeconds += double(plan.warmupMs + plan.durationMs) / 1000.0;
            through.add(on);
            throughOff.add(off);
            if (off.requestsPerSecond() > 0)
                roundRatios.push_back(on.requestsPerSecond() / off.requestsPerSecond());
        }
        table.add(section, QStringLiteral("direct req/s"), direct.requestsPerSecond(), QStringLiteral("req/s"));
        table.add(section, QStringLiteral("through req/s"), through.requestsPerSecond(), QStringLiteral("req/s"));
        if (connections == 64) {
            table.addTarget(section, QStringLiteral("through/direct"), through.requestsPerSecond() / direct.requestsPerSecond(),
                            QStringLiteral("ratio"), 0.25, false);
        } else {
            table.add(section, QStringLiteral("through/direct"), through.requestsPerSecond() / direct.requestsPerSecond(),
                      QStringLiteral("ratio"));
        }
        table.add(section, QStringLiteral("gateway CPU"), 100.0 * cpuOn.gatewaySeconds / throughWallSeconds, QStringLiteral("% core"));
        cpuOn.addThreadRows(table, section, QString(), throughWallSeconds);
        table.add(section, QStringLiteral("errors"), double(direct.failed + through.failed + throughOff.failed),
                  QStringLiteral("count"));
        std::map<double, double> targets;
        if (connections == 1)
            targets = {{50.0, 0.25}, {99.0, 0.5}};
        else
            targets = {{99.0, 2.0}};
        addLatencyRows(table, section, direct.latencyNs, through.latencyNs, targets);
        const QString ledgerSection = QStringLiteral("ledger on/off %1c").arg(connections);
        table.add(ledgerSection, QStringLiteral("ledger off req/s"), throughOff.requestsPerSecond(), QStringLiteral("req/s"));
        table.add(ledgerSection, QStringLiteral("gateway CPU/request on"), cpuPerRequestUs(cpuOn.gatewaySeconds, through, throughWallSeconds),
                  QStringLiteral("us"));
        table.add(ledgerSection, QStringLiteral("gateway CPU/request off"), cpuPerRequestUs(cpuOff.gatewaySeconds, throughOff, throughWallSeconds),
                  QStringLiteral("us"));
        table.add(ledgerSection, QStringLiteral("harness CPU/request on"), cpuPerRequestUs(cpuOn.harnessSeconds, through, throughWallSeconds),
                  QStringLiteral("us"));
        table.add(ledgerSection, QStringLiteral("harness CPU/request off"), cpuPerRequestUs(cpuOff.harnessSeconds, throughOff, throughWallSeconds),
                  QStringLiteral("us"));
        table.add(ledgerSection, QStringLiteral("machine idle on"), 100.0 * cpuOn.idleSeconds / throughWallSeconds, QStringLiteral("% core"));
        table.add(ledgerSection, QStringLiteral("machine idle off"), 100.0 * cpuOff.idleSeconds / throughWallSeconds, QStringLiteral("% core"));
        cpuOff.addThreadRows(table, ledgerSection, QStringLiteral("off"), throughWallSeconds);
        table.add(ledgerSection, QStringLiteral("ledger off p50 added"),
                  ms(throughOff.latencyNs.percentile(50) - direct.latencyNs.percentile(50)), QStringLiteral("ms"));
        table.add(ledgerSection, QStringLiteral("ledger off p99 added"),
                  ms(throughOff.latencyNs.percentile(99) - direct.latencyNs.percentile(99)), QStringLiteral("ms"));
        if (connections == 64)
            table.addTarget(ledgerSection, QStringLiteral("on/off ratio"), through.requestsPerSecond() / throughOff.requestsPerSecond(),
                            QStringLiteral("ratio"), 0.9, false);
        if (!roundRatios.empty()) {
            const auto [lowest, highest] = std::minmax_element(roundRatios.cbegin(), roundRatios.cend());
            table.add(ledgerSection, QStringLiteral("on/off lowest round"), *lowest, QStringLiteral("ratio"));
            table.add(ledgerSection, QStringLiteral("on/off highest round"), *highest, QStringLiteral("ratio"));
        }
        else
            table.add(ledgerSection, QStringLiteral("on/off ratio"), through.requestsPerSecond() / throughOff.requestsPerSecond(),
                      QStringLiteral("ratio"));
        if (connections == 64) {
            table.add(QStringLiteral("fake provider"), QStringLiteral("direct req/s 64c"), direct.requestsPerSecond(),
                      QStringLiteral("req/s"));
        }
    }
}

// Beyond the cases: a long prompt (100 KiB, an agent's context) at 1 connection. The gateway
// reads every request body for its model and output ceiling; this shows what that costs when the
// body is large. The fake provider reads it too, on both sides.
void benchLongPrompt(Bench::ResultTable &table, Stack &stack, const Options &options)
{
    constexpr qsizetype PromptBytes = 100 * 1024;
    const QString section = QStringLiteral("prompt 100 KiB");
    say(QStringLiteral("non-streaming chat with a 100 KiB prompt, 1 connection"));
    DirectAndThrough runs;
    Bench::LoadGenerator::Plan plan;
    plan.connections = 1;
    plan.durationMs = options.roundMs;
    for (int round = 0; round < options.rounds; ++round) {
        runs.runRound(stack, plan, [](quint16 port, const QByteArray &bearer) {
            return chatRequest(port, bearer, "gpt-4o-mini", false, {}, PromptBytes);
        });
    }
    Bench::LoadResult &direct = runs.direct; // percentiles sort the samples
    Bench::LoadResult &through = runs.through;
    const double gatewayCpu = runs.gatewayCpu;
    const double wallSeconds = runs.wallSeconds;
    table.add(section, QStringLiteral("request bytes"), double(chatRequest(0, stack.clientKey, "gpt-4o-mini", false, {}, PromptBytes).size()),
              QStringLiteral("bytes"));
    table.add(section, QStringLiteral("direct req/s"), direct.requestsPerSecond(), QStringLiteral("req/s"));
    table.add(section, QStringLiteral("through req/s"), through.requestsPerSecond(), QStringLiteral("req/s"));
    table.add(section, QStringLiteral("gateway CPU/request"), cpuPerRequestUs(gatewayCpu, through, wallSeconds), QStringLiteral("us"));
    table.add(section, QStringLiteral("errors"), double(direct.failed + through.failed), QStringLiteral("count"));
    addLatencyRows(table, section, direct.latencyNs, through.latencyNs, {});
}

// Case 1 below saturation: the same 64 connections offered a fixed rate. Closed-loop latency at
// saturation is mostly queueing (64 in flight / throughput); this shows what a request pays when the
// machine is not flat out.
void benchPaced(Bench::ResultTable &table, Stack &stack, const Options &options)
{
    constexpr double Rate = 5000;
    say(QStringLiteral("non-streaming chat, 64 connections paced at %1 req/s").arg(Rate));
    Bench::LoadResult direct;
    Bench::LoadResult through;
    Bench::LoadResult throughOff;
    // At a fixed rate the CPU a gateway spends per request is a steadier yardstick than saturated
    // throughput, which swings with whatever else the two cores run: it compares builds.
    double onCpu = 0;
    double offCpu = 0;
    double wallSeconds = 0;
    struct Target
    {
        quint16 port;
        QByteArray bearer;
        Bench::LoadResult *into;
        qint64 gatewayPid;  // -1 for the provider itself
        double *gatewayCpu; // where that gateway's CPU seconds add up
    };
    const std::array<Target, 3> targets{{{stack.fake->port(), UpstreamKey, &direct, -1, nullptr},
                                         {stack.ledgerOn.port(), stack.clientKey, &through, stack.ledgerOn.pid(), &onCpu},
                                         {stack.ledgerOff.port(), stack.clientKey, &throughOff, stack.ledgerOff.pid(), &offCpu}}};
    for (int round = 0; round < options.rounds; ++round) {
        Bench::LoadGenerator::Plan plan;
        plan.connections = 64;
        plan.durationMs = options.roundMs;
        plan.requestsPerSecond = Rate;
        // Reversed in odd rounds, as in the closed-loop case.
        for (int slot = 0; slot < int(targets.size()); ++slot) {
            const Target &target = targets[round % 2 == 0 ? slot : targets.size() - 1 - slot];
            plan.port = target.port;
            plan.request = chatRequest(target.port, target.bearer, "gpt-4o-mini", false);
            target.into->add(target.gatewayCpu ? runCountingCpu(plan, target.gatewayPid, *target.gatewayCpu)
                                               : Bench::LoadGenerator::run(plan));
        }
        wallSeconds += double(plan.warmupMs + plan.durationMs) / 1000.0;
    }
    const QString section = QStringLiteral("chat 64c @%1/s").arg(Rate, 0, 'f', 0);
    table.add(section, QStringLiteral("direct req/s"), direct.requestsPerSecond(), QStringLiteral("req/s"));
    table.add(section, QStringLiteral("through req/s"), through.requestsPerSecond(), QStringLiteral("req/s"));
    table.add(section, QStringLiteral("errors"), double(direct.failed + through.failed + throughOff.failed),
              QStringLiteral("count"));
    addLatencyRows(table, section, direct.latencyNs, through.latencyNs, {});
    table.add(section, QStringLiteral("ledger off p50 added"),
              ms(throughOff.latencyNs.percentile(50) - direct.latencyNs.percentile(50)), QStringLiteral("ms"));
    table.add(section, QStringLiteral("ledger off p99 added"),
              ms(throughOff.latencyNs.percentile(99) - direct.latencyNs.percentile(99)), QStringLiteral("ms"));
    if (through.requestsPerSecond() > 0 && throughOff.requestsPerSecond() > 0) {
        table.add(section, QStringLiteral("gateway CPU/request on"), cpuPerRequestUs(onCpu, through, wallSeconds),
                  QStringLiteral("us"));
        table.add(section, QStringLiteral("gateway CPU/request off"), cpuPerRequestUs(offCpu, throughOff, wallSeconds),
                  QStringLiteral("us"));
    }
}

// Case 2: a 20-chunk stream with 2 ms between chunks, one connection.
void benchStreaming(Bench::ResultTable &table, Stack &stack, const Options &options)
{
    say(QStringLiteral("streaming chat"));
    const QByteArray slow = "x-fake-behavior: slow-stream\r\nx-fake-delay-ms: 2\r\n";
    DirectAndThrough runs;
    Bench::LoadGenerator::Plan plan;
    plan.recordEvents = true;
    plan.durationMs = options.roundMs;
    for (int round = 0; round < options.rounds; ++round) {
        runs.runRound(stack, plan, [&slow](quint16 port, const QByteArray &bearer) {
            return chatRequest(port, bearer, "gpt-4o-mini", true, slow);
        });
    }
    Bench::LoadResult &direct = runs.direct; // percentiles sort the samples
    Bench::LoadResult &through = runs.through;
    const double gatewayCpu = runs.gatewayCpu;
    const double wallSeconds = runs.wallSeconds;
    const QString section = QStringLiteral("stream 20x2ms");
    table.add(section, QStringLiteral("streams direct"), double(direct.completed), QStringLiteral("count"));
    table.add(section, QStringLiteral("streams through"), double(through.completed), QStringLiteral("count"));
    table.add(section, QStringLiteral("errors"), double(direct.failed + through.failed), QStringLiteral("count"));
    const qint64 firstDirect = direct.firstEventNs.percentile(50);
    const qint64 firstThrough = through.firstEventNs.percentile(50);
    table.add(section, QStringLiteral("first chunk p50 direct"), ms(firstDirect), QStringLiteral("ms"));
    table.add(section, QStringLiteral("first chunk p50 through"), ms(firstThrough), QStringLiteral("ms"));
    table.addTarget(section, QStringLiteral("first chunk p50 added"), ms(firstThrough - firstDirect), QStringLiteral("ms"),
                    0.5, true);
    table.add(section, QStringLiteral("first chunk p99 added"),
              ms(through.firstEventNs.percentile(99) - direct.firstEventNs.percentile(99)), QStringLiteral("ms"));

    // Per-chunk delay as inter-arrival gaps relative to the first chunk: gap i = arrival(i) - arrival(i-1).
    // A relay that delays chunks unevenly widens the gap distribution; through-minus-direct per
    // percentile is what it adds. (Offsets against another stream's chunk accumulate the fake's timer
    // drift over the stream and drown the relay in noise, so gaps it is.) The last event is left out:
    // the gateway may hold a response's end until its trace is durable, which "stream total" shows.
    const auto gaps = [](const QList<QList<qint64>> &streams) {
        Bench::Samples out;
        for (const QList<qint64> &offsets : streams) {
            for (qsizetype i = 1; i + 1 < offsets.size(); ++i)
                out.add(offsets.at(i) - offsets.at(i - 1));
        }
        return out;
    };
    Bench::Samples directJitter = gaps(direct.eventOffsetsNs);
    Bench::Samples throughJitter = gaps(through.eventOffsetsNs);
    table.add(section, QStringLiteral("chunks measured"), double(throughJitter.count()), QStringLiteral("count"));
    table.add(section, QStringLiteral("chunk gap p50 direct"), ms(directJitter.percentile(50)), QStringLiteral("ms"));
    table.add(section, QStringLiteral("per-chunk p50 added"),
              ms(throughJitter.percentile(50) - directJitter.percentile(50)), QStringLiteral("ms"));
    table.addTarget(section, QStringLiteral("per-chunk p99 added"),
                    ms(throughJitter.percentile(99) - directJitter.percentile(99)), QStringLiteral("ms"), 0.5, true);
    table.add(section, QStringLiteral("chunk gap p99 direct"), ms(directJitter.percentile(99)), QStringLiteral("ms"));
    // The gateway's CPU per event the clients received (what relaying and metering a chunk costs, the
    // stream's own request and trace shared out over its events). As in cpuPerRequestUs, the CPU covers
    // the warm-up too, so the events are counted at the measured rate over the whole wall time.
    qint64 eventsThrough = 0;
    for (const QList<qint64> &offsets : through.eventOffsetsNs)
        eventsThrough += offsets.size();
    const double eventsPerStream = through.completed > 0 ? double(eventsThrough) / double(through.completed) : 0.0;
    const double streamsOverWallTime = through.requestsPerSecond() * wallSeconds;
    table.add(section, QStringLiteral("gateway CPU per chunk"),
              streamsOverWallTime > 0 && eventsPerStream > 0 ? gatewayCpu * 1e6 / (streamsOverWallTime * eventsPerStream) : 0.0,
              QStringLiteral("us"));
    table.add(section, QStringLiteral("stream total p50 direct"), ms(direct.latencyNs.percentile(50)), QStringLiteral("ms"));
    table.add(section, QStringLiteral("stream total p50 added"),
              ms(through.latencyNs.percentile(50) - direct.latencyNs.percentile(50)), QStringLiteral("ms"));
}

// Case 3: many slow streams held open through the gateway (ledger on).
void benchOpenStreams(Bench::ResultTable &table, Stack &stack, const Options &options)
{
    say(QStringLiteral("%1 open streams").arg(options.streams));
    const qint64 pid = stack.ledgerOn.pid();
    const QString section = QStringLiteral("%1 open streams").arg(options.streams);
    table.add(section, QStringLiteral("RSS before"), double(Bench::ProcStats::rssKb(pid)) / 1024.0, QStringLiteral("MiB"));
    QList<QByteArray> requests;
    // 20 chunks a second apart: every stream outlives the hold.
    const QByteArray slow = "x-fake-behavior: slow-stream\r\nx-fake-delay-ms: 1000\r\n";
    for (int i = 0; i < options.streams; ++i)
        requests.append(chatRequest(stack.ledgerOn.port(), stack.clientKey, "hold-" + QByteArray::number(i % HoldProviders),
                                    true, slow));
    double cpu = 0;
    qint64 rssKb = 0;
    const int held = Bench::LoadGenerator::holdOpen(stack.ledgerOn.port(), requests, 15'000, [&] {
        const double before = Bench::ProcStats::cpuSeconds(pid);
        waitMs(options.holdSeconds * 1000);
        cpu = Bench::ProcStats::cpuSeconds(pid) - before;
        rssKb = Bench::ProcStats::rssKb(pid);
    });
    table.add(section, QStringLiteral("streams open"), double(held), QStringLiteral("count"));
    table.addTarget(section, QStringLiteral("gateway RSS"), double(rssKb) / 1024.0, QStringLiteral("MiB"), 150, true);
    table.add(section, QStringLiteral("gateway CPU while held"), 100.0 * cpu / options.holdSeconds, QStringLiteral("% core"));
    waitMs(1000); // let the gateway book the abandoned streams before the next case
}

// Case 4, writer half: durable writes through the real LedgerWriter.
void benchWriter(Bench::ResultTable &table, const QString &workDir, const Options &options)
{
    say(QStringLiteral("ledger writer"));
    const auto result = Bench::LedgerBench::writerThroughput(workDir + QStringLiteral("/writer.sqlite"), options.writerTraces);
    if (!result) {
        say(result.error().message);
        return;
    }
    const QString section = QStringLiteral("ledger writer");
    table.add(section, QStringLiteral("traces"), double(result->committed), QStringLiteral("count"));
    table.addTarget(section, QStringLiteral("durable writes/s"), result->writesPerSecond(), QStringLiteral("writes/s"), 20'000, false);
    table.add(section, QStringLiteral("transactions"), double(result->transactions), QStringLiteral("count"));

    // One at a time: what a lone client waits for. Twenty at a time: what one gateway loop turn hands
    // over at 64 connections, where the writer's cost per trace is what the ledger costs throughput.
    for (const int groupSize : {1, 20}) {
        Common::Result<Bench::Samples> roundTrips = Bench::LedgerBench::writerRoundTrips(
            workDir + QStringLiteral("/writer-%1.sqlite").arg(groupSize), 5'000, groupSize);
        if (!roundTrips) {
            say(roundTrips.error().message);
            return;
        }
        const QString name = groupSize == 1 ? QStringLiteral("one trace at a time") : QStringLiteral("%1 at a time").arg(groupSize);
        Bench::Samples &samples = roundTrips.value();
        table.add(section, name + QStringLiteral(" p50"), double(samples.percentile(50)) / 1000.0, QStringLiteral("us"));
        table.add(section, name + QStringLiteral(" p99"), double(samples.percentile(99)) / 1000.0, QStringLiteral("us"));
        if (groupSize > 1) {
            table.add(section, name + QStringLiteral(", p50 per trace"), double(samples.percentile(50)) / 1000.0 / groupSize,
                      QStringLiteral("us"));
        }
    }
}

// Case 5: a big generated ledger and what reading it costs.
void benchBigLedger(Bench::ResultTable &table, const QString &workDir, const Options &options)
{
    const QString dataDir = workDir + QStringLiteral("/big");
    QDir().mkpath(dataDir);
    const QString ledgerPath = Settings::DataDirectory::ledgerPath(dataDir);
    const QString section = QStringLiteral("ledger %1M").arg(double(options.traces) / 1e6, 0, 'g', 3);
    // Any CLI command creates the ledger and seeds the bundled prices, as a real ledger has them.
    if (!cli(dataDir, {QStringLiteral("keys"), QStringLiteral("list")}))
        say(QStringLiteral("(could not seed the ledger; continuing)"));
    say(QStringLiteral("generating %1 traces").arg(options.traces));
    const auto generated = Bench::LedgerBench::generate(ledgerPath, options.traces);
    if (!generated) {
        say(generated.error().message);
        return;
    }
    table.add(section, QStringLiteral("generation time"), generated->seconds, QStringLiteral("s"));
    table.add(section, QStringLiteral("file size"), double(generated->fileBytes) / (1024.0 * 1024.0), QStringLiteral("MiB"));
    table.addTarget(section, QStringLiteral("bytes per trace"), double(generated->fileBytes) / double(options.traces),
                    QStringLiteral("bytes"), 250, true);

    say(QStringLiteral("report and overview queries"));
    const QStringList reportArgs{QStringLiteral("report"), QStringLiteral("--by"), QStringLiteral("key,model")};
    const auto firstReport = Bench::TollgateProcess::runCli(dataDir, reportArgs);
    const auto secondReport = Bench::TollgateProcess::runCli(dataDir, reportArgs);
    if (firstReport.exitCode != 0)
        say(QStringLiteral("report failed: %1").arg(QString::fromUtf8(firstReport.errorOutput)));
    table.add(section, QStringLiteral("report --by key,model (1st)"), firstReport.seconds * 1000, QStringLiteral("ms"));
    table.addTarget(section, QStringLiteral("report --by key,model"), secondReport.seconds * 1000, QStringLiteral("ms"), 1000, true);

    const auto times = Bench::LedgerBench::overviewQueries(ledgerPath);
    if (!times) {
        say(times.error().message);
    } else {
        table.add(section, QStringLiteral("per day per key 90d (1st)"), times->perDayPerKey90dFirst * 1000, QStringLiteral("ms"));
        table.addTarget(section, QStringLiteral("per day per key 90d"), times->perDayPerKey90dMedian * 1000,
                        QStringLiteral("ms"), 50, true);
        table.add(section, QStringLiteral("per model 30d (1st)"), times->perModel30dFirst * 1000, QStringLiteral("ms"));
        table.addTarget(section, QStringLiteral("per model 30d"), times->perModel30dMedian * 1000, QStringLiteral("ms"), 50, true);
        table.add(section, QStringLiteral("per key lifetime (1st)"), times->perKeyLifetimeFirst * 1000, QStringLiteral("ms"));
        table.addTarget(section, QStringLiteral("per key lifetime"), times->perKeyLifetimeMedian * 1000, QStringLiteral("ms"), 50, true);
        table.add(section, QStringLiteral("credit since top-up (1st)"), times->creditFirst * 1000, QStringLiteral("ms"));
        table.addTarget(section, QStringLiteral("credit since top-up"), times->creditMedian * 1000, QStringLiteral("ms"), 50, true);
        table.add(section, QStringLiteral("first page (1st)"), times->firstPageFirst * 1000, QStringLiteral("ms"));
        table.addTarget(section, QStringLiteral("first traces page"), times->firstPageMedian * 1000, QStringLiteral("ms"), 100, true);
    }

    say(QStringLiteral("serve start-up on the big ledger"));
    std::vector<double> startups;
    for (int i = 0; i < 3; ++i) {
        Bench::TollgateProcess serve;
        if (!serve.startServe(dataDir)) {
            say(serve.errorString());
            return;
        }
        startups.push_back(serve.startupSeconds());
        serve.stop();
    }
    table.add(section, QStringLiteral("serve ready (1st)"), startups.front() * 1000, QStringLiteral("ms"));
    std::sort(startups.begin(), startups.end());
    table.addTarget(section, QStringLiteral("serve ready (median of 3)"), startups[1] * 1000, QStringLiteral("ms"), 300, true);
}

} // namespace

int main(int argc, char *argv[])
{
    // The load generator (this thread) and the fake provider run on the gateway's epoll loop: they
    // share the two cores with the gateway, and Qt's poll()-based loop costs each turn ~20 us for 64
    // sockets; both sides of every comparison use the same loop.
    QCoreApplication::setEventDispatcher(new Gateway::EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tollgate-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks Tollgate against a direct fake provider."));
    parser.addHelpOption();
    const QCommandLineOption tracesOption(QStringLiteral("traces"), QStringLiteral("Traces in the generated ledger (default 10000000; 0 skips it)."),
                                          QStringLiteral("N"), QStringLiteral("10000000"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Also write the results as JSON."), QStringLiteral("FILE"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Alternating rounds per case (default 3)."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption roundOption(QStringLiteral("round-ms"), QStringLiteral("Measured time per round (default 1500)."),
                                         QStringLiteral("MS"), QStringLiteral("1500"));
    const QCommandLineOption streamsOption(QStringLiteral("streams"), QStringLiteral("Streams held open (default 1000)."),
                                           QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the temporary data (to inspect the ledgers)."));
    const QCommandLineOption workOption(QStringLiteral("work-dir"), QStringLiteral("Where the temporary data goes (default: system temp)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Run only these cases: chat, prompt, paced, stream, open, writer, ledger "
                                                       "(comma-separated; default all)."),
                                        QStringLiteral("CASES"));
    parser.addOptions({tracesOption, jsonOption, roundsOption, roundOption, streamsOption, keepOption, workOption, onlyOption});
    parser.process(app);

    Options options;
    options.traces = parser.value(tracesOption).toLongLong();
    options.rounds = std::max(1, parser.value(roundsOption).toInt());
    options.roundMs = std::max(200, parser.value(roundOption).toInt());
    options.streams = std::max(1, parser.value(streamsOption).toInt());
    options.jsonPath = parser.value(jsonOption);
    raiseFileLimit();
    const QStringList only = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);
    const auto runs = [&only](const QString &name) { return only.isEmpty() || only.contains(name); };

    QTemporaryDir workDir(parser.isSet(workOption) ? parser.value(workOption) + QStringLiteral("/tollgate-bench-XXXXXX")
                                                   : QDir::tempPath() + QStringLiteral("/tollgate-bench-XXXXXX"));
    if (!workDir.isValid()) {
        say(QStringLiteral("cannot make a temporary directory"));
        return 1;
    }
    if (parser.isSet(keepOption)) {
        workDir.setAutoRemove(false);
        say(QStringLiteral("keeping %1").arg(workDir.path()));
    }
    Bench::ResultTable table;
    QString allocator = QStringLiteral("not started");
    {
        Stack stack;
        stack.dataDir = workDir.path() + QStringLiteral("/data");
        if (!startStack(stack, options)) {
            say(QStringLiteral("could not start the fake provider and tollgate serve"));
            return 1;
        }
        allocator = Bench::ProcStats::allocator(stack.ledgerOn.pid());
        if (runs(QStringLiteral("chat")))
            benchNonStreaming(table, stack, options);
        if (runs(QStringLiteral("prompt")))
            benchLongPrompt(table, stack, options);
        if (runs(QStringLiteral("paced")))
            benchPaced(table, stack, options);
        if (runs(QStringLiteral("stream")))
            benchStreaming(table, stack, options);
        if (runs(QStringLiteral("open")))
            benchOpenStreams(table, stack, options);
        // SQLite reuses its log from the start and cuts the file back only beyond a size limit: the
        // file's size is what the log grew to under this run's load (the disk it takes meanwhile).
        const qint64 logBytes =
            QFileInfo(Settings::DataDirectory::ledgerPath(stack.dataDir) + QStringLiteral("-wal")).size();
        table.add(QStringLiteral("ledger log"), QStringLiteral("WAL file, the most it grew to"),
                  double(logBytes) / (1024.0 * 1024.0), QStringLiteral("MiB"));
        stack.ledgerOn.stop();
        stack.ledgerOff.stop();
    }
    if (runs(QStringLiteral("writer")))
        benchWriter(table, workDir.path(), options);
    if (options.traces > 0 && runs(QStringLiteral("ledger")))
        benchBigLedger(table, workDir.path(), options);

    const QString machine = QStringLiteral("%1, %2 cores").arg(QSysInfo::prettyProductName()).arg(QThread::idealThreadCount());
    table.addNote(QStringLiteral("machine: ") + machine);
    table.addNote(QStringLiteral("load generator: tollgate-bench's own (C++, Qt sockets, keep-alive, every response timed, "
                                 "on an epoll event loop), not wrk; fake provider: in process, its own thread, same loop"));
    table.addNote(QStringLiteral("tollgate serve's allocator: ") + allocator);
    table.addNote(QStringLiteral("latency percentiles are nearest-rank over all samples of %1 alternating rounds of %2 ms")
                      .arg(options.rounds).arg(options.roundMs));
    const QString text = table.text();
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
    if (!options.jsonPath.isEmpty() && !table.writeJson(options.jsonPath, machine)) {
        say(QStringLiteral("cannot write %1").arg(options.jsonPath));
        return 1;
    }
    return 0;
}
