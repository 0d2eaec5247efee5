#include "core/common/money.h"

#include <QTest>

using Common::Money;

class TestMoney final : public QObject
{
    Q_OBJECT

private slots:
    void parsesDecimalText_data();
    void parsesDecimalText();
    void rejectsBadText_data();
    void rejectsBadText();
    void formatsNineDecimals_data();
    void formatsNineDecimals();
    void convertsPerTokenPrices_data();
    void convertsPerTokenPrices();
    void roundsTokenCostsHalfAwayFromZero_data();
    void roundsTokenCostsHalfAwayFromZero();
    void sumsSaturateInsteadOfWrapping_data();
    void sumsSaturateInsteadOfWrapping();
    void parseAmountSaysWhy_data();
    void parseAmountSaysWhy();
    void dollarSignAfterTheMinus_data();
    void dollarSignAfterTheMinus();
};

void TestMoney::parsesDecimalText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("nanos");
    QTest::addRow("whole dollars") << QStringLiteral("12") << qint64(12'000'000'000);
    QTest::addRow("cents") << QStringLiteral("0.25") << qint64(250'000'000);
    QTest::addRow("one nano") << QStringLiteral("0.000000001") << qint64(1);
    QTest::addRow("leading point") << QStringLiteral(".5") << qint64(500'000'000);
    QTest::addRow("trailing point") << QStringLiteral("3.") << qint64(3'000'000'000);
    QTest::addRow("negative") << QStringLiteral("-1.5") << qint64(-1'500'000'000);
    QTest::addRow("surrounding spaces") << QStringLiteral(" 7 ") << qint64(7'000'000'000);
    QTest::addRow("largest") << QStringLiteral("9223372036.854775807") << std::numeric_limits<qint64>::max();
}

void TestMoney::parsesDecimalText()
{
    QFETCH(QString, text);
    QFETCH(qint64, nanos);
    const auto money = Money::fromDecimalString(text);
    QVERIFY(money.has_value());
    QCOMPARE(money->nanos(), nanos);
}

void TestMoney::rejectsBadText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("lone point") << QStringLiteral(".");
    QTest::addRow("ten decimals") << QStringLiteral("0.0000000001");
    QTest::addRow("letters") << QStringLiteral("12abc");
    QTest::addRow("exponent") << QStringLiteral("1e3");
    QTest::addRow("two points") << QStringLiteral("1.2.3");
    QTest::addRow("thousands separator") << QStringLiteral("1,000");
    QTest::addRow("overflow") << QStringLiteral("9223372037");
    QTest::addRow("arabic-indic digit") << QStringLiteral("\u0663");
}

void TestMoney::rejectsBadText()
{
    QFETCH(QString, text);
    QVERIFY(!Money::fromDecimalString(text).has_value());
}

void TestMoney::formatsNineDecimals_data()
{
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shortText");
    QTest::addRow("zero") << qint64(0) << QStringLiteral("0.000000000") << QStringLiteral("0.00");
    QTest::addRow("small") << qint64(123'450) << QStringLiteral("0.000123450") << QStringLiteral("0.00012345");
    QTest::addRow("dollars") << qint64(2'500'000'000) << QStringLiteral("2.500000000") << QStringLiteral("2.50");
    QTest::addRow("negative") << qint64(-1) << QStringLiteral("-0.000000001") << QStringLiteral("-0.000000001");
    QTest::addRow("most negative") << std::numeric_limits<qint64>::min() << QStringLiteral("-9223372036.854775808")
                                   << QStringLiteral("-9223372036.854775808");
}

void TestMoney::formatsNineDecimals()
{
    QFETCH(qint64, nanos);
    QFETCH(QString, text);
    QFETCH(QString, shortText);
    QCOMPARE(Money::fromNanos(nanos).toDecimalString(), text);
    QCOMPARE(Money::fromNanos(nanos).toShortString(), shortText);
}

void TestMoney::convertsPerTokenPrices_data()
{
    QTest::addColumn<double>("perToken");
    QTest::addColumn<QString>("perMillion");
    QTest::addRow("gpt-4o input") << 2.5e-06 << QStringLiteral("2.500000000");
    QTest::addRow("gpt-4o-mini cache read") << 7.5e-08 << QStringLiteral("0.075000000");
    QTest::addRow("claude cache write 5m") << 3.75e-06 << QStringLiteral("3.750000000");
    QTest::addRow("fine price") << 1.875e-08 << QStringLiteral("0.018750000");
    QTest::addRow("free") << 0.0 << QStringLiteral("0.000000000");
}

void TestMoney::convertsPerTokenPrices()
{
    QFETCH(double, perToken);
    QFETCH(QString, perMillion);
    const auto rate = Money::fromUsdPerTokenPerMillion(perToken);
    QVERIFY(rate.has_value());
    QCOMPARE(rate->toDecimalString(), perMillion);
}

void TestMoney::roundsTokenCostsHalfAwayFromZero_data()
{
    QTest::addColumn<QString>("ratePerMillion");
    QTest::addColumn<qint64>("tokens");
    QTest::addColumn<qint64>("expectedNanos");
    QTest::addRow("exact") << QStringLiteral("2.50") << qint64(1'000) << qint64(2'500'000);
    QTest::addRow("one token at $2.50/1M") << QStringLiteral("2.50") << qint64(1) << qint64(2'500);
    QTest::addRow("half rounds up") << QStringLiteral("0.0005") << qint64(1) << qint64(1);
    QTest::addRow("below half rounds down") << QStringLiteral("0.000499") << qint64(1) << qint64(0);
    QTest::addRow("huge counts do not overflow") << QStringLiteral("75") << qint64(1'000'000'000'000)
                                                 << qint64(75'000'000'000'000'000);
    QTest::addRow("beyond the range saturates") << QStringLiteral("9223372036") << std::numeric_limits<qint64>::max()
                                                << std::numeric_limits<qint64>::max();
}

void TestMoney::roundsTokenCostsHalfAwayFromZero()
{
    QFETCH(QString, ratePerMillion);
    QFETCH(qint64, tokens);
    QFETCH(qint64, expectedNanos);
    const auto rate = Money::fromDecimalString(ratePerMillion);
    QVERIFY(rate.has_value());
    QCOMPARE(rate->costOfTokens(tokens).nanos(), expectedNanos);
}

void TestMoney::sumsSaturateInsteadOfWrapping_data()
{
    constexpr qint64 Max = std::numeric_limits<qint64>::max();
    QTest::addColumn<qint64>("left");
    QTest::addColumn<qint64>("right");
    QTest::addColumn<qint64>("sum");
    QTest::addColumn<qint64>("difference");
    QTest::addRow("ordinary") << qint64(5) << qint64(3) << qint64(8) << qint64(2);
    // The QA case: two top-ups of $9223372036 used to show "$-1.709551616".
    QTest::addRow("two top-ups of 9223372036") << qint64(9'223'372'036'000'000'000) << qint64(9'223'372'036'000'000'000)
                                               << Max << qint64(0);
    QTest::addRow("largest plus one nano") << Max << qint64(1) << Max << Max - 1;
    QTest::addRow("smallest minus largest") << -Max << Max << qint64(0) << -Max;
}

void TestMoney::sumsSaturateInsteadOfWrapping()
{
    QFETCH(qint64, left);
    QFETCH(qint64, right);
    QFETCH(qint64, sum);
    QFETCH(qint64, difference);
    const Money a = Money::fromNanos(left);
    const Money b = Money::fromNanos(right);
    QCOMPARE((a + b).nanos(), sum);
    QCOMPARE((a - b).nanos(), difference);
    Money accumulated = a;
    accumulated += b;
    QCOMPARE(accumulated.nanos(), sum);
    accumulated = a;
    accumulated -= b;
    QCOMPARE(accumulated.nanos(), difference);
    QCOMPARE((-Money::fromNanos(std::numeric_limits<qint64>::min())).nanos(), std::numeric_limits<qint64>::max());
}

void TestMoney::parseAmountSaysWhy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("nanos");   // when accepted
    QTest::addColumn<QString>("message"); // when refused
    QTest::addRow("within") << QStringLiteral("12.5") << qint64(12'500'000'000) << QString();
    QTest::addRow("with a dollar sign (QA: only credit add took one)") << QStringLiteral("$12.5") << qint64(12'500'000'000)
                                                                       << QString();
    QTest::addRow("a dollar sign alone") << QStringLiteral("$") << qint64(0) << QStringLiteral("\"$\" is not an amount of USD");
    QTest::addRow("two dollar signs") << QStringLiteral("$$5") << qint64(0) << QStringLiteral("\"$$5\" is not an amount of USD");
    QTest::addRow("a dollar sign over the maximum") << QStringLiteral("$1000000001") << qint64(0)
                                                    << QStringLiteral("\"$1000000001\" is over the maximum of $1000000000");
    QTest::addRow("the maximum itself") << QStringLiteral("1000000000") << Money::maxAmount().nanos() << QString();
    QTest::addRow("negative is the caller's call") << QStringLiteral("-1") << qint64(-1'000'000'000) << QString();
    QTest::addRow("one nano over") << QStringLiteral("1000000000.000000001") << qint64(0)
                                   << QStringLiteral("\"1000000000.000000001\" is over the maximum of $1000000000");
    QTest::addRow("beyond any amount") << QStringLiteral("99999999999") << qint64(0)
                                       << QStringLiteral("\"99999999999\" is over the maximum of $1000000000");
    QTest::addRow("ten decimals") << QStringLiteral("0.0000000001") << qint64(0)
                                  << QStringLiteral("\"0.0000000001\" has more than 9 decimals (the smallest amount is $0.000000001)");
    QTest::addRow("letters") << QStringLiteral("12abc") << qint64(0) << QStringLiteral("\"12abc\" is not an amount of USD");
    QTest::addRow("lone point") << QStringLiteral(".") << qint64(0) << QStringLiteral("\".\" is not an amount of USD");
    QTest::addRow("two points") << QStringLiteral("1.2.3") << qint64(0) << QStringLiteral("\"1.2.3\" is not an amount of USD");
}

void TestMoney::parseAmountSaysWhy()
{
    QFETCH(QString, text);
    QFETCH(qint64, nanos);
    QFETCH(QString, message);
    const auto amount = Money::parseAmount(text, Money::maxAmount());
    if (message.isEmpty()) {
        QVERIFY2(amount.ok(), qPrintable(amount.ok() ? QString() : amount.error().message));
        QCOMPARE(amount->nanos(), nanos);
    } else {
        QVERIFY(!amount.ok());
        QCOMPARE(amount.error().message, message);
    }
}

void TestMoney::dollarSignAfterTheMinus_data()
{
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<QString>("text");
    QTest::addRow("positive") << qint64(2'500'000'000) << QStringLiteral("$2.50");
    QTest::addRow("zero") << qint64(0) << QStringLiteral("$0.00");
    QTest::addRow("negative (QA: was $-0.99)") << qint64(-990'000'000) << QStringLiteral("-$0.99");
    QTest::addRow("smallest") << -std::numeric_limits<qint64>::max() << QStringLiteral("-$9223372036.854775807");
}

void TestMoney::dollarSignAfterTheMinus()
{
    QFETCH(qint64, nanos);
    QFETCH(QString, text);
    QCOMPARE(Money::fromNanos(nanos).toUsdString(), text);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
