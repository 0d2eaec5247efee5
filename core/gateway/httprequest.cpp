#include "core/gateway/httprequest.h"

namespace Gateway {

namespace {

/** Whether a comma-separated header value lists this token (case-insensitive), e.g. Connection: close. */
bool listContainsToken(QByteArrayView list, QByteArrayView token)
{
    qsizetype start = 0;
    while (start <= list.size()) {
        qsizetype end = list.indexOf(',', start);
        if (end < 0)
            end = list.size();
        const QByteArrayView item = list.sliced(start, end - start).trimmed();
        if (item.compare(token, Qt::CaseInsensitive) == 0)
            return true;
        start = end + 1;
    }
    return false;
}

} // namespace

QByteArray HttpRequest::originForm(const QByteArray &target)
{
    if (target.startsWith('/'))
        return target; // the usual origin form, shared rather than copied
    const QByteArray scheme = target.left(8).toLower();
    if (!scheme.startsWith("http://") && !scheme.startsWith("https://"))
        return target;
    const qsizetype authority = target.indexOf("://") + 3;
    const qsizetype path = target.indexOf('/', authority);
    const qsizetype query = target.indexOf('?', authority);
    if (path >= 0 && (query < 0 || path < query))
        return target.mid(path);
    return '/' + (query >= 0 ? target.mid(query) : QByteArray());
}

QByteArray HttpRequest::path() const
{
    const qsizetype mark = target.indexOf('?');
    return mark < 0 ? target : target.left(mark);
}

QByteArray HttpRequest::query() const
{
    const qsizetype mark = target.indexOf('?');
    return mark < 0 ? QByteArray() : target.mid(mark + 1);
}

QByteArray HttpRequest::header(QByteArrayView lowerCaseName) const
{
    for (const HttpHeader &h : headers) {
        if (h.name == lowerCaseName)
            return h.value;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView lowerCaseName) const
{
    for (const HttpHeader &h : headers) {
        if (h.name == lowerCaseName)
            return true;
    }
    return false;
}

bool HttpRequest::keepAlive() const
{
    // Every Connection line counts (RFC 9110 §7.6.1 allows the list to be split over several lines).
    bool close = false;
    bool keep = false;
    for (const HttpHeader &h : headers) {
        if (h.name != "connection")
            continue;
        close = close || listContainsToken(h.value, "close");
        keep = keep || listContainsToken(h.value, "keep-alive");
    }
    if (close)
        return false;
    return versionMinor >= 1 || keep;
}

bool HttpRequest::expectsContinue() const
{
    return versionMinor >= 1 && header("expect").trimmed().compare("100-continue", Qt::CaseInsensitive) == 0;
}

} // namespace Gateway
