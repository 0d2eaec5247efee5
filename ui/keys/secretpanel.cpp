#include "ui/keys/secretpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

SecretPanel::SecretPanel(QWidget *parent)
    : QWidget(parent)
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("secretHeading"));
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    auto *secretRow = new QHBoxLayout;
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secretField"));
    m_secret->setReadOnly(true);
    m_secret->setFont(fixed);
    m_secret->setAccessibleName(tr("Secret"));
    auto *copySecret = new QPushButton(tr("&Copy"), this);
    copySecret->setObjectName(QStringLiteral("copySecret"));
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(copySecret);
    layout->addLayout(secretRow);

    auto *snippetsLabel = new QLabel(tr("Point your tools at Tollgate (paste into a shell):"), this);
    layout->addWidget(snippetsLabel);
    m_snippets = new QPlainTextEdit(this);
    m_snippets->setObjectName(QStringLiteral("snippets"));
    m_snippets->setReadOnly(true);
    m_snippets->setUndoRedoEnabled(false);
    m_snippets->setFont(fixed);
    m_snippets->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_snippets->setMinimumHeight(QFontMetrics(fixed).lineSpacing() * 8);
    snippetsLabel->setBuddy(m_snippets);
    layout->addWidget(m_snippets, 1);
    auto *copySnippets = new QPushButton(tr("Copy &snippets"), this);
    copySnippets->setObjectName(QStringLiteral("copySnippets"));
    auto *snippetsRow = new QHBoxLayout;
    snippetsRow->addStretch();
    snippetsRow->addWidget(copySnippets);
    layout->addLayout(snippetsRow);

    connect(copySecret, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_secret->text()); });
    connect(copySnippets, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_snippets->toPlainText()); });
}

SecretPanel::~SecretPanel()
{
    clear();
}

QString SecretPanel::snippets(const QString &secret, const QString &gatewayUrl, const QString &exampleModel)
{
    const QString url = gatewayUrl.isEmpty() ? defaultGatewayUrl() : gatewayUrl;
    QStringList lines;
    lines << QStringLiteral("export OPENAI_BASE_URL=%1/v1").arg(url)
          << QStringLiteral("export OPENAI_API_KEY=%1").arg(secret)
          << QStringLiteral("export ANTHROPIC_BASE_URL=%1").arg(url)
          << QStringLiteral("export ANTHROPIC_API_KEY=%1").arg(secret)
          << QString()
          << QStringLiteral("curl %1/v1/chat/completions -H \"Authorization: Bearer %2\" -H \"Content-Type: application/json\""
                            " -d '{\"model\": \"%3\", \"messages\": [{\"role\": \"user\", \"content\": \"Hello\"}]}'")
                 .arg(url, secret, exampleModel);
    return lines.join(u'\n');
}

void SecretPanel::showSecret(const QString &keyName, const QString &secret, const QString &gatewayUrl, const QString &exampleModel)
{
    m_heading->setText(tr("<b>The secret of \"%1\" is shown only this once.</b> Copy it now: Tollgate keeps only its "
                          "fingerprint and cannot show it again.")
                           .arg(keyName.toHtmlEscaped()));
    m_secret->setText(secret);
    m_secret->selectAll();
    m_snippets->setPlainText(snippets(secret, gatewayUrl, exampleModel));
}

void SecretPanel::clear()
{
    // setText/setPlainText also drop the undo history, which would otherwise keep a copy.
    m_secret->setText(QString());
    m_snippets->setPlainText(QString());
    m_heading->clear();
}

} // namespace Ui
