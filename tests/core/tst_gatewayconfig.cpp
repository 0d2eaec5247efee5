#include "core/ledger/ledgerschema.h"
#include "core/ledger/sqliteledgerstore.h"
#include "core/limits/configwatcher.h"
#include "core/limits/gatewayconfig.h"
#include "tests/support/tempdatadir.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using Common::Money;
using Ledger::LedgerSchema;
using Ledger::LedgerStore;
using Ledger::SqliteLedgerStore;
using Limits::ConfigWatcher;
using Limits::GatewayConfig;
using ConfigPtr = std::shared_ptr<const Limits::GatewayConfig>;

namespace {

enum class Change {
    InsertKey,
    UpdateKeyCap,
    RevokeKey,
    TouchLastUsed,
    InsertTraces,
    AddCreditEntry,
    AddProvider,
    UpdateProvider,
    RemoveProvider,
    AddPriceVersions,
    ReadEverything,
};

QDateTime utc(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

QByteArray hashOf(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

Keys::KeyRecord makeKey(const QString &name, std::optional<Money> maxSpend = std::nullopt)
{
    Keys::KeyRecord key;
    key.name = name;
    key.prefix = QStringLiteral("sk-tg-") + name;
    key.secretHash = hashOf(name);
    key.maxSpend = maxSpend;
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

Pricing::PriceRecord makePrice(const QString &model, const QDateTime &effectiveFrom, const char *inputUsd)
{
    Pricing::PriceRecord price;
    price.model = model;
    price.provider = QStringLiteral("openai");
    price.mode = QStringLiteral("chat");
    price.base.input = Money::fromDecimalString(QString::fromLatin1(inputUsd));
    price.base.output = Money::fromDecimalString(QStringLiteral("10"));
    price.effectiveFrom = effectiveFrom;
    price.source = QStringLiteral("override");
    return price;
}

Ledger::TraceRecord makeTrace(qint64 keyId, const QDateTime &time, qint64 costNanos)
{
    Ledger::TraceRecord trace;
    trace.time = time;
    trace.keyId = keyId;
    trace.model = QStringLiteral("gpt-4o");
    trace.servedModel = trace.model;
    trace.provider = QStringLiteral("openai");
    trace.endpoint = QStringLiteral("/v1/chat/completions");
    trace.status = 200;
    trace.outcome = QStringLiteral("ok");
    trace.usage.inputTokens = 10;
    trace.usage.outputTokens = 5;
    trace.cost = Money::fromNanos(costNanos);
    return trace;
}

std::unique_ptr<SqliteLedgerStore> openWriter(const QString &path)
{
    auto opened = SqliteLedgerStore::open(path, QStringLiteral("writer"), LedgerStore::Access::ReadWrite);
    if (!opened) {
        qWarning() << opened.error().message;
        return nullptr;
    }
    return std::move(opened.value());
}

// Runs statements through a private connection, bypassing the store; returns the last row's first value.
QVariant rawExec(const QString &filePath, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-gatewayconfig");
    QVariant last;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(filePath);
        if (db.open()) {
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (!query.exec(statement))
                    qWarning() << statement << "failed";
                last = query.isSelect() && query.next() ? query.value(0) : QVariant();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return last;
}

} // namespace

Q_DECLARE_METATYPE(Change)

class TestGatewayConfig final : public QObject
{
    Q_OBJECT

private slots:
    void configVersionMovesOnConfigurationOnly_data();
    void configVersionMovesOnConfigurationOnly();
    void versionOneLedgerMigratesToTwo();
    void loadTakesASnapshot();
    void emptyConfigIsUsable();
    void watcherPublishesChangesWithinASecond();
    void watcherWaitsForTheLedgerToExist();
};

void TestGatewayConfig::configVersionMovesOnConfigurationOnly_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<bool>("bumps");
    QTest::addRow("insert a key") << Change::InsertKey << true;
    QTest::addRow("change a key's cap") << Change::UpdateKeyCap << true;
    QTest::addRow("revoke a key") << Change::RevokeKey << true;
    QTest::addRow("touch last-used only") << Change::TouchLastUsed << false;
    QTest::addRow("insert traces") << Change::InsertTraces << false;
    QTest::addRow("add a credit entry") << Change::AddCreditEntry << true;
    QTest::addRow("add a provider") << Change::AddProvider << true;
    QTest::addRow("update a provider") << Change::UpdateProvider << true;
    QTest::addRow("remove a provider") << Change::RemoveProvider << true;
    QTest::addRow("add price versions") << Change::AddPriceVersions << true;
    QTest::addRow("read everything") << Change::ReadEverything << false;
}

void TestGatewayConfig::configVersionMovesOnConfigurationOnly()
{
    QFETCH(Change, change);
    QFETCH(bool, bumps);
    TestSupport::TempDataDir dir;
    auto store = openWriter(dir.ledgerPath());
    QVERIFY(store);
    const auto keyId = store->insertKey(makeKey(QStringLiteral("alice")));
    QVERIFY(keyId.ok());
    QVERIFY(store->insertProvider(makeProvider(QStringLiteral("openai"), 10)).ok());

    const qint64 before = store->configVersion();
    QVERIFY(before > 0);
    switch (change) {
    case Change::InsertKey:
        QVERIFY(store->insertKey(makeKey(QStringLiteral("bob"))).ok());
        break;
    case Change::UpdateKeyCap: {
        Keys::KeyRecord key = *store->findKeyById(keyId.value());
        key.maxSpend = Money::fromNanos(5);
        QVERIFY(store->updateKey(key).ok());
        break;
    }
    case Change::RevokeKey: {
        Keys::KeyRecord key = *store->findKeyById(keyId.value());
        key.status = Keys::KeyStatus::Revoked;
        key.revokedAt = utc(2025, 1, 1, 0);
        QVERIFY(store->updateKey(key).ok());
        break;
    }
    case Change::TouchLastUsed:
        QVERIFY(store->touchKeysLastUsed({{keyId.value(), utc(2025, 1, 1, 0)}}).ok());
        QCOMPARE(store->findKeyById(keyId.value())->lastUsedAt, utc(2025, 1, 1, 0));
        break;
    case Change::InsertTraces:
        // Also moves the key's last-used time, inside the same transaction.
        QVERIFY(store->insertTraces({makeTrace(keyId.value(), utc(2025, 1, 2, 0), 100),
                                     makeTrace(keyId.value(), utc(2025, 1, 2, 1), 200)}).ok());
        QCOMPARE(store->findKeyById(keyId.value())->lastUsedAt, utc(2025, 1, 2, 1));
        break;
    case Change::AddCreditEntry:
        QVERIFY(store->addCreditEntry(Ledger::CreditEntry{0, {}, Ledger::CreditEntryKind::TopUp,
                                                          Money::fromNanos(1'000), {}}).ok());
        break;
    case Change::AddProvider:
        QVERIFY(store->insertProvider(makeProvider(QStringLiteral("backup"), 20)).ok());
        break;
    case Change::UpdateProvider: {
        Providers::ProviderRecord provider = *store->findProvider(QStringLiteral("openai"));
        provider.priority = 1;
        QVERIFY(store->updateProvider(provider).ok());
        break;
    }
    case Change::RemoveProvider:
        QVERIFY(store->removeProvider(QStringLiteral("openai")).ok());
        break;
    case Change::AddPriceVersions:
        QVERIFY(store->insertPriceVersions({makePrice(QStringLiteral("gpt-4o"), utc(2025, 1, 1, 0), "2.5")}).ok());
        break;
    case Change::ReadEverything:
        store->listKeys();
        store->listProviders();
        store->currentPrices();
        store->creditStatus();
        store->queryTraces({});
        break;
    }
    const qint64 after = store->configVersion();
    if (bumps)
        QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    else
        QCOMPARE(after, before);
}

void TestGatewayConfig::versionOneLedgerMigratesToTwo()
{
    TestSupport::TempDataDir dir;
    {
        auto store = openWriter(dir.ledgerPath());
        QVERIFY(store);
        QVERIFY(store->insertKey(makeKey(QStringLiteral("old"))).ok());
    }
    // Turn the file back into what schema 1 wrote: no meta table, no triggers.
    QStringList downgrade;
    for (const char *table : {"keys", "providers", "prices", "credit_entries"}) {
        for (const char *event : {"insert", "update", "delete"})
            downgrade << QStringLiteral("DROP TRIGGER %1_%2_bumps_config").arg(QLatin1String(table), QLatin1String(event));
    }
    downgrade << QStringLiteral("DROP TABLE meta") << QStringLiteral("DROP TABLE usage_key_hourly")
              << QStringLiteral("DROP TABLE usage_key_total") << QStringLiteral("PRAGMA user_version = 1");
    rawExec(dir.ledgerPath(), downgrade);
    QCOMPARE(rawExec(dir.ledgerPath(), {QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"
                                                       " OR name = 'meta'")})
                 .toInt(),
             0);

    // A reader cannot use it until the writer has upgraded it.
    auto early = SqliteLedgerStore::open(dir.ledgerPath(), QStringLiteral("reader"), LedgerStore::Access::ReadOnly);
    QVERIFY(!early.ok());

    auto store = openWriter(dir.ledgerPath());
    QVERIFY(store);
    QCOMPARE(rawExec(dir.ledgerPath(), {QStringLiteral("PRAGMA user_version")}).toInt(), LedgerSchema::CurrentVersion);
    QCOMPARE(store->listKeys().size(), 1);
    const qint64 version = store->configVersion();
    QVERIFY(version > 0);
    QVERIFY(store->insertKey(makeKey(QStringLiteral("new"))).ok());
    QVERIFY(store->configVersion() > version);
    QCOMPARE(rawExec(dir.ledgerPath(), {QStringLiteral("SELECT COUNT(*) FROM meta")}).toInt(), 1);
}

void TestGatewayConfig::loadTakesASnapshot()
{
    TestSupport::TempDataDir dir;
    auto store = openWriter(dir.ledgerPath());
    QVERIFY(store);
    const auto alice = store->insertKey(makeKey(QStringLiteral("alice"), Money::fromNanos(2'000'000'000)));
    const auto bob = store->insertKey(makeKey(QStringLiteral("bob")));
    QVERIFY(alice.ok() && bob.ok());
    QVERIFY(store->insertProvider(makeProvider(QStringLiteral("zeta"), 10)).ok());
    QVERIFY(store->insertProvider(makeProvider(QStringLiteral("alpha"), 10)).ok());
    QVERIFY(store->insertProvider(makeProvider(QStringLiteral("first"), 1)).ok());
    QVERIFY(store->insertPriceVersions({makePrice(QStringLiteral("gpt-4o"), utc(2024, 1, 1, 0), "5"),
                                        makePrice(QStringLiteral("gpt-4o"), utc(2024, 6, 1, 0), "2.5"),
                                        makePrice(QStringLiteral("o3"), utc(2024, 6, 1, 0), "2")}).ok());
    QVERIFY(store->addCreditEntry(Ledger::CreditEntry{0, utc(2025, 1, 1, 0), Ledger::CreditEntryKind::TopUp,
                                                      Money::fromNanos(10'000'000'000), {}}).ok());
    QVERIFY(store->insertTraces({makeTrace(alice.value(), utc(2025, 1, 2, 0), 300'000'000),
                                 makeTrace(alice.value(), utc(2025, 1, 3, 0), 200'000'000)}).ok());

    const GatewayConfig config = GatewayConfig::load(*store);
    QCOMPARE(config.version(), store->configVersion());
    QCOMPARE(config.keysByHash().size(), 2);
    const Keys::KeyRecord *key = config.keyByHash(hashOf(QStringLiteral("alice")));
    QVERIFY(key);
    QCOMPARE(key->id, alice.value());
    QCOMPARE(key->maxSpend, std::optional<Money>(Money::fromNanos(2'000'000'000)));
    QVERIFY(!config.keyByHash(hashOf(QStringLiteral("mallory"))));

    QStringList order;
    for (const Providers::ProviderRecord &provider : config.providers())
        order << provider.name;
    QCOMPARE(order, (QStringList{QStringLiteral("first"), QStringLiteral("alpha"), QStringLiteral("zeta")}));

    QCOMPARE(config.prices().size(), 2);
    const auto gpt = config.prices().resolve(QStringLiteral("gpt-4o-2024-08-06"));
    QVERIFY(gpt);
    QCOMPARE(gpt->base.input, Money::fromDecimalString(QStringLiteral("2.5")));

    QVERIFY(config.credit().enabled);
    QCOMPARE(config.credit().toppedUp, Money::fromNanos(10'000'000'000));
    QCOMPARE(config.credit().spent, Money::fromNanos(500'000'000));
    QCOMPARE(config.keySpend(alice.value()), Money::fromNanos(500'000'000));
    QCOMPARE(config.keySpend(bob.value()), Money());
    QCOMPARE(config.keySpends().size(), 2);

    // A snapshot is a copy: later changes do not reach it.
    Keys::KeyRecord changed = *store->findKeyById(alice.value());
    changed.maxSpend.reset();
    QVERIFY(store->updateKey(changed).ok());
    QVERIFY(config.keyByHash(hashOf(QStringLiteral("alice")))->maxSpend);
    QVERIFY(GatewayConfig::load(*store).version() > config.version());
}

void TestGatewayConfig::emptyConfigIsUsable()
{
    const GatewayConfig config;
    QCOMPARE(config.version(), qint64(0));
    QVERIFY(config.keysByHash().isEmpty());
    QVERIFY(config.providers().isEmpty());
    QVERIFY(!config.prices().resolve(QStringLiteral("gpt-4o")));
    QVERIFY(!config.credit().enabled);
}

void TestGatewayConfig::watcherPublishesChangesWithinASecond()
{
    TestSupport::TempDataDir dir;
    auto store = openWriter(dir.ledgerPath());
    QVERIFY(store);
    const auto keyId = store->insertKey(makeKey(QStringLiteral("alice"), Money::fromNanos(1'000)));
    QVERIFY(keyId.ok());
    const QByteArray hash = hashOf(QStringLiteral("alice"));

    ConfigWatcher watcher(dir.ledgerPath());
    QSignalSpy spy(&watcher, &ConfigWatcher::configChanged);
    QVERIFY(!watcher.current());
    watcher.start();
    QCOMPARE(spy.count(), 1); // the first snapshot comes at once
    const ConfigPtr first = spy.at(0).at(0).value<ConfigPtr>();
    QVERIFY(first);
    QCOMPARE(first, watcher.current());
    QCOMPARE(first->keyByHash(hash)->maxSpend, std::optional<Money>(Money::fromNanos(1'000)));

    // A cap changed by another connection (the CLI) is in force within a second.
    Keys::KeyRecord key = *store->findKeyById(keyId.value());
    key.maxSpend = Money::fromNanos(5'000);
    QVERIFY(store->updateKey(key).ok());
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() == 2, 1000);
    const ConfigPtr second = spy.at(1).at(0).value<ConfigPtr>();
    QCOMPARE(second->keyByHash(hash)->maxSpend, std::optional<Money>(Money::fromNanos(5'000)));
    QCOMPARE(second->version(), store->configVersion());
    QCOMPARE(first->keyByHash(hash)->maxSpend, std::optional<Money>(Money::fromNanos(1'000))); // untouched

    // Traffic is not configuration: no reload for traces or last-used times.
    QVERIFY(store->insertTraces({makeTrace(keyId.value(), utc(2025, 1, 2, 0), 10)}).ok());
    QVERIFY(store->touchKeysLastUsed({{keyId.value(), utc(2025, 1, 3, 0)}}).ok());
    QTest::qWait(3 * ConfigWatcher::PollIntervalMs);
    QCOMPARE(spy.count(), 2);

    // Credit and providers are configuration too.
    QVERIFY(store->addCreditEntry(Ledger::CreditEntry{0, {}, Ledger::CreditEntryKind::TopUp,
                                                      Money::fromNanos(1'000'000), {}}).ok());
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() == 3, 1000);
    QVERIFY(watcher.current()->credit().enabled);
    QVERIFY(store->insertProvider(makeProvider(QStringLiteral("openai"), 1)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() == 4, 1000);
    QCOMPARE(watcher.current()->providers().size(), 1);

    watcher.stop();
    QVERIFY(store->insertKey(makeKey(QStringLiteral("late"))).ok());
    QTest::qWait(2 * ConfigWatcher::PollIntervalMs);
    QCOMPARE(spy.count(), 4);
}

void TestGatewayConfig::watcherWaitsForTheLedgerToExist()
{
    TestSupport::TempDataDir dir;
    ConfigWatcher watcher(dir.ledgerPath());
    QSignalSpy spy(&watcher, &ConfigWatcher::configChanged);
    watcher.start();
    QCOMPARE(spy.count(), 0);

    auto store = openWriter(dir.ledgerPath());
    QVERIFY(store);
    QVERIFY(store->insertKey(makeKey(QStringLiteral("alice"))).ok());
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 1000);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.current()->keyByHash(hashOf(QStringLiteral("alice"))), 1000);
}

QTEST_GUILESS_MAIN(TestGatewayConfig)
#include "tst_gatewayconfig.moc"
