#include "tests/support/tempdatadir.h"

namespace TestSupport {

TempDataDir::TempDataDir() = default;

} // namespace TestSupport
