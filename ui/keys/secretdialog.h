#pragma once

#include <QDialog>

namespace Ui {

class SecretPanel;

/** Shows a rotated key's new secret once; closing wipes it. */
class SecretDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretDialog)

public:
    SecretDialog(const QString &keyName, const QString &secret, const QString &gatewayUrl, const QStringList &allowedModels,
                 QWidget *parent = nullptr);

    void done(int result) override;

private:
    SecretPanel *m_panel = nullptr;
};

} // namespace Ui
