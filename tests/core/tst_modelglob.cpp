#include "core/keys/modelglob.h"

#include <QTest>

using Keys::ModelGlob;

namespace {

QString str(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

class TestModelGlob final : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void matchesAny_data();
    void matchesAny();
    void parseList_data();
    void parseList();
};

void TestModelGlob::matches_data()
{
    QTest::addColumn<QString>("glob");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("expected");

    QTest::addRow("exact") << str("gpt-4o") << str("gpt-4o") << true;
    QTest::addRow("exact, model longer") << str("gpt-4o") << str("gpt-4o-mini") << false;
    QTest::addRow("exact, model shorter") << str("gpt-4o-mini") << str("gpt-4o") << false;
    QTest::addRow("trailing star") << str("gpt-4o*") << str("gpt-4o-mini") << true;
    QTest::addRow("trailing star, empty run") << str("gpt-4o*") << str("gpt-4o") << true;
    QTest::addRow("trailing star, other family") << str("gpt-4o*") << str("gpt-4.1") << false;
    QTest::addRow("leading star") << str("*-mini") << str("gpt-4o-mini") << true;
    QTest::addRow("leading star, no suffix") << str("*-mini") << str("gpt-4o") << false;
    QTest::addRow("middle star") << str("claude-*-sonnet") << str("claude-3-5-sonnet") << true;
    QTest::addRow("middle star, wrong end") << str("claude-*-sonnet") << str("claude-3-5-haiku") << false;
    QTest::addRow("question mark") << str("gpt-?o") << str("gpt-4o") << true;
    QTest::addRow("question mark needs one char") << str("gpt-?o") << str("gpt-o") << false;
    QTest::addRow("question mark only one char") << str("gpt-?o") << str("gpt-45o") << false;
    QTest::addRow("two question marks") << str("o??") << str("o1x") << true;
    QTest::addRow("case-insensitive glob upper") << str("GPT-4O*") << str("gpt-4o-mini") << true;
    QTest::addRow("case-insensitive model upper") << str("claude-*") << str("Claude-Opus-4") << true;
    QTest::addRow("case-insensitive non-ascii") << QStringLiteral("\u00c9*") << QStringLiteral("\u00e9t\u00e9") << true;
    QTest::addRow("multiple stars") << str("*gpt*mini*") << str("openai/gpt-4o-mini-2024") << true;
    QTest::addRow("multiple stars, order matters") << str("*mini*gpt*") << str("gpt-4o-mini") << false;
    QTest::addRow("adjacent stars") << str("gpt**") << str("gpt-4o") << true;
    QTest::addRow("star only") << str("*") << str("anything-at-all") << true;
    QTest::addRow("star only, empty model") << str("*") << QString() << true;
    QTest::addRow("stars only") << str("***") << str("x") << true;
    QTest::addRow("empty glob, empty model") << QString() << QString() << true;
    QTest::addRow("empty glob, model") << QString() << str("gpt-4o") << false;
    QTest::addRow("glob, empty model") << str("gpt") << QString() << false;
    QTest::addRow("question mark, empty model") << str("?") << QString() << false;
    // Backtracking: the first candidate for a star is not always the right one.
    QTest::addRow("*a*b vs xaxb") << str("*a*b") << str("xaxb") << true;
    QTest::addRow("*a*b vs xabx") << str("*a*b") << str("xabx") << false;
    QTest::addRow("*a*b vs ab") << str("*a*b") << str("ab") << true;
    QTest::addRow("*a*b vs aab") << str("*a*b") << str("aab") << true;
    QTest::addRow("*ab vs aaab") << str("*ab") << str("aaab") << true;
    QTest::addRow("a*b*c vs abcbc") << str("a*b*c") << str("abcbc") << true;
    QTest::addRow("a*b*c vs abcb") << str("a*b*c") << str("abcb") << false;
    QTest::addRow("*?x vs abx") << str("*?x") << str("abx") << true;
    QTest::addRow("*?x vs x") << str("*?x") << str("x") << false;
    QTest::addRow("mini* vs mini-gpt-mini") << str("*-mini") << str("gpt-mini-x-mini") << true;
    QTest::addRow("literal dot is not a regex") << str("gpt.4") << str("gpt-4") << false;
    QTest::addRow("brackets are literal") << str("[ab]") << str("a") << false;
    QTest::addRow("brackets match themselves") << str("[ab]") << str("[AB]") << true;
}

void TestModelGlob::matches()
{
    QFETCH(QString, glob);
    QFETCH(QString, model);
    QFETCH(bool, expected);
    QCOMPARE(ModelGlob::matches(glob, model), expected);
}

void TestModelGlob::matchesAny_data()
{
    QTest::addColumn<QStringList>("globs");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("expected");

    QTest::addRow("empty list allows everything") << QStringList() << str("any-model") << true;
    QTest::addRow("empty list, empty model") << QStringList() << QString() << true;
    QTest::addRow("first matches") << QStringList{str("gpt-*"), str("claude-*")} << str("gpt-4o") << true;
    QTest::addRow("second matches") << QStringList{str("gpt-*"), str("claude-*")} << str("claude-3") << true;
    QTest::addRow("none matches") << QStringList{str("gpt-*"), str("claude-*")} << str("gemini-2") << false;
    QTest::addRow("list with an empty glob") << QStringList{QString()} << str("gpt-4o") << false;
}

void TestModelGlob::matchesAny()
{
    QFETCH(QStringList, globs);
    QFETCH(QString, model);
    QFETCH(bool, expected);
    QCOMPARE(ModelGlob::matchesAny(globs, model), expected);
}

void TestModelGlob::parseList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("empty") << QString() << QStringList();
    QTest::addRow("spaces only") << str("   ") << QStringList();
    QTest::addRow("commas only") << str(" , ,, ") << QStringList();
    QTest::addRow("one") << str("gpt-4o*") << QStringList{str("gpt-4o*")};
    QTest::addRow("trimmed") << str("a, b ,c") << QStringList{str("a"), str("b"), str("c")};
    QTest::addRow("empty parts dropped") << str(",a,,b,") << QStringList{str("a"), str("b")};
    QTest::addRow("tabs trimmed") << str("\tclaude-*\t, gpt-*") << QStringList{str("claude-*"), str("gpt-*")};
    QTest::addRow("inner space kept") << str("my model , x") << QStringList{str("my model"), str("x")};
}

void TestModelGlob::parseList()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(ModelGlob::parseList(text), expected);
}

QTEST_GUILESS_MAIN(TestModelGlob)
#include "tst_modelglob.moc"
