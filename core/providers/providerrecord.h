#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <algorithm>

namespace Providers {

enum class ProviderType { OpenAi, Anthropic };

/**
 * An upstream the gateway forwards to. The ledger never holds its secret: either the name of an
 * environment variable, or a marker that the secret store (keyring or 0600 file) has it.
 */
struct ProviderRecord
{
    qint64 id = 0;
    QString name;
    ProviderType type = ProviderType::OpenAi;
    QString baseUrl;          // SDK convention: "https://api.openai.com/v1", "https://api.anthropic.com"
    QString apiKeyEnv;        // environment variable holding the secret; empty if none
    bool hasStoredSecret = false; // the secret store has a secret under this provider's name
    QStringList models;       // globs of the models it serves; empty means all
    int priority = 100;       // lower is tried first
    QDateTime createdAt;      // UTC

    /**
     * Takes its key from a variable that this process's environment lacks, or holds empty: the gateway
     * never asks such a provider. (The window runs the gateway in its own process, so its environment
     * is the gateway's.)
     */
    bool lacksItsKeyVariable() const
    {
        // Unset, empty, or no key (a line break inside, say): the gateway would not send it either.
        return !apiKeyEnv.isEmpty() && !isSendableApiKey(qEnvironmentVariable(apiKeyEnv.toLocal8Bit().constData()).trimmed());
    }

    /**
     * Whether `key` can go into a request header as it is: visible ASCII only. A line break in it would
     * end the header and start one of its own (QA: `--api-key $'abc\r\nX-Injected: yes'` reached the
     * provider as two headers); API keys never hold spaces or anything beyond ASCII either.
     */
    static bool isSendableApiKey(QStringView key)
    {
        return !key.isEmpty() && std::all_of(key.begin(), key.end(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
    }

    static QString typeName(ProviderType type) { return type == ProviderType::Anthropic ? QStringLiteral("anthropic") : QStringLiteral("openai"); }
};

} // namespace Providers
