#include "ui/keys/keystablemodel.h"

#include "ui/common/usdtext.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <limits>

namespace Ui {

KeysTableModel::KeysTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void KeysTableModel::setRows(QList<KeyRow> rows)
{
    bool sameKeys = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows.at(i).key.id == m_rows.at(i).key.id;
    if (!sameKeys) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    // The periodic refresh mostly moves spend figures: update in place so selection and scroll stay.
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const KeyRow *KeysTableModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int KeysTableModel::rowOfKey(const QString &name) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key.name == name)
            return int(i);
    }
    return -1;
}

QStringList KeysTableModel::keyNames() const
{
    QStringList names;
    for (const KeyRow &row : m_rows)
        names << row.key.name;
    return names;
}

int KeysTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeysTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KeysTableModel::formatMoney(Common::Money amount)
{
    // Spend is read at a glance: cents, like the status bar (exact figures are in Traces).
    return UsdText::cents(amount);
}

QString KeysTableModel::statusText(const Keys::KeyRecord &key, const QDateTime &nowUtc)
{
    if (isActive(key, nowUtc))
        return tr("Active");
    return key.status == Keys::KeyStatus::Revoked ? tr("Revoked") : tr("Expired");
}

QVariant KeysTableModel::display(const KeyRow &row, int column) const
{
    const Keys::KeyRecord &key = row.key;
    switch (Column(column)) {
    case Name:
        return key.name;
    case Prefix:
        return QString(key.prefix + QStringLiteral("…"));
    case SpentThisMonth:
        if (row.unpricedThisMonth > 0)
            return tr("%1 + %Ln unpriced", nullptr, int(row.unpricedThisMonth)).arg(formatMoney(row.spentThisMonth));
        return formatMoney(row.spentThisMonth);
    case SpendCap:
        if (!key.maxSpend)
            return tr("No cap");
        return tr("%1 of %2").arg(UsdText::spendTowards(row.spentLifetime, *key.maxSpend), UsdText::cap(*key.maxSpend));
    case RateLimit:
        return key.rateLimit ? key.rateLimit->toString() : tr("No limit");
    case TokensPerMinute:
        return key.tokensPerMinute ? QLocale().toString(*key.tokensPerMinute) : tr("No limit");
    case AllowedModels:
        return key.allowedModels.isEmpty() ? tr("All models") : key.allowedModels.join(QStringLiteral(", "));
    case LastUsed:
        return key.lastUsedAt.isValid() ? QLocale().toString(key.lastUsedAt.toLocalTime(), QLocale::ShortFormat) : tr("Never");
    case Status:
        return statusText(key, QDateTime::currentDateTimeUtc());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant KeysTableModel::rawValue(const KeyRow &row, int column) const
{
    const Keys::KeyRecord &key = row.key;
    switch (Column(column)) {
    case SpentThisMonth:
        return row.spentThisMonth.nanos();
    case SpendCap:
        // Keys without a cap sort after every capped one.
        return key.maxSpend ? key.maxSpend->nanos() : std::numeric_limits<qint64>::max();
    case RateLimit:
        // Requests per day, so that "10/s" sorts above "100/min".
        return key.rateLimit ? key.rateLimit->count * 86'400 / key.rateLimit->periodSeconds() : std::numeric_limits<qint64>::max();
    case TokensPerMinute:
        return key.tokensPerMinute.value_or(std::numeric_limits<qint64>::max());
    case LastUsed:
        return key.lastUsedAt.isValid() ? key.lastUsedAt.toMSecsSinceEpoch() : qint64(0);
    default:
        return display(row, column);
    }
}

QVariant KeysTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeyRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case RawValueRole:
        return rawValue(row, index.column());
    case CapFractionRole:
        if (index.column() == SpendCap && row.key.maxSpend) {
            const qint64 cap = row.key.maxSpend->nanos();
            // A zero cap is exhausted from the start.
            return cap <= 0 ? 1.0 : double(row.spentLifetime.nanos()) / double(cap);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == AllowedModels)
            return display(row, index.column());
        if (index.column() == LastUsed && row.key.lastUsedAt.isValid())
            return QLocale().toString(row.key.lastUsedAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == Status && row.key.expiresAt)
            return tr("Expires %1").arg(QLocale().toString(row.key.expiresAt->toLocalTime(), QLocale::ShortFormat));
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case SpentThisMonth:
        case TokensPerMinute:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ForegroundRole:
        // Greyed like a revoked key once expired: neither works (QA: expired keys looked active).
        if (!isActive(row.key, QDateTime::currentDateTimeUtc()))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant KeysTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name: return tr("Name");
    case Prefix: return tr("Prefix");
    case SpentThisMonth: return tr("Spent this month");
    case SpendCap: return tr("Spend cap");
    case RateLimit: return tr("Rate limit");
    case TokensPerMinute: return tr("Tokens/min");
    case AllowedModels: return tr("Allowed models");
    case LastUsed: return tr("Last used");
    case Status: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Ui
