#pragma once

#include <QLockFile>
#include <QObject>

class QLocalServer;

namespace App {

/**
 * One gateway per ledger: whoever runs the gateway on a data directory (the window or `serve`) holds
 * its lock file. A second window on the same data directory hands over to the first one instead,
 * which comes to the front.
 */
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    /** Takes the lock; false when another live process holds it, or the lock file cannot be made. */
    bool claim();
    /** After a failed claim(): whether another process holds the lock (else the file could not be made). */
    bool heldByAnother() const { return m_lock.error() == QLockFile::LockFailedError; }
    /** After a failed claim(), in English: who holds the lock, or why it could not be made. */
    QString whyNotClaimed(const QString &dataDir) const;
    /** The window side: listen for later instances that want this window in front. */
    void listenForActivation();
    /** Asks the holder of the lock to bring its window forward; false when it has no window (`serve`). */
    bool activateRunningWindow();
    /** "pid 1234", for messages; empty when unknown. */
    QString holder() const;

signals:
    void activationRequested();

private:
    QString m_serverName;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace App
