#pragma once

#include "core/pricing/pricerecord.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Ui {

class ErrorLabel;

/**
 * Sets the price of one model by hand, in USD per 1M tokens. The result is a new "override" version;
 * the old versions stay, so traces keep the price they were charged at.
 */
class PriceOverrideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceOverrideDialog)

public:
    /** `current` prefills the fields; a record without a model lets the user name one. */
    explicit PriceOverrideDialog(const Pricing::PriceRecord &current, QWidget *parent = nullptr);

    QString model() const;
    /** The rates entered; an empty field is std::nullopt (the current rate stays). Valid after accept. */
    Pricing::RateSet rates() const { return m_rates; }

    void accept() override;

private:
    QLineEdit *addRateField(const QString &objectName, const std::optional<Common::Money> &current);

    bool m_hasPrice = false;
    QLineEdit *m_model = nullptr;
    QList<QLineEdit *> m_fields; // input, cache read, cache write 5m, cache write 1h, output, reasoning
    ErrorLabel *m_error = nullptr;
    Pricing::RateSet m_rates;
};

} // namespace Ui
