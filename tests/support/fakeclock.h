#pragma once

#include "core/common/clock.h"

#include <QDateTime>

namespace TestSupport {

/** A clock that stands still until the test moves it, so expiry and period boundaries are exact. */
class FakeClock final : public Common::Clock
{
public:
    explicit FakeClock(QDateTime nowUtc = QDateTime(QDate(2025, 1, 15), QTime(12, 0), Qt::UTC));

    QDateTime nowUtc() const override { return m_now; }
    void setNow(const QDateTime &nowUtc);
    void advance(qint64 seconds);

private:
    QDateTime m_now;
};

} // namespace TestSupport
