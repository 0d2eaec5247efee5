#include "core/gateway/requestbodyedit.h"

#include "core/common/jsondom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <simdjson.h>

#include <string_view>

namespace Gateway {

namespace {

/** Replace the bytes [from, to) of the body with `text`. */
struct Splice
{
    qsizetype from = 0;
    qsizetype to = 0;
    QByteArray text;
};

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/** Where `value` sits in the text that starts at `base`: ondemand hands out views into that text. */
std::optional<std::pair<qsizetype, qsizetype>> spanOf(simdjson::ondemand::value value, const char *base)
{
    simdjson::ondemand::json_type type;
    if (value.type().get(type) != simdjson::SUCCESS)
        return std::nullopt;
    std::string_view raw;
    simdjson::error_code error = simdjson::SUCCESS;
    if (type == simdjson::ondemand::json_type::object) {
        simdjson::ondemand::object object;
        error = value.get_object().get(object);
        if (!error)
            error = object.raw_json().get(raw);
    } else if (type == simdjson::ondemand::json_type::array) {
        simdjson::ondemand::array array;
        error = value.get_array().get(array);
        if (!error)
            error = array.raw_json().get(raw);
    } else {
        raw = value.raw_json_token(); // a scalar's token runs on to the next one: trimmed below
    }
    if (error)
        return std::nullopt;
    while (!raw.empty() && isJsonSpace(raw.back()))
        raw.remove_suffix(1);
    const qsizetype from = raw.data() - base;
    return std::pair(from, from + qsizetype(raw.size()));
}

/** `text` as a JSON string literal, escaped by Qt's JSON writer. */
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact); // ["..."]
    return array.mid(1, array.size() - 2);
}

/** The client's stream options (tiny, so Qt's JSON types are fine) with include_usage set. */
QByteArray optionsAskingForUsage(QByteArrayView original)
{
    QJsonObject options = QJsonDocument::fromJson(original.toByteArray()).object(); // {} if it was not an object
    options.insert(QStringLiteral("include_usage"), true);
    return QJsonDocument(options).toJson(QJsonDocument::Compact);
}

} // namespace

std::optional<QByteArray> RequestBodyEdit::apply(const QByteArray &original, const std::optional<QString> &model, bool askForUsage)
{
    // A byte-order mark is dropped from the edited body (the RFC says not to send one); the rest is kept.
    const QByteArrayView body = Common::JsonDom::withoutByteOrderMark(original);
    const simdjson::padded_string padded(body.data(), size_t(body.size()));
    simdjson::ondemand::parser parser;
    simdjson::ondemand::document document;
    simdjson::ondemand::object object;
    if (parser.iterate(padded).get(document) != simdjson::SUCCESS || document.get_object().get(object) != simdjson::SUCCESS)
        return std::nullopt;

    QList<Splice> splices;
    bool hasMembers = false;
    bool hasOptions = false;
    for (auto member : object) {
        std::string_view key;
        simdjson::ondemand::value value;
        if (member.unescaped_key().get(key) != simdjson::SUCCESS || member.value().get(value) != simdjson::SUCCESS)
            return std::nullopt;
        hasMembers = true;
        const bool replaceModel = model && key == "model";
        const bool replaceOptions = askForUsage && key == "stream_options";
        if (!replaceModel && !replaceOptions)
            continue; // skipped unread: its bytes stay as they are
        const auto span = spanOf(value, padded.data());
        if (!span)
            return std::nullopt;
        const auto [from, to] = *span;
        if (replaceModel) {
            splices.append({from, to, jsonString(*model)});
        } else {
            hasOptions = true;
            splices.append({from, to, optionsAskingForUsage(body.sliced(from, to - from))});
        }
    }
    if (askForUsage && !hasOptions) {
        const qsizetype closingBrace = body.lastIndexOf('}');
        if (closingBrace < 0)
            return std::nullopt;
        const QByteArray member = QByteArrayLiteral("\"stream_options\":{\"include_usage\":true}");
        splices.append({closingBrace, closingBrace, hasMembers ? ',' + member : member});
    }

    QByteArray edited;
    edited.reserve(body.size() + 64);
    qsizetype kept = 0;
    for (const Splice &splice : splices) {
        edited.append(body.sliced(kept, splice.from - kept));
        edited.append(splice.text);
        kept = splice.to;
    }
    edited.append(body.sliced(kept));
    return edited;
}

} // namespace Gateway
