#pragma once

#include <QMap>
#include <QString>

namespace Bench {

/** What Linux says about a process in /proc; -1 when it cannot be read. */
class ProcStats final
{
public:
    /** Resident set size (VmRSS) in KiB. */
    static qint64 rssKb(qint64 pid);
    /** Peak resident set size (VmHWM) in KiB. */
    static qint64 peakRssKb(qint64 pid);
    /** User + system CPU time so far, in seconds. */
    static double cpuSeconds(qint64 pid);
    /** CPU seconds per thread, keyed "name/tid", for finding which thread is the bottleneck. */
    static QMap<QString, double> threadCpuSeconds(qint64 pid);
    /**
     * The malloc the process runs with: the file name of a mapped library that replaces it (tcmalloc,
     * jemalloc, mimalloc), else "glibc malloc". Says which build was measured.
     */
    static QString allocator(qint64 pid);

private:
    static double statCpuSeconds(const QByteArray &stat);
};

} // namespace Bench
