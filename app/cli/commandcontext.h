#pragma once

#include "app/cli/exitcode.h"
#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/ledger/ledgerstore.h"
#include "core/secrets/secretstore.h"

#include <QDateTime>
#include <QJsonValue>
#include <QTextStream>

#include <memory>
#include <optional>

namespace Cli {

/** What every command needs: the data directory, the ledger, the secret store and the terminal. */
class CommandContext final
{
public:
    explicit CommandContext(QString dataDir);
    ~CommandContext();
    Q_DISABLE_COPY_MOVE(CommandContext)

    const QString &dataDir() const { return m_dataDir; }
    const Common::Clock &clock() const { return Common::SystemClock::instance(); }

    /** Opens (creating and migrating if needed) the ledger and seeds prices on first use. */
    Common::Result<Ledger::LedgerStore *> ledger();
    Secrets::SecretStore &secrets();

    QTextStream &out() { return m_out; }
    /** Prints "tollgate: <message>" on stderr and returns the exit code the error calls for. */
    int fail(const Common::Error &error);
    int usage(const QString &message);
    /** Prints "tollgate: warning: <message>" on stderr; the command goes on. */
    void warn(const QString &message);
    void printJson(const QJsonValue &document);
    /** Bytes to stdout as they are (CSV); flush out() first. */
    void writeRaw(const QByteArray &bytes);
    /**
     * Flushes what the command printed. A command that succeeded but whose output could not be written
     * (a full disk, a closed pipe) fails: a cut-off export must not look like a whole one.
     */
    int finish(int status);
    /** What finish() adds when the output is lost: what happened anyway (a key created whose secret nobody saw). */
    void setIfOutputLost(const QString &note) { m_ifOutputLost = note; }

    /**
     * "YYYY-MM-DD" (local midnight; with `endOfDay` the following midnight, so that --until is
     * inclusive) or an ISO 8601 date-time. nullopt if unreadable.
     */
    static std::optional<QDateTime> parseDate(const QString &text, bool endOfDay);

private:
    QString m_dataDir;
    std::unique_ptr<Ledger::LedgerStore> m_ledger;
    std::unique_ptr<Secrets::SecretStore> m_secrets;
    void flushRaw();

    QTextStream m_out;
    QTextStream m_err;
    int m_rawWriteError = 0; // errno of the first raw write to stdout that failed
    QString m_ifOutputLost;
};

} // namespace Cli
