#pragma once

#include "core/common/clock.h"
#include "core/common/money.h"
#include "core/common/result.h"

namespace Ledger {
class LedgerStore;
}

namespace Demo {

/** What a seeded demo ledger holds. */
struct DemoSummary
{
    qint64 keys = 0;
    qint64 providers = 0;
    qint64 traces = 0;
    qint64 unpricedTraces = 0;
    Common::Money cost;          // sum of the priced traces
    Common::Money credit;        // topped up
};

/**
 * Fills an empty ledger with three months of realistic team traffic ending at the clock's now: a dozen
 * keys with caps, four providers, a credit wallet, and traces priced by the real price catalog and
 * Pricing::CostCalculator. Deterministic for a seed (except the keys' secrets, which are random and never
 * shown, so no demo key can be used against a gateway). For screenshots, trying the window and tests.
 */
class DemoLedger final
{
public:
    static constexpr quint32 DefaultSeed = 4242;

    /** Error::Invalid if the ledger already has keys: demo data never mixes with real data. */
    static Common::Result<DemoSummary> seed(Ledger::LedgerStore &store, const Common::Clock &clock, quint32 seed = DefaultSeed);
};

} // namespace Demo
