#include "core/gateway/gatewayservice.h"

#include "core/gateway/gatewayworker.h"

namespace Gateway {

GatewayService::GatewayService(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Ledger::TraceRecord>("Ledger::TraceRecord");
    qRegisterMetaType<QList<Ledger::TraceRecord>>("QList<Ledger::TraceRecord>");
}

GatewayService::~GatewayService()
{
    if (m_thread) {
        // Last resort when nobody called stop(): end the thread's loop; the worker is destroyed in
        // its own thread by deleteLater, which the loop's end still processes.
        m_thread->quit();
        m_thread->wait();
    }
}

void GatewayService::start(const GatewayOptions &options, GatewayHandler::SecretResolver secrets)
{
    if (m_thread)
        return;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("gateway"));
    m_worker = new GatewayWorker(options, std::move(secrets));
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &GatewayWorker::started, this, &GatewayService::started);
    connect(m_worker, &GatewayWorker::startFailed, this, [this](const QString &error) {
        emit startFailed(error);
        m_thread->quit();
        m_thread->wait();
        m_thread.reset();
        m_worker = nullptr;
    });
    connect(m_worker, &GatewayWorker::stopped, this, &GatewayService::handleWorkerStopped);
    connect(m_worker, &GatewayWorker::requestsBooked, this, &GatewayService::requestsBooked);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &GatewayWorker::start, Qt::QueuedConnection);
}

void GatewayService::stop()
{
    if (!m_worker) {
        emit stopped();
        return;
    }
    QMetaObject::invokeMethod(m_worker, &GatewayWorker::stop, Qt::QueuedConnection);
}

void GatewayService::handleWorkerStopped()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        m_thread.reset();
    }
    m_worker = nullptr;
    emit stopped();
}

} // namespace Gateway
