#pragma once

#include "core/common/money.h"

#include <QString>

namespace Ui {

/** Dollar amounts for people: the user's digit grouping and decimal point, exact to the nano-dollar. */
class UsdText final
{
public:
    /** "$1,234.50", "$0.000123", "-$2.00": at least two decimals, more only when they carry digits. */
    static QString format(Common::Money amount);
    /** Rounded to the cent for glanceable figures: "$12.35", and "< $0.01" rather than a misleading "$0.00". */
    static QString cents(Common::Money amount);
};

} // namespace Ui
