#pragma once

#include <QObject>

class QSocketNotifier;

namespace App {

/**
 * Turns SIGINT and SIGTERM into a Qt signal through a self-pipe: the handler only writes a byte,
 * which is async-signal-safe, and the event loop does the rest.
 */
class UnixSignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignalWatcher)

public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    static void handleSignal(int signalNumber);
    void handleReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace App
