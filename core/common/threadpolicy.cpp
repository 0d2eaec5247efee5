#include "core/common/threadpolicy.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#endif

namespace Common {

bool preferNotToPreempt()
{
#if defined(Q_OS_LINUX)
    sched_param parameters{};
    parameters.sched_priority = 0; // the only priority SCHED_BATCH has; needs no privilege
    if (sched_setscheduler(0, SCHED_BATCH, &parameters) != 0) // 0: the calling thread
        return false;
    // Linux keeps a nice value per thread and a new thread starts with its creator's; PRIO_PROCESS with a
    // thread id reads or sets one thread's, with the process id the main thread's. Counted from the main
    // thread's, so that a background thread started by another (the checkpointer, by the writer) is not
    // pushed further. Raising it needs no privilege; a failure leaves the thread as it was.
    errno = 0;
    const int mainNice = getpriority(PRIO_PROCESS, static_cast<id_t>(getpid()));
    if (errno == 0) {
        const auto thread = static_cast<id_t>(syscall(SYS_gettid));
        setpriority(PRIO_PROCESS, thread, std::min(mainNice + BackgroundNiceIncrement, 19));
    }
    return true;
#else
    return false;
#endif
}

} // namespace Common
