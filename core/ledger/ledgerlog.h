#pragma once

#include <QLoggingCategory>

namespace Ledger {

/** The ledger module's logging category, "tollgate.ledger". */
Q_DECLARE_LOGGING_CATEGORY(lcLedger)

} // namespace Ledger
