#include "core/gateway/gatewayservice.h"

#include "core/common/threadname.h"
#include "core/gateway/epolleventdispatcher.h"
#include "core/gateway/gatewayworker.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

#include <future>
#include <tuple>
#include <utility>

namespace Gateway {

GatewayService::GatewayService(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Ledger::TraceRecord>("Ledger::TraceRecord");
    qRegisterMetaType<QList<Ledger::TraceRecord>>("QList<Ledger::TraceRecord>");
}

GatewayService::~GatewayService()
{
    endThread(); // last resort when nobody called stop()
}

void GatewayService::start(const GatewayOptions &options, GatewayHandler::SecretResolver secrets)
{
    if (m_thread.joinable())
        return;
    // The worker is made in its own thread, so everything it creates belongs there; start() waits
    // for it so that its signals are connected before anything can emit them.
    std::promise<std::pair<GatewayWorker *, QEventLoop *>> made;
    std::future<std::pair<GatewayWorker *, QEventLoop *>> madeResult = made.get_future();
    m_thread = std::thread([options, secrets = std::move(secrets), &made]() mutable {
        Common::nameCurrentThread("gateway");
        // Installed before the thread's first event loop would make Qt's own; Qt deletes it when the thread ends.
        QThread::currentThread()->setEventDispatcher(new EpollEventDispatcher);
        QEventLoop loop; // before the worker: its timers and sockets need the thread's event dispatcher
        {
            GatewayWorker worker(options, std::move(secrets));
            made.set_value({&worker, &loop});
            loop.exec();
        }
        // What the worker's teardown handed to deleteLater, as QThread does when its loop ends.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    });
    std::tie(m_worker, m_loop) = madeResult.get();
    connect(m_worker, &GatewayWorker::started, this, &GatewayService::started);
    connect(m_worker, &GatewayWorker::startFailed, this, [this](const QString &error) {
        emit startFailed(error);
        endThread();
    });
    connect(m_worker, &GatewayWorker::stopped, this, &GatewayService::handleWorkerStopped);
    connect(m_worker, &GatewayWorker::requestsBooked, this, &GatewayService::requestsBooked);
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

void GatewayService::stopNow()
{
    if (!m_worker) {
        emit stopped();
        return;
    }
    QMetaObject::invokeMethod(m_worker, &GatewayWorker::stopNow, Qt::QueuedConnection);
}

void GatewayService::handleWorkerStopped()
{
    endThread();
    emit stopped();
}

void GatewayService::endThread()
{
    if (!m_thread.joinable())
        return;
    QMetaObject::invokeMethod(m_loop, &QEventLoop::quit, Qt::QueuedConnection);
    m_thread.join();
    m_worker = nullptr;
    m_loop = nullptr;
}

} // namespace Gateway
