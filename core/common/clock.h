#pragma once

#include <QDateTime>

namespace Common {

/** Where "now" comes from, so that tests can pin time (rollup hours, rate windows, expiry). */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    qint64 nowMs() const { return nowUtc().toMSecsSinceEpoch(); }
};

/** The wall clock. */
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
    static const SystemClock &instance();
};

} // namespace Common
