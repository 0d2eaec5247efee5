#include "ui/providers/providersmodel.h"

#include "ui/common/errorlabel.h"

namespace Ui {

ProvidersModel::ProvidersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProvidersModel::setProviders(QList<Providers::ProviderRecord> providers, const QString &secretLocation)
{
    beginResetModel();
    m_providers = std::move(providers);
    m_secretLocation = secretLocation;
    endResetModel();
}

int ProvidersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_providers.size());
}

int ProvidersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProvidersModel::credentialText(const Providers::ProviderRecord &provider) const
{
    if (provider.hasStoredSecret)
        return m_secretLocation.isEmpty() ? tr("stored secret") : tr("stored in %1").arg(m_secretLocation);
    if (!provider.apiKeyEnv.isEmpty()) {
        return provider.lacksItsKeyVariable() ? tr("environment: %1 (not set: requests skip this provider)").arg(provider.apiKeyEnv)
                                              : tr("environment: %1").arg(provider.apiKeyEnv);
    }
    return tr("none");
}

QVariant ProvidersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Providers::ProviderRecord &provider = m_providers.at(index.row());
    if (role == RawValueRole) {
        switch (index.column()) {
        case Priority: return provider.priority;
        case Models: return provider.models;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Priority)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Credential)
        return credentialText(provider);
    // Marked where the user looks for it, not only on stderr (QA).
    if (role == Qt::ForegroundRole && index.column() == Credential && provider.lacksItsKeyVariable())
        return ErrorLabel::refusedColor();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return provider.name;
    case Type: return Providers::ProviderRecord::typeName(provider.type);
    case BaseUrl: return provider.baseUrl;
    case Priority: return provider.priority;
    case Models: return provider.models.isEmpty() ? tr("all models") : provider.models.join(QStringLiteral(", "));
    case Credential: return credentialText(provider);
    default: return {};
    }
}

QVariant ProvidersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Type: return tr("Type");
    case BaseUrl: return tr("Base URL");
    case Priority: return tr("Priority");
    case Models: return tr("Models");
    case Credential: return tr("Credential");
    default: return {};
    }
}

} // namespace Ui
