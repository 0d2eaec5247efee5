#include "ui/keys/secretpanel.h"

#include "core/keys/modelglob.h"

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
    // Says what a Copy did: the clipboard shows nothing of it (QA: no sign that anything was copied).
    auto *copied = new QLabel(this);
    copied->setObjectName(QStringLiteral("copiedNote"));
    auto *snippetsRow = new QHBoxLayout;
    snippetsRow->addWidget(copied);
    snippetsRow->addStretch();
    snippetsRow->addWidget(copySnippets);
    layout->addLayout(snippetsRow);

    connect(copySecret, &QPushButton::clicked, this, [this, copied] {
        QGuiApplication::clipboard()->setText(m_secret->text());
        copied->setText(tr("The secret is on the clipboard."));
    });
    connect(copySnippets, &QPushButton::clicked, this, [this, copied] {
        QGuiApplication::clipboard()->setText(m_snippets->toPlainText());
        copied->setText(tr("The snippets are on the clipboard."));
    });
}

SecretPanel::~SecretPanel()
{
    clear();
}

QString SecretPanel::exampleModel(const QStringList &allowedModels)
{
    for (const QString &model : allowedModels) {
        if (!model.contains(u'*') && !model.contains(u'?') && !model.contains(u'['))
            return model;
    }
    // Globs only ("claude-*"): a common model they allow, so that the example works as pasted.
    for (const char *common : {"gpt-4o-mini", "claude-haiku-4-5", "gpt-4.1-mini", "claude-sonnet-4-5", "gpt-4o", "o4-mini",
                               "claude-opus-4-1", "gemini-2.5-flash"}) {
        const QString model = QString::fromLatin1(common);
        if (Keys::ModelGlob::matchesAny(allowedModels, model))
            return model;
    }
    return {};
}

QString SecretPanel::snippets(const QString &secret, const QString &gatewayUrl, const QStringList &allowedModels)
{
    const QString url = gatewayUrl.isEmpty() ? defaultGatewayUrl() : gatewayUrl;
    QStringList lines;
    lines << QStringLiteral("export OPENAI_BASE_URL=%1/v1").arg(url)
          << QStringLiteral("export OPENAI_API_KEY=%1").arg(secret)
          << QStringLiteral("export ANTHROPIC_BASE_URL=%1").arg(url)
          << QStringLiteral("export ANTHROPIC_API_KEY=%1").arg(secret);
    const QString model = exampleModel(allowedModels);
    // Claude models are served on Anthropic's route (a "provider/" pin before the name is allowed).
    if (model.section(u'/', -1).startsWith(QStringLiteral("claude"))) {
        lines << QString()
              << QStringLiteral("curl %1/v1/messages -H \"x-api-key: %2\" -H \"anthropic-version: 2023-06-01\" -H \"Content-Type: application/json\""
                                " -d '{\"model\": \"%3\", \"max_tokens\": 64, \"messages\": [{\"role\": \"user\", \"content\": \"Hello\"}]}'")
                     .arg(url, secret, model);
    } else if (!model.isEmpty()) {
        lines << QString()
              << QStringLiteral("curl %1/v1/chat/completions -H \"Authorization: Bearer %2\" -H \"Content-Type: application/json\""
                                " -d '{\"model\": \"%3\", \"messages\": [{\"role\": \"user\", \"content\": \"Hello\"}]}'")
                     .arg(url, secret, model);
    }
    return lines.join(u'\n');
}

void SecretPanel::showSecret(const QString &keyName, const QString &secret, const QString &gatewayUrl, const QStringList &allowedModels)
{
    m_heading->setText(tr("<b>The secret of \"%1\" is shown only this once.</b> Copy it now: Tollgate keeps only its "
                          "fingerprint and cannot show it again.")
                           .arg(keyName.toHtmlEscaped()));
    m_secret->setText(secret);
    m_secret->selectAll();
    m_snippets->setPlainText(snippets(secret, gatewayUrl, allowedModels));
}

void SecretPanel::clear()
{
    // setText/setPlainText also drop the undo history, which would otherwise keep a copy.
    m_secret->setText(QString());
    m_snippets->setPlainText(QString());
    m_heading->clear();
}

} // namespace Ui
