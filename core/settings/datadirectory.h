#pragma once

#include <QString>

namespace Settings {

/** Where Tollgate keeps its ledger and fallback secrets file. */
class DataDirectory final
{
public:
    static constexpr const char *EnvironmentVariable = "TOLLGATE_DATA";

    /** `--data DIR` if given, else $TOLLGATE_DATA, else the platform's app-data location. */
    static QString resolve(const QString &commandLineValue);
    static QString ledgerPath(const QString &dataDir);
    static QString secretsPath(const QString &dataDir);
};

} // namespace Settings
