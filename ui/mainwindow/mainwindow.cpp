#include "ui/mainwindow/mainwindow.h"

#include <QLabel>

namespace Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tollgate"));
    auto *label = new QLabel(tr("Tollgate"), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(1100, 720);
}

} // namespace Ui
