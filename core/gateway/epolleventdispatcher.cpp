#include "core/gateway/epolleventdispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <limits>

namespace Gateway {

namespace {

constexpr int MaxEventsPerTurn = 256; // more ready descriptors are simply returned by the next epoll_wait

quint32 interestOf(const QSocketNotifier *read, const QSocketNotifier *write, const QSocketNotifier *exception)
{
    return (read ? EPOLLIN : 0u) | (write ? EPOLLOUT : 0u) | (exception ? EPOLLPRI : 0u);
}

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wakeUpFd(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll < 0 || m_wakeUpFd < 0)
        qFatal("EpollEventDispatcher: cannot create its descriptors: %s", std::strerror(errno));
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = m_wakeUpFd;
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeUpFd, &event) != 0)
        qFatal("EpollEventDispatcher: cannot watch its eventfd: %s", std::strerror(errno));
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeUpFd);
    ::close(m_epoll);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    // The order of Qt's own UNIX dispatcher: posted events, then wait, then what the wait returned.
    m_interrupted.store(false, std::memory_order_relaxed);
    emit awake();
    QCoreApplication::sendPostedEvents();

    const bool withTimers = !flags.testFlag(QEventLoop::X11ExcludeTimers);
    const bool withNotifiers = !flags.testFlag(QEventLoop::ExcludeSocketNotifiers);
    const bool canWait = flags.testFlag(QEventLoop::WaitForMoreEvents) && !m_interrupted.load();
    if (canWait)
        emit aboutToBlock();
    if (m_interrupted.load())
        return false;

    int timeoutMs = 0;
    if (canWait)
        timeoutMs = withTimers ? msUntilNextTimer() : -1;

    std::array<epoll_event, MaxEventsPerTurn> ready{};
    int count = 0;
    if (withNotifiers) {
        count = epoll_wait(m_epoll, ready.data(), int(ready.size()), timeoutMs);
    } else {
        // Sockets are not to be told now, and a ready one would end every wait at once: wait for
        // wake-ups and timers only.
        pollfd wakeUps{m_wakeUpFd, POLLIN, 0};
        count = ::poll(&wakeUps, 1, timeoutMs);
        if (count > 0)
            ready[0].data.fd = m_wakeUpFd;
    }
    if (count < 0) {
        if (errno != EINTR)
            qWarning("EpollEventDispatcher: epoll_wait: %s", std::strerror(errno));
        count = 0;
    }
    if (canWait)
        emit awake();

    int handled = 0;
    bool eventFdReadable = false;
    for (int i = 0; i < count; ++i) {
        const int fd = ready[size_t(i)].data.fd;
        if (fd == m_wakeUpFd) {
            eventFdReadable = true; // read below, even if its events went out after an earlier socket
            continue;
        }
        if (withNotifiers)
            handled += activate(fd, ready[size_t(i)].events);
        // What another thread posted meanwhile (the ledger writer's "committed") is delivered now, not
        // after the rest of a turn that may hold dozens of sockets: the answers it releases go out sooner.
        deliverWokenUpEvents();
    }
    // Posted events that woke this wait are delivered now, as glib's loop does in the same turn.
    if (deliverWokenUpEvents(eventFdReadable))
        ++handled;
    if (withTimers)
        handled += fireDueTimers();
    return handled > 0;
}

int EpollEventDispatcher::activate(int fd, quint32 events)
{
    // Each notifier is looked up again before it is told: a handler may close the socket, and with
    // it unregister (and delete) the descriptor's other notifiers.
    const auto notifierOf = [this, fd](QSocketNotifier *Watch::*kind) -> QSocketNotifier * {
        const auto found = m_watches.find(fd);
        return found == m_watches.end() ? nullptr : found->second.*kind;
    };
    // As Qt's poll() dispatcher reads revents: an error or hang-up wakes the reader (who then reads
    // the end or the error), an error wakes the writer too.
    const std::array<std::pair<quint32, QSocketNotifier *Watch::*>, 3> kinds{{
        {EPOLLIN | EPOLLHUP | EPOLLERR, &Watch::read},
        {EPOLLOUT | EPOLLERR, &Watch::write},
        {EPOLLPRI, &Watch::exception},
    }};
    int activated = 0;
    for (const auto &[mask, kind] : kinds) {
        if (!(events & mask))
            continue;
        if (QSocketNotifier *notifier = notifierOf(kind)) {
            QEvent event(QEvent::SockAct);
            QCoreApplication::sendEvent(notifier, &event);
            ++activated;
        }
    }
    return activated;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    Q_ASSERT(notifier);
    const int fd = int(notifier->socket());
    Watch &watch = m_watches[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        watch.read = notifier;
        break;
    case QSocketNotifier::Write:
        watch.write = notifier;
        break;
    case QSocketNotifier::Exception:
        watch.exception = notifier;
        break;
    }
    watchChanged(fd, watch);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    Q_ASSERT(notifier);
    const int fd = int(notifier->socket());
    const auto found = m_watches.find(fd);
    if (found == m_watches.end())
        return;
    Watch &watch = found->second;
    for (QSocketNotifier **slot : {&watch.read, &watch.write, &watch.exception}) {
        if (*slot == notifier)
            *slot = nullptr;
    }
    watchChanged(fd, watch);
    if (!watch.read && !watch.write && !watch.exception)
        m_watches.erase(found);
}

void EpollEventDispatcher::watchChanged(int fd, const Watch &watch)
{
    epoll_event event{};
    event.events = interestOf(watch.read, watch.write, watch.exception);
    event.data.fd = fd;
    if (event.events == 0) {
        // ENOENT/EBADF: the descriptor was closed first, which already took it out of the set.
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, &event);
        return;
    }
    if (epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event) == 0)
        return;
    // Not in the set yet, or closed and its number reused since: add it.
    if (errno != ENOENT || epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) != 0)
        qWarning("EpollEventDispatcher: cannot watch descriptor %d: %s", fd, std::strerror(errno));
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    Timer timer;
    timer.id = timerId;
    timer.intervalMs = std::max<qint64>(interval, 0);
    timer.type = timerType;
    timer.object = object;
    timer.due = Clock::now() + std::chrono::milliseconds(timer.intervalMs);
    m_timers.push_back(timer);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto found = timerWithId(timerId);
    if (found == m_timers.end())
        return false;
    m_timers.erase(found);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    const auto before = m_timers.size();
    std::erase_if(m_timers, [object](const Timer &t) { return t.object == object; });
    return m_timers.size() != before;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> infos;
    for (const Timer &timer : m_timers) {
        if (timer.object == object)
            infos.append(TimerInfo(timer.id, int(timer.intervalMs), timer.type));
    }
    return infos;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const Timer *timer = findTimer(timerId);
    if (!timer)
        return -1;
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(timer->due - Clock::now()).count();
    return int(std::max<qint64>(left, 0));
}

std::vector<EpollEventDispatcher::Timer>::iterator EpollEventDispatcher::timerWithId(int timerId)
{
    return std::find_if(m_timers.begin(), m_timers.end(), [timerId](const Timer &t) { return t.id == timerId; });
}

EpollEventDispatcher::Timer *EpollEventDispatcher::findTimer(int timerId)
{
    const auto found = timerWithId(timerId);
    return found == m_timers.end() ? nullptr : &*found;
}

int EpollEventDispatcher::fireDueTimers()
{
    // Only the timers due when the pass starts, each once: one that a handler starts, or a zero
    // timer that stays due, waits for the next turn instead of starving the sockets.
    const Clock::time_point now = Clock::now();
    std::vector<int> due;
    for (const Timer &timer : m_timers) {
        if (timer.due <= now && !timer.firing)
            due.push_back(timer.id);
    }
    int fired = 0;
    for (const int id : due) {
        Timer *timer = findTimer(id); // a handler before it may have stopped it
        if (!timer || timer->firing)
            continue;
        // The next time is counted from when it was due, so a repeating timer keeps its rhythm,
        // unless it fell a whole interval behind.
        timer->due += std::chrono::milliseconds(timer->intervalMs);
        if (timer->due < now)
            timer->due = now + std::chrono::milliseconds(timer->intervalMs);
        timer->firing = true;
        QObject *object = timer->object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        if ((timer = findTimer(id)))
            timer->firing = false;
        ++fired;
    }
    return fired;
}

int EpollEventDispatcher::msUntilNextTimer() const
{
    if (m_timers.empty())
        return -1;
    Clock::time_point next = Clock::time_point::max();
    for (const Timer &timer : m_timers) {
        if (!timer.firing)
            next = std::min(next, timer.due);
    }
    if (next == Clock::time_point::max())
        return -1;
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(next - Clock::now()).count();
    return int(std::clamp<qint64>(left, 0, std::numeric_limits<int>::max()));
}

void EpollEventDispatcher::wakeUp()
{
    if (m_wakeUpPending.exchange(true))
        return;
    const quint64 one = 1;
    while (::write(m_wakeUpFd, &one, sizeof one) < 0 && errno == EINTR) {
    }
}

bool EpollEventDispatcher::deliverWokenUpEvents(bool eventFdReadable)
{
    // A readable eventfd is always read: a wakeUp() may write it just after this cleared the flag, and
    // left unread it would end every later wait at once.
    if (!eventFdReadable && !m_wakeUpPending.load(std::memory_order_acquire))
        return false;
    // The flag is cleared before the posted events are sent: a post after this point writes again.
    quint64 count = 0;
    while (::read(m_wakeUpFd, &count, sizeof count) < 0 && errno == EINTR) {
    }
    m_wakeUpPending.store(false);
    QCoreApplication::sendPostedEvents();
    return true;
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true);
    wakeUp();
}

} // namespace Gateway
