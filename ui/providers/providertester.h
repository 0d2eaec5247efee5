#pragma once

#include "core/providers/providerrecord.h"

#include <QElapsedTimer>
#include <QObject>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Ui {

/**
 * Checks that a provider answers with the credential Tollgate has for it: a real, cheap request that
 * costs no tokens (GET <base>/models for OpenAI-compatible servers, GET /v1/models for Anthropic).
 */
class ProviderTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderTester)

public:
    static constexpr int TimeoutMs = 15'000;

    explicit ProviderTester(QObject *parent = nullptr);
    ~ProviderTester() override;

    /** Starts the request; a test already running is abandoned. finished() follows. */
    void test(const Providers::ProviderRecord &provider, const std::optional<QString> &secret);
    static QNetworkRequest requestFor(const Providers::ProviderRecord &provider, const std::optional<QString> &secret);

signals:
    /** `httpStatus` is 0 when no HTTP answer came; `error` is empty on a 2xx answer. */
    void finished(const QString &providerName, int httpStatus, qint64 latencyMs, const QString &error);

private:
    QNetworkAccessManager *m_network = nullptr;
    QNetworkReply *m_reply = nullptr;
    QElapsedTimer m_timer;
};

} // namespace Ui
