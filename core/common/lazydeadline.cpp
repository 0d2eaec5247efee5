#include "core/common/lazydeadline.h"

namespace Common {

LazyDeadline::LazyDeadline(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LazyDeadline::handleTimeout);
}

void LazyDeadline::expireIn(std::chrono::milliseconds timeout)
{
    m_deadline = QDeadlineTimer(timeout);
    if (!m_timer.isActive() || m_armedUntil.deadline() > m_deadline.deadline())
        arm(timeout);
}

void LazyDeadline::cancel()
{
    // The timer may stay armed: when it fires it finds no deadline and stops.
    m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
}

void LazyDeadline::arm(std::chrono::milliseconds timeout)
{
    m_armedUntil = QDeadlineTimer(timeout);
    m_timer.start(timeout);
}

void LazyDeadline::handleTimeout()
{
    if (m_deadline.isForever())
        return;
    const std::chrono::milliseconds left(m_deadline.remainingTime());
    if (left.count() > 0) {
        arm(left); // moved since the timer was armed, or a coarse timer that fired early
        return;
    }
    m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    emit expired();
}

} // namespace Common
