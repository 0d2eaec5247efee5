#include "core/pricing/pricecatalog.h"
#include "core/pricing/pricemaploader.h"

#include <QTest>

#include <memory>

using Pricing::PriceCatalog;
using Pricing::PriceRecord;

namespace {

PriceRecord record(const char *model, const char *inputUsd, QDateTime effectiveFrom = {})
{
    PriceRecord r;
    r.model = QString::fromLatin1(model);
    r.base.input = Common::Money::fromDecimalString(QString::fromLatin1(inputUsd));
    r.effectiveFrom = effectiveFrom;
    return r;
}

} // namespace

class TestPriceCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resolveBundled_data();
    void resolveBundled();
    void providerHintBeforeBareName();
    void caseInsensitiveIsLastResort();
    void newestVersionWins();
    void handSetPriceWinsOverTheMapsForAnyCandidate();

private:
    std::unique_ptr<PriceCatalog> m_bundled;
};

void TestPriceCatalog::initTestCase()
{
    const auto map = Pricing::PriceMapLoader::load(Pricing::PriceMapLoader::bundledMap(), QStringLiteral("map:t"),
                                                   QDateTime::currentDateTimeUtc());
    QVERIFY(map.ok());
    m_bundled = std::make_unique<PriceCatalog>(map->records);
    QCOMPARE(m_bundled->size(), map->records.size());
}

void TestPriceCatalog::resolveBundled_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("hint");
    QTest::addColumn<QString>("expected"); // the map key it resolves to; empty: no price

    const auto row = [](const char *name, const char *model, const char *hint, const char *expected) {
        QTest::addRow("%s", name) << QString::fromUtf8(model) << QString::fromLatin1(hint)
                                  << QString::fromLatin1(expected);
    };
    row("exact bare", "gpt-4o", "", "gpt-4o");
    row("exact prefixed", "gemini/gemini-2.5-pro", "", "gemini/gemini-2.5-pro");
    row("dated entry present", "gpt-4o-2024-08-06", "", "gpt-4o-2024-08-06");
    row("unknown date -> base", "gpt-4o-2099-01-01", "", "gpt-4o");
    row("compact date present", "claude-sonnet-4-5-20250929", "", "claude-sonnet-4-5-20250929");
    row("unknown compact date -> base", "claude-sonnet-4-5-20990101", "", "claude-sonnet-4-5");
    row("vertex @date present", "vertex_ai/claude-haiku-4-5@20251001", "", "vertex_ai/claude-haiku-4-5@20251001");
    row("provider prefix -> bare", "anthropic/claude-sonnet-4-5", "", "claude-sonnet-4-5");
    row("provider prefix, unknown date", "openai/gpt-4o-2099-12-31", "", "gpt-4o");
    row("hint picks the provider entry", "gemini-2.5-pro", "gemini", "gemini/gemini-2.5-pro");
    row("no hint: bare entry (vertex)", "gemini-2.5-pro", "", "gemini-2.5-pro");
    row("hint without such entry -> bare", "gpt-4o", "openai", "gpt-4o");
    row("hint with unknown date", "gemini-2.5-pro-2099-01-01", "gemini", "gemini/gemini-2.5-pro");
    row("hint ignored for prefixed model", "deepseek/deepseek-chat", "gemini", "deepseek/deepseek-chat");
    row("case-insensitive", "GPT-4o", "", "gpt-4o");
    row("surrounding spaces", " gpt-4o-mini ", "", "gpt-4o-mini");
    row("unknown model", "no-such-model-xyz", "", "");
    row("unknown with hint", "no-such-model-xyz", "openai", "");
    row("empty", "", "", "");
    row("date alone is not a model", "2024-08-06", "", "");
    row("not quite a date", "gpt-4o-2099-1-01", "", "");
    row("seven digits are no date", "gpt-4o-2099010", "", "");
    row("@date on a bare name", "gpt-4o@20990101", "", "gpt-4o");
    row("dated twice: both come off", "gpt-4o-2099-01-01-20990101", "", "gpt-4o");
    row("non-ASCII digits are no date", "gpt-4o-\uff12\uff10\uff19\uff19-01-01", "", "");
}

void TestPriceCatalog::resolveBundled()
{
    QFETCH(QString, model);
    QFETCH(QString, hint);
    QFETCH(QString, expected);

    const std::optional<PriceRecord> found = m_bundled->resolve(model, hint);
    if (expected.isEmpty()) {
        QVERIFY2(!found, qPrintable(found ? found->model : QString()));
        return;
    }
    QVERIFY(found);
    QCOMPARE(found->model, expected);
}

void TestPriceCatalog::providerHintBeforeBareName()
{
    const PriceCatalog catalog({record("deepseek-chat", "0.27"), record("deepseek/deepseek-chat", "0.28")});
    QCOMPARE(catalog.resolve(u"deepseek-chat", u"deepseek")->base.input,
             Common::Money::fromDecimalString(u"0.28"));
    QCOMPARE(catalog.resolve(u"deepseek-chat")->base.input, Common::Money::fromDecimalString(u"0.27"));
    QCOMPARE(catalog.resolve(u"deepseek-chat", u"mistral")->model, QStringLiteral("deepseek-chat"));
}

void TestPriceCatalog::caseInsensitiveIsLastResort()
{
    // An exact match in a later candidate (the bare name) beats a case-folded match of an earlier one.
    const PriceCatalog catalog({record("Vendor/Model-X", "9"), record("model-x", "1")});
    QCOMPARE(catalog.resolve(u"vendor/model-x")->model, QStringLiteral("model-x"));
    QCOMPARE(catalog.resolve(u"VENDOR/MODEL-Y"), std::nullopt);
    QCOMPARE(catalog.resolve(u"MODEL-X")->model, QStringLiteral("model-x"));
}

void TestPriceCatalog::newestVersionWins()
{
    const QDateTime older(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime newer(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const PriceCatalog catalog({record("m", "2", newer), record("m", "1", older)});
    QCOMPARE(catalog.resolve(u"m")->base.input, Common::Money::fromDecimalString(u"2"));
}

void TestPriceCatalog::handSetPriceWinsOverTheMapsForAnyCandidate()
{
    const auto handSet = [](const char *model, const char *inputUsd, QDateTime effectiveFrom = {}) {
        PriceRecord r = record(model, inputUsd, effectiveFrom);
        r.source = PriceRecord::HandSetSource;
        return r;
    };
    // QA: a provider named "gemini" was billed at the map's "gemini/gemini-2.5-pro", not the user's price.
    const PriceCatalog catalog({record("gemini/gemini-2.5-pro", "1.25"), handSet("gemini-2.5-pro", "100"),
                                record("gpt-4o-2024-05-13", "5"), handSet("GPT-4O", "2"), record("gemini/gemini-2.5-flash", "0.3")});
    QCOMPARE(catalog.resolve(u"gemini-2.5-pro", u"gemini")->base.input, Common::Money::fromDecimalString(u"100"));
    QCOMPARE(catalog.resolve(u"gemini/gemini-2.5-pro")->base.input, Common::Money::fromDecimalString(u"100"));
    // Ignoring case, only when no name matched exactly: then a price set by hand still comes first.
    QCOMPARE(catalog.resolve(u"gpt-4o-2024-05-13")->model, QStringLiteral("gpt-4o-2024-05-13"));
    QCOMPARE(catalog.resolve(u"gpt-4o-2024-08-06")->model, QStringLiteral("GPT-4O"));
    // The map's entries still serve every name no hand-set price covers.
    QCOMPARE(catalog.resolve(u"gemini-2.5-flash", u"gemini")->model, QStringLiteral("gemini/gemini-2.5-flash"));

    // A price set by hand and later replaced (an import with --replace-overrides) no longer wins.
    const QDateTime older(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime newer(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const PriceCatalog replaced({record("gemini/gemini-2.5-pro", "1.25", newer), handSet("gemini-2.5-pro", "100", older),
                                 record("gemini-2.5-pro", "1.30", newer)});
    QCOMPARE(replaced.resolve(u"gemini-2.5-pro", u"gemini")->base.input, Common::Money::fromDecimalString(u"1.25"));
}

QTEST_GUILESS_MAIN(TestPriceCatalog)
#include "tst_pricecatalog.moc"
