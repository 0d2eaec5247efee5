#include "tests/bench/fakeproviderthread.h"

#include "core/gateway/epolleventdispatcher.h"
#include "tests/support/fakeprovider.h"

namespace Bench {

FakeProviderThread::FakeProviderThread(const QByteArray &apiKey)
    : m_anchor(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("fake-provider"));
    m_thread.setEventDispatcher(new Gateway::EpollEventDispatcher); // as the load generator's (see main.cpp)
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
    // The provider's server is not a QObject child, so it must be created in its thread, not moved there.
    QMetaObject::invokeMethod(m_anchor.get(), [this, apiKey] {
        m_provider = new TestSupport::FakeProvider(apiKey);
        m_provider->setRecordingEnabled(false);
        if (m_provider->listen(0))
            m_port = m_provider->port();
    }, Qt::BlockingQueuedConnection);
}

FakeProviderThread::~FakeProviderThread()
{
    QMetaObject::invokeMethod(m_anchor.get(), [this] {
        delete m_provider;
        m_provider = nullptr;
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_anchor.reset(); // its thread has ended; deleting it from here is safe
}

} // namespace Bench
