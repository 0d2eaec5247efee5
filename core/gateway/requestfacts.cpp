#include "core/gateway/requestfacts.h"

#include "core/common/jsondom.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <iterator>
#include <string_view>

namespace Gateway {

bool RequestFacts::inputMayExceedBody(const QByteArray &body)
{
    // Each is what follows a JSON string's opening quote in a body: a member name or a "type" value. A
    // word inside a prompt's text is not matched, since its quotes there are escaped. Prefixes (no
    // closing quote) catch the dated tool types ("web_search_20250305", "web_search_preview").
    static constexpr std::string_view Markers[] = {
        // Context the provider holds.
        "previous_response_id\"", "conversation\"", "prompt\":{", "prompt\": {",
        // Content priced by what it renders to: OpenAI's image_url, input_image, input_file, file_id;
        // Anthropic's image and document blocks (base64, URL or file).
        "image_url\"", "input_image\"", "input_file\"", "file_id\"", "image\"", "document\"", "container_upload\"",
        // Tools the provider runs, whose results join the input.
        "web_search", "web_fetch", "file_search\"", "code_interpreter\"", "code_execution", "mcp\"", "mcp_servers\"",
        "computer_use_preview\"",
    };
    // One pass over the quotes (a chat request has a few dozen), the markers compared only after a quote
    // followed by one of their first letters: it runs for every request under a cap (0.17 us for
    // tollgate-bench's short chat, 12 us for a 95 KB conversation).
    static constexpr std::array<bool, 256> StartsAMarker = [] {
        std::array<bool, 256> starts{};
        for (const std::string_view marker : Markers)
            starts[static_cast<unsigned char>(marker.front())] = true;
        return starts;
    }();
    const std::string_view text(body.constData(), std::size_t(body.size()));
    for (std::size_t quote = text.find('"'); quote != std::string_view::npos; quote = text.find('"', quote + 1)) {
        const std::string_view rest = text.substr(quote + 1);
        if (rest.empty() || !StartsAMarker[static_cast<unsigned char>(rest.front())])
            continue;
        const auto startsRest = [rest](std::string_view marker) { return marker.front() == rest.front() && rest.starts_with(marker); };
        if (std::any_of(std::begin(Markers), std::end(Markers), startsRest))
            return true;
    }
    return false;
}

qsizetype RequestFacts::characterCount(QStringView text)
{
    return std::count_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isLowSurrogate(); });
}

std::optional<RequestFacts> RequestFacts::read(const ApiRoute &route, const QByteArray &bytes, QString &error)
{
    const Common::JsonDom dom(bytes);
    simdjson::dom::object body;
    if (!dom.ok() || dom.root().get(body) != simdjson::SUCCESS) {
        if (bytes.trimmed().isEmpty())
            error = QStringLiteral("The request body is empty; expected a JSON object.");
        else if (dom.failedOnANumber())
            error = QStringLiteral("The request body has a number the gateway cannot read: an integer beyond 64 bits, or a malformed number.");
        else if (!dom.ok())
            error = QStringLiteral("The request body is not valid JSON: %1").arg(QString::fromUtf8(dom.errorMessage()));
        else
            error = QStringLiteral("The request body is JSON but not an object; expected a JSON object.");
        return std::nullopt;
    }
    // A member named twice is read differently by different parsers (simdjson takes the first, most
    // others the last): the gateway could price one model while the provider serves another. Refused.
    constexpr std::string_view ReadMembers[] = {"model", "stream", "stream_options", "max_completion_tokens",
                                                "max_tokens", "max_output_tokens", "n", "best_of"};
    std::bitset<std::size(ReadMembers)> seen;
    for (const simdjson::dom::key_value_pair member : body) {
        for (std::size_t i = 0; i < std::size(ReadMembers); ++i) {
            if (member.key != ReadMembers[i])
                continue;
            if (seen.test(i)) {
                error = QStringLiteral("The request body has \"%1\" more than once.")
                            .arg(QLatin1String(ReadMembers[i].data(), qsizetype(ReadMembers[i].size())));
                return std::nullopt;
            }
            seen.set(i);
        }
    }
    // The same inside stream_options: its include_usage decides whether the client sees the usage chunk.
    simdjson::dom::object streamOptions;
    if (body["stream_options"].get(streamOptions) == simdjson::SUCCESS) {
        int includeUsageSeen = 0;
        for (const simdjson::dom::key_value_pair member : streamOptions)
            includeUsageSeen += member.key == "include_usage" ? 1 : 0;
        if (includeUsageSeen > 1) {
            error = QStringLiteral("The request body has \"stream_options.include_usage\" more than once.");
            return std::nullopt;
        }
    }

    RequestFacts facts;
    std::string_view model;
    if (body["model"].get(model) != simdjson::SUCCESS || model.empty()) {
        error = QStringLiteral("The request body has no \"model\".");
        return std::nullopt;
    }
    facts.model = QString::fromUtf8(model.data(), qsizetype(model.size()));
    // The name goes into the ledger, the metrics and error messages: megabytes of it are no model.
    // Characters, not UTF-16 units: an emoji is one (counted only for a name that could be too long).
    if (facts.model.size() > RequestFacts::MostModelCharacters) {
        const qsizetype characters = RequestFacts::characterCount(facts.model);
        if (characters > RequestFacts::MostModelCharacters) {
            error = QStringLiteral("The model name is %1 characters long; Tollgate takes at most %2.")
                        .arg(characters)
                        .arg(RequestFacts::MostModelCharacters);
            return std::nullopt;
        }
    }
    // Only a boolean says whether to stream (null, which OpenAI's schema allows, means not set). "yes" or
    // 1 would be read here as not streaming while a lenient provider streams anyway: the gateway would not
    // ask for usage and would book an estimate.
    simdjson::dom::element streamValue;
    if (body.at_key("stream").get(streamValue) == simdjson::SUCCESS) {
        if (!streamValue.is_bool() && !streamValue.is_null()) {
            error = QStringLiteral("The request body's \"stream\" must be true or false.");
            return std::nullopt;
        }
        bool stream = false;
        facts.stream = route.canStream() && streamValue.get(stream) == simdjson::SUCCESS && stream;
    }

    // Each API names its output ceiling differently, and a body may name more than one: which one the
    // provider honours is its choice, so the largest bounds the reservation.
    for (const char *name : {"max_completion_tokens", "max_tokens", "max_output_tokens"}) {
        double value = 0; // any JSON number: 256, 256.0 and 2.56e2 are the same ceiling
        if (body[name].get(value) == simdjson::SUCCESS && value > 0) {
            // Clamped so that the conversion is defined; no model writes a trillion tokens.
            facts.maxOutputTokens = std::max(facts.maxOutputTokens.value_or(0), static_cast<qint64>(qMin(value, 1e12)));
        }
    }
    // OpenAI's "n" (and the legacy completions' "best_of", billed in full) asks for that many
    // completions, each up to the ceiling.
    for (const char *name : {"n", "best_of"}) {
        double value = 0;
        if (body[name].get(value) == simdjson::SUCCESS && value > 1)
            facts.choices = std::max(facts.choices, static_cast<qint64>(qMin(value, double(RequestFacts::MostChoices))));
    }
    bool includeUsage = false;
    facts.clientAskedForUsage = body.at_pointer("/stream_options/include_usage").get(includeUsage) == simdjson::SUCCESS
                                && includeUsage;
    return facts;
}

} // namespace Gateway
