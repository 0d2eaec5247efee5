#include "core/keys/keysecret.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using Keys::KeySecret;

class TestKeySecret final : public QObject
{
    Q_OBJECT

private slots:
    void generatedShape();
    void uniqueAndUniform();
    void hashIsLowerHexSha256OfUtf8_data();
    void hashIsLowerHexSha256OfUtf8();
    void hashKnownVector();
    void displayPrefix();
    void hasValidShape_data();
    void hasValidShape();
};

void TestKeySecret::generatedShape()
{
    const QRegularExpression shape(QStringLiteral("^sk-tg-[0-9A-Za-z]{40}$"));
    for (int i = 0; i < 100; ++i) {
        const QString secret = KeySecret::generate();
        QVERIFY2(shape.match(secret).hasMatch(), qPrintable(secret));
        QCOMPARE(secret.size(), 46);
        QVERIFY(KeySecret::hasValidShape(secret));
    }
}

void TestKeySecret::uniqueAndUniform()
{
    // 10,000 secrets = 400,000 random characters, about 6,452 per symbol with a standard deviation
    // near 80: the 0.8x..1.2x band is some 16 deviations wide, so only a broken generator leaves it
    // (plain "byte % 62" without rejection already puts its first eight symbols at 1.21x).
    constexpr int Count = 10'000;
    QSet<QString> seen;
    QHash<QChar, qint64> counts;
    qint64 total = 0;
    for (int i = 0; i < Count; ++i) {
        const QString secret = KeySecret::generate();
        seen.insert(secret);
        for (const QChar c : QStringView(secret).mid(KeySecret::Scheme.size())) {
            ++counts[c];
            ++total;
        }
    }
    QCOMPARE(seen.size(), Count);
    QCOMPARE(total, qint64(Count) * KeySecret::RandomLength);
    QCOMPARE(counts.size(), 62);
    const double expected = double(total) / 62.0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double ratio = double(it.value()) / expected;
        QVERIFY2(ratio > 0.8 && ratio < 1.2,
                 qPrintable(QStringLiteral("'%1' occurs %2 times, %3x expected").arg(it.key()).arg(it.value()).arg(ratio)));
    }
}

void TestKeySecret::hashIsLowerHexSha256OfUtf8_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addRow("generated") << KeySecret::generate();
    QTest::addRow("empty") << QString();
    QTest::addRow("non-ascii") << QStringLiteral("sk-tg-\u00e9\u4e2d");
}

void TestKeySecret::hashIsLowerHexSha256OfUtf8()
{
    QFETCH(QString, secret);
    const QByteArray hash = KeySecret::hash(secret);
    QCOMPARE(hash, QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(hash.size(), 64);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(QString::fromLatin1(hash)).hasMatch());
}

void TestKeySecret::hashKnownVector()
{
    // Computed outside Qt: printf %s '<secret>' | sha256sum
    QCOMPARE(KeySecret::hash(QStringLiteral("sk-tg-0123456789abcdefghijABCDEFGHIJklmnopqrst")),
             QByteArray("8bd040a6136df545e72541b18d9e8d587b111e317dddab46259b67c19180da6f"));
    // The UTF-8 bytes are hashed, not UTF-16 or Latin-1: printf %s 'sk-tg-é' | sha256sum
    QCOMPARE(KeySecret::hash(QStringLiteral("sk-tg-\u00e9")),
             QByteArray("f2d0578998ddac66cef0e01ae1339dc9757c9330107b7111ba5047a130c6bc97"));
}

void TestKeySecret::displayPrefix()
{
    const QString secret = KeySecret::generate();
    const QString prefix = KeySecret::displayPrefix(secret);
    QCOMPARE(prefix.size(), KeySecret::Scheme.size() + KeySecret::DisplayRandomChars);
    QCOMPARE(prefix.size(), 12);
    QVERIFY(secret.startsWith(prefix));
    QCOMPARE(KeySecret::displayPrefix(QStringLiteral("sk-tg-0123456789abcdefghijABCDEFGHIJklmnopqrst")),
             QStringLiteral("sk-tg-012345"));
}

void TestKeySecret::hasValidShape_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("valid");
    const QString forty = QStringLiteral("0123456789abcdefghijABCDEFGHIJklmnopqrst");
    QTest::addRow("generated") << KeySecret::generate() << true;
    QTest::addRow("literal 40") << QStringLiteral("sk-tg-") + forty << true;
    QTest::addRow("32 random chars") << QStringLiteral("sk-tg-") + forty.left(32) << true;
    QTest::addRow("31 random chars") << QStringLiteral("sk-tg-") + forty.left(31) << false;
    QTest::addRow("250 random chars (256 total)") << QStringLiteral("sk-tg-") + QString(250, u'a') << true;
    QTest::addRow("251 random chars (257 total)") << QStringLiteral("sk-tg-") + QString(251, u'a') << false;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("scheme only") << QStringLiteral("sk-tg-") << false;
    QTest::addRow("other scheme") << QStringLiteral("sk-xx-") + forty << false;
    QTest::addRow("openai style") << QStringLiteral("sk-") + forty + QStringLiteral("abc") << false;
    QTest::addRow("upper-case scheme") << QStringLiteral("SK-TG-") + forty << false;
    QTest::addRow("dash inside") << QStringLiteral("sk-tg-") + forty.left(20) + u'-' + forty.left(19) << false;
    QTest::addRow("underscore inside") << QStringLiteral("sk-tg-") + forty.left(39) + u'_' << false;
    QTest::addRow("trailing space") << QStringLiteral("sk-tg-") + forty + u' ' << false;
    QTest::addRow("leading space") << u' ' + QStringLiteral("sk-tg-") + forty << false;
    QTest::addRow("trailing newline") << QStringLiteral("sk-tg-") + forty + u'\n' << false;
    QTest::addRow("non-ascii letter") << QStringLiteral("sk-tg-") + forty.left(39) + QChar(0xe9) << false;
    QTest::addRow("full-width digit") << QStringLiteral("sk-tg-") + forty.left(39) + QChar(0xff10) << false;
}

void TestKeySecret::hasValidShape()
{
    QFETCH(QString, secret);
    QFETCH(bool, valid);
    QCOMPARE(KeySecret::hasValidShape(secret), valid);
}

QTEST_GUILESS_MAIN(TestKeySecret)
#include "tst_keysecret.moc"
