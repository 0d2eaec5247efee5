#include "core/common/ratelimit.h"

namespace Common {

std::optional<RateLimit> RateLimit::parse(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash <= 0)
        return std::nullopt;
    bool ok = false;
    const qint64 count = text.left(slash).trimmed().toLongLong(&ok);
    if (!ok || count <= 0)
        return std::nullopt;
    const QString unit = text.mid(slash + 1).trimmed().toString().toLower();
    RateLimit limit;
    limit.count = count;
    if (unit == u"s" || unit == u"sec" || unit == u"second")
        limit.period = Period::Second;
    else if (unit == u"min" || unit == u"m" || unit == u"minute")
        limit.period = Period::Minute;
    else if (unit == u"h" || unit == u"hr" || unit == u"hour")
        limit.period = Period::Hour;
    else if (unit == u"day" || unit == u"d")
        limit.period = Period::Day;
    else
        return std::nullopt;
    return limit;
}

QString RateLimit::toString() const
{
    static constexpr const char16_t *Units[] = {u"s", u"min", u"h", u"day"};
    return QString::number(count) + u'/' + QString::fromUtf16(Units[static_cast<int>(period)]);
}

QString RateLimit::inWords() const
{
    static constexpr const char16_t *Periods[] = {u"second", u"minute", u"hour", u"day"};
    return QString::number(count) + (count == 1 ? QStringLiteral(" request per ") : QStringLiteral(" requests per "))
           + QString::fromUtf16(Periods[static_cast<int>(period)]);
}

qint64 RateLimit::periodSeconds() const
{
    switch (period) {
    case Period::Second: return 1;
    case Period::Minute: return 60;
    case Period::Hour: return 3600;
    case Period::Day: return 86400;
    }
    return 60;
}

std::optional<RateLimit::Period> RateLimit::periodFromSeconds(qint64 seconds)
{
    switch (seconds) {
    case 1: return Period::Second;
    case 60: return Period::Minute;
    case 3600: return Period::Hour;
    case 86400: return Period::Day;
    default: return std::nullopt;
    }
}

} // namespace Common
