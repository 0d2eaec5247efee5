#pragma once

#include "ui/common/appcontext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Ui {

class ProviderDialog;
class ProvidersModel;
class ProviderTester;

/** Providers: the upstreams the gateway forwards to, with add, edit, remove and a live test. */
class ProvidersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersPage)

public:
    explicit ProvidersPage(const AppContext &context, QWidget *parent = nullptr);

    ProvidersModel *model() const { return m_model; }
    void reload();
    void addProvider();
    void editSelected();
    /** Asks for confirmation, then removes the provider and its stored secret. */
    void removeSelected();
    void testSelected();

signals:
    void reloaded();
    /** An add, edit or remove finished; `error` is empty when it went through. */
    void saved(const QString &error);
    void tested(int httpStatus);

private:
    std::optional<int> selectedRow() const;
    void save(ProviderDialog *dialog, bool editing);
    void handleTestFinished(const QString &name, int httpStatus, qint64 latencyMs, const QString &error);
    void updateButtons();

    AppContext m_context;
    ProvidersModel *m_model = nullptr;
    ProviderTester *m_tester = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Ui
