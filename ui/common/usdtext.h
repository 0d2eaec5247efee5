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
    /**
     * Rounded to the cent for glanceable figures: "$12.35". A non-zero amount under a cent keeps three
     * significant digits ("$0.001", "$0.000412"): a cap of a tenth of a cent is a real setting, and
     * "< $0.01" would hide it.
     */
    static QString cents(Common::Money amount);
    /**
     * Spend against a cap, shown like cents(), except that rounding never moves it across the cap:
     * $249.996 of a $250.00 cap is "$249.99", not "$250.00", and spend that reached a $12.3449 cap
     * reads "$12.3449", not "$12.34".
     */
    static QString spendTowards(Common::Money spent, Common::Money cap);
    /** A cap as the user set it, exact: "$250.00", "$0.001". */
    static QString cap(Common::Money cap) { return format(cap); }
    /**
     * An amount as a user typed it ("2.5", " $2.50", "2,50" where the decimal point is a comma) in the
     * form Common::Money parses; it never goes through a float. Text holding the locale's digit group
     * separator ("1.000" in German, "1,000" in English) comes back empty, which no parse accepts.
     */
    static QString typedAmount(QString text);
    /** An amount to edit in a text field, as typedAmount() reads it back: "2,5" where the decimal point is a comma. */
    static QString editable(Common::Money amount, int minDecimals = 0);
};

} // namespace Ui
