#pragma once

#include <QByteArray>
#include <QThread>

#include <memory>

namespace TestSupport {
class FakeProvider;
}

namespace Bench {

/** A TestSupport::FakeProvider living on a thread of its own, so it never shares the client's loop. */
class FakeProviderThread final
{
public:
    explicit FakeProviderThread(const QByteArray &apiKey);
    ~FakeProviderThread();
    Q_DISABLE_COPY_MOVE(FakeProviderThread)

    /** 0 when it could not listen. */
    quint16 port() const { return m_port; }

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_anchor; // lives in m_thread; the provider is made and destroyed through it
    TestSupport::FakeProvider *m_provider = nullptr;
    quint16 m_port = 0;
};

} // namespace Bench
