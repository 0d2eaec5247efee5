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

    /**
     * "YYYY-MM-DD" (local midnight; with `endOfDay` the following midnight, so that --until is
     * inclusive) or an ISO 8601 date-time. nullopt if unreadable.
     */
    static std::optional<QDateTime> parseDate(const QString &text, bool endOfDay);

private:
    QString m_dataDir;
    std::unique_ptr<Ledger::LedgerStore> m_ledger;
    std::unique_ptr<Secrets::SecretStore> m_secrets;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Cli
