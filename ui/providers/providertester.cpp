#include "ui/providers/providertester.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace Ui {

ProviderTester::ProviderTester(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

ProviderTester::~ProviderTester()
{
    if (m_reply)
        m_reply->abort();
}

QNetworkRequest ProviderTester::requestFor(const Providers::ProviderRecord &provider, const std::optional<QString> &secret)
{
    QString base = provider.baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    const bool anthropic = provider.type == Providers::ProviderType::Anthropic;
    // SDK conventions: the OpenAI base URL already ends in /v1, the Anthropic one is the bare host.
    QNetworkRequest request(QUrl(base + (anthropic ? QStringLiteral("/v1/models") : QStringLiteral("/models"))));
    request.setTransferTimeout(TimeoutMs);
    if (secret && !secret->isEmpty()) {
        if (anthropic)
            request.setRawHeader("x-api-key", secret->toUtf8());
        else
            request.setRawHeader("Authorization", "Bearer " + secret->toUtf8());
    }
    if (anthropic)
        request.setRawHeader("anthropic-version", "2023-06-01");
    return request;
}

void ProviderTester::test(const Providers::ProviderRecord &provider, const std::optional<QString> &secret)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_timer.start();
    m_reply = m_network->get(requestFor(provider, secret));
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, name = provider.name] {
        const qint64 latency = m_timer.elapsed();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QString error;
        if (status == 0)
            error = reply->errorString();
        else if (status < 200 || status >= 300)
            error = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        if (error.isEmpty() && (status < 200 || status >= 300))
            error = QStringLiteral("HTTP %1").arg(status);
        reply->deleteLater();
        if (m_reply == reply)
            m_reply = nullptr;
        emit finished(name, status, latency, error);
    });
}

} // namespace Ui
