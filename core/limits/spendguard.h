#pragma once

#include "core/common/money.h"
#include "core/pricing/pricerecord.h"

#include <QHash>

#include <optional>

namespace Limits {

/**
 * Hard spend ceilings that hold while many requests are in flight: a key's `maxSpend` and the credit
 * wallet. A request is admitted only while settled spend plus the worst cases reserved for requests
 * still running stays below the ceiling, and it then reserves its own worst case. Every request
 * admitted before the last admission is covered by settled or reserved money, so the final spend
 * exceeds a ceiling by at most the cost of that one last request.
 *
 * Used from the gateway thread only.
 */
class SpendGuard final
{
public:
    using ReservationId = qint64; // 0 is never a valid reservation

    enum class Outcome { Admitted, CreditExhausted, KeySpendLimitReached };

    struct Admission
    {
        Outcome outcome = Outcome::Admitted;
        ReservationId reservation = 0; // set only when admitted
        /** Refused only because of what requests in flight reserved: settled spend is still below the ceiling. */
        bool heldByRequestsInFlight = false;
        bool admitted() const { return outcome == Outcome::Admitted; }
    };

    /** The key's settled lifetime spend, from the ledger (at start, or after a reload). */
    void setKeySpend(qint64 keyId, Common::Money settled);
    /** The wallet, from the ledger at start and whenever its period changes. */
    void setCredit(bool enabled, Common::Money toppedUp, Common::Money spentInPeriod);

    /** Checks the credit first, then the key's cap; when admitted, reserves `worstCase`. */
    Admission admit(qint64 keyId, std::optional<Common::Money> maxSpend, Common::Money worstCase);
    /**
     * Releases a reservation and books what the request really cost (nullopt: unpriced, nothing is
     * booked) to the key and, when credit is enabled, to the wallet. Unknown ids are ignored.
     */
    void settle(ReservationId reservation, std::optional<Common::Money> actualCost);

    Common::Money keySpend(qint64 keyId) const { return m_keys.value(keyId).settled; }
    Common::Money keyReserved(qint64 keyId) const { return Common::Money::saturated(m_keys.value(keyId).reserved); }
    bool creditEnabled() const { return m_creditEnabled; }
    /** toppedUp − spentInPeriod − reserved; meaningful only when credit is enabled. */
    Common::Money creditAvailable() const
    {
        return m_toppedUp - m_spentInPeriod - Common::Money::saturated(m_reservedTotal);
    }
    Common::Money creditSpent() const { return m_spentInPeriod; }
    qsizetype outstandingReservations() const { return m_reservations.size(); }

    /**
     * An upper bound of a request's input tokens: its body bytes (a token is never shorter than a
     * byte), or, when the provider may bill input the body does not carry (RequestFacts::
     * inputMayExceedBody: server-held context, images, files, server-side tools), the model's context
     * window, else UnknownContextTokens. QA: forty concurrent requests naming a previous response
     * overran a $0.05 cap by $0.96, each billed for 20,000 input tokens in a body of 300 bytes.
     */
    static qint64 inputTokensAtMost(const Pricing::PriceRecord &price, qint64 requestBodyBytes, bool inputMayExceedBody);
    /** Taken as a context window the price map does not give: the largest of today's dearer models (2M). */
    static constexpr qint64 UnknownContextTokens = 2'000'000;

    /**
     * An upper bound of what a request can cost before it is sent: `inputTokensAtMost` (see above)
     * at the highest input-side rate of any tier it could fall in, plus `maxOutputTokens` (else the model's maximum, else 4096) for each of `choices`
     * completions at the highest output-side rate (reasoning included). A missing 1-hour cache-write rate counts as the cost
     * calculator's 1.6 x the 5-minute one; a model with no cache-write rate at all is assumed not to
     * write caches. The sum is rounded up, never down, and at most Money::maxAmount(), the most the
     * cost calculator books for one request.
     */
    static Common::Money worstCaseCost(const Pricing::PriceRecord &price, qint64 inputTokensAtMost,
                                       std::optional<qint64> maxOutputTokens, qint64 choices = 1);

    static constexpr qint64 DefaultMaxOutputTokens = 4096;

private:
    // Reservations are added and later taken away again, so they are counted in 128 bits: a sum of
    // Money saturates, and taking back what a saturated sum never held would leave it too small.
    struct KeyState
    {
        Common::Money settled;
        Common::Int128 reserved = 0;
    };
    struct Reservation
    {
        qint64 keyId = 0;
        Common::Money amount;
    };

    QHash<qint64, KeyState> m_keys;
    QHash<ReservationId, Reservation> m_reservations;
    ReservationId m_nextReservation = 1;

    bool m_creditEnabled = false;
    Common::Money m_toppedUp;
    Common::Money m_spentInPeriod;
    // Every outstanding reservation counts against the wallet, even while credit is off, so that
    // switching credit on mid-flight cannot forget requests already running.
    Common::Int128 m_reservedTotal = 0;
};

} // namespace Limits
