#include "core/settings/appsettings.h"

#include <QSettings>

namespace Settings {

namespace {

struct KeyEntry
{
    AppSettings::Key key;
    const char *name;
    QVariant defaultValue;
};

// The one table of keys and defaults.
const KeyEntry &entry(AppSettings::Key key)
{
    using Key = AppSettings::Key;
    static const KeyEntry table[] = {
        {Key::ListenAddress, "Gateway/ListenAddress", QStringLiteral("127.0.0.1")},
        {Key::Port, "Gateway/Port", 8420},
        {Key::Language, "Interface/Language", QString()},
        {Key::StartMinimised, "Interface/StartMinimised", false},
        {Key::KeepServingInTray, "Interface/KeepServingInTray", true},
        {Key::StartAtLogin, "Interface/StartAtLogin", false},
        {Key::WeekStartsOn, "Interface/WeekStartsOn", static_cast<int>(Qt::Monday)},
        {Key::CreditWarningUsd, "Alerts/CreditWarningUsd", QStringLiteral("5")},
    };
    for (const KeyEntry &candidate : table) {
        if (candidate.key == key)
            return candidate;
    }
    Q_UNREACHABLE();
}

} // namespace

AppSettings::AppSettings()
    // QSettings without an organisation name files everything under "Unknown Organization" and reports
    // an access error; naming both gives ~/.config/tollgate/tollgate.conf on Linux.
    : m_settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("tollgate"),
                                             QStringLiteral("tollgate")))
{
}

AppSettings::AppSettings(const QString &filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::keyName(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant AppSettings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant AppSettings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    // Storing the default removes the key, so a later change of the default reaches the user.
    if (value == defaultValue(key))
        m_settings->remove(keyName(key));
    else
        m_settings->setValue(keyName(key), value);
}

void AppSettings::sync()
{
    m_settings->sync();
}

quint16 AppSettings::port() const
{
    bool ok = false;
    const uint port = value(Key::Port).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return static_cast<quint16>(defaultValue(Key::Port).toUInt());
    return static_cast<quint16>(port);
}

Qt::DayOfWeek AppSettings::weekStartsOn() const
{
    bool ok = false;
    const int day = value(Key::WeekStartsOn).toInt(&ok);
    if (!ok || day < Qt::Monday || day > Qt::Sunday)
        return Qt::Monday;
    return static_cast<Qt::DayOfWeek>(day);
}

Common::Money AppSettings::creditWarningThreshold() const
{
    const auto money = Common::Money::fromDecimalString(value(Key::CreditWarningUsd).toString());
    if (!money || money->isNegative())
        return *Common::Money::fromDecimalString(defaultValue(Key::CreditWarningUsd).toString());
    return *money;
}

QString AppSettings::filePath() const
{
    return m_settings->fileName();
}

} // namespace Settings
