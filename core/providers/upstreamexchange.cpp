#include "core/providers/upstreamexchange.h"

#include "core/providers/upstreamconnection.h"

#include <utility>

namespace Providers {

UpstreamExchange::UpstreamExchange(UpstreamRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
}

UpstreamExchange::~UpstreamExchange()
{
    abort();
}

void UpstreamExchange::abort()
{
    if (m_done)
        return;
    m_done = true;
    if (UpstreamConnection *connection = std::exchange(m_connection, nullptr))
        connection->abortExchange(this);
}

void UpstreamExchange::pauseReading()
{
    if (m_paused)
        return;
    m_paused = true;
    if (m_connection)
        m_connection->setReadingPaused(true);
}

void UpstreamExchange::resumeReading()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (m_connection)
        m_connection->setReadingPaused(false);
}

void UpstreamExchange::attach(UpstreamConnection *connection, bool reused)
{
    m_connection = connection;
    m_reusedConnection = reused;
}

void UpstreamExchange::deliverHead(int status, const HttpHeaders &headers)
{
    if (m_done)
        return;
    m_status = status;
    m_headers = headers;
    emit headReceived(status, headers);
}

void UpstreamExchange::deliverBody(const QByteArray &piece)
{
    if (!m_done)
        emit bodyReceived(piece);
}

void UpstreamExchange::deliverFinished()
{
    if (m_done)
        return;
    m_done = true;
    m_connection = nullptr;
    emit finished();
}

void UpstreamExchange::deliverFailure(Failure reason, const QString &detail)
{
    if (m_done)
        return;
    m_done = true;
    m_connection = nullptr;
    emit failed(reason, detail);
}

} // namespace Providers
