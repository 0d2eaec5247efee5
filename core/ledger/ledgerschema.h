#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace Ledger {

/**
 * Creates the ledger schema and upgrades older files one version at a time. The version lives in
 * `PRAGMA user_version`; each step runs in its own transaction, so a crash leaves a whole version.
 */
class LedgerSchema final
{
public:
    /** The version this build writes. Add a migrateToN() step and bump this to change the schema. */
    static constexpr int CurrentVersion = 4;

    /** Reads `PRAGMA user_version`; 0 for a new, empty file. */
    static Common::Result<int> readVersion(QSqlDatabase db);

    /** SchemaTooNew when `version` is newer than this build knows; `fileName` names the file in the message. */
    static Common::Status checkNotNewer(int version, const QString &fileName);

    /** Brings the database from its current version up to CurrentVersion (refusing a newer one). */
    static Common::Status migrate(QSqlDatabase db, const QString &fileName);

private:
    static Common::Status migrateTo(QSqlDatabase db, int version);
    static Common::Status migrateTo1(QSqlDatabase db);
    static Common::Status migrateTo2(QSqlDatabase db);
    static Common::Status migrateTo3(QSqlDatabase db);
    static Common::Status migrateTo4(QSqlDatabase db);
};

} // namespace Ledger
