#pragma once

#include "core/providers/httpheaders.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <memory>

struct llhttp__internal_s;
struct llhttp_settings_s;

namespace Providers {

/**
 * A resumable HTTP/1.x response parser over llhttp (HTTP_RESPONSE mode). Feed it bytes as they
 * arrive; the head is reported once, the body (de-chunked) piece by piece as it is parsed, and the
 * parser stops at the end of one response so that a keep-alive connection can reset it for the next.
 * Interim 1xx responses (100 Continue) are skipped.
 */
class HttpResponseParser final
{
public:
    enum class State { NeedMore, Complete, Error };

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxHeaderCount = 200;

    HttpResponseParser();
    ~HttpResponseParser();
    Q_DISABLE_COPY_MOVE(HttpResponseParser)

    /** Called once the status line and all header fields are parsed. */
    void setHeadHandler(std::function<void()> handler) { m_onHead = std::move(handler); }
    /** Called for every piece of body as it is parsed; the view is only valid during the call. */
    void setBodyHandler(std::function<void(QByteArrayView)> handler) { m_onBody = std::move(handler); }

    /** The response answers a HEAD request or a CONNECT tunnel: it has no body whatever it says. */
    void setExpectNoBody(bool noBody) { m_expectNoBody = noBody; }

    /**
     * Parses the next bytes. Bytes after the end of the response are not consumed; `consumed`
     * (if given) says how many were. Once Complete or Error, further feeds change nothing.
     */
    State feed(QByteArrayView bytes, qsizetype *consumed = nullptr);
    /** The peer closed the connection: completes a read-until-close body, else an error if mid-message. */
    State finish();
    /** Ready for the next response on the same connection (handlers and expectNoBody are kept). */
    void reset();

    State state() const { return m_state; }
    bool headComplete() const { return m_headComplete; }
    /** Any byte of a response (including an interim 1xx) has been parsed. */
    bool startedResponse() const { return m_started; }
    int statusCode() const { return m_status; }
    const QByteArray &reasonPhrase() const { return m_reason; }
    const HttpHeaders &headers() const { return m_headers; }
    /** After Complete: whether the connection may carry another request (RFC 9112 §9.3). */
    bool keepAlive() const { return m_keepAlive; }
    QString errorString() const { return m_error; }

private:
    static int handleMessageBegin(llhttp__internal_s *parser);
    static int handleStatus(llhttp__internal_s *parser, const char *at, size_t length);
    static int handleHeaderField(llhttp__internal_s *parser, const char *at, size_t length);
    static int handleHeaderValue(llhttp__internal_s *parser, const char *at, size_t length);
    static int handleHeaderValueComplete(llhttp__internal_s *parser);
    static int handleHeadersComplete(llhttp__internal_s *parser);
    static int handleBody(llhttp__internal_s *parser, const char *at, size_t length);
    static int handleMessageComplete(llhttp__internal_s *parser);
    static HttpResponseParser *self(llhttp__internal_s *parser);

    void clearMessage();
    State fail(const QString &why);

    std::unique_ptr<llhttp_settings_s> m_settings;
    std::unique_ptr<llhttp__internal_s> m_parser;
    std::function<void()> m_onHead;
    std::function<void(QByteArrayView)> m_onBody;
    State m_state = State::NeedMore;
    bool m_expectNoBody = false;
    bool m_started = false;
    bool m_headComplete = false;
    bool m_interim = false;
    bool m_keepAlive = false;
    int m_status = 0;
    qsizetype m_headerBytes = 0;
    QByteArray m_reason;
    QByteArray m_field;
    QByteArray m_value;
    HttpHeaders m_headers;
    QString m_error;
};

} // namespace Providers
