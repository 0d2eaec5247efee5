#include "core/providers/proxysettings.h"

#include "core/common/loopbackhost.h"

#include <QLoggingCategory>

namespace Providers {

Q_LOGGING_CATEGORY(lcProxy, "tollgate.providers.proxy")

namespace {

QString firstSetVariable(const char *lower, const char *upper)
{
    QString value = qEnvironmentVariable(lower);
    if (value.isEmpty())
        value = qEnvironmentVariable(upper);
    return value.trimmed();
}

} // namespace

ProxySettings::ProxySettings(const QString &httpProxy, const QString &httpsProxy, const QString &noProxy)
    : m_http(parseProxy(httpProxy))
    , m_https(parseProxy(httpsProxy))
    , m_noProxy(noProxy)
{
}

ProxySettings ProxySettings::fromEnvironment()
{
    return ProxySettings(firstSetVariable("http_proxy", "HTTP_PROXY"), firstSetVariable("https_proxy", "HTTPS_PROXY"),
                         firstSetVariable("no_proxy", "NO_PROXY"));
}

std::optional<ProxyEndpoint> ProxySettings::parseProxy(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    // "proxy:3128" is common in the wild; read it as http://proxy:3128.
    const QString withScheme = text.contains(QLatin1String("://")) ? text : QStringLiteral("http://") + text;
    const QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.scheme().compare(u"http", Qt::CaseInsensitive) != 0) {
        qCWarning(lcProxy) << "ignoring unsupported proxy setting; only http:// proxies are supported";
        return std::nullopt;
    }
    ProxyEndpoint endpoint;
    endpoint.host = url.host();
    endpoint.port = static_cast<quint16>(url.port(80));
    if (!url.userName().isEmpty()) {
        const QByteArray credentials = url.userName(QUrl::FullyDecoded).toUtf8() + ':' + url.password(QUrl::FullyDecoded).toUtf8();
        endpoint.authorization = QByteArrayLiteral("Basic ") + credentials.toBase64();
    }
    return endpoint;
}

std::optional<ProxyEndpoint> ProxySettings::proxyFor(const QUrl &url) const
{
    const bool https = url.scheme().compare(u"https", Qt::CaseInsensitive) == 0;
    const std::optional<ProxyEndpoint> &proxy = https ? m_https : m_http;
    if (!proxy || bypassesProxy(m_noProxy, url.host(), url.port(https ? 443 : 80)))
        return std::nullopt;
    return proxy;
}

bool ProxySettings::bypassesProxy(const QString &noProxy, const QString &rawHost, int port)
{
    QString host = rawHost.toLower();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host.endsWith(u'.'))
        host.chop(1);
    if (Common::isLoopbackHost(host))
        return true;

    const QStringList entries = noProxy.split(u',', Qt::SkipEmptyParts);
    for (QString entry : entries) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == u"*")
            return true;
        // An optional ":port" (IPv6 literals come bracketed: "[::1]:8080").
        int entryPort = -1;
        const qsizetype colon = entry.lastIndexOf(u':');
        const bool bracketed = entry.startsWith(u'[');
        if (colon > 0 && (bracketed ? entry.at(colon - 1) == u']' : entry.indexOf(u':') == colon)) {
            bool ok = false;
            entryPort = entry.mid(colon + 1).toInt(&ok);
            if (!ok)
                continue;
            entry.truncate(colon);
        }
        if (bracketed && entry.endsWith(u']'))
            entry = entry.mid(1, entry.size() - 2);
        if (entryPort >= 0 && entryPort != port)
            continue;
        if (entry.startsWith(QLatin1String("*.")))
            entry.remove(0, 2);
        else if (entry.startsWith(u'.'))
            entry.remove(0, 1);
        if (entry.endsWith(u'.'))
            entry.chop(1);
        if (entry.isEmpty())
            continue;
        if (host == entry || (host.endsWith(entry) && host.at(host.size() - entry.size() - 1) == u'.'))
            return true;
    }
    return false;
}

} // namespace Providers
