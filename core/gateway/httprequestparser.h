#pragma once

#include "core/gateway/httprequest.h"

#include <QByteArrayView>

#include <functional>
#include <memory>

namespace Gateway {

/**
 * Incremental HTTP/1.1 request parser over llhttp. Feed it bytes as they arrive; each byte is looked at
 * once. It stops after each complete message so that pipelined bytes stay with the caller for the next
 * request: take the request, call reset(), feed the rest.
 */
class HttpRequestParser final
{
public:
    enum class Status { NeedMore, Complete, Error };

    static constexpr qsizetype MaxUrlBytes = 8 * 1024;
    static constexpr qsizetype MaxHeaderBytes = 16 * 1024;
    static constexpr int MaxHeaderFields = 100;
    static constexpr qint64 DefaultMaxBodyBytes = 32 * 1024 * 1024;
    // Request line and header section with all their separators and skipped whitespace.
    static constexpr qsizetype MaxPreambleBytes = MaxUrlBytes + MaxHeaderBytes + 1024;

    explicit HttpRequestParser(qint64 maxBodyBytes = DefaultMaxBodyBytes);
    ~HttpRequestParser();
    Q_DISABLE_COPY_MOVE(HttpRequestParser)

    /** Parses from the start of bytes; consumed says how many were used (the rest belongs to the
        next message when Complete, and is meaningless after Error). */
    Status feed(QByteArrayView bytes, qsizetype &consumed);

    /** The HTTP status to answer an Error with: 400, 413, 414, 431 or 505. */
    int errorStatus() const { return m_errorStatus; }
    /** Short English reason for logs and the error body. */
    QByteArray errorReason() const { return m_errorReason; }

    /** Called once per message, as soon as the headers of a request carrying
        "Expect: 100-continue" are complete and acceptable. */
    void setContinueCallback(std::function<void()> callback) { m_continueCallback = std::move(callback); }
    /** True from the end of the headers of a 100-continue request until reset(). */
    bool expectsContinue() const { return m_expectsContinue; }
    /** True once some byte of the current message has been seen. */
    bool hasPartialMessage() const { return m_started; }
    /** The request-target read so far (whole once the request line is parsed); for shaping an error answer. */
    const QByteArray &targetSoFar() const { return m_request.target; }

    /** Moves the finished request out; valid after Complete. */
    HttpRequest takeRequest();
    /** Forgets the current message (and any error) so the next one can be fed. */
    void reset();

private:
    struct Callbacks;
    struct Llhttp;

    int fail(int status, const char *reason);
    bool countHeaderBytes(size_t length);

    std::unique_ptr<Llhttp> m_llhttp;
    qint64 m_maxBodyBytes;
    std::function<void()> m_continueCallback;

    HttpRequest m_request;
    QByteArray m_field;
    QByteArray m_value;
    bool m_inValue = false;
    qsizetype m_headerBytes = 0;    // header names and values of this message
    int m_headerFields = 0;
    qsizetype m_preambleBytes = 0;  // every byte before the end of the headers, whitespace included
    bool m_started = false;
    bool m_headersDone = false;
    bool m_complete = false;
    bool m_expectsContinue = false;
    char m_lastByteOfPreviousFeed = 0;
    const char *m_feedStart = nullptr;

    int m_errorStatus = 0;
    QByteArray m_errorReason;
};

} // namespace Gateway
