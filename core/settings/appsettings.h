#pragma once

#include "core/common/money.h"

#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace Settings {

/**
 * The user's preferences as typed keys with their defaults in one table, over QSettings. It is the only
 * code that touches QSettings, so a key's name and default are written down exactly once.
 */
class AppSettings final
{
public:
    enum class Key {
        ListenAddress,      // QString, "127.0.0.1"
        Port,               // quint16, 8420
        Language,           // QString, "" = follow the system
        StartMinimised,     // bool: start hidden in the tray
        KeepServingInTray,  // bool: closing the window leaves the gateway running from the tray
        StartAtLogin,       // bool
        WeekStartsOn,       // Qt::DayOfWeek as 1..7
        CreditWarningUsd,   // Money as a decimal string, "5"
    };

    /** The platform's settings store for the application ("~/.config/tollgate/tollgate.conf" on Linux). */
    AppSettings();
    /** An INI file at `filePath`: for tests and portable installs. */
    explicit AppSettings(const QString &filePath);
    ~AppSettings();
    Q_DISABLE_COPY_MOVE(AppSettings)

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    /** Writes pending changes to disk (QSettings also does so on its own, later). */
    void sync();

    QString listenAddress() const { return value(Key::ListenAddress).toString(); }
    void setListenAddress(const QString &address) { setValue(Key::ListenAddress, address); }
    quint16 port() const;
    void setPort(quint16 port) { setValue(Key::Port, port); }
    QString language() const { return value(Key::Language).toString(); }
    void setLanguage(const QString &language) { setValue(Key::Language, language); }
    bool startMinimised() const { return value(Key::StartMinimised).toBool(); }
    void setStartMinimised(bool on) { setValue(Key::StartMinimised, on); }
    bool keepServingInTray() const { return value(Key::KeepServingInTray).toBool(); }
    void setKeepServingInTray(bool on) { setValue(Key::KeepServingInTray, on); }
    bool startAtLogin() const { return value(Key::StartAtLogin).toBool(); }
    void setStartAtLogin(bool on) { setValue(Key::StartAtLogin, on); }
    Qt::DayOfWeek weekStartsOn() const;
    void setWeekStartsOn(Qt::DayOfWeek day) { setValue(Key::WeekStartsOn, static_cast<int>(day)); }
    Common::Money creditWarningThreshold() const;
    void setCreditWarningThreshold(Common::Money usd) { setValue(Key::CreditWarningUsd, usd.toShortString(0)); }

    QString filePath() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Settings
