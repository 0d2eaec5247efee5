#include "tests/bench/samples.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

namespace Bench {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void Samples::append(const Samples &other)
{
    m_values.insert(m_values.end(), other.m_values.begin(), other.m_values.end());
    m_sorted = false;
}

qint64 Samples::percentile(double p)
{
    if (m_values.empty())
        return 0;
    if (!m_sorted) {
        std::sort(m_values.begin(), m_values.end());
        m_sorted = true;
    }
    // Nearest rank: the smallest value with at least p % of the samples at or below it.
    const double rank = std::ceil(p / 100.0 * double(m_values.size()));
    const auto index = std::clamp<qsizetype>(qsizetype(rank) - 1, 0, qsizetype(m_values.size()) - 1);
    return m_values[size_t(index)];
}

double Samples::mean() const
{
    if (m_values.empty())
        return 0;
    return double(std::accumulate(m_values.begin(), m_values.end(), qint64(0))) / double(m_values.size());
}

} // namespace Bench
