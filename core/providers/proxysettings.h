#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Providers {

/** Where to send a request when it must go through an HTTP proxy. */
struct ProxyEndpoint
{
    QString host;
    quint16 port = 0;
    QByteArray authorization; // "Basic ..." from the proxy URL's user info, or empty
};

/**
 * The curl-style proxy environment: https_proxy / HTTPS_PROXY for https URLs, http_proxy /
 * HTTP_PROXY for http URLs (lower case wins), and no_proxy / NO_PROXY exceptions. Only http://
 * proxies are supported: https goes through a CONNECT tunnel, http uses absolute-form targets.
 */
class ProxySettings final
{
public:
    /** No proxy at all. */
    ProxySettings() = default;
    ProxySettings(const QString &httpProxy, const QString &httpsProxy, const QString &noProxy);
    static ProxySettings fromEnvironment();

    /** The proxy to use for this URL, or nothing for a direct connection. */
    std::optional<ProxyEndpoint> proxyFor(const QUrl &url) const;

    /**
     * Whether a NO_PROXY list exempts host:port. Entries are comma separated: "*" matches all,
     * "example.com" and ".example.com" match the domain and its subdomains, "host:port" also
     * needs the port to match. Loopback hosts never go through a proxy.
     */
    static bool bypassesProxy(const QString &noProxy, const QString &host, int port);

private:
    static std::optional<ProxyEndpoint> parseProxy(const QString &text);

    std::optional<ProxyEndpoint> m_http;
    std::optional<ProxyEndpoint> m_https;
    QString m_noProxy;
};

} // namespace Providers
