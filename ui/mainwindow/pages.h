#pragma once

#include "ui/common/appcontext.h"

namespace Ui {

class MainWindow;

/** Builds every page of the window in sidebar order; the one place that knows the list of pages. */
void addStandardPages(MainWindow &window, const AppContext &context);

} // namespace Ui
