#include "tests/bench/loadgenerator.h"

#include "tests/bench/clientconnection.h"

#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

namespace Bench {

void LoadResult::add(const LoadResult &round)
{
    completed += round.completed;
    failed += round.failed;
    seconds += round.seconds;
    latencyNs.append(round.latencyNs);
    firstEventNs.append(round.firstEventNs);
    eventOffsetsNs += round.eventOffsetsNs;
}

LoadResult LoadGenerator::run(const Plan &plan)
{
    LoadResult result;
    QEventLoop loop;
    const qint64 start = nowNs();
    const qint64 windowStart = start + qint64(plan.warmupMs) * 1'000'000;
    const qint64 windowEnd = windowStart + qint64(plan.durationMs) * 1'000'000;
    int busy = 0;

    std::vector<std::unique_ptr<ClientConnection>> connections;
    // Paced: connection i sends at start + i * gap + k * interval, so the offered load is even.
    const qint64 intervalNs = plan.requestsPerSecond > 0 ? qint64(1e9 * plan.connections / plan.requestsPerSecond) : 0;
    std::vector<qint64> dueNs(size_t(plan.connections), start);
    for (int i = 0; i < plan.connections; ++i) {
        if (intervalNs > 0)
            dueNs[size_t(i)] = start + intervalNs * i / plan.connections;
        auto connection = std::make_unique<ClientConnection>(plan.port, plan.request, plan.recordEvents);
        connection->setFinishedHandler([&](ClientConnection *self, const ClientConnection::Response &response) {
            const bool good = response.ok && response.status >= 200 && response.status < 300;
            // A response counts for the window it ended in; latency samples come from the same responses.
            if (response.doneNs >= windowStart && response.doneNs < windowEnd) {
                if (!good) {
                    ++result.failed;
                } else {
                    ++result.completed;
                    result.latencyNs.add(response.doneNs - response.sentNs);
                    if (plan.recordEvents && !response.eventNs.isEmpty()) {
                        result.firstEventNs.add(response.eventNs.first() - response.sentNs);
                        QList<qint64> offsets;
                        offsets.reserve(response.eventNs.size());
                        for (const qint64 at : response.eventNs)
                            offsets.append(at - response.eventNs.first());
                        result.eventOffsetsNs.append(offsets);
                    }
                }
            }
            if (nowNs() < windowEnd) {
                if (intervalNs == 0) {
                    self->send();
                    return;
                }
                const auto index = size_t(std::find_if(connections.cbegin(), connections.cend(),
                                                       [self](const auto &c) { return c.get() == self; })
                                          - connections.cbegin());
                dueNs[index] += intervalNs;
                const qint64 waitNs = dueNs[index] - nowNs();
                if (waitNs <= 0)
                    self->send();
                else
                    QTimer::singleShot(int(waitNs / 1'000'000), Qt::PreciseTimer, &loop, [self] { self->send(); });
                return;
            }
            if (--busy == 0)
                loop.quit();
        });
        connections.push_back(std::move(connection));
    }
    for (size_t i = 0; i < connections.size(); ++i) {
        ++busy;
        ClientConnection *connection = connections[i].get();
        const qint64 waitNs = dueNs[i] - nowNs();
        if (waitNs <= 0)
            connection->send();
        else
            QTimer::singleShot(int(waitNs / 1'000'000), Qt::PreciseTimer, &loop, [connection] { connection->send(); });
    }
    // A stuck response must not hang the benchmark: give up well after the window.
    QTimer::singleShot(plan.warmupMs + plan.durationMs + 30'000, &loop, [&loop, &result] {
        result.failed += 1;
        loop.quit();
    });
    loop.exec();
    result.seconds = double(std::min(nowNs(), windowEnd) - windowStart) / 1e9;
    return result;
}

int LoadGenerator::holdOpen(quint16 port, const QList<QByteArray> &requests, int timeoutMs,
                            const std::function<void()> &whileHeld)
{
    QEventLoop loop;
    int open = 0;
    const int count = int(requests.size());
    std::vector<std::unique_ptr<ClientConnection>> connections;
    for (const QByteArray &request : requests) {
        auto connection = std::make_unique<ClientConnection>(port, request, false);
        connection->setHeadHandler([&](ClientConnection *) {
            if (++open == count)
                loop.quit();
        });
        connections.push_back(std::move(connection));
    }
    // Open in waves so the listen backlog never overflows (a dropped SYN costs a 1 s retransmit).
    constexpr int Wave = 50;
    int next = 0;
    QTimer waves;
    QObject::connect(&waves, &QTimer::timeout, &loop, [&] {
        for (int i = 0; i < Wave && next < count; ++i)
            connections[size_t(next++)]->send();
        if (next >= count)
            waves.stop();
    });
    waves.start(5);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    waves.stop();
    const int held = open;
    whileHeld();
    for (auto &connection : connections)
        connection->abort();
    return held;
}

} // namespace Bench
