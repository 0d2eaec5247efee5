#pragma once

#include "core/common/money.h"

#include <QByteArray>
#include <QJsonValue>

namespace Report {

/**
 * JSON output in which money is a decimal number with exactly nine digits after the point
 * (0.000123450), which QJsonDocument cannot write: it turns numbers into doubles. Build the document
 * with QJsonObject/QJsonArray, put `money(m)` where an amount goes, and serialise with `toText`.
 */
class JsonText final
{
public:
    /** A placeholder object {"$decimal": "0.000123450"} that `toText` writes as a bare number. */
    static QJsonValue money(Common::Money amount);
    static QJsonValue optionalMoney(const std::optional<Common::Money> &amount);
    static QByteArray toText(const QJsonValue &value, bool indented = true);
};

} // namespace Report
