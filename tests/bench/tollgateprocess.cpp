#include "tests/bench/tollgateprocess.h"

#include "tests/bench/samples.h"

#include <QProcessEnvironment>
#include <QUrl>

namespace Bench {

namespace {

QString tollgateBinary()
{
    return QStringLiteral(TOLLGATE_BINARY);
}

// Provider secrets go to the 0600 file in the data directory, not a desktop keyring.
QProcessEnvironment childEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString());
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return environment;
}

} // namespace

TollgateProcess::CliResult TollgateProcess::runCli(const QString &dataDir, const QStringList &arguments)
{
    CliResult result;
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    const qint64 start = nowNs();
    process.start(tollgateBinary(), QStringList{QStringLiteral("--data"), dataDir} + arguments);
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        result.errorOutput = "did not finish";
        return result;
    }
    result.seconds = double(nowNs() - start) / 1e9;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = process.readAllStandardOutput();
    result.errorOutput = process.readAllStandardError();
    return result;
}

TollgateProcess::~TollgateProcess()
{
    stop();
}

bool TollgateProcess::startServe(const QString &dataDir, const QStringList &extraArguments)
{
    m_process.setProcessEnvironment(childEnvironment());
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 start = nowNs();
    m_process.start(tollgateBinary(), QStringList{QStringLiteral("--data"), dataDir, QStringLiteral("serve"),
                                                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                                          + extraArguments);
    QByteArray pending;
    while (m_process.waitForReadyRead(20'000)) {
        pending += m_process.readAllStandardOutput();
        const qsizetype lineEnd = pending.indexOf('\n');
        if (lineEnd < 0)
            continue;
        const QByteArray line = pending.left(lineEnd).trimmed();
        m_startupSeconds = double(nowNs() - start) / 1e9;
        if (!line.startsWith("listening on ")) {
            m_error = QStringLiteral("unexpected first line: %1").arg(QString::fromUtf8(line));
            return false;
        }
        const QUrl url(QString::fromUtf8(line.mid(13)));
        m_port = quint16(url.port());
        return m_port != 0;
    }
    m_error = QStringLiteral("tollgate serve did not start: %1").arg(m_process.errorString());
    return false;
}

void TollgateProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(30'000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

} // namespace Bench
