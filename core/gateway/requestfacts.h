#pragma once

#include "core/gateway/apiroute.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Gateway {

/**
 * What the gateway needs to know about a request body, read once: the model, whether it streams,
 * its output ceiling, and (for OpenAI streams) whether the client asked for usage itself.
 */
struct RequestFacts
{
    QString model;
    bool stream = false;
    std::optional<qint64> maxOutputTokens; // the largest ceiling the body names
    qint64 choices = 1;                    // completions asked for ("n", "best_of"), each up to that ceiling
    static constexpr qint64 MostChoices = 1'000'000; // clamped: the products with it stay far from overflow
    /** The longest model name taken (the price map's longest is 76, provider-prefixed). */
    static constexpr qsizetype MostModelCharacters = 256;
    /** Characters, not UTF-16 units: an emoji is one. The gateway's measure of a model name, and `prices set`'s. */
    static qsizetype characterCount(QStringView text);
    bool clientAskedForUsage = false;

    /**
     * Whether the provider may bill more input tokens than the body has bytes: context it holds
     * (previous_response_id, conversation, a stored prompt), content it fetches or renders (images,
     * documents and files, by URL, id or inline: an image costs a fixed number of tokens however few
     * bytes name it), or tools it runs itself (web search, file search, code interpreter, MCP).
     * Looked up as JSON names and values in the raw body; a prompt whose whole text is such a word
     * also counts, which only makes a spend ceiling more careful.
     */
    static bool inputMayExceedBody(const QByteArray &body);

    /** nullopt with `error` set when the body is not a JSON object with a string "model". */
    static std::optional<RequestFacts> read(const ApiRoute &route, const QByteArray &bytes, QString &error);
};

} // namespace Gateway
