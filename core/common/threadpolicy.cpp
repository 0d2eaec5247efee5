#include "core/common/threadpolicy.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <sched.h>
#endif

namespace Common {

bool preferNotToPreempt()
{
#if defined(Q_OS_LINUX)
    sched_param parameters{};
    parameters.sched_priority = 0; // the only priority SCHED_BATCH has; needs no privilege
    return sched_setscheduler(0, SCHED_BATCH, &parameters) == 0; // 0: the calling thread
#else
    return false;
#endif
}

} // namespace Common
