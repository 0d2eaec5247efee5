#include "core/ledger/turnbatchingsink.h"

#include "core/ledger/inlinecommitter.h"

#include <QAbstractEventDispatcher>
#include <QThread>

#include <utility>

namespace Ledger {

TurnBatchingSink::TurnBatchingSink(TraceSink &target, InlineCommitter *inlineCommitter, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_inline(inlineCommitter)
{
    m_fallback.setSingleShot(true);
    m_fallback.setInterval(0);
    connect(&m_fallback, &QTimer::timeout, this, &TurnBatchingSink::handOver);
    // aboutToBlock: the loop has dispatched this turn's events and is about to wait for the next.
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(thread());
    Q_ASSERT_X(dispatcher, "TurnBatchingSink", "needs a thread with an event dispatcher");
    if (dispatcher)
        connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, &TurnBatchingSink::handOver);
}

TurnBatchingSink::~TurnBatchingSink()
{
    handOver();
}

void TurnBatchingSink::submit(TraceRecord trace, QObject *context, DoneCallback done)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_held.empty())
        m_fallback.start();
    m_held.push_back(Pending{std::move(trace), context, std::move(done)});
}

void TurnBatchingSink::handOver()
{
    if (m_held.empty())
        return;
    m_fallback.stop();
    if (m_held.size() == 1 && m_inline && m_inline->tryCommit(m_held.front())) {
        m_held.clear();
        return;
    }
    ++m_handOvers;
    m_target.submitAll(std::exchange(m_held, {}));
}

} // namespace Ledger
