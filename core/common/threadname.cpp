#include "core/common/threadname.h"

#include <QString>
#include <QThread>

#if defined(Q_OS_LINUX)
#include <pthread.h>
#endif

namespace Common {

void nameCurrentThread(const char *name)
{
    QThread::currentThread()->setObjectName(QString::fromLatin1(name));
#if defined(Q_OS_LINUX)
    pthread_setname_np(pthread_self(), name);
#endif
}

} // namespace Common
