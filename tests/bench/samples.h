#pragma once

#include <QtGlobal>

#include <vector>

namespace Bench {

/** Nanoseconds on the monotonic clock; every timestamp of the benchmark comes from here. */
qint64 nowNs();

/** A bag of measurements (nanoseconds, or any integer); percentiles come from the exact sorted samples. */
class Samples final
{
public:
    void add(qint64 value) { m_values.push_back(value); m_sorted = false; }
    void append(const Samples &other);
    qsizetype count() const { return qsizetype(m_values.size()); }
    bool isEmpty() const { return m_values.empty(); }

    /** Nearest-rank percentile (p in 0..100) of the sorted samples; 0 when there are none. */
    qint64 percentile(double p);
    double mean() const;

private:
    std::vector<qint64> m_values;
    bool m_sorted = false;
};

} // namespace Bench
