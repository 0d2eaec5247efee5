#include "ui/prices/priceoverridedialog.h"

#include "core/admin/priceadmin.h"
#include "core/gateway/requestfacts.h"

#include "ui/common/errorlabel.h"
#include "ui/common/usdtext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace Ui {

namespace {

// Accepts "2.5", "$2.50" and the locale's decimal comma; Money itself never goes through a float.
std::optional<Common::Money> parseUsd(const QString &text)
{
    return Common::Money::fromDecimalString(UsdText::typedAmount(text));
}

} // namespace

PriceOverrideDialog::PriceOverrideDialog(const Pricing::PriceRecord &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("priceOverrideDialog"));
    setWindowTitle(tr("Set price"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("USD per 1M tokens. Leave a field empty to keep its current rate; an empty reasoning rate bills "
                                "reasoning tokens as output."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_hasPrice = current.base != Pricing::RateSet{};
    auto *form = new QFormLayout;
    m_model = new QLineEdit(current.model, this);
    m_model->setObjectName(QStringLiteral("overrideModel"));
    m_model->setReadOnly(!current.model.isEmpty());
    m_model->setPlaceholderText(tr("model name as clients send it"));
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Input:"), addRateField(QStringLiteral("overrideInput"), current.base.input));
    form->addRow(tr("Cache &read:"), addRateField(QStringLiteral("overrideCacheRead"), current.base.cacheRead));
    form->addRow(tr("Cache write (&5 min):"), addRateField(QStringLiteral("overrideCacheWrite5m"), current.base.cacheWrite5m));
    form->addRow(tr("Cache write (&1 hour):"), addRateField(QStringLiteral("overrideCacheWrite1h"), current.base.cacheWrite1h));
    form->addRow(tr("&Output:"), addRateField(QStringLiteral("overrideOutput"), current.base.output));
    form->addRow(tr("R&easoning:"), addRateField(QStringLiteral("overrideReasoning"), current.base.reasoning));
    layout->addLayout(form);
    if (!current.tiers.isEmpty()) {
        auto *tiers = new QLabel(tr("This model has long-context tiers; a price set here applies to every request size."), this);
        tiers->setWordWrap(true);
        layout->addWidget(tiers);
    }
    m_error = new ErrorLabel(QStringLiteral("overrideError"), this);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("overrideButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PriceOverrideDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PriceOverrideDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    // The model is given when the dialog opens on a row: start where the typing is.
    (current.model.isEmpty() ? static_cast<QWidget *>(m_model) : m_fields.first())->setFocus();
}

QLineEdit *PriceOverrideDialog::addRateField(const QString &objectName, const std::optional<Common::Money> &current)
{
    auto *field = new QLineEdit(current ? UsdText::editable(*current, 2) : QString(), this);
    field->setObjectName(objectName);
    field->setPlaceholderText(m_hasPrice ? tr("unchanged") : tr("not set"));
    m_fields.append(field);
    return field;
}

QString PriceOverrideDialog::model() const
{
    return m_model->text().trimmed();
}

void PriceOverrideDialog::accept()
{
    const auto fail = [this](const QString &message) {
        m_error->say(message);
    };
    if (model().isEmpty())
        return fail(tr("Name the model."));
    // The rules `prices set` keeps (PriceAdmin::modelNameProblem), said here before the dialog closes.
    if (!Admin::PriceAdmin::modelNameProblem(model()).isEmpty()) {
        m_model->setFocus();
        return fail(tr("No request can name this model: at most %1 characters, without line breaks or other control "
                       "characters.").arg(Gateway::RequestFacts::MostModelCharacters));
    }
    QList<std::optional<Common::Money>> values;
    bool any = false;
    for (QLineEdit *field : std::as_const(m_fields)) {
        if (field->text().trimmed().isEmpty()) {
            values.append(std::nullopt);
            continue;
        }
        const auto money = parseUsd(field->text());
        if (!money || money->isNegative()) {
            field->setFocus();
            return fail(tr("\"%1\" is not a price: enter dollars per 1M tokens, like 2.50.").arg(field->text()));
        }
        // Checked here, not after the dialog closed with everything typed lost (QA).
        if (*money > Pricing::MaxRatePerMillion) {
            field->setFocus();
            return fail(tr("%1 is more than any model costs: at most %2 per 1M tokens.")
                            .arg(field->text(), UsdText::cents(Pricing::MaxRatePerMillion)));
        }
        values.append(money);
        any = true;
    }
    if (!any)
        return fail(tr("Enter at least one rate."));
    m_rates = Pricing::RateSet{values.at(0), values.at(1), values.at(2), values.at(3), values.at(4), values.at(5)};
    QDialog::accept();
}

} // namespace Ui
