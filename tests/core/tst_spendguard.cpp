#include "core/limits/spendguard.h"
#include "core/pricing/costcalculator.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using Common::Money;
using Limits::SpendGuard;
using Outcome = Limits::SpendGuard::Outcome;

Q_DECLARE_METATYPE(Pricing::PriceRecord)

namespace {

Money usd(const char *decimal)
{
    return Money::fromDecimalString(QString::fromLatin1(decimal)).value();
}

Money nanos(qint64 value)
{
    return Money::fromNanos(value);
}

Pricing::RateSet rates(std::optional<Money> input, std::optional<Money> output)
{
    Pricing::RateSet set;
    set.input = input;
    set.output = output;
    return set;
}

Pricing::PriceRecord price(const Pricing::RateSet &base, std::optional<qint64> maxOutputTokens = std::nullopt)
{
    Pricing::PriceRecord record;
    record.model = QStringLiteral("m");
    record.base = base;
    record.maxOutputTokens = maxOutputTokens;
    return record;
}

} // namespace

class TestSpendGuard final : public QObject
{
    Q_OBJECT

private slots:
    void keyCapCountsReservations();
    void creditIsCheckedFirst();
    void settleBooksActualCost();
    void unknownOrRepeatedSettleIsIgnored();
    void uncappedKeyWithoutCreditIsAlwaysAdmitted();
    void setKeySpendKeepsReservations();
    void overshootIsAtMostOneRequest_data();
    void overshootIsAtMostOneRequest();
    void inputBoundIsTheContextWindowWhenTheBodyIsNot();
    void worstCaseCost_data();
    void worstCaseCost();
    void worstCaseBoundsTheCalculator();
    void reservationsNeverWrap();
};

void TestSpendGuard::keyCapCountsReservations()
{
    SpendGuard guard;
    const Money cap = usd("1");
    const Money worst = usd("0.4");
    QList<SpendGuard::ReservationId> held;
    for (int i = 0; i < 3; ++i) {
        const SpendGuard::Admission admission = guard.admit(1, cap, worst);
        QVERIFY(admission.admitted());
        QVERIFY(admission.reservation != 0);
        held << admission.reservation;
    }
    QCOMPARE(guard.keyReserved(1), usd("1.2"));
    // 0 + 1.2 reserved is not below the cap.
    const SpendGuard::Admission refused = guard.admit(1, cap, worst);
    QCOMPARE(refused.outcome, Outcome::KeySpendLimitReached);
    QCOMPARE(refused.reservation, SpendGuard::ReservationId(0));
    QVERIFY(refused.heldByRequestsInFlight); // nothing is spent yet: the requests running may leave room

    guard.settle(held.takeFirst(), usd("0.1"));
    QCOMPARE(guard.keySpend(1), usd("0.1"));
    QCOMPARE(guard.keyReserved(1), usd("0.8"));
    QVERIFY(guard.admit(1, cap, worst).admitted()); // 0.1 + 0.8 < 1
    QCOMPARE(guard.admit(1, cap, worst).outcome, Outcome::KeySpendLimitReached);
    QCOMPARE(guard.outstandingReservations(), qsizetype(3));

    // Spent to the cap: reached for good, whatever is in flight.
    guard.setKeySpend(1, cap);
    const SpendGuard::Admission reached = guard.admit(1, cap, worst);
    QCOMPARE(reached.outcome, Outcome::KeySpendLimitReached);
    QVERIFY(!reached.heldByRequestsInFlight);
}

void TestSpendGuard::creditIsCheckedFirst()
{
    SpendGuard guard;
    guard.setCredit(true, usd("5"), usd("5"));
    guard.setKeySpend(1, usd("10"));
    QCOMPARE(guard.creditAvailable(), Money());
    // Both ceilings are reached: the wallet answers first.
    QCOMPARE(guard.admit(1, usd("1"), usd("0.1")).outcome, Outcome::CreditExhausted);
    QCOMPARE(guard.admit(2, std::nullopt, usd("0.1")).outcome, Outcome::CreditExhausted);
    QVERIFY(!guard.admit(2, std::nullopt, usd("0.1")).heldByRequestsInFlight); // used up

    guard.setCredit(true, usd("6"), usd("5"));
    QCOMPARE(guard.admit(1, usd("1"), usd("0.1")).outcome, Outcome::KeySpendLimitReached);
    const SpendGuard::Admission admitted = guard.admit(2, std::nullopt, usd("0.7"));
    QVERIFY(admitted.admitted());
    QCOMPARE(guard.creditAvailable(), usd("0.3"));
    QVERIFY(guard.admit(3, std::nullopt, usd("0.5")).admitted()); // 0.3 left is still > 0
    QCOMPARE(guard.creditAvailable(), usd("-0.2"));
    const SpendGuard::Admission held = guard.admit(4, std::nullopt, usd("0.01"));
    QCOMPARE(held.outcome, Outcome::CreditExhausted);
    QVERIFY(held.heldByRequestsInFlight); // $1 is not spent yet, only reserved

    guard.setCredit(false, Money(), Money());
    QVERIFY(guard.admit(4, std::nullopt, usd("0.01")).admitted());
}

void TestSpendGuard::settleBooksActualCost()
{
    SpendGuard guard;
    guard.setCredit(true, usd("10"), usd("1"));
    const auto priced = guard.admit(1, usd("5"), usd("2")).reservation;
    const auto unpriced = guard.admit(1, usd("5"), usd("2")).reservation;
    QCOMPARE(guard.creditAvailable(), usd("5"));

    guard.settle(priced, usd("0.25"));
    QCOMPARE(guard.keySpend(1), usd("0.25"));
    QCOMPARE(guard.keyReserved(1), usd("2"));
    QCOMPARE(guard.creditAvailable(), usd("6.75"));

    guard.settle(unpriced, std::nullopt); // cost unknown: only the reservation goes
    QCOMPARE(guard.keySpend(1), usd("0.25"));
    QCOMPARE(guard.keyReserved(1), Money());
    QCOMPARE(guard.creditAvailable(), usd("8.75"));

    // With credit off, spend still reaches the key but not the wallet.
    guard.setCredit(false, usd("10"), usd("1.25"));
    guard.settle(guard.admit(1, usd("5"), usd("1")).reservation, usd("0.5"));
    QCOMPARE(guard.keySpend(1), usd("0.75"));
    QCOMPARE(guard.creditAvailable(), usd("8.75"));
}

void TestSpendGuard::unknownOrRepeatedSettleIsIgnored()
{
    SpendGuard guard;
    const auto id = guard.admit(1, usd("1"), usd("0.5")).reservation;
    guard.settle(id, usd("0.5"));
    guard.settle(id, usd("0.5"));
    guard.settle(0, usd("0.5"));
    guard.settle(12345, usd("0.5"));
    QCOMPARE(guard.keySpend(1), usd("0.5"));
    QCOMPARE(guard.keyReserved(1), Money());
    QCOMPARE(guard.outstandingReservations(), qsizetype(0));
}

void TestSpendGuard::uncappedKeyWithoutCreditIsAlwaysAdmitted()
{
    SpendGuard guard;
    guard.setKeySpend(1, usd("1000000"));
    for (int i = 0; i < 100; ++i)
        QVERIFY(guard.admit(1, std::nullopt, usd("100")).admitted());
    // A negative worst case (a broken price) reserves nothing rather than making room.
    QVERIFY(guard.admit(2, usd("1"), usd("-5")).admitted());
    QCOMPARE(guard.keyReserved(2), Money());
}

void TestSpendGuard::setKeySpendKeepsReservations()
{
    SpendGuard guard;
    QVERIFY(guard.admit(1, usd("1"), usd("0.3")).admitted());
    guard.setKeySpend(1, usd("0.6"));
    QCOMPARE(guard.keySpend(1), usd("0.6"));
    QCOMPARE(guard.keyReserved(1), usd("0.3"));
    QCOMPARE(guard.admit(1, usd("0.9"), usd("0.3")).outcome, Outcome::KeySpendLimitReached);
}

void TestSpendGuard::overshootIsAtMostOneRequest_data()
{
    QTest::addColumn<int>("firstSeed");
    QTest::addColumn<int>("seeds");
    QTest::addRow("seeds 1-250") << 1 << 250;
    QTest::addRow("seeds 1000-1250") << 1000 << 250;
}

void TestSpendGuard::overshootIsAtMostOneRequest()
{
    QFETCH(int, firstSeed);
    QFETCH(int, seeds);
    constexpr int Requests = 64;
    constexpr int Keys = 4;
    int seedsThatDenied = 0;

    for (int seed = firstSeed; seed < firstSeed + seeds; ++seed) {
        QRandomGenerator random{quint32(seed)};
        SpendGuard guard;
        // Small ceilings next to the worst cases (up to 0.003 USD): many requests are in flight at once.
        const Money credit = nanos(random.bounded(2'000'000, 40'000'000));
        guard.setCredit(true, credit, Money());
        Money caps[Keys];
        for (Money &cap : caps)
            cap = nanos(random.bounded(1'000'000, 15'000'000));

        struct Request
        {
            int key;
            Money worst;
            Money actual;
            SpendGuard::ReservationId reservation = 0;
        };
        QList<Request> waiting;
        for (int i = 0; i < Requests; ++i) {
            const qint64 worst = random.bounded(1, 3'000'000);
            waiting.append(Request{int(random.bounded(Keys)), nanos(worst), nanos(random.bounded(worst + 1))});
        }

        QList<Request> running;
        Money largestKeyCost[Keys];
        Money largestCost;
        bool denied = false;
        // Random interleaving: each step admits the next request or settles a random running one.
        while (!waiting.isEmpty() || !running.isEmpty()) {
            if (!waiting.isEmpty() && (running.isEmpty() || random.bounded(2) == 0)) {
                Request request = waiting.takeFirst();
                const auto admission = guard.admit(request.key, caps[request.key], request.worst);
                if (!admission.admitted()) {
                    denied = true;
                    continue;
                }
                request.reservation = admission.reservation;
                running.append(request);
            } else {
                const Request request = running.takeAt(random.bounded(running.size()));
                guard.settle(request.reservation, request.actual);
                largestKeyCost[request.key] = std::max(largestKeyCost[request.key], request.actual);
                largestCost = std::max(largestCost, request.actual);
            }
        }

        Money total;
        for (int key = 0; key < Keys; ++key) {
            total += guard.keySpend(key);
            QVERIFY2(guard.keySpend(key) <= caps[key] + largestKeyCost[key],
                     qPrintable(QStringLiteral("seed %1 key %2: spent %3 of cap %4")
                                    .arg(seed)
                                    .arg(key)
                                    .arg(guard.keySpend(key).toDecimalString(), caps[key].toDecimalString())));
            QCOMPARE(guard.keyReserved(key), Money());
        }
        QVERIFY2(total <= credit + largestCost,
                 qPrintable(QStringLiteral("seed %1: spent %2 of credit %3")
                                .arg(seed)
                                .arg(total.toDecimalString(), credit.toDecimalString())));
        QCOMPARE(guard.creditAvailable(), credit - total);
        QCOMPARE(guard.outstandingReservations(), qsizetype(0));
        if (denied)
            ++seedsThatDenied;
    }
    // The ceilings must actually bite, or the property says nothing.
    QVERIFY2(seedsThatDenied > seeds / 2, qPrintable(QString::number(seedsThatDenied)));
}

void TestSpendGuard::inputBoundIsTheContextWindowWhenTheBodyIsNot()
{
    Pricing::PriceRecord record = price(rates(usd("2.5"), usd("10")));
    QCOMPARE(SpendGuard::inputTokensAtMost(record, 300, false), 300);
    // Context the provider holds or content it renders: the model's context window, else a large one.
    QCOMPARE(SpendGuard::inputTokensAtMost(record, 300, true), SpendGuard::UnknownContextTokens);
    record.maxInputTokens = 128'000;
    QCOMPARE(SpendGuard::inputTokensAtMost(record, 300, true), 128'000);
    QCOMPARE(SpendGuard::inputTokensAtMost(record, 200'000, true), 200'000); // a body beyond the window is still its own bound
    // 128,000 tokens at $2.5/M and 20 output tokens at $10/M.
    QCOMPARE(SpendGuard::worstCaseCost(record, SpendGuard::inputTokensAtMost(record, 300, true), 20).nanos(),
             320'000'000 + 200'000);
}

void TestSpendGuard::worstCaseCost_data()
{
    QTest::addColumn<Pricing::PriceRecord>("price");
    QTest::addColumn<qint64>("bodyBytes");
    QTest::addColumn<std::optional<qint64>>("maxOutputTokens");
    QTest::addColumn<qint64>("choices");
    QTest::addColumn<qint64>("expectedNanos");

    const Pricing::PriceRecord plain = price(rates(usd("2.5"), usd("10")));
    // 1000 bytes at 2.5 USD/M = 2.5 mUSD; output at 10 USD/M.
    QTest::addRow("request's max output") << plain << qint64(1000) << std::optional<qint64>(500) << qint64(1) << qint64(7'500'000);
    QTest::addRow("model's max output") << price(plain.base, 8192) << qint64(1000) << std::optional<qint64>()
                                        << qint64(1) << qint64(2'500'000 + 81'920'000);
    QTest::addRow("default 4096 output") << plain << qint64(1000) << std::optional<qint64>()
                                         << qint64(1) << qint64(2'500'000 + 40'960'000);
    QTest::addRow("request's max beats model's") << price(plain.base, 8192) << qint64(0) << std::optional<qint64>(10)
                                                  << qint64(1) << qint64(100'000);

    Pricing::RateSet cached = rates(usd("3"), usd("15"));
    cached.cacheRead = usd("0.3");
    cached.cacheWrite5m = usd("3.75");
    cached.cacheWrite1h = usd("6");
    QTest::addRow("1-hour cache write is the top input rate")
        << price(cached) << qint64(1000) << std::optional<qint64>(100) << qint64(1) << qint64(6'000'000 + 1'500'000);
    cached.cacheWrite1h.reset();
    QTest::addRow("missing 1-hour rate is 1.6 x 5-minute")
        << price(cached) << qint64(1000) << std::optional<qint64>(100) << qint64(1) << qint64(6'000'000 + 1'500'000);
    QTest::addRow("no cache-write rates: input") << price(rates(usd("3"), usd("15"))) << qint64(1000)
                                                 << std::optional<qint64>(100) << qint64(1) << qint64(3'000'000 + 1'500'000);

    Pricing::RateSet reasoning = rates(usd("1"), usd("10"));
    reasoning.reasoning = usd("12");
    QTest::addRow("reasoning above output") << price(reasoning) << qint64(0) << std::optional<qint64>(1000)
                                            << qint64(1) << qint64(12'000'000);

    Pricing::PriceRecord tiered = price(rates(usd("1.25"), usd("10")));
    tiered.tiers = {Pricing::PriceTier{200'000, rates(usd("2.5"), usd("15"))}};
    QTest::addRow("tier out of reach") << tiered << qint64(200'000) << std::optional<qint64>(1000)
                                       << qint64(1) << qint64(250'000'000 + 10'000'000);
    QTest::addRow("tier in reach") << tiered << qint64(200'001) << std::optional<qint64>(1000)
                                   << qint64(1) << qint64(500'002'500 + 15'000'000);
    Pricing::PriceRecord cheaperTier = tiered;
    cheaperTier.tiers = {Pricing::PriceTier{100, rates(usd("0.5"), std::nullopt)}};
    QTest::addRow("cheaper tier: the base rate may still apply")
        << cheaperTier << qint64(1000) << std::optional<qint64>(1000) << qint64(1) << qint64(1'250'000 + 10'000'000);

    QTest::addRow("rounded up to a nano") << price(rates(nanos(1), std::nullopt)) << qint64(1)
                                          << std::optional<qint64>(100) << qint64(1) << qint64(1);
    QTest::addRow("no rates") << price(Pricing::RateSet{}) << qint64(1000) << std::optional<qint64>(100) << qint64(1) << qint64(0);

    // Rates set before they were bounded: the bound is the most the calculator books, never wrapped.
    const qint64 most = Money::maxAmount().nanos();
    QTest::addRow("beyond the maximum: the maximum") << price(rates(usd("9223372036"), usd("9223372036"))) << qint64(1000)
                                                     << std::optional<qint64>(1'000'000) << qint64(1) << most;
    QTest::addRow("three choices") << plain << qint64(1000) << std::optional<qint64>(500) << qint64(3)
                                   << qint64(2'500'000 + 15'000'000);
    QTest::addRow("three choices of the model's max output") << price(plain.base, 8192) << qint64(0) << std::optional<qint64>()
                                                             << qint64(3) << qint64(3 * 81'920'000);
    QTest::addRow("choices beyond 64 bits: the maximum") << plain << qint64(0) << std::optional<qint64>(std::numeric_limits<qint64>::max())
                                                         << std::numeric_limits<qint64>::max() << Money::maxAmount().nanos();
    QTest::addRow("beyond 128 bits: the maximum") << price(rates(Money::largest(), Money::largest())) << qint64(1000)
                                                  << std::optional<qint64>(std::numeric_limits<qint64>::max()) << qint64(1) << most;
}

void TestSpendGuard::worstCaseCost()
{
    QFETCH(Pricing::PriceRecord, price);
    QFETCH(qint64, bodyBytes);
    QFETCH(std::optional<qint64>, maxOutputTokens);
    QFETCH(qint64, choices);
    QFETCH(qint64, expectedNanos);
    QCOMPARE(SpendGuard::worstCaseCost(price, bodyBytes, maxOutputTokens, choices).nanos(), expectedNanos);
}

void TestSpendGuard::worstCaseBoundsTheCalculator()
{
    // Whatever mix of input the body turns into and whatever output comes back within the maximum,
    // the calculator's cost never exceeds the bound.
    Pricing::PriceRecord record = price(rates(usd("3"), usd("15")));
    record.base.cacheRead = usd("0.3");
    record.base.cacheWrite5m = usd("3.75");
    record.tiers = {Pricing::PriceTier{2'000, rates(usd("6"), usd("22.5"))}};
    QRandomGenerator random(7);
    for (int i = 0; i < 2000; ++i) {
        const qint64 body = random.bounded(1, 5'000);
        const qint64 maxOutput = random.bounded(1, 3'000);
        Common::TokenUsage usage;
        usage.inputTokens = random.bounded(body + 1);
        usage.cacheWriteTokens = random.bounded(usage.inputTokens + 1);
        usage.cacheWrite1hTokens = random.bounded(usage.cacheWriteTokens + 1);
        usage.cachedInputTokens = random.bounded(usage.inputTokens - usage.cacheWriteTokens + 1);
        usage.outputTokens = random.bounded(maxOutput + 1);
        usage.reasoningTokens = random.bounded(usage.outputTokens + 1);
        const Pricing::Cost cost = Pricing::CostCalculator::compute(usage, record);
        QVERIFY(cost.amount);
        QVERIFY(*cost.amount <= SpendGuard::worstCaseCost(record, body, maxOutput));
    }
}

void TestSpendGuard::reservationsNeverWrap()
{
    // Two reservations of the largest amount used to wrap the key's reserved money to -2 nanos, which
    // let a capped request through; later settling must give every nano back exactly.
    SpendGuard guard;
    const auto first = guard.admit(1, std::nullopt, Money::largest());
    const auto second = guard.admit(1, std::nullopt, Money::largest());
    QVERIFY(first.admitted() && second.admitted());
    QCOMPARE(guard.keyReserved(1), Money::largest());
    QCOMPARE(guard.admit(1, usd("5"), usd("1")).outcome, Outcome::KeySpendLimitReached);
    guard.setCredit(true, usd("10"), Money());
    QCOMPARE(guard.admit(2, std::nullopt, usd("1")).outcome, Outcome::CreditExhausted);

    guard.settle(first.reservation, Money());
    guard.settle(second.reservation, Money());
    QCOMPARE(guard.keyReserved(1), Money());
    QCOMPARE(guard.creditAvailable(), usd("10"));
}

QTEST_GUILESS_MAIN(TestSpendGuard)
#include "tst_spendguard.moc"
