#include "core/common/jsondom.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <string>

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
    // QJsonDocument reads arrays and objects only: the value goes in as an array of one.
    const std::string json = '[' + simdjson::to_string(value) + ']';
    return QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), qsizetype(json.size()))).array().at(0);
}

} // namespace Common
