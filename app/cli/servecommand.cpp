#include "app/cli/servecommand.h"

#include "app/cli/commandcontext.h"
#include "app/cli/subcommandparser.h"
#include "app/gatewaysetup.h"
#include "app/singleinstance.h"
#include "app/unixsignalwatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <utility>

namespace Cli {

namespace {

// How long the first SIGINT/SIGTERM lets requests in flight finish before they are cut off, unless
// --drain-timeout says otherwise; an hour at most, so that a typo cannot make the wait endless.
constexpr int DefaultDrainSeconds = Gateway::GatewayService::DefaultDrainSeconds;
constexpr int MaxDrainSeconds = 3600;

/** Benchmark-only switches, taken out before parsing so that `serve --help` never shows them. */
struct HiddenServeOptions
{
    bool discardTraces = false; // --discard-traces: book into a sink that keeps nothing (ledger off)
    int maxConnections = 0;     // --max-connections=N: raise the cap for the open-streams benchmark
};

HiddenServeOptions takeHiddenOptions(QStringList &arguments)
{
    HiddenServeOptions hidden;
    hidden.discardTraces = arguments.removeAll(QStringLiteral("--discard-traces")) > 0;
    const QString maxPrefix = QStringLiteral("--max-connections=");
    for (qsizetype i = arguments.size() - 1; i >= 0; --i) {
        if (arguments.at(i).startsWith(maxPrefix)) {
            hidden.maxConnections = arguments.at(i).mid(maxPrefix.size()).toInt();
            arguments.removeAt(i);
        }
    }
    return hidden;
}

} // namespace

int runServeCommand(CommandContext &context, const QStringList &givenArguments)
{
    QStringList arguments = givenArguments;
    const HiddenServeOptions hidden = takeHiddenOptions(arguments);
    SubcommandParser parser(QStringLiteral("serve"), QStringLiteral("Run the gateway without a window until SIGINT or SIGTERM."));
    parser.addValueOption(QStringLiteral("listen"), QStringLiteral("HOST:PORT"),
                          QStringLiteral("Address to listen on (default 127.0.0.1:8420; port 0 picks a free one)."));
    parser.addFlag(QStringLiteral("allow-remote"), QStringLiteral("Allow a non-loopback address (teammates on a LAN)."));
    parser.addValueOption(QStringLiteral("metrics-token"), QStringLiteral("TOKEN"),
                          QStringLiteral("Bearer token that lets non-loopback clients read GET /metrics "
                                         "(default $TOLLGATE_METRICS_TOKEN; loopback clients need none)."));
    parser.addValueOption(QStringLiteral("drain-timeout"), QStringLiteral("SECONDS"),
                          QStringLiteral("How long the first SIGINT/SIGTERM lets requests in flight finish before they "
                                         "are cut off and booked: 0 to %2 (default %1; a second signal cuts them off at once).")
                              .arg(DefaultDrainSeconds)
                              .arg(MaxDrainSeconds));
    if (!parser.parse(arguments))
        return context.usage(parser.error());
    if (parser.helpShown())
        return Success;
    // Commands keep the modules' logs quiet (they report their own errors), but serve runs for hours and
    // what goes wrong meanwhile, say a ledger that cannot be written, must reach its standard error.
    QLoggingCategory::setFilterRules(QStringLiteral("tollgate.*.debug=false\ntollgate.*.info=false"));
    int drainSeconds = DefaultDrainSeconds;
    if (const auto given = parser.value(QStringLiteral("drain-timeout"))) {
        bool ok = false;
        drainSeconds = given->toInt(&ok);
        if (!ok || drainSeconds < 0 || drainSeconds > MaxDrainSeconds)
            return context.usage(QStringLiteral("serve: --drain-timeout must be a number of seconds from 0 to %1, got \"%2\"")
                                     .arg(MaxDrainSeconds)
                                     .arg(*given));
    }
    auto options = App::GatewaySetup::options(context.dataDir(), parser.value(QStringLiteral("listen")).value_or(QString()),
                                              parser.isSet(QStringLiteral("allow-remote")));
    if (!options)
        return context.fail(options.error());
    if (const auto token = parser.value(QStringLiteral("metrics-token")))
        options.value().metricsToken = *token;
    options.value().discardTraces = hidden.discardTraces;
    if (hidden.maxConnections > 0)
        options.value().http.maxConnections = hidden.maxConnections;
    // One gateway books into a ledger. The benchmark's ledger-off gateway books nothing, so it may run
    // beside the real one on the same data directory.
    App::SingleInstance instance(context.dataDir());
    if (!hidden.discardTraces && !instance.claim())
        return context.fail(Common::makeError(Common::Error::Code::Storage, instance.whyNotClaimed(context.dataDir())));
    if (auto prepared = App::GatewaySetup::prepareLedger(context.dataDir()); !prepared)
        return context.fail(prepared.error());
    for (const App::GatewaySetup::MissingKey &missing : App::GatewaySetup::providersWithoutTheirKey(context.dataDir()))
        context.warn(missing.english());

    Gateway::GatewayService service;
    App::UnixSignalWatcher signalWatcher;
    int exitCode = Success;
    QObject::connect(&service, &Gateway::GatewayService::started, [&context](const QString &url) {
        context.out() << "listening on " << url << Qt::endl;
    });
    QObject::connect(&service, &Gateway::GatewayService::startFailed, [&context, &exitCode](const QString &error) {
        exitCode = context.fail(Common::makeError(Common::Error::Code::Storage, error));
        QCoreApplication::exit(exitCode);
    });
    // The first signal lets requests in flight finish (their answers and traces), for at most
    // drainSeconds: an upstream that hangs would otherwise hold the exit for its whole first-byte
    // timeout (10 minutes), and repeated signals did nothing (QA). A second signal, or the deadline,
    // cuts them off: each is cancelled upstream and booked, as when a client hangs up.
    QTimer drainDeadline;
    drainDeadline.setSingleShot(true);
    drainDeadline.setInterval(std::chrono::seconds(drainSeconds));
    int signalsReceived = 0;
    const auto stopNow = [&service, &context](const char *why) {
        context.out() << "stopping now (" << why << "): requests in flight are cut off and booked" << Qt::endl;
        service.stopNow();
    };
    QObject::connect(&signalWatcher, &App::UnixSignalWatcher::terminationRequested, &service,
                     [&service, &context, &drainDeadline, &signalsReceived, &stopNow, drainSeconds] {
                         if (++signalsReceived > 1) {
                             drainDeadline.stop();
                             stopNow("second signal");
                             return;
                         }
                         context.out() << "stopping: requests in flight finish first (at most " << drainSeconds
                                       << " s; signal again to stop now)" << Qt::endl;
                         service.stop();
                         drainDeadline.start();
                     });
    QObject::connect(&drainDeadline, &QTimer::timeout, &service, [&stopNow] { stopNow("drain deadline"); });
    bool stopped = false;
    QObject::connect(&service, &Gateway::GatewayService::stopped, [&context, &drainDeadline, &stopped] {
        drainDeadline.stop();
        if (std::exchange(stopped, true))
            return;
        context.out() << "stopped" << Qt::endl;
        QCoreApplication::exit(Success);
    });
    service.start(options.value(), App::GatewaySetup::secretResolver(context.dataDir()));
    const int loopExit = QCoreApplication::exec();
    return exitCode != Success ? exitCode : loopExit;
}

} // namespace Cli
