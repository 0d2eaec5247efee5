#include "ui/keys/secretdialog.h"

#include "ui/keys/secretpanel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

SecretDialog::SecretDialog(const QString &keyName, const QString &secret, const QString &gatewayUrl, const QStringList &allowedModels,
                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("secretDialog"));
    setWindowTitle(tr("New secret for \"%1\"").arg(keyName));
    auto *layout = new QVBoxLayout(this);
    m_panel = new SecretPanel(this);
    m_panel->showSecret(keyName, secret, gatewayUrl, allowedModels);
    layout->addWidget(m_panel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    resize(640, 360);
}

void SecretDialog::done(int result)
{
    m_panel->clear();
    QDialog::done(result);
}

} // namespace Ui
