#pragma once

#include "ui/common/appcontext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Ui {

class ErrorLabel;

/**
 * The preferences: where the gateway listens, the data directory, language, tray and login behaviour,
 * the first day of the week, the credit (CreditPanel) and its warning threshold. Every change is saved at once.
 */
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    /** `settings` must outlive the page. */
    SettingsPage(const AppContext &context, Settings::AppSettings &settings, QWidget *parent = nullptr);

signals:
    /** A preference was saved. */
    void settingsChanged();

private:
    QWidget *buildGatewayGroup();
    QWidget *buildInterfaceGroup();
    QWidget *buildAlertsGroup();
    QWidget *buildDataGroup();
    void handleAddressEdited();
    void handleCreditWarningEdited();
    void handleStartAtLoginToggled(bool on);
    void updateRemoteWarning();

    AppContext m_context;
    Settings::AppSettings &m_settings;
    QLineEdit *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    ErrorLabel *m_addressError = nullptr;
    ErrorLabel *m_remoteWarning = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_startMinimised = nullptr;
    QCheckBox *m_keepServing = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
    ErrorLabel *m_loginError = nullptr;
    QComboBox *m_weekStart = nullptr;
    QLineEdit *m_creditWarning = nullptr;
    ErrorLabel *m_creditWarningError = nullptr;
};

} // namespace Ui
