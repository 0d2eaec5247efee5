#pragma once

#include <QString>
#include <QTemporaryDir>

namespace TestSupport {

/** A fresh data directory for one test, removed afterwards. */
class TempDataDir final
{
public:
    TempDataDir();
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString ledgerPath() const { return filePath(QStringLiteral("ledger.sqlite")); }

private:
    QTemporaryDir m_dir;
};

} // namespace TestSupport
