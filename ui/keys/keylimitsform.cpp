#include "ui/keys/keylimitsform.h"

#include "ui/common/errorlabel.h"
#include "ui/common/usdtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Ui {

namespace {

constexpr Common::RateLimit::Period Periods[] = {Common::RateLimit::Period::Second, Common::RateLimit::Period::Minute,
                                                 Common::RateLimit::Period::Hour, Common::RateLimit::Period::Day};

// The date is the key's last day, as the CLI's --expires reads it: it stops working when the next
// day starts. (The form once stored the start of the chosen day, so a key made with --expires
// 2027-06-30 read "1 Jul 2027" here, and one made here for 28 Feb read 2027-02-27 in `keys show`.)
QDateTime expiryFromDate(const QDate &lastDay)
{
    return lastDay.addDays(1).startOfDay(QTimeZone::systemTimeZone()).toUTC();
}

QDate lastDayOf(const QDateTime &expiresAt)
{
    return expiresAt.toLocalTime().addMSecs(-1).date();
}

} // namespace

KeyLimitsForm::KeyLimitsForm(NameField nameField, QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    if (nameField == NameField::Shown) {
        m_name = new QLineEdit(this);
        m_name->setPlaceholderText(tr("e.g. ci-pipeline"));
        m_name->setMaxLength(Admin::KeyAdmin::MaxNameLength);
        m_nameError = addField(tr("&Name:"), m_name, QStringLiteral("name"));
        connect(m_name, &QLineEdit::textEdited, this, [this] { checkName(); });
    }

    m_maxSpend = new QLineEdit(this);
    m_maxSpend->setPlaceholderText(tr("No cap (USD, e.g. 25 or 2.50)"));
    m_maxSpendError = addField(tr("Max &spend:"), m_maxSpend, QStringLiteral("maxSpend"));
    connect(m_maxSpend, &QLineEdit::textEdited, this, [this] { readMaxSpend(); });

    auto *rate = new QWidget(this);
    auto *rateLayout = new QHBoxLayout(rate);
    rateLayout->setContentsMargins(0, 0, 0, 0);
    m_rateCount = new QSpinBox(rate);
    m_rateCount->setObjectName(QStringLiteral("rateCount"));
    m_rateCount->setRange(0, 1'000'000'000);
    m_rateCount->setSpecialValueText(tr("None"));
    m_rateCount->setAccessibleName(tr("Requests"));
    m_ratePeriod = new QComboBox(rate);
    m_ratePeriod->setObjectName(QStringLiteral("ratePeriod"));
    m_ratePeriod->addItems({tr("per second"), tr("per minute"), tr("per hour"), tr("per day")});
    m_ratePeriod->setCurrentIndex(1);
    m_ratePeriod->setAccessibleName(tr("Rate period"));
    rateLayout->addWidget(m_rateCount, 1);
    rateLayout->addWidget(m_ratePeriod);
    addField(tr("&Rate limit:"), rate, QStringLiteral("rateLimit"), m_rateCount);

    m_tokensPerMinute = new QSpinBox(this);
    m_tokensPerMinute->setRange(0, 2'000'000'000);
    m_tokensPerMinute->setSpecialValueText(tr("None"));
    m_tokensPerMinute->setSingleStep(1000);
    m_tokensPerMinute->setGroupSeparatorShown(true);
    addField(tr("&Tokens per minute:"), m_tokensPerMinute, QStringLiteral("tokensPerMinute"));

    m_allowedModels = new QLineEdit(this);
    m_allowedModels->setPlaceholderText(tr("All models (or globs: gpt-4o*, claude-*)"));
    m_allowedModelsError = addField(tr("Allowed &models:"), m_allowedModels, QStringLiteral("allowedModels"));
    // Read again at Save; typing takes the old error away (it stayed after the list was fixed, QA).
    connect(m_allowedModels, &QLineEdit::textEdited, m_allowedModelsError, [this] { m_allowedModelsError->say(QString()); });

    auto *expiry = new QWidget(this);
    auto *expiryLayout = new QHBoxLayout(expiry);
    expiryLayout->setContentsMargins(0, 0, 0, 0);
    m_expires = new QCheckBox(tr("Works until"), expiry);
    m_expires->setToolTip(tr("The key works through the end of this day, then stops."));
    m_expires->setObjectName(QStringLiteral("expires"));
    m_expiryDate = new QDateEdit(QDate::currentDate().addMonths(3), expiry);
    m_expiryDate->setObjectName(QStringLiteral("expiryDate"));
    m_expiryDate->setCalendarPopup(true);
    m_expiryDate->setMinimumDate(QDate::currentDate());
    m_expiryDate->setEnabled(false);
    expiryLayout->addWidget(m_expires);
    expiryLayout->addWidget(m_expiryDate, 1);
    connect(m_expires, &QCheckBox::toggled, m_expiryDate, &QWidget::setEnabled);
    m_expiryError = addField(tr("E&xpiry:"), expiry, QStringLiteral("expiry"), m_expires);

    m_formError = new ErrorLabel(QStringLiteral("formError"), this);
    m_layout->addRow(m_formError);
}

ErrorLabel *KeyLimitsForm::addField(const QString &label, QWidget *field, const QString &objectName, QWidget *buddy)
{
    field->setObjectName(field->objectName().isEmpty() ? objectName : field->objectName());
    auto *column = new QWidget(this);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(2);
    columnLayout->addWidget(field);
    auto *error = new ErrorLabel(objectName + QStringLiteral("Error"), column);
    columnLayout->addWidget(error);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(buddy ? buddy : field);
    m_layout->addRow(labelWidget, column);
    return error;
}

void KeyLimitsForm::setTakenNames(const QStringList &names)
{
    m_takenNames = names;
}

void KeyLimitsForm::setKey(const Keys::KeyRecord &key)
{
    if (m_name)
        m_name->setText(key.name);
    m_maxSpend->setText(key.maxSpend ? UsdText::editable(*key.maxSpend, 2) : QString());
    m_rateCount->setValue(key.rateLimit ? int(std::min<qint64>(key.rateLimit->count, m_rateCount->maximum())) : 0);
    if (key.rateLimit) {
        for (int i = 0; i < int(std::size(Periods)); ++i) {
            if (Periods[i] == key.rateLimit->period)
                m_ratePeriod->setCurrentIndex(i);
        }
    }
    m_tokensPerMinute->setValue(key.tokensPerMinute ? int(std::min<qint64>(*key.tokensPerMinute, m_tokensPerMinute->maximum())) : 0);
    m_allowedModels->setText(key.allowedModels.join(QStringLiteral(", ")));
    m_expires->setChecked(key.expiresAt.has_value());
    m_loadedExpiry = key.expiresAt;
    if (key.expiresAt) {
        const QDate date = lastDayOf(*key.expiresAt);
        m_expiryDate->setMinimumDate(std::min(date, m_expiryDate->minimumDate()));
        m_expiryDate->setDate(date);
    }
}

QString KeyLimitsForm::name() const
{
    return m_name ? m_name->text() : QString();
}

bool KeyLimitsForm::checkName()
{
    if (!m_name)
        return true;
    const QString name = m_name->text();
    QString message;
    if (name.trimmed().isEmpty())
        message = tr("Enter a name for the key.");
    else if (name != name.trimmed())
        message = tr("The name must not start or end with spaces.");
    else if (m_takenNames.contains(name))
        message = tr("A key named \"%1\" already exists.").arg(name);
    else if (auto status = Admin::KeyAdmin::validateName(name); !status)
        message = status.error().message;
    m_nameError->say(message);
    return message.isEmpty();
}

std::optional<std::optional<Common::Money>> KeyLimitsForm::readMaxSpend()
{
    const QString text = m_maxSpend->text().trimmed();
    if (text.isEmpty() || text.compare(tr("none"), Qt::CaseInsensitive) == 0) {
        m_maxSpendError->say(QString());
        return std::optional<Common::Money>();
    }
    // In the user's locale, as the other amount fields: "2,50" in German.
    const QString typed = UsdText::typedAmount(text);
    const auto money = Common::Money::fromDecimalString(typed);
    // Said as the credit panel says it: "1,000" and "999999999999" both read "like 25 or 2.50" (QA).
    static const QRegularExpression plainNumber(QStringLiteral("^\\d+(\\.\\d{1,9})?$"));
    const QString tooMuch = tr("A spend cap can be at most %1.").arg(UsdText::format(Common::Money::maxAmount()));
    if (!money) {
        m_maxSpendError->say(plainNumber.match(typed).hasMatch()
                                 ? tooMuch // well formed, so too many digits for any amount
                                 : tr("Enter an amount in dollars, like 25 or 2.50 (no digit grouping, at most nine decimals)."));
        return std::nullopt;
    }
    if (money->isNegative()) {
        m_maxSpendError->say(tr("A spend cap cannot be negative."));
        return std::nullopt;
    }
    if (*money > Common::Money::maxAmount()) {
        m_maxSpendError->say(tooMuch);
        return std::nullopt;
    }
    // Taken (a key kept for later, blocked meanwhile), but said: it was accepted without a word (QA).
    m_maxSpendError->say(money->isZero() ? tr("A cap of $0 refuses every request of this key.") : QString());
    return std::optional<Common::Money>(*money);
}

std::optional<Admin::KeyLimits> KeyLimitsForm::limits()
{
    m_formError->say(QString());
    bool good = true;
    Admin::KeyLimits limits;

    if (const auto maxSpend = readMaxSpend())
        limits.maxSpend = *maxSpend;
    else
        good = false;

    if (m_rateCount->value() > 0)
        limits.rateLimit = Common::RateLimit{m_rateCount->value(), Periods[std::clamp(m_ratePeriod->currentIndex(), 0, 3)]};
    if (m_tokensPerMinute->value() > 0)
        limits.tokensPerMinute = m_tokensPerMinute->value();

    const QString models = m_allowedModels->text().trimmed();
    m_allowedModelsError->say(QString());
    if (!models.isEmpty() && models.compare(tr("none"), Qt::CaseInsensitive) != 0) {
        for (const QString &glob : models.split(u',')) {
            if (glob.trimmed().isEmpty()) {
                m_allowedModelsError->say(tr("Separate model names with single commas; an empty name allows nothing."));
                good = false;
                break;
            }
            limits.allowedModels << glob.trimmed();
        }
    }

    m_expiryError->say(QString());
    if (m_expires->isChecked()) {
        limits.expiresAt = expiryFromDate(m_expiryDate->date());
        // An expired key's date, left as it was, is no error: its other caps may still be edited.
        const bool unchanged = m_loadedExpiry && lastDayOf(*m_loadedExpiry) == m_expiryDate->date();
        if (unchanged) {
            limits.expiresAt = m_loadedExpiry;
        } else if (*limits.expiresAt <= QDateTime::currentDateTimeUtc()) {
            m_expiryError->say(tr("The last day cannot be in the past."));
            good = false;
        }
    }
    if (!good)
        return std::nullopt;
    return limits;
}

void KeyLimitsForm::focusFirstError()
{
    const std::pair<ErrorLabel *, QWidget *> fields[] = {
        {m_nameError, m_name}, {m_maxSpendError, m_maxSpend}, {m_allowedModelsError, m_allowedModels}, {m_expiryError, m_expiryDate}};
    for (const auto &[error, field] : fields) {
        if (error && field && !error->text().isEmpty()) {
            field->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void KeyLimitsForm::showSubmitError(const Common::Error &error)
{
    if (error.code == Common::Error::Code::Duplicate && m_name) {
        m_takenNames << m_name->text();
        checkName();
        return;
    }
    m_formError->say(tr("Not saved: %1").arg(error.message));
}

Admin::KeyChanges KeyLimitsForm::changesFrom(const Keys::KeyRecord &key, const Admin::KeyLimits &limits)
{
    Admin::KeyChanges changes;
    if (limits.maxSpend != key.maxSpend)
        changes.maxSpend = limits.maxSpend;
    if (limits.rateLimit != key.rateLimit)
        changes.rateLimit = limits.rateLimit;
    if (limits.tokensPerMinute != key.tokensPerMinute)
        changes.tokensPerMinute = limits.tokensPerMinute;
    if (limits.allowedModels != key.allowedModels)
        changes.allowedModels = limits.allowedModels.isEmpty() ? std::optional<QStringList>() : std::optional<QStringList>(limits.allowedModels);
    // The form works in whole local days: an expiry on the same day as before is unchanged.
    const bool sameExpiry = limits.expiresAt.has_value() == key.expiresAt.has_value()
                            && (!key.expiresAt || lastDayOf(*limits.expiresAt) == lastDayOf(*key.expiresAt));
    if (!sameExpiry)
        changes.expiresAt = limits.expiresAt;
    return changes;
}

} // namespace Ui
