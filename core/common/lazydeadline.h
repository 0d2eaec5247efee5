#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace Common {

/**
 * A one-shot timeout that is cheap to push back. A connection's idle and read timeouts move on every
 * request and every read; with QTimer::start each move unregistered and registered a timer (a walk of
 * the thread's timer list, and an allocation). Here moving the deadline only touches the timer when the
 * new deadline is sooner than the one it is armed for; a timer that fires before the deadline re-arms
 * for what is left.
 */
class LazyDeadline final : public QObject
{
    Q_OBJECT

public:
    explicit LazyDeadline(QObject *parent = nullptr);

    /** Sets the deadline `timeout` from now, replacing any earlier one; expired() follows then. */
    void expireIn(std::chrono::milliseconds timeout);
    /** No deadline: expired() does not follow until expireIn() is called again. */
    void cancel();
    bool isSet() const { return !m_deadline.isForever(); }

signals:
    void expired();

private:
    void arm(std::chrono::milliseconds timeout);
    void handleTimeout();

    QTimer m_timer;
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever};
    QDeadlineTimer m_armedUntil{QDeadlineTimer::Forever}; // when m_timer fires, if it is active
};

} // namespace Common
