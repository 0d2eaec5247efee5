#pragma once

#include "core/providers/providerrecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace Ui {

/** The upstream providers in the order the gateway tries them (priority, then name). */
class ProvidersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersModel)

public:
    enum Column { Name, Type, BaseUrl, Priority, Models, Credential, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit ProvidersModel(QObject *parent = nullptr);

    /** `secretLocation` names where stored secrets live ("the system keyring" or a file path). */
    void setProviders(QList<Providers::ProviderRecord> providers, const QString &secretLocation);
    const Providers::ProviderRecord &provider(int row) const { return m_providers.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString credentialText(const Providers::ProviderRecord &provider) const;

    QList<Providers::ProviderRecord> m_providers;
    QString m_secretLocation;
};

} // namespace Ui
