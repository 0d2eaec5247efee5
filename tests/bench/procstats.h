#pragma once

#include <QMap>
#include <QString>

namespace Bench {

/** Where one thread's time went: on a core, and runnable but waiting for one (its run queue wait). */
struct ThreadTimes
{
    double runningSeconds = 0;
    double waitingSeconds = 0;
};

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
    /**
     * Each thread's times so far (/proc/PID/task/TID/schedstat), keyed "name/tid": which thread is the
     * bottleneck, and which one was ready to run but had no core.
     */
    static QMap<QString, ThreadTimes> threadTimes(qint64 pid);
    /**
     * The malloc the process runs with: the file name of a mapped library that replaces it (tcmalloc,
     * jemalloc, mimalloc), else "glibc malloc". Says which build was measured.
     */
    static QString allocator(qint64 pid);
    /**
     * Seconds the machine's CPUs have spent idle (idle + iowait, summed over all CPUs) since boot,
     * from /proc/stat: the difference over a run says whether the cores were saturated.
     */
    static double machineIdleSeconds();

private:
    static double statCpuSeconds(const QByteArray &stat);
};

} // namespace Bench
