#include "core/providers/ssedecoder.h"

#include <QTest>

using Providers::SseDecoder;
using Providers::SseEvent;

class TestSseDecoder final : public QObject
{
    Q_OBJECT

private slots:
    void decodesAtEverySplit_data();
    void decodesAtEverySplit();
    void keepsRawBytes();
    void crLfSplitAcrossPieces();
    void idPersistsAcrossEvents();
    void unterminatedEventIsNotEmitted();
    void oversizedBlockStops();
};

namespace {

// "type|data|id" per event, events only; comments and empty blocks are no events.
QStringList describe(const QList<SseEvent> &blocks)
{
    QStringList out;
    for (const SseEvent &block : blocks) {
        if (block.isEvent())
            out.append(QString::fromUtf8(block.type + '|' + block.data + '|' + block.id));
    }
    return out;
}

} // namespace

void TestSseDecoder::decodesAtEverySplit_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("events");

    QTest::addRow("openai chunks, LF")
        << QByteArray("data: {\"a\":1}\n\ndata: [DONE]\n\n") << QStringList{QStringLiteral("|{\"a\":1}|"), QStringLiteral("|[DONE]|")};
    QTest::addRow("CRLF line ends") << QByteArray("data: x\r\n\r\ndata: y\r\n\r\n")
                                    << QStringList{QStringLiteral("|x|"), QStringLiteral("|y|")};
    QTest::addRow("CR line ends") << QByteArray("data: x\r\rdata: y\r\r") << QStringList{QStringLiteral("|x|"), QStringLiteral("|y|")};
    QTest::addRow("anthropic named events")
        << QByteArray("event: message_start\ndata: {\"type\":\"message_start\"}\n\nevent: ping\ndata: {}\n\n")
        << QStringList{QStringLiteral("message_start|{\"type\":\"message_start\"}|"), QStringLiteral("ping|{}|")};
    QTest::addRow("comments are ignored")
        << QByteArray(": OPENROUTER PROCESSING\n\n:keep-alive\ndata: a\n: inside\n\n")
        << QStringList{QStringLiteral("|a|")};
    QTest::addRow("multi-line data") << QByteArray("data: one\ndata:two\ndata:  three\n\n")
                                     << QStringList{QStringLiteral("|one\ntwo\n three|")};
    QTest::addRow("empty data line is an event") << QByteArray("data\n\n") << QStringList{QStringLiteral("||")};
    QTest::addRow("event name without data is no event") << QByteArray("event: ping\n\ndata: z\n\n")
                                                         << QStringList{QStringLiteral("|z|")};
    QTest::addRow("id and unknown fields") << QByteArray("id: 7\nretry: 100\nfoo: bar\ndata: d\n\n")
                                           << QStringList{QStringLiteral("|d|7")};
    QTest::addRow("byte order mark") << QByteArray("\xEF\xBB\xBF" "data: b\n\n") << QStringList{QStringLiteral("|b|")};
    QTest::addRow("mixed line ends") << QByteArray("data: a\r\ndata: b\rdata: c\n\r\n")
                                     << QStringList{QStringLiteral("|a\nb\nc|")};
}

void TestSseDecoder::decodesAtEverySplit()
{
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, events);

    // Whole, byte by byte, and split in two at every position (including between CR and LF).
    {
        SseDecoder decoder;
        QCOMPARE(describe(decoder.feed(stream)), events);
    }
    {
        SseDecoder decoder;
        QList<SseEvent> all;
        for (char byte : stream)
            all += decoder.feed(QByteArrayView(&byte, 1));
        QCOMPARE(describe(all), events);
    }
    for (qsizetype cut = 1; cut < stream.size(); ++cut) {
        SseDecoder decoder;
        QList<SseEvent> all = decoder.feed(stream.first(cut));
        all += decoder.feed(stream.sliced(cut));
        QVERIFY2(describe(all) == events, qPrintable(QStringLiteral("split at %1").arg(cut)));
    }
}

void TestSseDecoder::keepsRawBytes()
{
    const QByteArray stream = ": ping\n\ndata: {\"x\":1}\r\n\r\ndata: {\"usage\":{}}\n\ndata: [DONE]\n\n";
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        SseDecoder decoder;
        QList<SseEvent> blocks = decoder.feed(stream.first(cut));
        blocks += decoder.feed(stream.sliced(cut));
        QCOMPARE(blocks.size(), 4);
        QByteArray relayed;
        QByteArray withoutUsage;
        for (const SseEvent &block : blocks) {
            relayed += block.raw;
            if (!block.data.contains("usage"))
                withoutUsage += block.raw;
        }
        QCOMPARE(relayed, stream); // relaying every block reproduces the stream byte for byte
        // Dropping a block leaves a stream that still decodes to the other events.
        SseDecoder again;
        QCOMPARE(describe(again.feed(withoutUsage)), (QStringList{QStringLiteral("|{\"x\":1}|"), QStringLiteral("|[DONE]|")}));
        QVERIFY(!blocks.first().isEvent());
        QCOMPARE(blocks.first().raw, QByteArray(": ping\n\n"));
    }
}

void TestSseDecoder::crLfSplitAcrossPieces()
{
    SseDecoder decoder;
    QVERIFY(decoder.feed("data: a\r").isEmpty());
    // The CR ended the line; the LF that follows must not count as a second (blank) line.
    QVERIFY(decoder.feed("\ndata: b\r").isEmpty());
    const QList<SseEvent> blocks = decoder.feed("\n\r\n");
    QCOMPARE(describe(blocks), QStringList{QStringLiteral("|a\nb|")});
}

void TestSseDecoder::idPersistsAcrossEvents()
{
    SseDecoder decoder;
    const QList<SseEvent> blocks = decoder.feed(QByteArrayLiteral("id: 1\ndata: a\n\ndata: b\n\nid\ndata: c\n\nid: x\0y\ndata: d\n\n"));
    QCOMPARE(describe(blocks), (QStringList{QStringLiteral("|a|1"), QStringLiteral("|b|1"), QStringLiteral("|c|"),
                                            QStringLiteral("|d|")}));
}

void TestSseDecoder::unterminatedEventIsNotEmitted()
{
    SseDecoder decoder;
    QCOMPARE(describe(decoder.feed("data: a\n\ndata: partial\n")), QStringList{QStringLiteral("|a|")});
    QCOMPARE(decoder.pendingRaw(), QByteArray("data: partial\n"));
    // At EOF nothing more arrives: the incomplete event stays undispatched (WHATWG: discard it).
}

void TestSseDecoder::oversizedBlockStops()
{
    SseDecoder decoder;
    QVERIFY(decoder.feed(QByteArray(SseDecoder::MaxBlockBytes + 1, 'x')).isEmpty());
    QVERIFY(decoder.hasError());
    QVERIFY(decoder.feed("\n\ndata: a\n\n").isEmpty());
}

QTEST_GUILESS_MAIN(TestSseDecoder)
#include "tst_ssedecoder.moc"
