#include "core/providers/streamusagetracker.h"

#include <QTest>

using Common::TokenUsage;
using Providers::StreamUsageTracker;
using Style = Providers::StreamUsageTracker::Style;

namespace {

struct Event
{
    QByteArray name;
    QByteArray data;
};

// Splits a recorded text/event-stream into events the way the relay hands them over: an optional
// `event:` line, `data:` lines joined with "\n", a blank line ending each event, `:` comment lines skipped.
QList<Event> parseSse(const QByteArray &stream)
{
    QList<Event> events;
    Event current;
    bool hasData = false;
    for (const QByteArray &line : stream.split('\n')) {
        if (line.isEmpty()) {
            if (hasData)
                events.append(current);
            current = {};
            hasData = false;
        } else if (line.startsWith("event:")) {
            current.name = line.mid(6).trimmed();
        } else if (line.startsWith("data:")) {
            if (hasData)
                current.data += '\n';
            current.data += line.mid(5).trimmed();
            hasData = true;
        }
    }
    if (hasData)
        events.append(current);
    return events;
}

StreamUsageTracker track(Style style, const QByteArray &stream)
{
    StreamUsageTracker tracker(style);
    for (const Event &event : parseSse(stream))
        tracker.feed(event.name, event.data);
    return tracker;
}

// api-formats.md §1.2, with include_usage.
const QByteArray OpenAiChatStream = R"(data: {"id":"chatcmpl-abc","object":"chat.completion.chunk","created":1735689600,"model":"gpt-4o","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}],"usage":null}

data: {"id":"chatcmpl-abc","object":"chat.completion.chunk","created":1735689600,"model":"gpt-4o","choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}],"usage":null}

data: {"id":"chatcmpl-abc","object":"chat.completion.chunk","created":1735689600,"model":"gpt-4o","choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":null}

data: {"id":"chatcmpl-abc","object":"chat.completion.chunk","created":1735689600,"model":"gpt-4o","choices":[],"usage":{"prompt_tokens":12,"completion_tokens":5,"total_tokens":17,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}}}

data: [DONE]

)";

// api-formats.md §5.2.
const QByteArray AnthropicStream = R"(event: message_start
data: {"type":"message_start","message":{"id":"msg_01X","type":"message","role":"assistant","model":"claude-sonnet-4-5","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":21,"cache_creation_input_tokens":1200,"cache_read_input_tokens":8000,"output_tokens":1}}}

event: ping
data: {"type":"ping"}

event: content_block_start
data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}}

event: content_block_stop
data: {"type":"content_block_stop","index":0}

event: message_delta
data: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":350}}

event: message_stop
data: {"type":"message_stop"}

)";

} // namespace

class TestStreamUsageTracker final : public QObject
{
    Q_OBJECT

private slots:
    void openAiChat();
    void openAiChatInterrupted();
    void countsCharactersAsUtf16Units();
    void openAiChatLastUsageWins();
    void groqUsage();
    void usageOnlyChunk_data();
    void usageOnlyChunk();
    void responses_data();
    void responses();
    void responsesInterrupted();
    void anthropic();
    void anthropicDeltaOverridesInput();
    void anthropicInterrupted();
};

void TestStreamUsageTracker::openAiChat()
{
    const StreamUsageTracker tracker = track(Style::OpenAiChat, OpenAiChatStream);
    QCOMPARE(tracker.usage(), (TokenUsage{12, 0, 0, 0, 5, 0}));
    QVERIFY(tracker.hasFinalUsage());
    QCOMPARE(tracker.outputChars(), 2); // "" + "Hi"
}

void TestStreamUsageTracker::openAiChatInterrupted()
{
    // The connection dropped after the second chunk: no usage chunk ever arrived.
    const QList<Event> events = parseSse(OpenAiChatStream);
    StreamUsageTracker tracker(Style::OpenAiChat);
    tracker.feed(events[0].name, events[0].data);
    tracker.feed(events[1].name, events[1].data);
    QCOMPARE(tracker.usage(), std::nullopt);
    QVERIFY(!tracker.hasFinalUsage());
    QCOMPARE(tracker.outputChars(), 2);
}

void TestStreamUsageTracker::countsCharactersAsUtf16Units()
{
    // Counted as QString::size() would: "é" (two UTF-8 bytes, escaped or not) is one unit, "😀" (four bytes)
    // a surrogate pair, "中" (three bytes) one.
    StreamUsageTracker tracker(Style::OpenAiChat);
    tracker.feed({}, "{\"choices\":[{\"delta\":{\"content\":\"caf\\u00e9 \xC3\xA9\"}}]}");
    QCOMPARE(tracker.outputChars(), 6);
    tracker.feed({}, "{\"choices\":[{\"delta\":{\"content\":\"\xF0\x9F\x98\x80\xE4\xB8\xAD\"}}]}");
    QCOMPARE(tracker.outputChars(), 6 + 3);
}

void TestStreamUsageTracker::openAiChatLastUsageWins()
{
    // xAI sends usage before the last chunk; vLLM's continuous_usage_stats on every chunk: keep the last.
    const QByteArray stream = R"(data: {"choices":[{"index":0,"delta":{"content":"abc","tool_calls":[{"index":0,"function":{"arguments":"{\"a\":1}"}}]}}],"usage":{"prompt_tokens":10,"completion_tokens":1}}

: keep-alive

data: {"choices":[],"usage":{"prompt_tokens":10,"completion_tokens":7,"prompt_tokens_details":{"cached_tokens":4},"completion_tokens_details":{"reasoning_tokens":2}}}

data: {"choices":[{"index":0,"delta":{"reasoning_content":"hm"},"finish_reason":"stop"}],"usage":null}

data: [DONE]
)";
    const StreamUsageTracker tracker = track(Style::OpenAiChat, stream);
    QCOMPARE(tracker.usage(), (TokenUsage{10, 4, 0, 0, 7, 2}));
    QCOMPARE(tracker.outputChars(), 3 + 7 + 2); // "abc", {"a":1}, "hm"
}

void TestStreamUsageTracker::groqUsage()
{
    const QByteArray stream = R"(data: {"id":"chatcmpl-g","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"Yo"},"finish_reason":null}],"x_groq":{"id":"req_1"}}

data: {"id":"chatcmpl-g","object":"chat.completion.chunk","choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"x_groq":{"id":"req_1","usage":{"queue_time":0.01,"prompt_tokens":30,"prompt_time":0.002,"completion_tokens":9,"completion_time":0.03,"total_tokens":39,"total_time":0.032}}}

data: [DONE]
)";
    const StreamUsageTracker tracker = track(Style::OpenAiChat, stream);
    QCOMPARE(tracker.usage(), (TokenUsage{30, 0, 0, 0, 9, 0}));
}

void TestStreamUsageTracker::usageOnlyChunk_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("usageOnly");
    const QList<Event> events = parseSse(OpenAiChatStream);
    QTest::addRow("content chunk") << events[1].data << false;
    QTest::addRow("finish chunk") << events[2].data << false;
    QTest::addRow("usage chunk") << events[3].data << true;
    QTest::addRow("[DONE]") << events[4].data << false;
    QTest::addRow("azure filter chunk, empty choices, null usage")
        << QByteArray(R"({"choices":[],"prompt_filter_results":[{"prompt_index":0}],"usage":null})") << false;
    QTest::addRow("usage on a content chunk")
        << QByteArray(R"({"choices":[{"index":0,"delta":{"content":"x"}}],"usage":{"prompt_tokens":1}})") << false;
    QTest::addRow("not json") << QByteArray("{oops") << false;
}

void TestStreamUsageTracker::usageOnlyChunk()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, usageOnly);
    StreamUsageTracker tracker(StreamUsageTracker::Style::OpenAiChat);
    tracker.feed("", parseSse(OpenAiChatStream)[3].data); // a usage-only chunk first: the answer is the last event's
    tracker.feed("", data);
    QCOMPARE(tracker.lastWasUsageOnlyChunk(), usageOnly);
}

void TestStreamUsageTracker::responses_data()
{
    QTest::addColumn<QByteArray>("terminal");
    QTest::addColumn<QList<qint64>>("expected"); // input, cached, write, write1h, output, reasoning

    QTest::addRow("completed") << QByteArray(R"(event: response.completed
data: {"type":"response.completed","sequence_number":5,"response":{"id":"resp_1","status":"completed","usage":{"input_tokens":2006,"input_tokens_details":{"cached_tokens":1920},"output_tokens":300,"output_tokens_details":{"reasoning_tokens":192},"total_tokens":2306}}}
)") << QList<qint64>{2006, 1920, 0, 0, 300, 192};
    QTest::addRow("incomplete") << QByteArray(R"(event: response.incomplete
data: {"type":"response.incomplete","sequence_number":5,"response":{"id":"resp_1","status":"incomplete","usage":{"input_tokens":50,"output_tokens":16,"total_tokens":66}}}
)") << QList<qint64>{50, 0, 0, 0, 16, 0};
    QTest::addRow("failed, usage null") << QByteArray(R"(event: response.failed
data: {"type":"response.failed","sequence_number":5,"response":{"id":"resp_1","status":"failed","usage":null}}
)") << QList<qint64>();
}

void TestStreamUsageTracker::responses()
{
    QFETCH(QByteArray, terminal);
    QFETCH(QList<qint64>, expected);

    const QByteArray stream = QByteArray(R"(event: response.created
data: {"type":"response.created","sequence_number":0,"response":{"id":"resp_1","status":"in_progress","usage":null}}

event: response.output_text.delta
data: {"type":"response.output_text.delta","sequence_number":3,"item_id":"msg_1","output_index":0,"content_index":0,"delta":"Hello"}

event: response.output_text.delta
data: {"type":"response.output_text.delta","sequence_number":4,"item_id":"msg_1","output_index":0,"content_index":0,"delta":" you"}

)") + terminal;
    const StreamUsageTracker tracker = track(Style::OpenAiResponses, stream);
    QCOMPARE(tracker.outputChars(), 9); // "Hello" + " you"
    if (expected.isEmpty()) {
        QCOMPARE(tracker.usage(), std::nullopt);
        return;
    }
    QCOMPARE(tracker.usage(), (TokenUsage{expected[0], expected[1], expected[2], expected[3], expected[4], expected[5]}));
    QVERIFY(tracker.hasFinalUsage());
}

void TestStreamUsageTracker::responsesInterrupted()
{
    // response.created carries "usage": null and an in-progress response; no terminal event came.
    const QByteArray stream = R"(event: response.created
data: {"type":"response.created","sequence_number":0,"response":{"id":"resp_1","status":"in_progress","usage":null}}

event: response.output_text.delta
data: {"type":"response.output_text.delta","sequence_number":1,"delta":"Hel"}
)";
    const StreamUsageTracker tracker = track(Style::OpenAiResponses, stream);
    QCOMPARE(tracker.usage(), std::nullopt);
    QCOMPARE(tracker.outputChars(), 3);
}

void TestStreamUsageTracker::anthropic()
{
    const StreamUsageTracker tracker = track(Style::Anthropic, AnthropicStream);
    // 21 + 1200 + 8000 = 9221 total input; output 350 from the cumulative message_delta, not 1 + 350.
    QCOMPARE(tracker.usage(), (TokenUsage{9221, 8000, 1200, 0, 350, 0}));
    QVERIFY(tracker.hasFinalUsage());
    QCOMPARE(tracker.outputChars(), 2);
}

void TestStreamUsageTracker::anthropicDeltaOverridesInput()
{
    const QByteArray stream = R"(event: message_start
data: {"type":"message_start","message":{"usage":{"input_tokens":5,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":1}}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"Let me"}}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\"q\":"}}

event: message_delta
data: {"type":"message_delta","delta":{"stop_reason":"tool_use"},"usage":{"input_tokens":15,"cache_creation_input_tokens":null,"cache_read_input_tokens":100,"output_tokens":40}}

event: message_delta
data: {"type":"message_delta","delta":{},"usage":{"output_tokens":60}}
)";
    const StreamUsageTracker tracker = track(Style::Anthropic, stream);
    // input 15 (delta) + write 0 (null keeps the start value) + read 100 = 115; output: the last delta, 60.
    QCOMPARE(tracker.usage(), (TokenUsage{115, 100, 0, 0, 60, 0}));
    QCOMPARE(tracker.outputChars(), 6 + 5); // "Let me", {"q":
}

void TestStreamUsageTracker::anthropicInterrupted()
{
    // Cut after message_start: the input counts are known, the output is not final.
    const QList<Event> events = parseSse(AnthropicStream);
    StreamUsageTracker tracker(Style::Anthropic);
    tracker.feed(events[0].name, events[0].data);
    tracker.feed(events[3].name, events[3].data);
    QCOMPARE(tracker.usage(), (TokenUsage{9221, 8000, 1200, 0, 1, 0}));
    QVERIFY(!tracker.hasFinalUsage());

    // Nothing at all arrived: no usage.
    QCOMPARE(StreamUsageTracker(Style::Anthropic).usage(), std::nullopt);
    // An error event after HTTP 200 keeps what message_start reported.
    tracker.feed("error", R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})");
    QCOMPARE(tracker.usage()->inputTokens, 9221);
}

QTEST_GUILESS_MAIN(TestStreamUsageTracker)
#include "tst_streamusagetracker.moc"
