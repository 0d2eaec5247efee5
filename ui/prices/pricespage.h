#pragma once

#include "ui/common/appcontext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {

class PricesModel;

/**
 * Models & prices: the catalog with a search box, the models served without a price on top, setting a
 * price by hand and importing a community price map.
 */
class PricesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricesPage)

public:
    explicit PricesPage(const AppContext &context, QWidget *parent = nullptr);

    PricesModel *model() const { return m_model; }
    /** Re-reads prices and traffic from the ledger. */
    void reload();
    /** Imports a price map in LiteLLM's JSON format, in the background. */
    void importFile(const QString &path);
    /** Opens the override dialog for the selected model (or an empty one when nothing is selected). */
    void editSelectedPrice();

signals:
    void reloaded();
    void importFinished(bool ok);

private:
    void chooseImportFile();
    void updateBanner();

    AppContext m_context;
    PricesModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_import = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Ui
