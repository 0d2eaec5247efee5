#include "core/ledger/ledgerlog.h"

namespace Ledger {

Q_LOGGING_CATEGORY(lcLedger, "tollgate.ledger")

} // namespace Ledger
