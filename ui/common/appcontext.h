#pragma once

#include <QString>

namespace Gateway {
class GatewayService;
}
namespace Secrets {
class SecretStore;
}
namespace Settings {
class AppSettings;
}

namespace Ui {

class LedgerClient;

/** What every page of the window may use; owned by the app, outliving the window. */
struct AppContext
{
    QString dataDir;
    LedgerClient *ledger = nullptr;              // asynchronous ledger access (never block the GUI thread)
    Gateway::GatewayService *gateway = nullptr;  // may be null in tests
    Secrets::SecretStore *secrets = nullptr;     // provider API keys (keyring or 0600 file)
    Settings::AppSettings *settings = nullptr;   // the user's preferences; may be null in tests
};

} // namespace Ui
