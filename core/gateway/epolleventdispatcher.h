#pragma once

#include <QAbstractEventDispatcher>

#include <atomic>
#include <chrono>
#include <unordered_map>
#include <vector>

namespace Gateway {

/**
 * The gateway thread's event loop on Linux epoll instead of poll().
 *
 * Qt 6.4's dispatchers (glib's and its own UNIX one) hand the kernel every watched descriptor on
 * every loop turn, and the kernel asks each socket whether it is ready: at 64 client connections
 * plus the pooled upstream ones, about 20 us per turn on this machine, whether one socket was ready
 * or forty. epoll keeps the set in the kernel and returns only the ready ones, so a turn costs what
 * it does. Level-triggered, like poll(), so Qt's sockets see the same notifications they always did.
 *
 * Timers are kept in a short list (the gateway has a handful) and bound the wait; posted events and
 * wake-ups from other threads come through an eventfd. Used for the gateway thread only (installed
 * before its first QEventLoop); the GUI thread keeps Qt's own.
 */
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT

public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;   // any thread
    void interrupt() override; // any thread

private:
    using Clock = std::chrono::steady_clock;

    /** The notifiers on one descriptor, one per kind; null where none is registered. */
    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
    };

    struct Timer
    {
        int id = 0;
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        Clock::time_point due;
        bool firing = false; // inside its own timerEvent: a nested loop must not fire it again
    };

    /** Tells epoll what the descriptor's notifiers now want (adds, changes or removes it). */
    void watchChanged(int fd, const Watch &watch);
    /** Delivers one ready descriptor's events to its notifiers; returns how many it activated. */
    int activate(int fd, quint32 events);
    /** Fires the timers due now, each once; returns how many fired. */
    int fireDueTimers();
    /** Milliseconds until the next timer is due, rounded up; -1 without timers. */
    int msUntilNextTimer() const;
    /** The timer with this id, or m_timers.end(). */
    std::vector<Timer>::iterator timerWithId(int timerId);
    Timer *findTimer(int timerId); // nullptr when there is none
    /**
     * After a wakeUp(), or when the wait found the eventfd readable: reads it and sends the posted
     * events; false when neither.
     */
    bool deliverWokenUpEvents(bool eventFdReadable = false);

    int m_epoll = -1;
    int m_wakeUpFd = -1; // an eventfd: other threads' wakeUp() writes, the loop reads
    std::unordered_map<int, Watch> m_watches;
    std::vector<Timer> m_timers;
    std::atomic<bool> m_wakeUpPending{false}; // one write is enough until the loop has read it
    std::atomic<bool> m_interrupted{false};
};

} // namespace Gateway
