#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace Bench {

/** The real `tollgate` binary (its path is compiled in): one-shot CLI commands and a `serve` process. */
class TollgateProcess final
{
public:
    struct CliResult
    {
        int exitCode = -1;
        QByteArray output;       // stdout
        QByteArray errorOutput;  // stderr
        double seconds = 0;      // wall time, process start to exit
    };

    /** `tollgate --data DIR args...`, waited for. */
    static CliResult runCli(const QString &dataDir, const QStringList &arguments);

    TollgateProcess() = default;
    ~TollgateProcess();
    Q_DISABLE_COPY_MOVE(TollgateProcess)

    /** Starts `tollgate --data DIR serve --listen 127.0.0.1:0 extra...` and waits for its "listening on" line. */
    bool startServe(const QString &dataDir, const QStringList &extraArguments = {});
    /** SIGTERM, then wait for the drain. */
    void stop();

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    /** Process start to the "listening on" line. */
    double startupSeconds() const { return m_startupSeconds; }
    QString errorString() const { return m_error; }

private:
    QProcess m_process;
    quint16 m_port = 0;
    double m_startupSeconds = 0;
    QString m_error;
};

} // namespace Bench
