#include "core/report/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Report {

namespace {

const QString DecimalKey = QStringLiteral("$decimal");

// Our own placeholders are the only objects with this single key: user text only ever appears as
// values, never as keys, so it cannot forge one.
bool isDecimal(const QJsonObject &object)
{
    return object.size() == 1 && object.contains(DecimalKey) && object.value(DecimalKey).isString();
}

QByteArray escapedString(const QString &text)
{
    // QJsonDocument escapes strings correctly; reuse it on a one-element array and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

void write(QByteArray &out, const QJsonValue &value, bool indented, int depth)
{
    const QByteArray pad = indented ? QByteArray(2 * (depth + 1), ' ') : QByteArray();
    const QByteArray closePad = indented ? QByteArray(2 * depth, ' ') : QByteArray();
    const char *newline = indented ? "\n" : "";
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (isDecimal(object)) {
            out += object.value(DecimalKey).toString().toLatin1();
            return;
        }
        if (object.isEmpty()) {
            out += "{}";
            return;
        }
        out += '{';
        out += newline;
        bool first = true;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!first) {
                out += ',';
                out += newline;
            }
            first = false;
            out += pad + escapedString(it.key()) + (indented ? ": " : ":");
            write(out, it.value(), indented, depth + 1);
        }
        out += newline;
        out += closePad + '}';
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += "[]";
            return;
        }
        out += '[';
        out += newline;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0) {
                out += ',';
                out += newline;
            }
            out += pad;
            write(out, array.at(i), indented, depth + 1);
        }
        out += newline;
        out += closePad + ']';
        return;
    }
    default: {
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        out += wrapped.mid(1, wrapped.size() - 2);
        return;
    }
    }
}

} // namespace

QJsonValue JsonText::money(Common::Money amount)
{
    return QJsonObject{{DecimalKey, amount.toDecimalString()}};
}

QJsonValue JsonText::optionalMoney(const std::optional<Common::Money> &amount)
{
    return amount ? money(*amount) : QJsonValue(QJsonValue::Null);
}

QByteArray JsonText::toText(const QJsonValue &value, bool indented)
{
    QByteArray out;
    write(out, value, indented, 0);
    out += '\n';
    return out;
}

} // namespace Report
