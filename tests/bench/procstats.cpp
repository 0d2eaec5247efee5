#include "tests/bench/procstats.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>

#include <unistd.h>

namespace Bench {

namespace {

QByteArray readFile(const QString &path);

QByteArray readProc(qint64 pid, const char *name)
{
    return readFile(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

qint64 statusField(qint64 pid, QByteArrayView field)
{
    const QByteArray status = readProc(pid, "status");
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(field)) {
            // "VmRSS:\t   12345 kB"
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

} // namespace

qint64 ProcStats::rssKb(qint64 pid)
{
    return statusField(pid, "VmRSS:");
}

qint64 ProcStats::peakRssKb(qint64 pid)
{
    return statusField(pid, "VmHWM:");
}

QString ProcStats::allocator(qint64 pid)
{
    const QByteArray maps = readProc(pid, "maps");
    if (maps.isEmpty())
        return QStringLiteral("unknown");
    for (const QByteArray &line : maps.split('\n')) {
        const qsizetype slash = line.lastIndexOf('/');
        if (slash < 0)
            continue; // an anonymous mapping: no file
        const QByteArray file = line.mid(slash + 1);
        for (const char *name : {"libtcmalloc", "libjemalloc", "libmimalloc"}) {
            if (file.startsWith(name))
                return QString::fromUtf8(file);
        }
    }
    return QStringLiteral("glibc malloc");
}

double ProcStats::machineIdleSeconds()
{
    // First line: "cpu  user nice system idle iowait irq softirq steal ...", in clock ticks.
    const QByteArray stat = readFile(QStringLiteral("/proc/stat"));
    const QList<QByteArray> fields = stat.left(stat.indexOf('\n')).simplified().split(' ');
    if (fields.size() < 6 || fields.at(0) != "cpu")
        return -1;
    const double ticks = double(fields.at(4).toLongLong() + fields.at(5).toLongLong());
    return ticks / double(::sysconf(_SC_CLK_TCK));
}

double ProcStats::cpuSeconds(qint64 pid)
{
    return statCpuSeconds(readProc(pid, "stat"));
}

QMap<QString, ThreadTimes> ProcStats::threadTimes(qint64 pid)
{
    QMap<QString, ThreadTimes> threads;
    const QString taskDir = QStringLiteral("/proc/%1/task").arg(pid);
    for (const QString &tid : QDir(taskDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QByteArray name = readFile(taskDir + u'/' + tid + QStringLiteral("/comm")).trimmed();
        // "nanoseconds on a CPU, nanoseconds waiting on a run queue, time slices"
        const QList<QByteArray> schedstat = readFile(taskDir + u'/' + tid + QStringLiteral("/schedstat")).split(' ');
        if (name.isEmpty() || schedstat.size() < 2)
            continue; // the thread ended meanwhile
        threads.insert(QString::fromUtf8(name) + u'/' + tid,
                       ThreadTimes{double(schedstat.at(0).toLongLong()) / 1e9, double(schedstat.at(1).toLongLong()) / 1e9});
    }
    return threads;
}

double ProcStats::statCpuSeconds(const QByteArray &stat)
{
    // The command name (field 2) may hold spaces; fields are counted after its closing parenthesis.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // After ")": state is field 3, so utime (14) and stime (15) are at indexes 11 and 12.
    if (fields.size() < 13)
        return -1;
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    return ticks / double(::sysconf(_SC_CLK_TCK));
}

} // namespace Bench
