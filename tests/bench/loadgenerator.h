#pragma once

#include "tests/bench/samples.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace Bench {

/** What one timed run measured. */
struct LoadResult
{
    qint64 completed = 0;      // responses inside the measured window
    qint64 failed = 0;         // broken responses or non-2xx statuses
    double seconds = 0;        // length of the measured window
    Samples latencyNs;         // request sent -> response complete
    Samples firstEventNs;      // request sent -> first SSE event (streams)
    QList<QList<qint64>> eventOffsetsNs; // per stream: event i arrival - event 0 arrival
    double requestsPerSecond() const { return seconds > 0 ? double(completed) / seconds : 0; }
    /** Adds another round's counts, window and samples to these (rounds of one case are pooled). */
    void add(const LoadResult &round);
};

/**
 * A closed-loop load generator: `connections` keep-alive connections each send the same request
 * again as soon as its response ends, for a warm-up and then a measured window. Runs its own event
 * loop on the calling thread and returns when every connection is idle.
 */
class LoadGenerator final
{
public:
    struct Plan
    {
        quint16 port = 0;
        QByteArray request;
        int connections = 1;
        int warmupMs = 200;
        int durationMs = 1000;
        bool recordEvents = false;
        /**
         * 0: closed loop, each connection sends its next request as soon as the last one is answered
         * (saturation: latency is then mostly queueing). Otherwise the total offered rate, spread
         * evenly over the connections; a connection whose answer comes late sends at once.
         */
        double requestsPerSecond = 0;
    };

    static LoadResult run(const Plan &plan);

    /**
     * Opens one connection per request (each a long stream) and waits until every one has its
     * response head, or `timeoutMs` passes; then runs `whileHeld` and drops them all.
     * Returns how many were open when `whileHeld` ran.
     */
    static int holdOpen(quint16 port, const QList<QByteArray> &requests, int timeoutMs,
                        const std::function<void()> &whileHeld);
};

} // namespace Bench
