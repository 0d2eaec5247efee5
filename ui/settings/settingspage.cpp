#include "ui/settings/settingspage.h"

#include "core/settings/appsettings.h"
#include "ui/common/elidedlabel.h"
#include "ui/common/errorlabel.h"
#include "ui/common/pagetitle.h"
#include "ui/common/usdtext.h"
#include "ui/settings/autostartentry.h"
#include "ui/settings/creditpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace Ui {

namespace {

QLabel *makeNote(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

std::optional<QHostAddress> parseAddress(const QString &text)
{
    if (text.trimmed() == u"localhost")
        return QHostAddress(QHostAddress::LocalHost);
    const QHostAddress address(text.trimmed());
    if (address.isNull())
        return std::nullopt;
    return address;
}

} // namespace

SettingsPage::SettingsPage(const AppContext &context, Settings::AppSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsPage"));
    // In a scroll area: long labels in some languages (French needs ~920 px for the two columns) must not
    // make the whole window wider than a small screen.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    auto *title = makePageTitle(tr("Settings"), this);
    layout->addWidget(title);

    // Two columns use the width of a wide window instead of one long narrow form.
    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    auto *left = new QVBoxLayout;
    left->addWidget(buildGatewayGroup());
    left->addWidget(buildDataGroup());
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(buildInterfaceGroup());
    right->addWidget(new CreditPanel(m_context.ledger, this));
    right->addWidget(buildAlertsGroup());
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    layout->addLayout(columns, 1);
}

QWidget *SettingsPage::buildGatewayGroup()
{
    auto *group = new QGroupBox(tr("Gateway"), this);
    auto *form = new QFormLayout(group);
    m_address = new QLineEdit(m_settings.listenAddress(), group);
    m_address->setObjectName(QStringLiteral("listenAddress"));
    m_address->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_address->setMaximumWidth(280);
    connect(m_address, &QLineEdit::editingFinished, this, &SettingsPage::handleAddressEdited);
    form->addRow(tr("Listen &address:"), m_address);
    m_addressError = new ErrorLabel(QStringLiteral("listenAddressError"), group);
    form->addRow(QString(), m_addressError);
    m_remoteWarning = new ErrorLabel(QStringLiteral("remoteWarning"), group);
    m_remoteWarning->setText(tr("Other machines can reach this address: anyone on the network with a key can spend through it."));
    form->addRow(QString(), m_remoteWarning);

    m_port = new QSpinBox(group);
    m_port->setObjectName(QStringLiteral("listenPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(m_settings.port());
    m_port->setMaximumWidth(120);
    connect(m_port, &QSpinBox::valueChanged, this, [this](int port) {
        m_settings.setPort(static_cast<quint16>(port));
        emit settingsChanged();
    });
    form->addRow(tr("&Port:"), m_port);
    form->addRow(QString(), makeNote(QStringLiteral("restartNote"),
                                     tr("A new address or port applies the next time Tollgate starts."), group));
    updateRemoteWarning();
    return group;
}

QWidget *SettingsPage::buildDataGroup()
{
    auto *group = new QGroupBox(tr("Data"), this);
    auto *form = new QFormLayout(group);
    auto *row = new QHBoxLayout;
    auto *path = new ElidedLabel(QDir::toNativeSeparators(QDir(m_context.dataDir).absolutePath()), group);
    path->setObjectName(QStringLiteral("dataDirectory"));
    auto *open = new QPushButton(tr("&Open folder"), group);
    open->setObjectName(QStringLiteral("openDataDirectory"));
    connect(open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QDir(m_context.dataDir).absolutePath())); });
    // The button beside the label and the path on a line of its own, as wide as the group: beside the
    // button a German window 1024 px wide left it "/t…mo".
    row->addStretch(1);
    row->addWidget(open);
    form->addRow(tr("Data directory:"), row);
    form->addRow(path);
    // Word wrap broke the line inside the option ("--" / "data DIR": a line may break after a hyphen),
    // which then read wrong. Word joiners and a no-break space keep it whole; the label cannot be copied from.
    QString noteText = tr("The ledger lives here. Start Tollgate with --data DIR or TOLLGATE_DATA to use another one.");
    noteText.replace(QStringLiteral("--data DIR"), QStringLiteral("-\u2060-\u2060data\u00a0DIR"));
    form->addRow(QString(), makeNote(QStringLiteral("dataDirectoryNote"), noteText, group));
    return group;
}

QWidget *SettingsPage::buildInterfaceGroup()
{
    auto *group = new QGroupBox(tr("Window and tray"), this);
    auto *form = new QFormLayout(group);
    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so that someone who cannot read the current one finds theirs.
    m_language->addItem(tr("System"), QString());
    const QList<QPair<QString, QString>> languages = {
        {QStringLiteral("English"), QStringLiteral("en")},
        {QStringLiteral("Deutsch"), QStringLiteral("de")},
        {QStringLiteral("Français"), QStringLiteral("fr")},
        {QStringLiteral("Español"), QStringLiteral("es")},
        {QStringLiteral("日本語"), QStringLiteral("ja")},
        {QStringLiteral("简体中文"), QStringLiteral("zh_CN")},
    };
    for (const auto &[name, code] : languages)
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    m_language->setMaximumWidth(200);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.setLanguage(m_language->currentData().toString());
        emit settingsChanged();
    });
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), makeNote(QStringLiteral("languageNote"), tr("A new language applies the next time Tollgate starts."), group));

    m_startMinimised = new QCheckBox(tr("Start &minimised to the tray"), group);
    m_startMinimised->setObjectName(QStringLiteral("startMinimised"));
    m_startMinimised->setChecked(m_settings.startMinimised());
    connect(m_startMinimised, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.setStartMinimised(on);
        emit settingsChanged();
    });
    form->addRow(m_startMinimised);

    m_keepServing = new QCheckBox(tr("&Keep the gateway serving from the tray when the window closes"), group);
    m_keepServing->setObjectName(QStringLiteral("keepServingInTray"));
    m_keepServing->setChecked(m_settings.keepServingInTray());
    connect(m_keepServing, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.setKeepServingInTray(on);
        emit settingsChanged();
    });
    form->addRow(m_keepServing);

    m_startAtLogin = new QCheckBox(tr("Start Tollgate when I &log in"), group);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    m_startAtLogin->setEnabled(AutostartEntry::isSupported());
    // The autostart entry on disk is the truth: the user may have removed it in the desktop's settings.
    m_startAtLogin->setChecked(AutostartEntry::isInstalled());
    connect(m_startAtLogin, &QCheckBox::toggled, this, &SettingsPage::handleStartAtLoginToggled);
    form->addRow(m_startAtLogin);
    m_loginError = new ErrorLabel(QStringLiteral("startAtLoginError"), group);
    form->addRow(m_loginError);

    m_weekStart = new QComboBox(group);
    m_weekStart->setObjectName(QStringLiteral("weekStartCombo"));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_weekStart->addItem(QLocale().dayName(day), day);
    m_weekStart->setMaximumWidth(200);
    m_weekStart->setCurrentIndex(m_weekStart->findData(static_cast<int>(m_settings.weekStartsOn())));
    connect(m_weekStart, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.setWeekStartsOn(static_cast<Qt::DayOfWeek>(m_weekStart->currentData().toInt()));
        emit settingsChanged();
    });
    form->addRow(tr("&Week starts on:"), m_weekStart);
    return group;
}

QWidget *SettingsPage::buildAlertsGroup()
{
    auto *group = new QGroupBox(tr("Alerts"), this);
    auto *form = new QFormLayout(group);
    auto *row = new QHBoxLayout;
    auto *dollar = new QLabel(QStringLiteral("$"), group);
    m_creditWarning = new QLineEdit(UsdText::editable(m_settings.creditWarningThreshold()), group);
    m_creditWarning->setObjectName(QStringLiteral("creditWarning"));
    m_creditWarning->setMaximumWidth(140);
    connect(m_creditWarning, &QLineEdit::editingFinished, this, &SettingsPage::handleCreditWarningEdited);
    row->addWidget(dollar);
    row->addWidget(m_creditWarning);
    row->addStretch(1);
    // A row holding a layout gets no buddy from QFormLayout: name it so the mnemonic works.
    auto *label = new QLabel(tr("Warn when &credit falls under:"), group);
    label->setBuddy(m_creditWarning);
    form->addRow(label, row);
    m_creditWarningError = new ErrorLabel(QStringLiteral("creditWarningError"), group);
    form->addRow(QString(), m_creditWarningError);
    form->addRow(QString(), makeNote(QStringLiteral("alertsNote"),
                                     tr("Tollgate also notifies you when a key reaches 80% and 100% of its spend cap."), group));
    return group;
}

void SettingsPage::handleAddressEdited()
{
    const auto address = parseAddress(m_address->text());
    if (!address) {
        m_addressError->say(tr("\"%1\" is not an IP address (for example 127.0.0.1 or ::1).").arg(m_address->text()));
        return;
    }
    m_addressError->say({});
    m_settings.setListenAddress(m_address->text().trimmed());
    updateRemoteWarning();
    emit settingsChanged();
}

void SettingsPage::updateRemoteWarning()
{
    const auto address = parseAddress(m_settings.listenAddress());
    m_remoteWarning->setVisible(address && !address->isLoopback());
}

void SettingsPage::handleCreditWarningEdited()
{
    const auto amount = Common::Money::fromDecimalString(UsdText::typedAmount(m_creditWarning->text()));
    if (!amount || amount->isNegative()) {
        m_creditWarningError->say(tr("Enter an amount in dollars, like 5 or 2.50."));
        return;
    }
    m_creditWarningError->say({});
    m_settings.setCreditWarningThreshold(*amount);
    emit settingsChanged();
}

void SettingsPage::handleStartAtLoginToggled(bool on)
{
    const Common::Status status = on ? AutostartEntry::install(QCoreApplication::applicationFilePath()) : AutostartEntry::uninstall();
    if (!status) {
        m_loginError->say(tr("Could not change the login item: %1").arg(status.error().message));
        const QSignalBlocker blocker(m_startAtLogin);
        m_startAtLogin->setChecked(!on);
        return;
    }
    m_loginError->say({});
    m_settings.setStartAtLogin(on);
    emit settingsChanged();
}

} // namespace Ui
