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

std::optional<HttpRequest::AbsoluteForm> HttpRequest::splitAbsoluteForm(const QByteArray &target)
{
    if (target.startsWith('/'))
        return std::nullopt; // the usual origin form
    const QByteArray scheme = target.left(8).toLower();
    if (!scheme.startsWith("http://") && !scheme.startsWith("https://"))
        return std::nullopt;
    const qsizetype start = target.indexOf("://") + 3;
    qsizetype end = start; // the authority runs to the path or the query, whichever comes first
    while (end < target.size() && target.at(end) != '/' && target.at(end) != '?')
        ++end;
    const QByteArray rest = target.mid(end);
    return AbsoluteForm{target.mid(start, end - start), rest.startsWith('/') ? rest : '/' + rest};
}

QByteArray HttpRequest::originForm(const QByteArray &target)
{
    const std::optional<AbsoluteForm> absolute = splitAbsoluteForm(target);
    return absolute ? absolute->origin : target; // an origin-form target shared rather than copied
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
