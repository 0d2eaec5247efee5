#pragma once

#include "core/ledger/tracerecord.h"

#include <QMainWindow>

class QLabel;

namespace Ui {

/** Tollgate's main window. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void showGatewayListening(const QString &url);
    void showGatewayFailed(const QString &error);
    void noteRequestBooked(const Ledger::TraceRecord &trace, bool committed);

signals:
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    qint64 m_requests = 0;
    Common::Money m_spend;
};

} // namespace Ui
