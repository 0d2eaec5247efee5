#pragma once

#include <QMainWindow>

namespace Ui {

/** Tollgate's main window. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Ui
