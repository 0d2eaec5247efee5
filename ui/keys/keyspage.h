#pragma once

#include "ui/common/appcontext.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Keys {
struct KeyRecord;
}

namespace Ui {

class KeysTableModel;

/**
 * The Keys page: every client key with its spend this month, its cap (as a bar), its limits and its
 * state; New key, Edit caps, Rotate and Revoke. Spend moves as traffic flows, so the page refreshes
 * every few seconds and after every change to the ledger.
 */
class KeysPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeysPage)

public:
    static constexpr int RefreshIntervalMs = 3000;

    explicit KeysPage(const AppContext &context, QWidget *parent = nullptr);

    /** The base URL the snippets use; follows the gateway's started() signal. */
    void setGatewayUrl(const QString &url);
    KeysTableModel *model() const { return m_model; }

    void refresh();
    void newKey();
    void editCaps();
    void rotate();
    void revoke();

signals:
    /** A refresh finished and the table shows the ledger as of now (used by tests and screenshots). */
    void refreshed();

private:
    /** Selects the key with this id again, if it is still listed (after the model was reset). */
    void reselect(qint64 keyId);
    const Keys::KeyRecord *selectedKey() const;
    void updateActions();
    void widenColumnsToTheirContents();
    void selectKey(const QString &name);

    AppContext m_context;
    QString m_gatewayUrl;
    KeysTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_rotateAction = nullptr;
    QAction *m_revokeAction = nullptr;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
};

} // namespace Ui
