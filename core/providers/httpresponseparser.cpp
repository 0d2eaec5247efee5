#include "core/providers/httpresponseparser.h"

#include <llhttp.h>

namespace Providers {

HttpResponseParser::HttpResponseParser()
    : m_settings(std::make_unique<llhttp_settings_t>())
    , m_parser(std::make_unique<llhttp_t>())
{
    llhttp_settings_init(m_settings.get());
    m_settings->on_message_begin = &HttpResponseParser::handleMessageBegin;
    m_settings->on_status = &HttpResponseParser::handleStatus;
    m_settings->on_header_field = &HttpResponseParser::handleHeaderField;
    m_settings->on_header_value = &HttpResponseParser::handleHeaderValue;
    m_settings->on_header_value_complete = &HttpResponseParser::handleHeaderValueComplete;
    m_settings->on_headers_complete = &HttpResponseParser::handleHeadersComplete;
    m_settings->on_body = &HttpResponseParser::handleBody;
    m_settings->on_message_complete = &HttpResponseParser::handleMessageComplete;
    reset();
}

HttpResponseParser::~HttpResponseParser() = default;

void HttpResponseParser::reset()
{
    llhttp_init(m_parser.get(), HTTP_RESPONSE, m_settings.get());
    m_parser->data = this;
    m_state = State::NeedMore;
    m_started = false;
    m_keepAlive = false;
    m_error.clear();
    clearMessage();
}

void HttpResponseParser::clearMessage()
{
    m_headComplete = false;
    m_interim = false;
    m_status = 0;
    m_headerBytes = 0;
    m_reason.clear();
    m_field.clear();
    m_value.clear();
    m_headers.clear();
}

HttpResponseParser::State HttpResponseParser::fail(const QString &why)
{
    m_state = State::Error;
    m_error = why;
    m_keepAlive = false;
    return m_state;
}

HttpResponseParser::State HttpResponseParser::feed(QByteArrayView bytes, qsizetype *consumed)
{
    if (consumed)
        *consumed = 0;
    if (m_state != State::NeedMore || bytes.isEmpty())
        return m_state;
    const llhttp_errno_t err = llhttp_execute(m_parser.get(), bytes.data(), static_cast<size_t>(bytes.size()));
    if (err == HPE_OK) {
        if (consumed)
            *consumed = bytes.size();
        return m_state;
    }
    if (err == HPE_PAUSED && m_state == State::Complete) {
        // We pause in on_message_complete, so llhttp stops right after the last byte of the response.
        if (consumed)
            *consumed = llhttp_get_error_pos(m_parser.get()) - bytes.data();
        return m_state;
    }
    if (m_state == State::Error)
        return m_state; // a callback already said why
    if (err == HPE_PAUSED_UPGRADE)
        return fail(QStringLiteral("unexpected protocol upgrade (status %1)").arg(m_status));
    return fail(QStringLiteral("malformed response: %1 (%2)")
                    .arg(QLatin1String(llhttp_errno_name(err)), QLatin1String(llhttp_get_error_reason(m_parser.get()))));
}

HttpResponseParser::State HttpResponseParser::finish()
{
    if (m_state != State::NeedMore)
        return m_state;
    if (!m_started)
        return fail(QStringLiteral("connection closed before any response byte"));
    // A body without Content-Length or chunking ends with the connection (RFC 9112 §6.3 item 8);
    // llhttp then calls on_message_complete, anything else is a truncated message.
    const llhttp_errno_t err = llhttp_finish(m_parser.get());
    if (m_state == State::Complete)
        return m_state;
    if (m_state == State::Error)
        return m_state;
    if (err != HPE_OK)
        return fail(QStringLiteral("connection closed mid-response"));
    return fail(QStringLiteral("connection closed before the response ended"));
}

HttpResponseParser *HttpResponseParser::self(llhttp_t *parser)
{
    return static_cast<HttpResponseParser *>(parser->data);
}

int HttpResponseParser::handleMessageBegin(llhttp_t *parser)
{
    self(parser)->m_started = true;
    return HPE_OK;
}

int HttpResponseParser::handleStatus(llhttp_t *parser, const char *at, size_t length)
{
    auto *me = self(parser);
    me->m_headerBytes += static_cast<qsizetype>(length);
    if (me->m_headerBytes > MaxHeaderBytes) {
        me->fail(QStringLiteral("response head too large"));
        return HPE_USER;
    }
    me->m_reason.append(at, static_cast<qsizetype>(length));
    return HPE_OK;
}

int HttpResponseParser::handleHeaderField(llhttp_t *parser, const char *at, size_t length)
{
    auto *me = self(parser);
    me->m_headerBytes += static_cast<qsizetype>(length);
    if (me->m_headerBytes > MaxHeaderBytes) {
        me->fail(QStringLiteral("response head too large"));
        return HPE_USER;
    }
    me->m_field.append(at, static_cast<qsizetype>(length));
    return HPE_OK;
}

int HttpResponseParser::handleHeaderValue(llhttp_t *parser, const char *at, size_t length)
{
    auto *me = self(parser);
    me->m_headerBytes += static_cast<qsizetype>(length);
    if (me->m_headerBytes > MaxHeaderBytes) {
        me->fail(QStringLiteral("response head too large"));
        return HPE_USER;
    }
    me->m_value.append(at, static_cast<qsizetype>(length));
    return HPE_OK;
}

int HttpResponseParser::handleHeaderValueComplete(llhttp_t *parser)
{
    auto *me = self(parser);
    if (me->m_headers.size() >= MaxHeaderCount) {
        me->fail(QStringLiteral("too many response header fields"));
        return HPE_USER;
    }
    // Field names are case-insensitive (RFC 9110 §5.1); values lose optional whitespace (§5.5).
    me->m_headers.append({me->m_field.toLower(), me->m_value.trimmed()});
    me->m_field.clear();
    me->m_value.clear();
    return HPE_OK;
}

int HttpResponseParser::handleHeadersComplete(llhttp_t *parser)
{
    auto *me = self(parser);
    me->m_status = llhttp_get_status_code(parser);
    // 1xx other than 101 are interim: the real response follows (RFC 9110 §15.2).
    if (me->m_status >= 100 && me->m_status < 200 && me->m_status != 101) {
        me->m_interim = true;
        return HPE_OK;
    }
    me->m_headComplete = true;
    if (me->m_onHead)
        me->m_onHead();
    // Returning 1 tells llhttp the message has no body (HEAD, CONNECT tunnel set-up).
    return me->m_expectNoBody ? 1 : HPE_OK;
}

int HttpResponseParser::handleBody(llhttp_t *parser, const char *at, size_t length)
{
    auto *me = self(parser);
    if (me->m_onBody)
        me->m_onBody(QByteArrayView(at, static_cast<qsizetype>(length)));
    return HPE_OK;
}

int HttpResponseParser::handleMessageComplete(llhttp_t *parser)
{
    auto *me = self(parser);
    if (me->m_interim) {
        me->clearMessage();
        return HPE_OK;
    }
    me->m_keepAlive = llhttp_should_keep_alive(parser) != 0;
    me->m_state = State::Complete;
    // Stop here: bytes after this response belong to no request of ours.
    return HPE_PAUSED;
}

} // namespace Providers
