#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Common {

/** "N requests per period": the request rate limit a key may carry. */
struct RateLimit
{
    enum class Period { Second, Minute, Hour, Day };

    qint64 count = 0;
    Period period = Period::Minute;

    /** Parses "10/s", "600/min", "1000/h", "5000/day" (also "sec", "m", "hour", "d"). */
    static std::optional<RateLimit> parse(QStringView text);
    /** The canonical text form: "600/min". */
    QString toString() const;
    /** In words, for messages: "600 requests per minute", "1 request per second". */
    QString inWords() const;
    qint64 periodSeconds() const;
    static std::optional<Period> periodFromSeconds(qint64 seconds);

    bool operator==(const RateLimit &) const = default;
};

} // namespace Common
