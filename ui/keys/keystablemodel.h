#pragma once

#include "core/common/money.h"
#include "core/keys/keyrecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Ui {

/** One key as the Keys page shows it: the record and what it has spent. */
struct KeyRow
{
    Keys::KeyRecord key;
    Common::Money spentThisMonth;   // since the 1st of the local month, from the hourly rollup
    Common::Money spentLifetime;    // what the spend cap counts against
    qint64 unpricedThisMonth = 0;   // requests whose cost is unknown
};

/** The keys of the ledger with their spend; filled from rows a page fetched off the GUI thread. */
class KeysTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeysTableModel)

public:
    enum Column { Name, Prefix, SpentThisMonth, SpendCap, RateLimit, TokensPerMinute, AllowedModels, LastUsed, Status, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // sortable value of the cell
        CapFractionRole,                 // SpendCap: lifetime spend / cap as a double, or invalid when uncapped
    };

    explicit KeysTableModel(QObject *parent = nullptr);

    /** Replaces the rows; keeps the views' selection when the same keys come back in the same order. */
    void setRows(QList<KeyRow> rows);
    const KeyRow *row(int index) const;
    int rowOfKey(const QString &name) const;
    QStringList keyNames() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "$12.50" in the user's locale; amounts below a cent keep their significant digits. */
    static QString formatMoney(Common::Money amount);
    static QString statusText(const Keys::KeyRecord &key, const QDateTime &nowUtc);
    /** What statusText() calls Active: neither revoked nor expired. */
    static bool isActive(const Keys::KeyRecord &key, const QDateTime &nowUtc) { return key.isUsableAt(nowUtc); }

private:
    QVariant display(const KeyRow &row, int column) const;
    QVariant rawValue(const KeyRow &row, int column) const;

    QList<KeyRow> m_rows;
};

} // namespace Ui
