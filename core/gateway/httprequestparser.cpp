#include "core/gateway/httprequestparser.h"

#include <llhttp.h>

#include <algorithm>

namespace Gateway {

struct HttpRequestParser::Llhttp
{
    llhttp_t parser;
    llhttp_settings_t settings;
};

// llhttp calls plain C functions; these forward to the parser object stored in llhttp_t::data.
namespace {

/**
 * RFC 9112 §6.1: a coding the server does not understand (gzip before chunked) is a 501, not a body read
 * as if it were not encoded. llhttp checks only that chunked comes last (else 400).
 */
bool hasCodingBeforeChunked(const HttpRequest &request)
{
    QList<QByteArray> codings;
    for (const HttpHeader &header : request.headers) {
        if (header.name != "transfer-encoding")
            continue;
        for (const QByteArray &coding : header.value.split(',')) {
            if (!coding.trimmed().isEmpty()) // RFC 9110 §5.6.1: empty list elements do not count
                codings.append(coding.trimmed().toLower());
        }
    }
    return codings.size() > 1 && codings.last() == "chunked"
           && std::any_of(codings.cbegin(), codings.cend() - 1, [](const QByteArray &coding) { return coding != "chunked"; });
}

} // namespace

struct HttpRequestParser::Callbacks
{
    static HttpRequestParser *self(llhttp_t *p) { return static_cast<HttpRequestParser *>(p->data); }

    static int onMessageBegin(llhttp_t *p)
    {
        self(p)->m_started = true;
        return 0;
    }

    static int onUrl(llhttp_t *p, const char *at, size_t length)
    {
        HttpRequestParser *s = self(p);
        if (s->m_request.target.size() + qsizetype(length) > MaxUrlBytes) {
            // Its first 8 KiB kept, so that the 414 still comes in the shape of the API the path names.
            s->m_request.target.append(at, MaxUrlBytes - s->m_request.target.size());
            return s->fail(414, "Request-target longer than 8 KiB");
        }
        s->m_request.target.append(at, qsizetype(length));
        return 0;
    }

    static int onHeaderField(llhttp_t *p, const char *at, size_t length)
    {
        HttpRequestParser *s = self(p);
        if (!s->countHeaderBytes(length))
            return -1;
        s->m_field.append(at, qsizetype(length));
        return 0;
    }

    static int onHeaderFieldComplete(llhttp_t *p)
    {
        HttpRequestParser *s = self(p);
        // RFC 9112 §5.1: whitespace between the field name and the colon must be rejected with 400.
        if (!s->m_field.isEmpty() && (s->m_field.back() == ' ' || s->m_field.back() == '\t'))
            return s->fail(400, "Whitespace before the colon of a header field");
        return 0;
    }

    static int onHeaderValue(llhttp_t *p, const char *at, size_t length)
    {
        HttpRequestParser *s = self(p);
        if (length == 0)
            return 0;
        // llhttp accepts obsolete line folding and hands the continuation line over as more value bytes.
        // A value span never starts right after a line feed otherwise, so the byte before it tells.
        // RFC 9112 §5.2: a server must reject obs-fold (or replace it), we reject.
        const char before = at > s->m_feedStart ? at[-1] : s->m_lastByteOfPreviousFeed;
        if (before == '\n')
            return s->fail(400, "Obsolete line folding in a header value");
        if (!s->countHeaderBytes(length))
            return -1;
        s->m_value.append(at, qsizetype(length));
        return 0;
    }

    static int onHeaderValueComplete(llhttp_t *p)
    {
        HttpRequestParser *s = self(p);
        if (++s->m_headerFields > MaxHeaderFields)
            return s->fail(431, "More than 100 header fields");
        // Trailer fields of a chunked body are counted against the limits but not kept.
        if (!s->m_headersDone)
            s->m_request.headers.append(HttpHeader{s->m_field.toLower(), s->m_value});
        s->m_field.clear();
        s->m_value.clear();
        return 0;
    }

    static int onHeadersComplete(llhttp_t *p)
    {
        HttpRequestParser *s = self(p);
        s->m_headersDone = true;
        HttpRequest &r = s->m_request;
        r.method = llhttp_method_name(static_cast<llhttp_method_t>(llhttp_get_method(p)));
        if (llhttp_get_http_major(p) != 1 || llhttp_get_http_minor(p) > 1)
            return s->fail(505, "Only HTTP/1.0 and HTTP/1.1 are supported");
        r.versionMinor = llhttp_get_http_minor(p);
        if (const std::optional<HttpRequest::AbsoluteForm> absolute = HttpRequest::splitAbsoluteForm(r.target)) {
            // RFC 9110 §4.2.1 and §4.2.4: an http(s) URI without a host is invalid, and userinfo in one an error.
            if (absolute->authority.isEmpty() || absolute->authority.startsWith(':') || absolute->authority.contains('@'))
                return s->fail(400, "The request-target's authority has no host, or has user information");
            r.target = absolute->origin;
        }
        // RFC 9112 §6.1: Transfer-Encoding on HTTP/1.0 means the framing is faulty.
        if (r.versionMinor == 0 && (p->flags & F_TRANSFER_ENCODING) != 0)
            return s->fail(400, "Transfer-Encoding on an HTTP/1.0 request");
        // Looked at only when llhttp saw the header: most requests are framed by Content-Length.
        if ((p->flags & F_TRANSFER_ENCODING) != 0 && hasCodingBeforeChunked(r))
            return s->fail(501, "Only the chunked transfer coding is supported");
        // RFC 9112 §3.2: an HTTP/1.1 request without Host gets 400.
        if (r.versionMinor == 1 && !r.hasHeader("host"))
            return s->fail(400, "Missing Host header");
        if ((p->flags & F_CONTENT_LENGTH) != 0 && p->content_length > quint64(s->m_maxBodyBytes))
            return s->fail(413, "Request body too large");
        if (r.expectsContinue()) {
            s->m_expectsContinue = true;
            if (s->m_continueCallback)
                s->m_continueCallback();
        }
        return 0;
    }

    static int onChunkHeader(llhttp_t *p)
    {
        HttpRequestParser *s = self(p);
        // llhttp stores the announced chunk size in content_length: refuse before buffering it.
        if (p->content_length > quint64(s->m_maxBodyBytes - s->m_request.body.size()))
            return s->fail(413, "Request body too large");
        return 0;
    }

    static int onBody(llhttp_t *p, const char *at, size_t length)
    {
        HttpRequestParser *s = self(p);
        if (qint64(length) > s->m_maxBodyBytes - s->m_request.body.size())
            return s->fail(413, "Request body too large");
        s->m_request.body.append(at, qsizetype(length));
        return 0;
    }

    static int onMessageComplete(llhttp_t *p)
    {
        self(p)->m_complete = true;
        // Stop right after this message so that pipelined bytes stay unparsed until reset().
        return HPE_PAUSED;
    }
};

HttpRequestParser::HttpRequestParser(qint64 maxBodyBytes)
    : m_llhttp(std::make_unique<Llhttp>())
    , m_maxBodyBytes(maxBodyBytes)
{
    llhttp_settings_t &s = m_llhttp->settings;
    llhttp_settings_init(&s);
    s.on_message_begin = &Callbacks::onMessageBegin;
    s.on_url = &Callbacks::onUrl;
    s.on_header_field = &Callbacks::onHeaderField;
    s.on_header_field_complete = &Callbacks::onHeaderFieldComplete;
    s.on_header_value = &Callbacks::onHeaderValue;
    s.on_header_value_complete = &Callbacks::onHeaderValueComplete;
    s.on_headers_complete = &Callbacks::onHeadersComplete;
    s.on_chunk_header = &Callbacks::onChunkHeader;
    s.on_body = &Callbacks::onBody;
    s.on_message_complete = &Callbacks::onMessageComplete;
    // No lenient flags: llhttp's strict defaults reject conflicting Content-Length / Transfer-Encoding.
    llhttp_init(&m_llhttp->parser, HTTP_REQUEST, &m_llhttp->settings);
    m_llhttp->parser.data = this;
}

HttpRequestParser::~HttpRequestParser() = default;

HttpRequestParser::Status HttpRequestParser::feed(QByteArrayView bytes, qsizetype &consumed)
{
    consumed = 0;
    if (m_errorStatus != 0)
        return Status::Error;
    if (m_complete)
        return Status::Complete;
    if (bytes.isEmpty())
        return Status::NeedMore;

    llhttp_t *p = &m_llhttp->parser;
    while (consumed < bytes.size()) {
        // Until the headers are complete llhttp gets at most what is left of the preamble budget, so that
        // whitespace it skips without telling us cannot grow the head without bound.
        qsizetype length = bytes.size() - consumed;
        if (!m_headersDone)
            length = qMin(length, MaxPreambleBytes - m_preambleBytes);
        const char *start = bytes.data() + consumed;
        m_feedStart = start;
        const llhttp_errno_t err = llhttp_execute(p, start, size_t(length));
        m_feedStart = nullptr;

        qsizetype used = length;
        if ((err == HPE_PAUSED || err == HPE_PAUSED_UPGRADE) && m_complete) {
            used = llhttp_get_error_pos(p) - start;
        } else if (err != HPE_OK) {
            const char *pos = llhttp_get_error_pos(p);
            consumed += pos ? pos - start : length;
            if (m_errorStatus == 0) {
                // llhttp's own refusals (bad syntax, bare CR, CL with TE, duplicate CL) are framing errors.
                m_errorStatus = 400;
                m_errorReason = llhttp_get_error_reason(p);
            }
            return Status::Error;
        }
        consumed += used;
        if (used > 0)
            m_lastByteOfPreviousFeed = start[used - 1];
        if (m_complete)
            return Status::Complete;
        if (!m_headersDone) {
            m_preambleBytes += used;
            if (m_preambleBytes >= MaxPreambleBytes) {
                fail(431, "Request headers too large");
                return Status::Error;
            }
        }
    }
    return Status::NeedMore;
}

HttpRequest HttpRequestParser::takeRequest()
{
    return std::exchange(m_request, HttpRequest());
}

void HttpRequestParser::reset()
{
    llhttp_reset(&m_llhttp->parser);
    m_request = HttpRequest();
    m_field.clear();
    m_value.clear();
    m_headerBytes = 0;
    m_headerFields = 0;
    m_preambleBytes = 0;
    m_started = false;
    m_headersDone = false;
    m_complete = false;
    m_expectsContinue = false;
    m_lastByteOfPreviousFeed = 0;
    m_errorStatus = 0;
    m_errorReason.clear();
}

int HttpRequestParser::fail(int status, const char *reason)
{
    m_errorStatus = status;
    m_errorReason = reason;
    return -1; // any non-zero callback result stops llhttp with an error
}

bool HttpRequestParser::countHeaderBytes(size_t length)
{
    m_headerBytes += qsizetype(length);
    if (m_headerBytes > MaxHeaderBytes) {
        fail(431, "Request headers larger than 16 KiB");
        return false;
    }
    return true;
}

} // namespace Gateway
