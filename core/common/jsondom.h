#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>

#include <simdjson.h>

#include <initializer_list>
#include <memory>
#include <string_view>

namespace Common {

/**
 * One JSON document parsed with simdjson's DOM parser, for the gateway's hot path: it validates the
 * whole text and reads fields some 30 times faster than QJsonDocument (a 100 KiB chat request: ~33 us
 * against ~1.1 ms on this machine), which matters because every request and every answer is read.
 *
 * Documents up to 1 MiB share one parser per thread, which keeps its buffers between documents;
 * a larger one gets a parser of its own, freed with it, so one huge request does not pin its memory,
 * and so does a JsonDom made while another on the same thread holds the shared parser. The root (and
 * every element taken from it) is valid while this object lives.
 *
 * Include this header only from .cpp files: simdjson.h is large.
 */
class JsonDom final
{
public:
    explicit JsonDom(QByteArrayView json);
    ~JsonDom();
    JsonDom(const JsonDom &) = delete;
    JsonDom &operator=(const JsonDom &) = delete;

    bool ok() const { return m_error == simdjson::SUCCESS; }
    /**
     * Failed on a number: most often valid JSON with an integer beyond 64 bits, which simdjson cannot
     * read exactly, else a malformed number; it does not tell the two apart.
     */
    bool failedOnANumber() const { return m_error == simdjson::NUMBER_ERROR || m_error == simdjson::NUMBER_OUT_OF_RANGE; }
    /** simdjson's description of what is wrong with the text. */
    const char *errorMessage() const { return simdjson::error_message(m_error); }
    simdjson::dom::element root() const { return m_root; }

    /**
     * The named top-level members of a JSON object as a QJsonObject, absent ones left out; {} when
     * the text is not a JSON object. Only those members become Qt values: an answer's "usage" is a
     * few dozen bytes, its completion may be many kilobytes.
     */
    static QJsonObject members(QByteArrayView json, std::initializer_list<std::string_view> names);

    /**
     * A value in Qt's JSON types, for the small parts (a usage object, a model name) code reads as Qt
     * types; numbers typed as QJsonDocument would type them (an integer that fits 64 bits stays one).
     */
    static QJsonValue toQt(const simdjson::dom::element &value);

    /**
     * The text without a leading UTF-8 byte-order mark. RFC 8259 lets a parser ignore one, Qt's does,
     * and some Windows tools write one; simdjson 3.0 calls it a syntax error.
     */
    static QByteArrayView withoutByteOrderMark(QByteArrayView json);

private:
    std::unique_ptr<simdjson::dom::parser> m_ownParser; // null while this holds the thread's shared parser
    simdjson::dom::element m_root;
    simdjson::error_code m_error = simdjson::UNINITIALIZED;
};

} // namespace Common
