#include "tests/support/fakeclock.h"

namespace TestSupport {

FakeClock::FakeClock(QDateTime nowUtc)
    : m_now(nowUtc.toUTC())
{
}

void FakeClock::setNow(const QDateTime &nowUtc)
{
    m_now = nowUtc.toUTC();
}

void FakeClock::advance(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

} // namespace TestSupport
