#include "core/common/loopbackhost.h"

#include <QHostAddress>

namespace Common {

bool isLoopbackHost(const QString &host)
{
    if (host == u"localhost" || host.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace Common
