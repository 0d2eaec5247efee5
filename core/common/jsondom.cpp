#include "core/common/jsondom.h"

#include <QJsonArray>

namespace Common {

namespace {

constexpr qsizetype SharedParserLimit = 1024 * 1024;

thread_local simdjson::dom::parser sharedParser;
thread_local bool sharedParserHeld = false; // by a JsonDom that is still alive

} // namespace

QByteArrayView JsonDom::withoutByteOrderMark(QByteArrayView json)
{
    return json.startsWith("\xEF\xBB\xBF") ? json.sliced(3) : json;
}

JsonDom::JsonDom(QByteArrayView json)
{
    json = withoutByteOrderMark(json);
    if (json.size() > SharedParserLimit || sharedParserHeld)
        m_ownParser = std::make_unique<simdjson::dom::parser>();
    else
        sharedParserHeld = true;
    simdjson::dom::parser &parser = m_ownParser ? *m_ownParser : sharedParser;
    // parse() copies the text into a padded buffer of its own: a QByteArray's spare capacity is unknown.
    m_error = parser.parse(json.data(), size_t(json.size()), true).get(m_root);
}

JsonDom::~JsonDom()
{
    if (!m_ownParser)
        sharedParserHeld = false;
}

QJsonObject JsonDom::members(QByteArrayView json, std::initializer_list<std::string_view> names)
{
    const JsonDom dom(json);
    simdjson::dom::object object;
    if (!dom.ok() || dom.root().get(object) != simdjson::SUCCESS)
        return {};
    QJsonObject picked;
    for (const std::string_view name : names) {
        simdjson::dom::element value;
        if (object.at_key(name).get(value) == simdjson::SUCCESS)
            picked.insert(QLatin1String(name.data(), qsizetype(name.size())), toQt(value));
    }
    return picked;
}

QJsonValue JsonDom::toQt(const simdjson::dom::element &value)
{
    // Built member by member: printing the value and parsing the text again with QJsonDocument cost
    // about a tenth of the gateway's time per request (usage and model of every answer).
    // Numbers land in Qt's types as QJsonDocument would put them: integers that fit in 64 bits
    // as integers, everything else (a fraction, an exponent, a larger integer) as a double.
    switch (value.type()) {
    case simdjson::dom::element_type::OBJECT: {
        const simdjson::dom::object members = value.get_object().value_unsafe(); // the type was checked above
        QJsonObject object;
        for (const simdjson::dom::key_value_pair member : members)
            object.insert(QString::fromUtf8(member.key.data(), qsizetype(member.key.size())), toQt(member.value));
        return object;
    }
    case simdjson::dom::element_type::ARRAY: {
        const simdjson::dom::array items = value.get_array().value_unsafe();
        QJsonArray array;
        for (const simdjson::dom::element item : items)
            array.append(toQt(item));
        return array;
    }
    case simdjson::dom::element_type::STRING: {
        const std::string_view text = value.get_string().value_unsafe();
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    case simdjson::dom::element_type::INT64:
        return qint64(value.get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64:
        return double(value.get_uint64().value_unsafe());
    case simdjson::dom::element_type::DOUBLE:
        return value.get_double().value_unsafe();
    case simdjson::dom::element_type::BOOL:
        return value.get_bool().value_unsafe();
    case simdjson::dom::element_type::NULL_VALUE:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace Common
