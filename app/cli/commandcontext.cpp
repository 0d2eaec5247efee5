#include "app/cli/commandcontext.h"

#include "app/keychainsecretstore.h"
#include "core/admin/priceadmin.h"
#include "core/ledger/sqliteledgerstore.h"
#include "core/report/jsontext.h"
#include "core/settings/datadirectory.h"

#include <QDir>
#include <QFileDevice>
#include <QTimeZone>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Cli {

CommandContext::CommandContext(QString dataDir)
    : m_dataDir(std::move(dataDir))
    , m_out(stdout)
    , m_err(stderr)
{
}

CommandContext::~CommandContext() = default;

Common::Result<Ledger::LedgerStore *> CommandContext::ledger()
{
    if (!m_ledger) {
        auto opened = Ledger::SqliteLedgerStore::open(Settings::DataDirectory::ledgerPath(m_dataDir),
                                                      QStringLiteral("ledger-cli"), Ledger::LedgerStore::Access::ReadWrite,
                                                      clock());
        if (!opened)
            return opened.error();
        m_ledger = std::move(opened).value();
        Admin::PriceAdmin prices(*m_ledger, clock());
        if (auto seeded = prices.seedIfEmpty(); !seeded)
            return seeded.error();
    }
    return m_ledger.get();
}

Secrets::SecretStore &CommandContext::secrets()
{
    if (!m_secrets)
        m_secrets = std::make_unique<App::KeychainSecretStore>(Settings::DataDirectory::secretsPath(m_dataDir));
    return *m_secrets;
}

int CommandContext::fail(const Common::Error &error)
{
    m_out.flush();
    m_err << "tollgate: " << error.message << Qt::endl;
    return error.isUsageError() ? UsageError : Failure;
}

void CommandContext::warn(const QString &message)
{
    m_out.flush();
    m_err << "tollgate: warning: " << message << Qt::endl;
}

int CommandContext::usage(const QString &message)
{
    return fail(Common::makeError(Common::Error::Code::Invalid, message));
}

void CommandContext::printJson(const QJsonValue &document)
{
    m_out.flush();
    writeRaw(Report::JsonText::toText(document));
    flushRaw();
}

void CommandContext::writeRaw(const QByteArray &bytes)
{
    if (std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout) != static_cast<size_t>(bytes.size())
        && m_rawWriteError == 0)
        m_rawWriteError = errno;
}

void CommandContext::flushRaw()
{
    if (std::fflush(stdout) != 0 && m_rawWriteError == 0)
        m_rawWriteError = errno;
}

int CommandContext::finish(int status)
{
    m_out.flush();
    flushRaw();
    if (status == Success && m_ledger) {
        // A listing cut short by a damaged page looked complete and exited 0 (QA: `traces` printed [] and
        // `keys list` "No keys yet" on a ledger with 95,832 traces and five keys).
        if (const std::optional<Common::Error> failure = m_ledger->readFailure()) {
            m_err << "tollgate: the ledger could not be read in full, so the output above is incomplete: " << failure->message
                  << " (is " << QDir::toNativeSeparators(Settings::DataDirectory::ledgerPath(m_dataDir)) << " damaged?)" << Qt::endl;
            return Failure;
        }
    }
    if (status != Success || (m_rawWriteError == 0 && !std::ferror(stdout) && m_out.status() == QTextStream::Ok))
        return status;
    const auto *device = qobject_cast<const QFileDevice *>(m_out.device());
    const QString why = device && device->error() != QFileDevice::NoError ? device->errorString()
                        : m_rawWriteError != 0 ? QString::fromLocal8Bit(std::strerror(m_rawWriteError))
                                               : QStringLiteral("write error");
    // One line, as every error: what failed, then what happened anyway.
    m_err << "tollgate: could not write the output: " << why << (m_ifOutputLost.isEmpty() ? QString() : QStringLiteral("; ") + m_ifOutputLost)
          << Qt::endl;
    return Failure;
}

std::optional<QDateTime> CommandContext::parseDate(const QString &text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10) {
        const QDate day = endOfDay ? date.addDays(1) : date;
        return day.startOfDay(QTimeZone::systemTimeZone()).toUTC();
    }
    const QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (moment.isValid())
        return moment.toUTC();
    return std::nullopt;
}

} // namespace Cli
