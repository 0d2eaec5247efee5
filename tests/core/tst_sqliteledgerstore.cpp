#include "core/common/clock.h"
#include "core/ledger/sqliteledgerstore.h"
#include "core/ledger/walcheckpointer.h"
#include "tests/support/tempdatadir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

using Common::Money;
using Ledger::CostStatus;
using Ledger::CreditEntry;
using Ledger::CreditEntryKind;
using Ledger::LedgerStore;
using Ledger::ReportDimension;
using Ledger::ReportQuery;
using Ledger::ReportRow;
using Ledger::SqliteLedgerStore;
using Ledger::TraceQuery;
using Ledger::TraceRecord;

namespace {

/** A clock the test sets by hand. */
class ManualClock final : public Common::Clock
{
public:
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
};

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

Keys::KeyRecord makeKey(const QString &name)
{
    Keys::KeyRecord key;
    key.name = name;
    key.prefix = QStringLiteral("sk-tg-") + name.left(4);
    key.secretHash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex();
    return key;
}

Providers::ProviderRecord makeProvider(const QString &name, int priority)
{
    Providers::ProviderRecord provider;
    provider.name = name;
    provider.baseUrl = QStringLiteral("https://") + name + QStringLiteral(".example/v1");
    provider.priority = priority;
    return provider;
}

TraceRecord makeTrace(const QDateTime &time, qint64 keyId, const QString &model, std::optional<qint64> costNanos)
{
    TraceRecord trace;
    trace.time = time;
    trace.keyId = keyId;
    trace.model = model;
    trace.servedModel = model;
    trace.provider = QStringLiteral("openai");
    trace.endpoint = QStringLiteral("/v1/chat/completions");
    trace.status = 200;
    trace.outcome = QStringLiteral("ok");
    trace.usage.inputTokens = 100;
    trace.usage.outputTokens = 20;
    if (costNanos)
        trace.cost = Money::fromNanos(*costNanos);
    trace.costStatus = costNanos ? CostStatus::Exact : CostStatus::Unpriced;
    return trace;
}

Pricing::PriceRecord makePrice(const QString &model, const QDateTime &effectiveFrom, qint64 inputNanos)
{
    Pricing::PriceRecord price;
    price.model = model;
    price.provider = QStringLiteral("openai");
    price.mode = QStringLiteral("chat");
    price.base.input = Money::fromNanos(inputNanos);
    price.base.output = Money::fromNanos(inputNanos * 4);
    price.effectiveFrom = effectiveFrom;
    price.source = QStringLiteral("override");
    return price;
}

// Test-side totals of one group, to compare against report rows.
struct Expected
{
    qint64 requests = 0;
    qint64 costNanos = 0;
    qint64 unpriced = 0;
    qint64 estimated = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;

    void add(const TraceRecord &trace)
    {
        ++requests;
        costNanos += trace.cost ? trace.cost->nanos() : 0;
        unpriced += trace.cost ? 0 : 1;
        estimated += trace.costStatus == CostStatus::Estimated ? 1 : 0;
        inputTokens += trace.usage.inputTokens;
        outputTokens += trace.usage.outputTokens;
    }
};

} // namespace

class TestSqliteLedgerStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void keysRoundTripAndUpdate();
    void aDataDirectoryThatIsAFileIsNamedSo();
    void keyNamesAndHashesAreUnique_data();
    void keyNamesAndHashesAreUnique();
    void keyLastUsedOnlyMovesForward();
    void aSpendThatCannotBeReadCountsAsTheMost();
    void providersCrudAndOrdering();
    void priceVersions();
    void creditStatusAcrossPeriods();
    void traceRoundTrip();
    void batchesOfEverySizeKeepOrderAndIds_data();
    void batchesOfEverySizeKeepOrderAndIds();
    void sqliteDoesNotCountItsMemory();
    void traceFiltersAndPaging_data();
    void traceFiltersAndPaging();
    void reportWindowsAndSorting();
    void randomTracesAgreeWithRollup_data();
    void randomTracesAgreeWithRollup();
    void rollUpTakesOtherWritersTracesOnce();
    void spendSumsSaturateInsteadOfWrapping();
    void traceCommittersLeaveCheckpointsAndCutTheLogBack();
    void newLedgerIsTheOwnersAlone();

private:
    SqliteLedgerStore &store() { return *m_store; }
    qint64 addKey(const QString &name);

    ManualClock m_clock;
    std::unique_ptr<TestSupport::TempDataDir> m_dir;
    std::unique_ptr<SqliteLedgerStore> m_store;
};

void TestSqliteLedgerStore::init()
{
    m_dir = std::make_unique<TestSupport::TempDataDir>();
    QVERIFY(m_dir->isValid());
    auto opened = SqliteLedgerStore::open(m_dir->ledgerPath(), QStringLiteral("test-writer"),
                                          LedgerStore::Access::ReadWrite, m_clock);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_store = std::move(opened).value();
}

void TestSqliteLedgerStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestSqliteLedgerStore::addKey(const QString &name)
{
    const auto id = store().insertKey(makeKey(name));
    return id.ok() ? id.value() : -1;
}

void TestSqliteLedgerStore::aDataDirectoryThatIsAFileIsNamedSo()
{
    const QString file = m_dir->filePath(QStringLiteral("not-a-directory"));
    QFile touched(file);
    QVERIFY(touched.open(QIODevice::WriteOnly));
    touched.close();
    const auto store = Ledger::SqliteLedgerStore::open(file + QStringLiteral("/ledger.sqlite"), QStringLiteral("file-as-dir"),
                                                       Ledger::LedgerStore::Access::ReadWrite);
    QVERIFY(!store);
    // It said "cannot create the directory", which sends the user looking for a permission problem (QA).
    QCOMPARE(store.error().message, QStringLiteral("%1 is a file, not a directory").arg(file));
}

void TestSqliteLedgerStore::keysRoundTripAndUpdate()
{
    Keys::KeyRecord key = makeKey(QStringLiteral("zed"));
    key.maxSpend = Money::fromNanos(5'000'000'000);
    key.rateLimit = Common::RateLimit{600, Common::RateLimit::Period::Minute};
    key.tokensPerMinute = 90'000;
    key.allowedModels = {QStringLiteral("gpt-4o*"), QStringLiteral("claude-*")};
    key.expiresAt = utc(2025, 1, 1, 0);
    const auto id = store().insertKey(key);
    QVERIFY(id.ok());
    QCOMPARE(addKey(QStringLiteral("amy")) > 0, true);

    auto found = store().findKeyByName(QStringLiteral("zed"));
    QVERIFY(found);
    QCOMPARE(found->id, id.value());
    QCOMPARE(found->prefix, key.prefix);
    QCOMPARE(found->secretHash, key.secretHash);
    QCOMPARE(found->maxSpend, key.maxSpend);
    QCOMPARE(found->rateLimit, key.rateLimit);
    QCOMPARE(found->tokensPerMinute, key.tokensPerMinute);
    QCOMPARE(found->allowedModels, key.allowedModels);
    QCOMPARE(found->expiresAt, key.expiresAt);
    QCOMPARE(found->status, Keys::KeyStatus::Active);
    QCOMPARE(found->createdAt, m_clock.nowUtc()); // filled from the clock
    QVERIFY(found->lastUsedAt.isNull());
    QVERIFY(found->revokedAt.isNull());

    QCOMPARE(store().findKeyByHash(key.secretHash)->name, QStringLiteral("zed"));
    QCOMPARE(store().findKeyById(id.value())->name, QStringLiteral("zed"));
    QVERIFY(!store().findKeyByHash(QByteArray("00ff")));
    QVERIFY(!store().findKeyById(9999));

    found->status = Keys::KeyStatus::Revoked;
    found->revokedAt = utc(2024, 6, 2, 8);
    found->maxSpend.reset();
    found->rateLimit.reset();
    found->allowedModels.clear();
    QVERIFY(store().updateKey(*found).ok());
    const auto revoked = store().findKeyById(id.value());
    QCOMPARE(revoked->status, Keys::KeyStatus::Revoked);
    QCOMPARE(revoked->revokedAt, utc(2024, 6, 2, 8));
    QVERIFY(!revoked->maxSpend);
    QVERIFY(!revoked->rateLimit);
    QVERIFY(revoked->allowedModels.isEmpty());

    const QList<Keys::KeyRecord> keys = store().listKeys();
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.at(0).name, QStringLiteral("amy"));
    QCOMPARE(keys.at(1).name, QStringLiteral("zed"));

    Keys::KeyRecord ghost = makeKey(QStringLiteral("ghost"));
    ghost.id = 4242;
    const auto missing = store().updateKey(ghost);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Common::Error::Code::NotFound);
}

void TestSqliteLedgerStore::keyNamesAndHashesAreUnique_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("hashOf");
    QTest::addColumn<bool>("viaUpdate");
    QTest::addRow("same name") << QStringLiteral("alice") << QByteArray("other") << false;
    QTest::addRow("same secret hash") << QStringLiteral("mallory") << QByteArray("alice") << false;
    QTest::addRow("rename onto a taken name") << QStringLiteral("alice") << QByteArray("bob") << true;
}

void TestSqliteLedgerStore::keyNamesAndHashesAreUnique()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, hashOf);
    QFETCH(bool, viaUpdate);
    QVERIFY(addKey(QStringLiteral("alice")) > 0);

    Keys::KeyRecord key = makeKey(name);
    key.secretHash = QCryptographicHash::hash(hashOf, QCryptographicHash::Sha256).toHex();
    Common::Error::Code code = Common::Error::Code::Storage;
    if (viaUpdate) {
        Keys::KeyRecord bob = makeKey(QStringLiteral("bob"));
        bob.id = addKey(QStringLiteral("bob"));
        bob.name = name;
        const auto updated = store().updateKey(bob);
        QVERIFY(!updated.ok());
        code = updated.error().code;
    } else {
        const auto inserted = store().insertKey(key);
        QVERIFY(!inserted.ok());
        code = inserted.error().code;
    }
    QCOMPARE(code, Common::Error::Code::Duplicate);
    QCOMPARE(store().findKeyByName(QStringLiteral("alice"))->secretHash, makeKey(QStringLiteral("alice")).secretHash);
}

void TestSqliteLedgerStore::keyLastUsedOnlyMovesForward()
{
    const qint64 id = addKey(QStringLiteral("alice"));
    QVERIFY(store().touchKeysLastUsed({{id, utc(2024, 6, 1, 10)}}).ok());
    QCOMPARE(store().findKeyById(id)->lastUsedAt, utc(2024, 6, 1, 10));
    QVERIFY(store().touchKeysLastUsed({{id, utc(2024, 6, 1, 9)}}).ok());
    QCOMPARE(store().findKeyById(id)->lastUsedAt, utc(2024, 6, 1, 10));
    // Traces move it too, to the newest trace of the batch.
    QVERIFY(store().insertTraces({makeTrace(utc(2024, 6, 1, 12), id, QStringLiteral("m"), 1),
                                  makeTrace(utc(2024, 6, 1, 11), id, QStringLiteral("m"), 1)}).ok());
    QCOMPARE(store().findKeyById(id)->lastUsedAt, utc(2024, 6, 1, 12));
    // From traces it is kept to the minute: 30 s later leaves the row alone, 61 s later moves it.
    QVERIFY(store().insertTraces({makeTrace(utc(2024, 6, 1, 12).addSecs(30), id, QStringLiteral("m"), 1)}).ok());
    QCOMPARE(store().findKeyById(id)->lastUsedAt, utc(2024, 6, 1, 12));
    QVERIFY(store().insertTraces({makeTrace(utc(2024, 6, 1, 12).addSecs(61), id, QStringLiteral("m"), 1)}).ok());
    QCOMPARE(store().findKeyById(id)->lastUsedAt, utc(2024, 6, 1, 12).addSecs(61));
    // A request refused because the key was revoked or had expired is traced but does not count as a use.
    Ledger::TraceRecord refused = makeTrace(utc(2024, 6, 1, 14), id, QStringLiteral("m"), 1);
    refused.status = 401;
    refused.outcome = QStringLiteral("rejected");
    QVERIFY(store().insertTraces({refused}).ok());
    QCOMPARE(store().findKeyById(id)->lastUsedAt, utc(2024, 6, 1, 12).addSecs(61));

    // A key saved from a record read earlier (a dialog left open while the gateway used the key), or
    // with no "last used" at all, keeps the newer time; a newer one in the record moves it.
    Keys::KeyRecord saved = *store().findKeyById(id);
    saved.name = QStringLiteral("alice-renamed");
    saved.lastUsedAt = utc(2024, 6, 1, 9);
    QVERIFY(store().updateKey(saved).ok());
    QCOMPARE(store().findKeyById(id)->name, QStringLiteral("alice-renamed"));
    QCOMPARE(store().findKeyById(id)->lastUsedAt, utc(2024, 6, 1, 12).addSecs(61));
    saved.lastUsedAt = QDateTime();
    QVERIFY(store().updateKey(saved).ok());
    QCOMPARE(store().findKeyById(id)->lastUsedAt, utc(2024, 6, 1, 12).addSecs(61));
    saved.lastUsedAt = utc(2024, 6, 2, 8);
    QVERIFY(store().updateKey(saved).ok());
    QCOMPARE(store().findKeyById(id)->lastUsedAt, utc(2024, 6, 2, 8));

    // A key never used keeps none when saved without one.
    const qint64 unused = addKey(QStringLiteral("bob"));
    Keys::KeyRecord bob = *store().findKeyById(unused);
    bob.maxSpend = Common::Money::fromDecimalString(u"5");
    QVERIFY(store().updateKey(bob).ok());
    QVERIFY(!store().findKeyById(unused)->lastUsedAt.isValid());
}

void TestSqliteLedgerStore::aSpendThatCannotBeReadCountsAsTheMost()
{
    const qint64 id = addKey(QStringLiteral("alice"));
    QVERIFY(store().insertTraces({makeTrace(utc(2024, 6, 1, 12), id, QStringLiteral("m"), 5'000)}).ok());
    QVERIFY(store().rollUp().ok());
    QCOMPARE(store().keySpend(id), Common::Money::fromNanos(5'000));
    QVERIFY(!store().readFailure());
    {
        // As if the pages of the per-key totals were damaged: the sum cannot be read.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        raw.setDatabaseName(m_dir->ledgerPath());
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(QStringLiteral("DROP TABLE usage_key_total")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    // Read as 0, it reopened every cap (QA: a damaged ledger served a key $0.07 over its cap). As the
    // most money, the cap refuses until the ledger is mended; and the store says a read failed.
    QCOMPARE(store().keySpend(id), Common::Money::largest());
    QVERIFY(store().readFailure().has_value());
    QVERIFY2(store().readFailure()->message.contains(QStringLiteral("cannot sum")), qPrintable(store().readFailure()->message));
}

void TestSqliteLedgerStore::providersCrudAndOrdering()
{
    Providers::ProviderRecord anthropic = makeProvider(QStringLiteral("anthropic"), 10);
    anthropic.type = Providers::ProviderType::Anthropic;
    anthropic.apiKeyEnv = QStringLiteral("ANTHROPIC_API_KEY");
    anthropic.models = {QStringLiteral("claude-*")};
    QVERIFY(store().insertProvider(anthropic).ok());
    QVERIFY(store().insertProvider(makeProvider(QStringLiteral("zeta"), 5)).ok());
    Providers::ProviderRecord openai = makeProvider(QStringLiteral("openai"), 10);
    openai.hasStoredSecret = true;
    QVERIFY(store().insertProvider(openai).ok());

    const auto duplicate = store().insertProvider(makeProvider(QStringLiteral("openai"), 1));
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().code, Common::Error::Code::Duplicate);

    QList<Providers::ProviderRecord> providers = store().listProviders();
    QCOMPARE(providers.size(), 3);
    QCOMPARE(providers.at(0).name, QStringLiteral("zeta"));      // lowest priority value first
    QCOMPARE(providers.at(1).name, QStringLiteral("anthropic")); // then by name
    QCOMPARE(providers.at(2).name, QStringLiteral("openai"));
    QCOMPARE(providers.at(1).type, Providers::ProviderType::Anthropic);
    QCOMPARE(providers.at(1).apiKeyEnv, QStringLiteral("ANTHROPIC_API_KEY"));
    QCOMPARE(providers.at(1).models, QStringList{QStringLiteral("claude-*")});
    QCOMPARE(providers.at(1).createdAt, m_clock.nowUtc());
    QVERIFY(providers.at(2).hasStoredSecret);

    Providers::ProviderRecord zeta = *store().findProvider(QStringLiteral("zeta"));
    zeta.priority = 50;
    zeta.baseUrl = QStringLiteral("http://127.0.0.1:9/v1");
    QVERIFY(store().updateProvider(zeta).ok());
    QCOMPARE(store().findProvider(QStringLiteral("zeta"))->baseUrl, QStringLiteral("http://127.0.0.1:9/v1"));
    QCOMPARE(store().listProviders().last().name, QStringLiteral("zeta"));

    zeta.name = QStringLiteral("openai");
    QCOMPARE(store().updateProvider(zeta).error().code, Common::Error::Code::Duplicate);

    QVERIFY(store().removeProvider(QStringLiteral("anthropic")).ok());
    QVERIFY(!store().findProvider(QStringLiteral("anthropic")));
    QCOMPARE(store().removeProvider(QStringLiteral("anthropic")).error().code, Common::Error::Code::NotFound);
    QCOMPARE(store().listProviders().size(), 2);
}

void TestSqliteLedgerStore::priceVersions()
{
    QVERIFY(!store().hasPrices());
    QVERIFY(store().currentPrices().isEmpty());

    Pricing::PriceRecord tiered = makePrice(QStringLiteral("gemini-pro"), utc(2024, 1, 1, 0), 1'250'000'000);
    tiered.base.cacheRead = Money::fromNanos(310'000'000);
    tiered.maxInputTokens = 1'048'576;
    tiered.tiers = {Pricing::PriceTier{200'000, Pricing::RateSet{Money::fromNanos(2'500'000'000), std::nullopt,
                                                                 std::nullopt, std::nullopt,
                                                                 Money::fromNanos(15'000'000'000), std::nullopt}}};
    QVERIFY(store().insertPriceVersions({makePrice(QStringLiteral("gpt-4o"), utc(2024, 1, 1, 0), 5'000'000'000),
                                         tiered}).ok());
    QVERIFY(store().insertPriceVersions({makePrice(QStringLiteral("gpt-4o"), utc(2024, 3, 1, 0), 2'500'000'000),
                                         makePrice(QStringLiteral("tie"), utc(2024, 3, 1, 0), 1),
                                         makePrice(QStringLiteral("tie"), utc(2024, 3, 1, 0), 2)}).ok());
    QVERIFY(store().hasPrices());

    const QList<Pricing::PriceRecord> current = store().currentPrices();
    QCOMPARE(current.size(), 3);
    QCOMPARE(current.at(0).model, QStringLiteral("gemini-pro"));
    QCOMPARE(current.at(1).model, QStringLiteral("gpt-4o"));
    QCOMPARE(current.at(1).base.input, Money::fromNanos(2'500'000'000)); // the newer version
    QCOMPARE(current.at(2).base.input, Money::fromNanos(2));             // same time: added last wins

    const QList<Pricing::PriceRecord> history = store().priceHistory(QStringLiteral("gpt-4o"));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).base.input, Money::fromNanos(5'000'000'000));
    QCOMPARE(history.at(0).effectiveFrom, utc(2024, 1, 1, 0));
    QCOMPARE(history.at(1).effectiveFrom, utc(2024, 3, 1, 0));

    const auto byId = store().priceById(current.at(0).id);
    QVERIFY(byId);
    QCOMPARE(byId->base, tiered.base);
    QVERIFY(!byId->base.cacheWrite5m);
    QCOMPARE(byId->tiers, tiered.tiers);
    QCOMPARE(byId->maxInputTokens, tiered.maxInputTokens);
    QVERIFY(!byId->maxOutputTokens);
    QVERIFY(byId->sameRatesAs(tiered));
    QCOMPARE(byId->source, QStringLiteral("override"));
    QVERIFY(!store().priceById(9999));
}

void TestSqliteLedgerStore::creditStatusAcrossPeriods()
{
    const qint64 key = addKey(QStringLiteral("alice"));
    QVERIFY(!store().creditStatus().enabled);

    // Traces around the first top-up at 10:20: only those at or after it count, including the
    // part of the start hour that comes after it (read from raw traces, not the rollup).
    QVERIFY(store().insertTraces({makeTrace(utc(2024, 3, 1, 9, 59), key, QStringLiteral("m"), 1'000'000'000),
                                  makeTrace(utc(2024, 3, 1, 10, 10), key, QStringLiteral("m"), 700'000'000),
                                  makeTrace(utc(2024, 3, 1, 10, 30), key, QStringLiteral("m"), 2'000'000'000),
                                  makeTrace(utc(2024, 3, 1, 13, 0), key, QStringLiteral("m"), 3'000'000'000),
                                  makeTrace(utc(2024, 3, 1, 14, 0), key, QStringLiteral("m"), std::nullopt)}).ok());
    QVERIFY(!store().creditStatus().enabled);

    QVERIFY(store().addCreditEntry({0, utc(2024, 3, 1, 10, 20), CreditEntryKind::TopUp, Money::fromNanos(10'000'000'000),
                                    QStringLiteral("first")}).ok());
    Ledger::CreditStatus status = store().creditStatus();
    QVERIFY(status.enabled);
    QCOMPARE(status.periodStart, utc(2024, 3, 1, 10, 20));
    QCOMPARE(status.toppedUp, Money::fromNanos(10'000'000'000));
    QCOMPARE(status.spent, Money::fromNanos(5'000'000'000));
    QCOMPARE(status.available(), Money::fromNanos(5'000'000'000));

    QVERIFY(store().addCreditEntry({0, utc(2024, 3, 1, 15), CreditEntryKind::Adjustment, Money::fromNanos(-1'000'000'000),
                                    QString()}).ok());
    QCOMPARE(store().creditStatus().toppedUp, Money::fromNanos(9'000'000'000));
    QCOMPARE(store().creditStatus().available(), Money::fromNanos(4'000'000'000));

    QVERIFY(store().addCreditEntry({0, utc(2024, 3, 1, 16), CreditEntryKind::Off, Money(), QString()}).ok());
    QVERIFY(!store().creditStatus().enabled);

    QVERIFY(store().insertTraces({makeTrace(utc(2024, 3, 1, 17), key, QStringLiteral("m"), 4'000'000'000),
                                  makeTrace(utc(2024, 3, 1, 18, 10), key, QStringLiteral("m"), 400'000'000),
                                  makeTrace(utc(2024, 3, 1, 18, 45), key, QStringLiteral("m"), 500'000'000),
                                  makeTrace(utc(2024, 3, 2, 1), key, QStringLiteral("m"), 250'000'000)}).ok());
    QVERIFY(store().addCreditEntry({0, utc(2024, 3, 1, 18, 30), CreditEntryKind::TopUp, Money::fromNanos(20'000'000'000),
                                    QStringLiteral("second")}).ok());
    status = store().creditStatus();
    QVERIFY(status.enabled);
    QCOMPARE(status.periodStart, utc(2024, 3, 1, 18, 30));
    QCOMPARE(status.toppedUp, Money::fromNanos(20'000'000'000));
    QCOMPARE(status.spent, Money::fromNanos(750'000'000));

    const QList<CreditEntry> entries = store().listCreditEntries();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).note, QStringLiteral("first"));
    QCOMPARE(entries.at(2).kind, CreditEntryKind::Off);
    QCOMPARE(entries.at(3).amount, Money::fromNanos(20'000'000'000));
}

void TestSqliteLedgerStore::traceRoundTrip()
{
    const qint64 key = addKey(QStringLiteral("alice"));
    QVERIFY(store().insertPriceVersions({makePrice(QStringLiteral("gpt-4o"), utc(2024, 1, 1, 0), 5)}).ok());
    const qint64 priceId = store().currentPrices().first().id;

    TraceRecord priced = makeTrace(utc(2024, 6, 1, 9, 30), key, QStringLiteral("gpt-4o"), 123'456);
    priced.servedModel = QStringLiteral("gpt-4o-2024-08-06 \u00e9\u4e2d\U0001F600"); // SQLite gets UTF-16; it stores UTF-8
    priced.stream = true;
    priced.usage = Common::TokenUsage{1000, 200, 50, 10, 300, 120};
    priced.costStatus = CostStatus::Estimated;
    priced.latencyMs = 850;
    priced.ttftMs = 120;
    priced.attempts = 2;
    priced.priceId = priceId;
    // A name too long for the insert's UTF-8 buffer takes its other path.
    const QString longName = QStringLiteral("mystery-") + QString(300, QChar(0x00e9));
    TraceRecord unpriced = makeTrace(utc(2024, 6, 1, 9, 31), 0, longName, std::nullopt);
    unpriced.provider.clear();
    unpriced.status = 401;
    unpriced.outcome = QStringLiteral("rejected");

    const auto ids = store().insertTraces({priced, unpriced});
    QVERIFY(ids.ok());
    QCOMPARE(ids.value().size(), 2);

    const QList<TraceRecord> traces = store().queryTraces({});
    QCOMPARE(traces.size(), 2);
    const TraceRecord &second = traces.at(0);
    QCOMPARE(second.id, ids.value().at(1));
    QCOMPARE(second.keyId, qint64(0));
    QVERIFY(second.keyName.isEmpty());
    QVERIFY(!second.cost);
    QCOMPARE(second.costStatus, CostStatus::Unpriced);
    QCOMPARE(second.outcome, QStringLiteral("rejected"));
    QCOMPARE(second.model, longName);
    QVERIFY(second.provider.isEmpty());
    QVERIFY(!second.ttftMs);

    const TraceRecord &first = traces.at(1);
    QCOMPARE(first.id, ids.value().at(0));
    QCOMPARE(first.time, priced.time);
    QCOMPARE(first.keyName, QStringLiteral("alice"));
    QCOMPARE(first.model, priced.model);
    QCOMPARE(first.servedModel, priced.servedModel);
    QCOMPARE(first.provider, QStringLiteral("openai"));
    QCOMPARE(first.endpoint, priced.endpoint);
    QVERIFY(first.stream);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.usage, priced.usage);
    QCOMPARE(first.cost, priced.cost);
    QCOMPARE(first.costStatus, CostStatus::Estimated);
    QCOMPARE(first.latencyMs, qint64(850));
    QCOMPARE(first.ttftMs, std::optional<qint64>(120));
    QCOMPARE(first.attempts, 2);
    QCOMPARE(first.priceId, priceId);

    // A trace pointing at a price that does not exist breaks the batch as a whole.
    TraceRecord dangling = priced;
    dangling.priceId = 9999;
    const auto failed = store().insertTraces({priced, dangling});
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, Common::Error::Code::Storage);
    QVERIFY2(failed.error().message.contains(QLatin1String("FOREIGN KEY constraint failed")),
             qPrintable(failed.error().message)); // SQLite's own words reach the log
    QCOMPARE(store().countTraces({}), qint64(2));
    // The statement is reset after the failure: the next batch goes in.
    QVERIFY(store().insertTraces({unpriced}).ok());
    QCOMPARE(store().countTraces({}), qint64(3));
    QCOMPARE(store().sumRollupCosts(), Money::fromNanos(123'456));
}

void TestSqliteLedgerStore::batchesOfEverySizeKeepOrderAndIds_data()
{
    // The insert runs 16, 4 and 1 rows per statement: sizes around and across those boundaries.
    QTest::addColumn<int>("size");
    for (int size : {1, 3, 4, 5, 15, 16, 17, 20, 21, 33, 64})
        QTest::addRow("%d", size) << size;
}

void TestSqliteLedgerStore::batchesOfEverySizeKeepOrderAndIds()
{
    QFETCH(int, size);
    const qint64 key = addKey(QStringLiteral("alice"));
    // One trace first, so that the batch's ids do not start at 1.
    QVERIFY(store().insertTraces({makeTrace(utc(2024, 6, 1, 8), key, QStringLiteral("before"), 1)}).ok());

    QList<TraceRecord> batch;
    for (int i = 0; i < size; ++i) {
        // Each row different in its texts (some not ASCII, one longer than a page of SQLite's lookaside)
        // and in its numbers, so that a row bound into another's place shows.
        QString model = QStringLiteral("model-%1").arg(i);
        if (i % 3 == 1)
            model += QStringLiteral(" \u00e9\u4e2d\U0001F600");
        if (i == size / 2)
            model += QString(700, QChar(0x00e9));
        TraceRecord trace = makeTrace(utc(2024, 6, 1, 9).addSecs(i), i % 2 ? key : 0, model, 1000 + i);
        trace.servedModel = model + QStringLiteral("-served");
        trace.outcome = i % 4 ? QStringLiteral("ok") : QStringLiteral("upstream_error");
        trace.usage = Common::TokenUsage{100 + i, i, 2 * i, 3 * i, 20 + i, i / 2};
        trace.latencyMs = 10 + i;
        trace.ttftMs = i % 5 ? std::optional<qint64>(i) : std::nullopt;
        trace.attempts = 1 + i % 3;
        batch.append(trace);
    }
    const auto ids = store().insertTraces(batch);
    QVERIFY(ids.ok());
    QCOMPARE(ids.value().size(), qsizetype(size));

    TraceQuery everything;
    everything.limit = size + 1;
    const QList<TraceRecord> stored = store().queryTraces(everything); // newest first
    QCOMPARE(stored.size(), qsizetype(size + 1));
    for (int i = 0; i < size; ++i) {
        const TraceRecord &want = batch.at(i);
        const TraceRecord &got = stored.at(size - 1 - i);
        QCOMPARE(got.id, ids.value().at(i));
        if (i > 0)
            QCOMPARE(got.id, ids.value().at(i - 1) + 1);
        QCOMPARE(got.time, want.time);
        QCOMPARE(got.keyId, want.keyId);
        QCOMPARE(got.model, want.model);
        QCOMPARE(got.servedModel, want.servedModel);
        QCOMPARE(got.outcome, want.outcome);
        QCOMPARE(got.usage, want.usage);
        QCOMPARE(got.cost, want.cost);
        QCOMPARE(got.latencyMs, want.latencyMs);
        QCOMPARE(got.ttftMs, want.ttftMs);
        QCOMPARE(got.attempts, want.attempts);
    }
    QCOMPARE(stored.last().model, QStringLiteral("before"));
    QVERIFY(stored.last().id < ids.value().first());
}

void TestSqliteLedgerStore::sqliteDoesNotCountItsMemory()
{
    // init() opened this process's first connection, and the store turned the statistics off before.
    QVERIFY(SqliteLedgerStore::stopSqliteMemoryStatistics());
    QVERIFY(store().insertTraces({makeTrace(utc(2024, 6, 1, 9), 0, QStringLiteral("m"), 1)}).ok());
    QCOMPARE(sqlite3_memory_used(), sqlite3_int64(0));
}

void TestSqliteLedgerStore::traceFiltersAndPaging_data()
{
    QTest::addColumn<int>("sinceHour"); // hours after the first trace; -1 for open
    QTest::addColumn<int>("untilHour");
    QTest::addColumn<QString>("keyName");
    QTest::addColumn<QString>("model");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("offset");
    QTest::addRow("everything") << -1 << -1 << QString() << QString() << qint64(100) << qint64(0);
    QTest::addRow("first page") << -1 << -1 << QString() << QString() << qint64(7) << qint64(0);
    QTest::addRow("third page") << -1 << -1 << QString() << QString() << qint64(7) << qint64(14);
    QTest::addRow("past the end") << -1 << -1 << QString() << QString() << qint64(7) << qint64(100);
    QTest::addRow("since") << 10 << -1 << QString() << QString() << qint64(100) << qint64(0);
    QTest::addRow("until is exclusive") << -1 << 10 << QString() << QString() << qint64(100) << qint64(0);
    QTest::addRow("window") << 5 << 20 << QString() << QString() << qint64(100) << qint64(0);
    QTest::addRow("key") << -1 << -1 << QStringLiteral("bob") << QString() << qint64(100) << qint64(0);
    QTest::addRow("unknown key") << -1 << -1 << QStringLiteral("nobody") << QString() << qint64(100) << qint64(0);
    QTest::addRow("model") << -1 << -1 << QString() << QStringLiteral("claude") << qint64(100) << qint64(0);
    QTest::addRow("everything at once") << 3 << 30 << QStringLiteral("alice") << QStringLiteral("gpt") << qint64(3)
                                        << qint64(1);
}

void TestSqliteLedgerStore::traceFiltersAndPaging()
{
    QFETCH(int, sinceHour);
    QFETCH(int, untilHour);
    QFETCH(QString, keyName);
    QFETCH(QString, model);
    QFETCH(qint64, limit);
    QFETCH(qint64, offset);

    const QHash<qint64, QString> keyNames{{addKey(QStringLiteral("alice")), QStringLiteral("alice")},
                                          {addKey(QStringLiteral("bob")), QStringLiteral("bob")},
                                          {0, QString()}};
    const QList<qint64> keyIds = keyNames.keys();
    const QStringList models{QStringLiteral("gpt"), QStringLiteral("claude")};
    const QDateTime start = utc(2024, 4, 1, 0);
    QList<TraceRecord> traces;
    for (int i = 0; i < 40; ++i) {
        // Two traces share each hour, so ordering ties on time must fall back to the id.
        traces << makeTrace(start.addSecs(3600 * (i / 2)), keyIds.at(i % keyIds.size()), models.at((i / 3) % 2), i);
    }
    const auto ids = store().insertTraces(traces);
    QVERIFY(ids.ok());
    for (qsizetype i = 0; i < traces.size(); ++i)
        traces[i].id = ids.value().at(i);

    TraceQuery query;
    if (sinceHour >= 0)
        query.since = start.addSecs(3600 * sinceHour);
    if (untilHour >= 0)
        query.until = start.addSecs(3600 * untilHour);
    query.keyName = keyName;
    query.model = model;
    query.limit = limit;
    query.offset = offset;

    QList<qint64> expected;
    for (const TraceRecord &trace : std::as_const(traces)) {
        if ((query.since.isValid() && trace.time < query.since) || (query.until.isValid() && trace.time >= query.until)
            || (!keyName.isEmpty() && keyNames.value(trace.keyId) != keyName) || (!model.isEmpty() && trace.model != model))
            continue;
        expected << trace.id;
    }
    std::reverse(expected.begin(), expected.end()); // inserted oldest first, ids ascending
    const qint64 total = expected.size();
    expected = expected.mid(offset, limit);

    QList<qint64> actual;
    for (const TraceRecord &trace : store().queryTraces(query)) {
        actual << trace.id;
        QCOMPARE(trace.keyName, keyNames.value(trace.keyId));
    }
    QCOMPARE(actual, expected);
    QCOMPARE(store().countTraces(query), total);
}

void TestSqliteLedgerStore::reportWindowsAndSorting()
{
    const qint64 alice = addKey(QStringLiteral("alice"));
    const qint64 bob = addKey(QStringLiteral("bob"));
    TraceRecord viaAnthropic = makeTrace(utc(2024, 5, 1, 10, 59), bob, QStringLiteral("claude"), 50);
    viaAnthropic.provider = QStringLiteral("anthropic");
    QVERIFY(store().insertTraces({makeTrace(utc(2024, 5, 1, 9, 15), alice, QStringLiteral("gpt"), 10),
                                  makeTrace(utc(2024, 5, 1, 10, 0), alice, QStringLiteral("gpt"), 20),
                                  viaAnthropic,
                                  makeTrace(utc(2024, 5, 1, 11, 0), bob, QStringLiteral("gpt"), std::nullopt),
                                  makeTrace(utc(2024, 5, 1, 12, 30), alice, QStringLiteral("gpt"), 40)}).ok());

    ReportQuery byRoute;
    byRoute.groupBy = {ReportDimension::Route, ReportDimension::Key};
    QList<ReportRow> rows = store().report(byRoute);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).groupValues, (QStringList{QStringLiteral("openai"), QStringLiteral("alice")}));
    QCOMPARE(rows.at(0).cost, Money::fromNanos(70));
    QCOMPARE(rows.at(0).requests, qint64(3));
    QCOMPARE(rows.at(0).usage.inputTokens, qint64(300));
    QCOMPARE(rows.at(1).groupValues, (QStringList{QStringLiteral("anthropic"), QStringLiteral("bob")}));
    QCOMPARE(rows.at(2).groupValues, (QStringList{QStringLiteral("openai"), QStringLiteral("bob")}));
    QCOMPARE(rows.at(2).cost, Money());
    QCOMPARE(rows.at(2).unpricedRequests, qint64(1));

    // To the minute, not the hour: 09:15 is before 09:40 and 12:30 after 12:10 (exclusive).
    ReportQuery window;
    window.since = utc(2024, 5, 1, 9, 40);
    window.until = utc(2024, 5, 1, 12, 10);
    rows = store().report(window);
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.at(0).groupValues.isEmpty());
    QCOMPARE(rows.at(0).requests, qint64(3));
    QCOMPARE(rows.at(0).cost, Money::fromNanos(70));
    // The same once rolled up: the part hours come from the traces, not from the hourly sums.
    QVERIFY(store().rollUp().ok());
    rows = store().report(window);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).requests, qint64(3));
    QCOMPARE(rows.at(0).cost, Money::fromNanos(70));
    // Both ends inside one hour.
    window.since = utc(2024, 5, 1, 9, 10);
    window.until = utc(2024, 5, 1, 9, 20);
    rows = store().report(window);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).cost, Money::fromNanos(10));

    window.since = utc(2024, 5, 1, 10, 59);
    window.until = utc(2024, 5, 1, 11, 0);
    window.groupBy = {ReportDimension::Model};
    rows = store().report(window);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).groupValues, QStringList{QStringLiteral("claude")});

    window.since = utc(2024, 6, 1, 0);
    window.until = QDateTime();
    QVERIFY(store().report(window).isEmpty());
}

// How the rollups are kept while the traces go in: reports must be exact in every case, since
// readers add the traces after the rollups' mark to what the rollups hold.
enum class RollUpMode {
    Never,           // every trace awaits roll-up: reports read the raw traces after the mark
    EveryBatch,      // from the writer's sums in memory, as the gateway's writer does
    TwoWritersOften, // every other batch from a second connection: roll-ups from SQL and from memory
};
Q_DECLARE_METATYPE(RollUpMode)

void TestSqliteLedgerStore::randomTracesAgreeWithRollup_data()
{
    QTest::addColumn<RollUpMode>("mode");
    QTest::newRow("never rolled up") << RollUpMode::Never;
    QTest::newRow("rolled up after every batch") << RollUpMode::EveryBatch;
    QTest::newRow("two writers, rolled up every third batch") << RollUpMode::TwoWritersOften;
}

void TestSqliteLedgerStore::randomTracesAgreeWithRollup()
{
    QFETCH(RollUpMode, mode);
    constexpr int TraceCount = 60'000;
    constexpr int BatchSize = 2'000;
    auto secondOpened = SqliteLedgerStore::open(m_dir->ledgerPath(), QStringLiteral("second-writer"),
                                                LedgerStore::Access::ReadWrite, m_clock);
    QVERIFY(secondOpened.ok());
    SqliteLedgerStore &second = *secondOpened.value();
    int batches = 0;
    QElapsedTimer timer;
    timer.start();

    QList<qint64> keyIds;
    QHash<qint64, QString> keyNames;
    for (int i = 0; i < 12; ++i) {
        const QString name = QStringLiteral("key-%1").arg(i, 2, 10, QLatin1Char('0'));
        keyIds << addKey(name);
        keyNames.insert(keyIds.last(), name);
    }
    const QStringList models{QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"), QStringLiteral("o3"),
                             QStringLiteral("claude-sonnet-4"), QStringLiteral("claude-haiku"),
                             QStringLiteral("gemini/gemini-2.5-pro"), QStringLiteral("unknown-model")};
    const QStringList providers{QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("backup"),
                                QString()};
    const QTimeZone newYork("America/New_York");
    const QTimeZone tokyo("Asia/Tokyo");
    const QTimeZone kolkata("Asia/Kolkata"); // half an hour off: midnight falls inside a UTC hour
    QVERIFY(newYork.isValid());
    QVERIFY(tokyo.isValid());
    QVERIFY(kolkata.isValid());

    // 90 days across the US daylight-saving switch (2024-03-10).
    const qint64 startMs = utc(2024, 1, 20, 0).toMSecsSinceEpoch();
    const qint64 spanMs = qint64(90) * 24 * 3600 * 1000;
    QRandomGenerator random(20240120);

    Expected total;
    QHash<qint64, Expected> perKey;
    QHash<QString, Expected> perModel;
    QMap<QString, Expected> perDayNewYork;
    QMap<QString, Expected> perDayTokyo;
    QMap<QPair<QString, qint64>, Expected> perDayAndKeyTokyo; // what the Overview's chart reads
    QMap<QString, Expected> perDayKolkata;
    QMap<QPair<QString, qint64>, Expected> perDayAndKeyKolkata;
    // A window with part hours at both ends, as `report --since/--until` with times of day asks.
    const qint64 windowFromMs = startMs + qint64(10) * 24 * 3600 * 1000 + 17 * 60 * 1000 + 3'000;
    const qint64 windowToMs = startMs + qint64(40) * 24 * 3600 * 1000 + 5 * 3600 * 1000 + 41 * 60 * 1000;
    QHash<qint64, Expected> perKeyInWindow;
    QHash<qint64, QPair<QString, QString>> daysOfHour; // both zones have whole-hour offsets

    QList<TraceRecord> batch;
    batch.reserve(BatchSize);
    for (int i = 0; i < TraceCount; ++i) {
        TraceRecord trace;
        const qint64 timeMs = startMs + qint64(random.bounded(double(spanMs)));
        trace.time = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
        trace.keyId = keyIds.at(random.bounded(int(keyIds.size())));
        trace.model = models.at(random.bounded(int(models.size())));
        trace.provider = providers.at(random.bounded(int(providers.size())));
        trace.endpoint = QStringLiteral("/v1/chat/completions");
        trace.status = 200;
        trace.outcome = QStringLiteral("ok");
        trace.usage.inputTokens = random.bounded(200'000);
        trace.usage.cachedInputTokens = random.bounded(qint64(trace.usage.inputTokens) + 1);
        trace.usage.outputTokens = random.bounded(8'000);
        trace.usage.reasoningTokens = random.bounded(qint64(trace.usage.outputTokens) + 1);
        const int kind = random.bounded(10);
        if (kind == 0) {
            trace.costStatus = CostStatus::Unpriced;
        } else {
            trace.costStatus = kind == 1 ? CostStatus::Estimated : CostStatus::Exact;
            trace.cost = Money::fromNanos(random.bounded(qint64(50'000'000)));
        }
        trace.latencyMs = random.bounded(30'000);
        trace.attempts = 1;

        const qint64 hour = timeMs / 3'600'000;
        auto days = daysOfHour.constFind(hour);
        if (days == daysOfHour.cend()) {
            const QDateTime hourStart = QDateTime::fromMSecsSinceEpoch(hour * 3'600'000, Qt::UTC);
            days = daysOfHour.insert(hour, {hourStart.toTimeZone(newYork).date().toString(Qt::ISODate),
                                            hourStart.toTimeZone(tokyo).date().toString(Qt::ISODate)});
        }
        total.add(trace);
        perKey[trace.keyId].add(trace);
        perModel[trace.model].add(trace);
        perDayNewYork[days->first].add(trace);
        perDayTokyo[days->second].add(trace);
        perDayAndKeyTokyo[{days->second, trace.keyId}].add(trace);
        const QString kolkataDay = trace.time.toTimeZone(kolkata).date().toString(Qt::ISODate);
        perDayKolkata[kolkataDay].add(trace);
        perDayAndKeyKolkata[{kolkataDay, trace.keyId}].add(trace);
        if (timeMs >= windowFromMs && timeMs < windowToMs)
            perKeyInWindow[trace.keyId].add(trace);

        batch << trace;
        if (batch.size() == BatchSize) {
            ++batches;
            SqliteLedgerStore &writer = mode == RollUpMode::TwoWritersOften && batches % 2 ? second : store();
            const auto ids = writer.insertTraces(batch);
            QVERIFY2(ids.ok(), qPrintable(ids.ok() ? QString() : ids.error().message));
            QCOMPARE(ids.value().size(), qsizetype(BatchSize));
            batch.clear();
            if (mode == RollUpMode::EveryBatch || (mode == RollUpMode::TwoWritersOften && batches % 3 == 1))
                QVERIFY(writer.rollUp().ok());
        }
    }
    qDebug() << "generated and inserted" << TraceCount << "traces in" << timer.elapsed() << "ms";
    switch (mode) {
    case RollUpMode::Never: QCOMPARE(store().tracesAwaitingRollUp(), qint64(TraceCount)); break;
    case RollUpMode::EveryBatch: QCOMPARE(store().tracesAwaitingRollUp(), 0); break;
    case RollUpMode::TwoWritersOften: QCOMPARE(store().tracesAwaitingRollUp(), 2 * BatchSize); break; // after batch 28 of 30
    }

    // Everything below runs twice: as left by the mode, then after a final roll-up.
    for (const bool rolledUp : {false, true}) {
        if (rolledUp) {
            QVERIFY(store().rollUp().ok());
            QCOMPARE(store().tracesAwaitingRollUp(), 0);
        }
        QCOMPARE(store().countTraces({}), qint64(TraceCount));
        QCOMPARE(store().sumTraceCosts(), Money::fromNanos(total.costNanos));
        QCOMPARE(store().sumRollupCosts(), Money::fromNanos(total.costNanos));
        for (const qint64 keyId : std::as_const(keyIds))
            QCOMPARE(store().keySpend(keyId), Money::fromNanos(perKey.value(keyId).costNanos));

        const auto same = [](const ReportRow &row, const Expected &want) {
            QCOMPARE(row.requests, want.requests);
            QCOMPARE(row.cost, Money::fromNanos(want.costNanos));
            QCOMPARE(row.unpricedRequests, want.unpriced);
            QCOMPARE(row.estimatedRequests, want.estimated);
            QCOMPARE(row.usage.inputTokens, want.inputTokens);
            QCOMPARE(row.usage.outputTokens, want.outputTokens);
        };
        // Dearest first, except that days come in their order.
        const auto check = [&same](const QList<ReportRow> &rows, const auto &expected, const auto &groupOf, bool byDay = false) {
            QCOMPARE(rows.size(), qsizetype(expected.size()));
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const ReportRow &row = rows.at(i);
                QCOMPARE(row.groupValues.size(), 1);
                same(row, expected.value(groupOf(row.groupValues.first())));
                if (QTest::currentTestFailed())
                    return;
                if (i > 0 && byDay)
                    QVERIFY(rows.at(i - 1).groupValues.first() < row.groupValues.first());
                else if (i > 0)
                    QVERIFY(rows.at(i - 1).cost >= row.cost);
            }
        };
        const auto sameName = [](const QString &name) { return name; };

        ReportQuery query;
        query.groupBy = {ReportDimension::Key};
        check(store().report(query), perKey, [&keyNames](const QString &name) { return keyNames.key(name); });
        if (QTest::currentTestFailed())
            return;
        query.groupBy = {ReportDimension::Model};
        check(store().report(query), perModel, sameName);
        if (QTest::currentTestFailed())
            return;
        query.groupBy = {ReportDimension::Day};
        query.timeZone = newYork;
        check(store().report(query), perDayNewYork, sameName, true);
        if (QTest::currentTestFailed())
            return;
        query.timeZone = tokyo;
        check(store().report(query), perDayTokyo, sameName, true);
        if (QTest::currentTestFailed())
            return;
        query.timeZone = kolkata;
        check(store().report(query), perDayKolkata, sameName, true);
        if (QTest::currentTestFailed())
            return;
        query.groupBy = {ReportDimension::Day, ReportDimension::Key};
        const QList<ReportRow> kolkataDayAndKey = store().report(query);
        QCOMPARE(kolkataDayAndKey.size(), qsizetype(perDayAndKeyKolkata.size()));
        for (qsizetype i = 1; i < kolkataDayAndKey.size(); ++i) {
            const ReportRow &before = kolkataDayAndKey.at(i - 1);
            const ReportRow &row = kolkataDayAndKey.at(i);
            QVERIFY(before.groupValues.at(0) < row.groupValues.at(0)
                    || (before.groupValues.at(0) == row.groupValues.at(0) && before.cost >= row.cost));
        }
        for (const ReportRow &row : kolkataDayAndKey) {
            same(row, perDayAndKeyKolkata.value({row.groupValues.at(0), keyNames.key(row.groupValues.at(1))}));
            if (QTest::currentTestFailed())
                return;
        }
        query.groupBy = {ReportDimension::Key};
        query.since = QDateTime::fromMSecsSinceEpoch(windowFromMs, Qt::UTC);
        query.until = QDateTime::fromMSecsSinceEpoch(windowToMs, Qt::UTC);
        check(store().report(query), perKeyInWindow, [&keyNames](const QString &name) { return keyNames.key(name); });
        if (QTest::currentTestFailed())
            return;
        query.since = QDateTime();
        query.until = QDateTime();
        query.groupBy = {ReportDimension::Day};
        query.timeZone = tokyo;

        // Per day and key (read from the per-key hourly rollup, row by row) and per key since a time
        // (the same rollup, summed by SQLite) agree with the test's own sums too.
        query.groupBy = {ReportDimension::Day, ReportDimension::Key};
        const QList<ReportRow> dayAndKey = store().report(query);
        QCOMPARE(dayAndKey.size(), qsizetype(perDayAndKeyTokyo.size()));
        for (const ReportRow &row : dayAndKey) {
            QCOMPARE(row.groupValues.size(), 2);
            same(row, perDayAndKeyTokyo.value({row.groupValues.at(0), keyNames.key(row.groupValues.at(1))}));
            if (QTest::currentTestFailed())
                return;
        }
        query.groupBy = {ReportDimension::Key};
        query.since = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
        check(store().report(query), perKey, [&keyNames](const QString &name) { return keyNames.key(name); });
        if (QTest::currentTestFailed())
            return;
        query.since = QDateTime();

        // Every combination still adds up to the whole.
        query.groupBy = {ReportDimension::Key, ReportDimension::Model, ReportDimension::Route, ReportDimension::Day};
        qint64 costSum = 0;
        qint64 requestSum = 0;
        for (const ReportRow &row : store().report(query)) {
            costSum += row.cost.nanos();
            requestSum += row.requests;
        }
        QCOMPARE(costSum, total.costNanos);
        QCOMPARE(requestSum, qint64(TraceCount));
    }
    // Informational only: speed is the benchmark's business, not a pass/fail condition here.
    qDebug() << "whole test took" << timer.elapsed() << "ms";
}

void TestSqliteLedgerStore::rollUpTakesOtherWritersTracesOnce()
{
    const qint64 key = addKey(QStringLiteral("shared"));
    auto secondOpened = SqliteLedgerStore::open(m_dir->ledgerPath(), QStringLiteral("other-writer"),
                                                LedgerStore::Access::ReadWrite, m_clock);
    QVERIFY(secondOpened.ok());
    SqliteLedgerStore &other = *secondOpened.value();
    auto readerOpened = SqliteLedgerStore::open(m_dir->ledgerPath(), QStringLiteral("reader"), LedgerStore::Access::ReadOnly);
    QVERIFY(readerOpened.ok());
    SqliteLedgerStore &reader = *readerOpened.value();
    // What the rollup tables hold by themselves, without the traces readers add.
    const auto rolledUpRequests = [] {
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("test-writer")));
        return query.exec(QStringLiteral("SELECT COALESCE(SUM(requests), 0) FROM usage_hourly")) && query.next()
                   ? query.value(0).toLongLong()
                   : -1;
    };
    const QDateTime at = utc(2024, 6, 1, 12);
    qint64 expected = 0;
    const auto write = [&](SqliteLedgerStore &writer, qint64 costNanos) {
        expected += costNanos;
        return writer.insertTraces({makeTrace(at, key, QStringLiteral("m"), costNanos)}).ok();
    };

    // Ids 1, 2 from this store, 3 from the other, 4 from this one: its sums in memory have a gap.
    QVERIFY(write(store(), 100));
    QVERIFY(write(store(), 200));
    QVERIFY(write(other, 400));
    QVERIFY(write(store(), 800));
    QCOMPARE(reader.keySpend(key), Money::fromNanos(expected));
    QCOMPARE(rolledUpRequests(), 0);
    QVERIFY(store().rollUp().ok()); // from SQL
    QCOMPARE(rolledUpRequests(), 4);
    QCOMPARE(reader.tracesAwaitingRollUp(), 0);
    QVERIFY(other.rollUp().ok()); // its trace is already in: nothing to add twice
    QCOMPARE(rolledUpRequests(), 4);
    QCOMPARE(reader.keySpend(key), Money::fromNanos(expected));

    // The other store's sums now start before the mark: they are not trusted, SQL takes the new trace.
    QVERIFY(write(other, 1'600));
    QVERIFY(other.rollUp().ok());
    QCOMPARE(rolledUpRequests(), 5);
    // This store alone since the mark: rolled up from memory, with the same result.
    QVERIFY(write(store(), 3'200));
    QVERIFY(write(store(), 6'400));
    QVERIFY(store().rollUp().ok());
    QCOMPARE(rolledUpRequests(), 7);

    // A writer that stopped without rolling up (killed): a new one takes its traces from SQL.
    QVERIFY(write(other, 12'800));
    secondOpened = Common::makeError(Common::Error::Code::Storage, QStringLiteral("closed"));
    auto restarted = SqliteLedgerStore::open(m_dir->ledgerPath(), QStringLiteral("restarted-writer"),
                                             LedgerStore::Access::ReadWrite, m_clock);
    QVERIFY(restarted.ok());
    QCOMPARE(reader.tracesAwaitingRollUp(), 1);
    QCOMPARE(reader.keySpend(key), Money::fromNanos(expected));
    QVERIFY(restarted.value()->rollUp().ok());
    QCOMPARE(rolledUpRequests(), 8);
    QCOMPARE(reader.sumRollupCosts(), reader.sumTraceCosts());
    QCOMPARE(reader.keySpend(key), Money::fromNanos(expected));
    ReportQuery byKey;
    byKey.groupBy = {ReportDimension::Key};
    const QList<ReportRow> rows = reader.report(byKey);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().requests, 8);
    QCOMPARE(rows.first().cost, Money::fromNanos(expected));
}

void TestSqliteLedgerStore::spendSumsSaturateInsteadOfWrapping()
{
    // Three costs of $4e9 sum beyond any qint64. SQLite's SUM() then fails and was read as $0 (a key
    // with a cap could spend again), its "+" in the rollup turned inexact REAL; both now stop at the top.
    const qint64 key = addKey(QStringLiteral("big"));
    const QDateTime at = utc(2024, 6, 1, 12);
    constexpr qint64 Huge = 4'000'000'000'000'000'000;
    for (int i = 0; i < 3; ++i)
        QVERIFY(store().insertTraces({makeTrace(at.addSecs(i), key, QStringLiteral("m"), Huge)}).ok());
    QCOMPARE(store().keySpend(key), Money::largest());
    QVERIFY(store().rollUp().ok());
    QCOMPARE(store().keySpend(key), Money::largest());
    QVERIFY(store().insertTraces({makeTrace(at.addSecs(3), key, QStringLiteral("m"), Huge)}).ok());
    QVERIFY(store().rollUp().ok());
    QCOMPARE(store().keySpend(key), Money::largest());
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("test-writer")));
    QVERIFY(query.exec(QStringLiteral("SELECT typeof(cost_nanos) FROM usage_key_total")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("integer"));
}

void TestSqliteLedgerStore::traceCommittersLeaveCheckpointsAndCutTheLogBack()
{
    // A log that grew while a reader kept it from starting over would otherwise keep its size for good.
    QVERIFY(store().leaveCheckpointsToCheckpointer().ok());
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("test-writer")));
    QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && query.next());
    QCOMPARE(query.value(0).toLongLong(), 0);
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_size_limit")) && query.next());
    QCOMPARE(query.value(0).toLongLong(), Ledger::WalCheckpointer::LogSizeLimitBytes);
}

void TestSqliteLedgerStore::newLedgerIsTheOwnersAlone()
{
    // A data directory two levels down that does not exist yet, as `--data` may name one.
    const QString dataDir = m_dir->filePath(QStringLiteral("team/tollgate"));
    const QString ledgerPath = dataDir + QStringLiteral("/ledger.sqlite");
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    {
        auto opened = SqliteLedgerStore::open(ledgerPath, QStringLiteral("private-writer"), LedgerStore::Access::ReadWrite,
                                              m_clock);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QVERIFY(opened.value()->insertKey(makeKey(QStringLiteral("carol"))).ok()); // the WAL now exists
        for (const QString &path : QStringList{m_dir->filePath(QStringLiteral("team")), dataDir, ledgerPath,
                                                ledgerPath + QStringLiteral("-wal"), ledgerPath + QStringLiteral("-shm")}) {
            const QFileInfo info(path);
            QVERIFY2(info.exists(), qPrintable(path));
            QVERIFY2((info.permissions() & others) == QFileDevice::Permissions(), qPrintable(path));
            QVERIFY2(info.permissions() & QFileDevice::WriteOwner, qPrintable(path));
        }
    }

    // What exists already is the owner's business: a directory and a ledger opened to the group stay so.
    const QString shared = m_dir->filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkdir(shared));
    const QFileDevice::Permissions groupReadable = QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup;
    QVERIFY(QFile::setPermissions(shared, groupReadable));
    QVERIFY(QFile::copy(ledgerPath, shared + QStringLiteral("/ledger.sqlite")));
    QVERIFY(QFile::setPermissions(shared + QStringLiteral("/ledger.sqlite"),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    auto reopened = SqliteLedgerStore::open(shared + QStringLiteral("/ledger.sqlite"), QStringLiteral("shared-writer"),
                                            LedgerStore::Access::ReadWrite, m_clock);
    QVERIFY(reopened.ok());
    QVERIFY(QFileInfo(shared).permissions() & QFileDevice::ReadGroup);
    QVERIFY(QFileInfo(shared + QStringLiteral("/ledger.sqlite")).permissions() & QFileDevice::ReadGroup);
}

QTEST_GUILESS_MAIN(TestSqliteLedgerStore)
#include "tst_sqliteledgerstore.moc"
