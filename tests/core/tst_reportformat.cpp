#include "core/report/csvwriter.h"
#include "core/report/jsontext.h"
#include "core/report/textformat.h"
#include "core/report/tracecolumns.h"
#include "tests/support/csvreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Common::Money;
using Report::CsvWriter;
using Report::JsonText;
using Report::TextTable;
using Report::TraceColumns;

namespace {

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList strs(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(str(item));
    return list;
}

QJsonDocument parsed(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), text.constData());
    return document;
}

Ledger::TraceRecord sampleTrace()
{
    Ledger::TraceRecord trace;
    trace.id = 42;
    trace.time = QDateTime(QDate(2025, 1, 15), QTime(12, 34, 56, 789), Qt::UTC);
    trace.keyName = str("ci, \"main\"");
    trace.model = str("gpt-4o");
    trace.servedModel = str("gpt-4o-2024-08-06");
    trace.provider = str("openai");
    trace.endpoint = str("/v1/chat/completions");
    trace.stream = true;
    trace.status = 200;
    trace.outcome = str("ok");
    trace.usage.inputTokens = 1200;
    trace.usage.cachedInputTokens = 200;
    trace.usage.cacheWriteTokens = 100;
    trace.usage.outputTokens = 300;
    trace.usage.reasoningTokens = 50;
    trace.cost = Money::fromNanos(123'450);
    trace.costStatus = Ledger::CostStatus::Exact;
    trace.latencyMs = 850;
    trace.ttftMs = 120;
    trace.attempts = 2;
    return trace;
}

} // namespace

class TestReportFormat final : public QObject
{
    Q_OBJECT

private slots:
    void csvField_data();
    void csvField();
    void csvRowEndsInCrlf();
    void csvRoundTrip();
    void jsonMoney_data();
    void jsonMoney();
    void jsonStructureSurvivesParsing();
    void jsonExactLayout();
    void jsonDecimalLookalikeStaysString();
    void textTableAlignment();
    void textTableControlCharacters();
    void textTableWideAndReorderingCharacters();
    void traceColumnNames();
    void csvNamesThatLookLikeNumbersStayText();
    void traceCellsAndJson();
    void unpricedTrace();
};

void TestReportFormat::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::addRow("plain") << str("gpt-4o") << str("gpt-4o");
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("spaces kept unquoted") << str(" a b ") << str(" a b ");
    QTest::addRow("comma") << str("a,b") << str("\"a,b\"");
    QTest::addRow("quote") << str("say \"hi\"") << str("\"say \"\"hi\"\"\"");
    QTest::addRow("only a quote") << str("\"") << str("\"\"\"\"");
    QTest::addRow("LF") << str("a\nb") << str("\"a\nb\"");
    QTest::addRow("CR") << str("a\rb") << str("\"a\rb\"");
    QTest::addRow("CRLF") << str("a\r\nb") << str("\"a\r\nb\"");
    QTest::addRow("semicolon is not special") << str("a;b") << str("a;b");
    QTest::addRow("unicode") << str("cl\xc3\xa9 \xe2\x82\xac") << str("cl\xc3\xa9 \xe2\x82\xac");
    QTest::addRow("formula") << str("=HYPERLINK(\"http://x.test\",\"x\")") << str("\"'=HYPERLINK(\"\"http://x.test\"\",\"\"x\"\")\"");
    QTest::addRow("plus") << str("+cmd|calc") << str("'+cmd|calc");
    QTest::addRow("minus") << str("-2+3") << str("'-2+3");
    QTest::addRow("at") << str("@SUM(1)") << str("'@SUM(1)");
    QTest::addRow("tab") << str("\tx") << str("'\tx");
    QTest::addRow("CR first") << str("\rx") << str("\"'\rx\"");
    QTest::addRow("negative money") << str("-1.500000000") << str("-1.500000000");
    QTest::addRow("signed integer") << str("+42") << str("+42");
    QTest::addRow("a lone minus") << str("-") << str("'-");
    QTest::addRow("formula sign inside") << str("a=b") << str("a=b");
}

void TestReportFormat::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::field(value), expected);
}

// QA re-test: keys named "+1" and "+.5" and a model "-2" became the numbers 1, 0.5 and -2 in a spreadsheet.
void TestReportFormat::csvNamesThatLookLikeNumbersStayText()
{
    using Kind = CsvWriter::Kind;
    QCOMPARE(CsvWriter::field(str("+1"), Kind::Text), str("'+1"));
    QCOMPARE(CsvWriter::field(str("-2"), Kind::Text), str("'-2"));
    QCOMPARE(CsvWriter::field(str("+.5"), Kind::Text), str("'+.5"));
    QCOMPARE(CsvWriter::field(str("gpt-4o"), Kind::Text), str("gpt-4o"));
    QCOMPARE(CsvWriter::field(str("-1.500000000"), Kind::Number), str("-1.500000000"));
    QCOMPARE(CsvWriter::field(str("-1.500000000"), Kind::Either), str("-1.500000000"));
    QCOMPARE(CsvWriter::row(strs({"+1", "-2", "-3"}), {Kind::Text, Kind::Text, Kind::Number}), QByteArray("'+1,'-2,-3\r\n"));
    // Every column has its kind: names and the trace's words are text, counts and money numbers.
    QCOMPARE(TraceColumns::kinds().size(), TraceColumns::names().size());
    QCOMPARE(TraceColumns::kinds().at(TraceColumns::names().indexOf(str("key"))), Kind::Text);
    QCOMPARE(TraceColumns::kinds().at(TraceColumns::names().indexOf(str("model"))), Kind::Text);
    QCOMPARE(TraceColumns::kinds().at(TraceColumns::names().indexOf(str("cost_usd"))), Kind::Number);
    const QList<Ledger::ReportDimension> groupBy{Ledger::ReportDimension::Key, Ledger::ReportDimension::Model};
    const QList<Kind> reportKinds = Report::ReportColumns::kinds(groupBy);
    QCOMPARE(reportKinds.size(), Report::ReportColumns::names(groupBy).size());
    QCOMPARE(reportKinds.mid(0, 3), (QList<Kind>{Kind::Text, Kind::Text, Kind::Number}));
}

void TestReportFormat::csvRowEndsInCrlf()
{
    QCOMPARE(CsvWriter::row(strs({"a", "b,c", ""})), QByteArray("a,\"b,c\",\r\n"));
    QCOMPARE(CsvWriter::row(QStringList{QString()}), QByteArray("\r\n"));
    QCOMPARE(CsvWriter::row(strs({"\xc3\xa9"})), QByteArray("\xc3\xa9\r\n")); // UTF-8
}

void TestReportFormat::csvRoundTrip()
{
    const QList<QStringList> rows = {
        strs({"id", "name", "note"}),
        strs({"1", "comma, inside", "quote \" inside"}),
        strs({"2", "line\nbreak", "carriage\rreturn"}),
        strs({"3", "\"\"", "crlf\r\ninside"}),
        strs({"4", "", " leading and trailing "}),
        strs({"5", "\xe2\x82\xac \xf0\x9f\x94\x91", "1+2="}),
        strs({"6", ",", "\"quoted,\"\n"}),
    };
    QByteArray csv;
    for (const QStringList &row : rows)
        csv += CsvWriter::row(row);
    const auto read = TestSupport::parseCsv(csv);
    QVERIFY(read);
    QCOMPARE(*read, rows);
}

void TestReportFormat::jsonMoney_data()
{
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<double>("number");

    QTest::addRow("0.000123450") << qint64(123'450) << QByteArray("0.000123450") << 0.00012345;
    QTest::addRow("-1.5") << qint64(-1'500'000'000) << QByteArray("-1.500000000") << -1.5;
    QTest::addRow("zero") << qint64(0) << QByteArray("0.000000000") << 0.0;
    QTest::addRow("one nano") << qint64(1) << QByteArray("0.000000001") << 1e-9;
    QTest::addRow("minus one nano") << qint64(-1) << QByteArray("-0.000000001") << -1e-9;
    QTest::addRow("large") << qint64(1'234'567'000'000'000) << QByteArray("1234567.000000000") << 1234567.0;
}

void TestReportFormat::jsonMoney()
{
    QFETCH(qint64, nanos);
    QFETCH(QByteArray, text);
    QFETCH(double, number);
    const QJsonObject object{{str("cost"), JsonText::money(Money::fromNanos(nanos))}};
    const QByteArray compact = JsonText::toText(object, false);
    QCOMPARE(compact, "{\"cost\":" + text + "}\n");
    const QJsonDocument document = parsed(compact);
    QVERIFY(document.isObject());
    QVERIFY(document.object().value(str("cost")).isDouble());
    QCOMPARE(document.object().value(str("cost")).toDouble(), number);

    QCOMPARE(JsonText::toText(QJsonArray{JsonText::optionalMoney(Money::fromNanos(nanos))}, false), "[" + text + "]\n");
}

void TestReportFormat::jsonStructureSurvivesParsing()
{
    const QJsonObject input{
        {str("name"), str("tab\there \"quoted\" \\ \xc3\xa9 \xf0\x9f\x94\x91")},
        {str("count"), 3},
        {str("ratio"), 0.25},
        {str("flag"), true},
        {str("missing"), QJsonValue(QJsonValue::Null)},
        {str("unpriced"), JsonText::optionalMoney(std::nullopt)},
        {str("cost"), JsonText::money(Money::fromNanos(-1'500'000'000))},
        {str("empty object"), QJsonObject()},
        {str("empty array"), QJsonArray()},
        {str("nested"), QJsonObject{{str("list"), QJsonArray{1, str("two"), JsonText::money(Money::fromNanos(123'450)),
                                                            QJsonArray{QJsonObject{{str("k\"ey"), false}}}}}}},
    };
    // The same document with each money placeholder swapped for the number it stands for.
    QJsonObject expected = input;
    expected.insert(str("unpriced"), QJsonValue(QJsonValue::Null));
    expected.insert(str("cost"), -1.5);
    expected.insert(str("nested"), QJsonObject{{str("list"), QJsonArray{1, str("two"), 0.00012345,
                                                                       QJsonArray{QJsonObject{{str("k\"ey"), false}}}}}});
    for (const bool indented : {true, false}) {
        const QByteArray text = JsonText::toText(input, indented);
        QVERIFY(text.endsWith('\n'));
        QVERIFY(!text.contains("$decimal"));
        const QJsonDocument document = parsed(text);
        QVERIFY2(document.isObject(), text.constData());
        QCOMPARE(document.object(), expected);
    }
}

void TestReportFormat::jsonExactLayout()
{
    const QJsonObject object{
        {str("a"), 1},
        {str("b"), JsonText::money(Money::fromNanos(2'500'000'000))},
        {str("c"), QJsonArray{str("x"), JsonText::optionalMoney(std::nullopt)}},
    };
    QCOMPARE(JsonText::toText(object, false), QByteArray("{\"a\":1,\"b\":2.500000000,\"c\":[\"x\",null]}\n"));
    QCOMPARE(JsonText::toText(object, true),
             QByteArray("{\n  \"a\": 1,\n  \"b\": 2.500000000,\n  \"c\": [\n    \"x\",\n    null\n  ]\n}\n"));
}

void TestReportFormat::jsonDecimalLookalikeStaysString()
{
    // User text (a key name, a model) that looks like our placeholder is written as the string it is.
    const QString lookalike = str("{\"$decimal\": \"1.000000000\"}");
    const QJsonObject object{{str("key"), lookalike}, {str("$decimal"), str("9")}};
    const QByteArray text = JsonText::toText(object, false);
    const QJsonDocument document = parsed(text);
    QVERIFY(document.isObject());
    QCOMPARE(document.object().value(str("key")), QJsonValue(lookalike));
    QCOMPARE(document.object().value(str("$decimal")), QJsonValue(str("9")));

    // Even the placeholder's exact shape in a nested array of user strings stays text.
    const QJsonArray array{lookalike, str("1.5")};
    QCOMPARE(parsed(JsonText::toText(array)).array(), array);
}

void TestReportFormat::textTableAlignment()
{
    TextTable table(strs({"model", "requests", "cost"}), {false, true, true});
    table.addRow(strs({"gpt-4o", "12", "1.500000000"}));
    table.addRow(strs({"o3", "3", "0.25"}));
    table.addRow(strs({"claude-sonnet-4"})); // short rows are padded with empty cells
    const QString expected = str("model            requests         cost\n"
                                 "gpt-4o                 12  1.500000000\n"
                                 "o3                      3         0.25\n"
                                 "claude-sonnet-4                       \n");
    QCOMPARE(table.render(), expected);

    // A left-aligned last column is not padded: no trailing spaces.
    TextTable notes(strs({"key", "note"}));
    notes.addRow(strs({"a", "x"}));
    notes.addRow(strs({"longer", "yy", "dropped"}));
    QCOMPARE(notes.render(), str("key     note\na       x\nlonger  yy\n"));
}

// QA: a key named 日本語キー🔑 shifted every column after it, and a right-to-left override in a model
// name turned the rest of the terminal line around.
void TestReportFormat::textTableWideAndReorderingCharacters()
{
    QCOMPARE(TextTable::displayWidth(str("abc")), 3);
    QCOMPARE(TextTable::displayWidth(str("\xe6\x97\xa5\xe6\x9c\xac")), 4);             // 日本
    QCOMPARE(TextTable::displayWidth(str("\xf0\x9f\x94\x91")), 2);                      // 🔑, one surrogate pair
    QCOMPARE(TextTable::displayWidth(str("e\xcc\x81")), 1);                               // e + combining acute
    QCOMPARE(TextTable::displayWidth(str("\xea\xb0\x80")), 2);                           // 가
    TextTable table(strs({"key", "n"}), {false, true});
    table.addRow(strs({"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xf0\x9f\x94\x91", "1"})); // 日本語🔑: 8 cells
    table.addRow(strs({"plain", "22"}));
    table.addRow(strs({"m\xe2\x80\xae" "evil", "3"}));                                 // m, U+202E, evil
    const QStringList lines = table.render().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    for (const QString &line : lines)
        QCOMPARE(TextTable::displayWidth(line), TextTable::displayWidth(lines.first()));
    QCOMPARE(lines.at(3), str("m?evil     3"));
}

void TestReportFormat::textTableControlCharacters()
{
    TextTable table(strs({"key", "n"}), {false, true});
    table.addRow(strs({"two\nlines", "1"}));
    table.addRow(strs({"tab\there", "22"}));
    const QString text = table.render();
    QCOMPARE(text.count(u'\n'), 3);
    QCOMPARE(text, str("key         n\ntwo lines   1\ntab here   22\n"));
}

void TestReportFormat::traceColumnNames()
{
    const QString contract = str("id,time,key,model,served_model,provider,endpoint,stream,status,outcome,input_tokens,"
                                 "cached_input_tokens,cache_write_tokens,output_tokens,reasoning_tokens,cost_usd,"
                                 "cost_status,latency_ms,ttft_ms,attempts");
    QCOMPARE(TraceColumns::names(), contract.split(u','));
    QCOMPARE(CsvWriter::row(TraceColumns::names()), contract.toUtf8() + "\r\n");
}

void TestReportFormat::traceCellsAndJson()
{
    const Ledger::TraceRecord trace = sampleTrace();
    const QStringList names = TraceColumns::names();
    const QStringList cells = TraceColumns::cells(trace);
    QCOMPARE(cells.size(), names.size());
    const QStringList expected = strs({"42", "2025-01-15T12:34:56.789Z", "ci, \"main\"", "gpt-4o", "gpt-4o-2024-08-06",
                                       "openai", "/v1/chat/completions", "true", "200", "ok", "1200", "200", "100",
                                       "300", "50", "0.000123450", "exact", "850", "120", "2"});
    QCOMPARE(cells, expected);

    // Through CSV and back.
    const auto read = TestSupport::parseCsv(CsvWriter::row(names) + CsvWriter::row(cells));
    QVERIFY(read);
    QCOMPARE(*read, (QList<QStringList>{names, cells}));

    // JSON: every column once, under the same names; money as a bare nine-decimal number.
    const QJsonObject json = TraceColumns::json(trace);
    QStringList keys = json.keys();
    QStringList sortedNames = names;
    keys.sort();
    sortedNames.sort();
    QCOMPARE(keys, sortedNames);
    const QByteArray text = JsonText::toText(json, false);
    QVERIFY(text.contains("\"cost_usd\":0.000123450"));
    const QJsonObject back = parsed(text).object();
    QCOMPARE(back.value(str("cost_usd")).toDouble(), 0.00012345);
    QCOMPARE(back.value(str("key")).toString(), trace.keyName);
    QCOMPARE(back.value(str("stream")).toBool(), true);
    QCOMPARE(back.value(str("ttft_ms")).toInteger(), 120);
    QCOMPARE(back.value(str("time")).toString(), str("2025-01-15T12:34:56.789Z"));
}

void TestReportFormat::unpricedTrace()
{
    Ledger::TraceRecord trace = sampleTrace();
    trace.cost.reset();
    trace.costStatus = Ledger::CostStatus::Unpriced;
    trace.ttftMs.reset();
    const QStringList names = TraceColumns::names();
    const QStringList cells = TraceColumns::cells(trace);
    QCOMPARE(cells.at(names.indexOf(str("cost_usd"))), QString());
    QCOMPARE(cells.at(names.indexOf(str("cost_status"))), str("unpriced"));
    QCOMPARE(cells.at(names.indexOf(str("ttft_ms"))), QString());

    const QByteArray text = JsonText::toText(TraceColumns::json(trace));
    const QJsonObject back = parsed(text).object();
    QVERIFY(back.contains(str("cost_usd")));
    QVERIFY(back.value(str("cost_usd")).isNull());
    QVERIFY(back.value(str("ttft_ms")).isNull());
    QCOMPARE(back.value(str("cost_status")).toString(), str("unpriced"));
}

QTEST_GUILESS_MAIN(TestReportFormat)
#include "tst_reportformat.moc"
