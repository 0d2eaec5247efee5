#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace Ui {

/** The heading every page starts with: its name, bold, one and a half times the body text. */
QLabel *makePageTitle(const QString &text, QWidget *parent);

} // namespace Ui
