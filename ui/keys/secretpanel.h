#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Ui {

/**
 * Shows a key's secret the one time it exists outside the ledger (after creation or rotation), with
 * Copy buttons and environment snippets for the OpenAI and Anthropic SDKs. clear() wipes every
 * widget that held it; the owning dialog calls it when it closes.
 */
class SecretPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretPanel)

public:
    static QString defaultGatewayUrl() { return QStringLiteral("http://127.0.0.1:8420"); }

    explicit SecretPanel(QWidget *parent = nullptr);
    ~SecretPanel() override;

    /** `allowedModels`: the key's globs, so that the curl call names a model the key may use. */
    void showSecret(const QString &keyName, const QString &secret, const QString &gatewayUrl, const QStringList &allowedModels);
    void clear();

    /**
     * The shell lines that point both SDKs at the gateway with this secret, and a curl call with a model
     * the key may use (Anthropic's Messages API for a Claude model); none when no common model fits.
     */
    static QString snippets(const QString &secret, const QString &gatewayUrl, const QStringList &allowedModels);
    /** The first model the key names outright, else the first common one its globs allow; empty if none. */
    static QString exampleModel(const QStringList &allowedModels);

private:
    QLabel *m_heading = nullptr;
    QLineEdit *m_secret = nullptr;
    QPlainTextEdit *m_snippets = nullptr;
};

} // namespace Ui
