#include "app/cli/democommand.h"

#include "app/cli/commandcontext.h"
#include "app/cli/subcommandparser.h"
#include "core/demo/demoledger.h"

#include <QElapsedTimer>

namespace Cli {

int runDemoCommand(CommandContext &context, const QStringList &arguments)
{
    SubcommandParser parser(QStringLiteral("demo"),
                            QStringLiteral("Fill an empty data directory with three months of realistic demo traffic "
                                           "(keys, providers, credit and traces priced from the price table)."));
    parser.addValueOption(QStringLiteral("seed"), QStringLiteral("N"), QStringLiteral("Random seed; the same seed gives the same traffic."));
    if (!parser.parse(arguments))
        return context.usage(parser.error());
    if (parser.helpShown())
        return Success;

    quint32 seed = Demo::DemoLedger::DefaultSeed;
    if (const auto text = parser.value(QStringLiteral("seed"))) {
        bool ok = false;
        seed = text->toUInt(&ok);
        if (!ok)
            return context.usage(QStringLiteral("demo: --seed must be a whole number, got \"%1\"").arg(*text));
    }
    auto ledger = context.ledger();
    if (!ledger)
        return context.fail(ledger.error());
    QElapsedTimer timer;
    timer.start();
    const auto summary = Demo::DemoLedger::seed(*ledger.value(), context.clock(), seed);
    if (!summary)
        return context.fail(summary.error());
    // Whole cents are enough for a summary line.
    const auto cents = [](Common::Money amount) {
        const qint64 cent = Common::Money::NanosPerUsd / 100;
        return Common::Money::fromNanos((amount.nanos() + cent / 2) / cent * cent).toShortString();
    };
    context.out() << "Demo ledger ready in " << context.dataDir() << " (" << timer.elapsed() << " ms):\n"
                  << "  " << summary->keys << " keys, " << summary->providers << " providers, " << summary->traces
                  << " traces (" << summary->unpricedTraces << " unpriced)\n"
                  << "  spend $" << cents(summary->cost) << ", credit topped up $" << cents(summary->credit) << '\n'
                  << "Open it with: tollgate --data " << context.dataDir() << '\n'
                  << "The demo keys' secrets were never kept: they cannot call the gateway.\n";
    return Success;
}

} // namespace Cli
