#include "core/ledger/ledgerschema.h"
#include "core/ledger/sqliteledgerstore.h"
#include "tests/support/tempdatadir.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

using Ledger::LedgerSchema;
using Ledger::LedgerStore;
using Ledger::SqliteLedgerStore;

namespace {

// Runs statements on a file through a private connection, bypassing the store under test.
QVariantList rawExec(const QString &filePath, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-test-connection");
    QVariantList lastRow;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(filePath);
        if (db.open()) {
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (!query.exec(statement))
                    qWarning() << statement << "failed";
                lastRow.clear();
                if (query.isSelect() && query.next()) {
                    for (int i = 0; i < query.record().count(); ++i)
                        lastRow << query.value(i);
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return lastRow;
}

QByteArray fileDigest(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

Keys::KeyRecord sampleKey(const QString &name)
{
    Keys::KeyRecord key;
    key.name = name;
    key.prefix = QStringLiteral("sk-tg-") + name;
    key.secretHash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex();
    return key;
}

} // namespace

class TestLedgerSchema final : public QObject
{
    Q_OBJECT

private slots:
    void freshFileIsCurrentAndWal();
    void reopeningIsIdempotent();
    void migratesAnEmptyVersionZeroFile();
    void versionTwoGainsTheKeyRollups();
    void refusesNewerSchemaAndLeavesFileAlone_data();
    void refusesNewerSchemaAndLeavesFileAlone();
    void readOnlyRefusesOlderSchema();
    void readOnlyNeedsAnExistingFile();
    void readOnlyCannotWriteButSeesCommits();
    void refusesATakenConnectionName();
};

void TestLedgerSchema::freshFileIsCurrentAndWal()
{
    TestSupport::TempDataDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/data/ledger.sqlite"));
    {
        auto store = SqliteLedgerStore::open(path, QStringLiteral("writer"), LedgerStore::Access::ReadWrite);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        QCOMPARE(store.value()->schemaVersion(), LedgerSchema::CurrentVersion);
    }
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("writer")));
    QCOMPARE(rawExec(path, {QStringLiteral("PRAGMA user_version")}).value(0).toInt(), LedgerSchema::CurrentVersion);
    QCOMPARE(rawExec(path, {QStringLiteral("PRAGMA journal_mode")}).value(0).toString(), QStringLiteral("wal"));
    const QVariantList tables = rawExec(path, {QStringLiteral(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN"
        " ('keys', 'credit_entries', 'providers', 'prices', 'traces', 'usage_hourly', 'usage_key_hourly',"
        " 'usage_key_total')")});
    QCOMPARE(tables.value(0).toInt(), 8);
}

void TestLedgerSchema::reopeningIsIdempotent()
{
    TestSupport::TempDataDir dir;
    {
        auto store = SqliteLedgerStore::open(dir.ledgerPath(), QStringLiteral("writer"), LedgerStore::Access::ReadWrite);
        QVERIFY(store.ok());
        QVERIFY(store.value()->insertKey(sampleKey(QStringLiteral("alice"))).ok());
    }
    for (int round = 0; round < 2; ++round) {
        auto store = SqliteLedgerStore::open(dir.ledgerPath(), QStringLiteral("writer"), LedgerStore::Access::ReadWrite);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        QCOMPARE(store.value()->listKeys().size(), 1);
    }
    QCOMPARE(rawExec(dir.ledgerPath(), {QStringLiteral("PRAGMA user_version")}).value(0).toInt(),
             LedgerSchema::CurrentVersion);
}

void TestLedgerSchema::versionTwoGainsTheKeyRollups()
{
    // Traces written by this build, then the file turned back into schema 2 (no per-key rollups):
    // the migration must rebuild them from usage_hourly so that every report reads the same.
    TestSupport::TempDataDir dir;
    QList<Ledger::ReportRow> byDayAndKey;
    QList<Ledger::ReportRow> byKey;
    QList<Ledger::ReportRow> byModelAndRoute;
    Ledger::ReportQuery modelAndRoute;
    modelAndRoute.groupBy = {Ledger::ReportDimension::Model, Ledger::ReportDimension::Route, Ledger::ReportDimension::Day};
    Ledger::ReportQuery dayAndKey;
    dayAndKey.groupBy = {Ledger::ReportDimension::Day, Ledger::ReportDimension::Key};
    dayAndKey.timeZone = QTimeZone("Asia/Kolkata");
    Ledger::ReportQuery key;
    key.groupBy = {Ledger::ReportDimension::Key};
    {
        auto opened = SqliteLedgerStore::open(dir.ledgerPath(), QStringLiteral("writer"), LedgerStore::Access::ReadWrite);
        QVERIFY(opened.ok());
        SqliteLedgerStore &store = *opened.value();
        QList<qint64> keyIds;
        for (const char *name : {"alice", "bob", "carol"}) {
            const auto id = store.insertKey(sampleKey(QLatin1String(name)));
            QVERIFY(id.ok());
            keyIds << id.value();
        }
        QList<Ledger::TraceRecord> traces;
        const qint64 start = QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        for (int i = 0; i < 600; ++i) {
            Ledger::TraceRecord trace;
            trace.time = QDateTime::fromMSecsSinceEpoch(start + qint64(i) * 1'234'567, Qt::UTC); // ~8.6 days
            trace.keyId = keyIds.at(i % 3);
            trace.model = i % 2 ? QStringLiteral("gpt-4o") : QStringLiteral("claude-haiku");
            trace.provider = i % 5 ? QStringLiteral("openai") : QStringLiteral("backup");
            trace.status = 200;
            trace.usage.inputTokens = 100 + i;
            trace.usage.outputTokens = i;
            if (i % 7) {
                trace.cost = Common::Money::fromNanos(1'000 * qint64(i) + 7);
                trace.costStatus = i % 11 ? Ledger::CostStatus::Exact : Ledger::CostStatus::Estimated;
            } else {
                trace.costStatus = Ledger::CostStatus::Unpriced;
            }
            traces << trace;
        }
        QVERIFY(store.insertTraces(traces).ok());
        QVERIFY(store.rollUp().ok()); // schema 2 rolled up in the traces' own transaction
        QCOMPARE(store.tracesAwaitingRollUp(), 0);
        byDayAndKey = store.report(dayAndKey);
        byKey = store.report(key);
        byModelAndRoute = store.report(modelAndRoute);
        QCOMPARE(byKey.size(), 3);
        QVERIFY(byDayAndKey.size() > 20);
    }
    // Schema 2's usage_hourly: a rowid table with its primary key index and an index on hour.
    rawExec(dir.ledgerPath(),
            {QStringLiteral("DROP TABLE usage_key_hourly"), QStringLiteral("DROP TABLE usage_key_total"),
             QStringLiteral("ALTER TABLE meta DROP COLUMN rolled_up_to"),
             QStringLiteral("CREATE TABLE usage_hourly_v2 (key_id BIGINT NOT NULL, model TEXT NOT NULL,"
                            " provider TEXT NOT NULL, hour BIGINT NOT NULL, requests BIGINT NOT NULL,"
                            " input_tokens BIGINT NOT NULL, cached_input_tokens BIGINT NOT NULL,"
                            " cache_write_tokens BIGINT NOT NULL, cache_write_1h_tokens BIGINT NOT NULL,"
                            " output_tokens BIGINT NOT NULL, reasoning_tokens BIGINT NOT NULL,"
                            " cost_nanos BIGINT NOT NULL, unpriced_requests BIGINT NOT NULL,"
                            " estimated_requests BIGINT NOT NULL, PRIMARY KEY (key_id, model, provider, hour))"),
             QStringLiteral("INSERT INTO usage_hourly_v2 SELECT key_id, model, provider, hour, requests, input_tokens,"
                            " cached_input_tokens, cache_write_tokens, cache_write_1h_tokens, output_tokens,"
                            " reasoning_tokens, cost_nanos, unpriced_requests, estimated_requests FROM usage_hourly"),
             QStringLiteral("DROP TABLE usage_hourly"), QStringLiteral("ALTER TABLE usage_hourly_v2 RENAME TO usage_hourly"),
             QStringLiteral("CREATE INDEX usage_hourly_hour ON usage_hourly (hour)"),
             QStringLiteral("PRAGMA user_version = 2")});

    auto reopened = SqliteLedgerStore::open(dir.ledgerPath(), QStringLiteral("writer"), LedgerStore::Access::ReadWrite);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->schemaVersion(), LedgerSchema::CurrentVersion);
    // Schema 4: every trace of the older ledger is in the rollups, so none awaits a roll-up.
    QCOMPARE(reopened.value()->tracesAwaitingRollUp(), 0);
    // usage_hourly is now kept in hour order, without the index it no longer needs.
    QVERIFY(rawExec(dir.ledgerPath(), {QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'usage_hourly'")})
                .value(0).toString().contains(QLatin1String("WITHOUT ROWID")));
    QCOMPARE(rawExec(dir.ledgerPath(), {QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'usage_hourly_hour'")})
                 .value(0).toInt(),
             0);
    const auto same = [](const QList<Ledger::ReportRow> &actual, const QList<Ledger::ReportRow> &expected) {
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < actual.size(); ++i) {
            QCOMPARE(actual.at(i).groupValues, expected.at(i).groupValues);
            QCOMPARE(actual.at(i).requests, expected.at(i).requests);
            QCOMPARE(actual.at(i).cost, expected.at(i).cost);
            QCOMPARE(actual.at(i).unpricedRequests, expected.at(i).unpricedRequests);
            QCOMPARE(actual.at(i).estimatedRequests, expected.at(i).estimatedRequests);
            QCOMPARE(actual.at(i).usage.inputTokens, expected.at(i).usage.inputTokens);
            QCOMPARE(actual.at(i).usage.outputTokens, expected.at(i).usage.outputTokens);
        }
    };
    same(reopened.value()->report(dayAndKey), byDayAndKey);
    if (QTest::currentTestFailed())
        return;
    same(reopened.value()->report(key), byKey);
    if (QTest::currentTestFailed())
        return;
    same(reopened.value()->report(modelAndRoute), byModelAndRoute);
}

void TestLedgerSchema::migratesAnEmptyVersionZeroFile()
{
    TestSupport::TempDataDir dir;
    rawExec(dir.ledgerPath(), {QStringLiteral("PRAGMA user_version = 0"), QStringLiteral("VACUUM")});
    QVERIFY(QFile::exists(dir.ledgerPath()));
    auto store = SqliteLedgerStore::open(dir.ledgerPath(), QStringLiteral("writer"), LedgerStore::Access::ReadWrite);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
    QVERIFY(store.value()->insertKey(sampleKey(QStringLiteral("bob"))).ok());
    QCOMPARE(rawExec(dir.ledgerPath(), {QStringLiteral("PRAGMA user_version")}).value(0).toInt(),
             LedgerSchema::CurrentVersion);
}

void TestLedgerSchema::refusesNewerSchemaAndLeavesFileAlone_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("readOnly");
    QTest::addRow("one ahead, read-write") << LedgerSchema::CurrentVersion + 1 << false;
    QTest::addRow("schema 7, read-write") << 7 << false;
    QTest::addRow("schema 7, read-only") << 7 << true;
    QTest::addRow("far ahead, read-write") << 1000 << false;
}

void TestLedgerSchema::refusesNewerSchemaAndLeavesFileAlone()
{
    QFETCH(int, version);
    QFETCH(bool, readOnly);
    const auto access = readOnly ? LedgerStore::Access::ReadOnly : LedgerStore::Access::ReadWrite;
    TestSupport::TempDataDir dir;
    rawExec(dir.ledgerPath(), {QStringLiteral("CREATE TABLE future_things (id INTEGER PRIMARY KEY, what TEXT)"),
                               QStringLiteral("INSERT INTO future_things (what) VALUES ('from a newer Tollgate')"),
                               QStringLiteral("PRAGMA user_version = %1").arg(version)});
    const QByteArray before = fileDigest(dir.ledgerPath());
    QVERIFY(!before.isEmpty());

    auto store = SqliteLedgerStore::open(dir.ledgerPath(), QStringLiteral("writer"), access);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, Common::Error::Code::SchemaTooNew);
    QCOMPARE(store.error().message, QStringLiteral("ledger.sqlite uses schema %1 but this Tollgate understands up to %2;"
                                                   " upgrade Tollgate")
                                        .arg(version)
                                        .arg(LedgerSchema::CurrentVersion));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("writer")));
    QCOMPARE(fileDigest(dir.ledgerPath()), before);
    QVERIFY(!QFile::exists(dir.ledgerPath() + QStringLiteral("-wal")));
}

void TestLedgerSchema::readOnlyRefusesOlderSchema()
{
    TestSupport::TempDataDir dir;
    rawExec(dir.ledgerPath(), {QStringLiteral("CREATE TABLE old_things (id INTEGER PRIMARY KEY)")});
    const QByteArray before = fileDigest(dir.ledgerPath());
    auto store = SqliteLedgerStore::open(dir.ledgerPath(), QStringLiteral("reader"), LedgerStore::Access::ReadOnly);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, Common::Error::Code::Storage);
    QVERIFY2(store.error().message.contains(QLatin1String("start Tollgate once")), qPrintable(store.error().message));
    QCOMPARE(fileDigest(dir.ledgerPath()), before);
}

void TestLedgerSchema::readOnlyNeedsAnExistingFile()
{
    TestSupport::TempDataDir dir;
    auto store = SqliteLedgerStore::open(dir.ledgerPath(), QStringLiteral("reader"), LedgerStore::Access::ReadOnly);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, Common::Error::Code::NotFound);
    QVERIFY(!QFile::exists(dir.ledgerPath()));
}

void TestLedgerSchema::readOnlyCannotWriteButSeesCommits()
{
    TestSupport::TempDataDir dir;
    auto writer = SqliteLedgerStore::open(dir.ledgerPath(), QStringLiteral("writer"), LedgerStore::Access::ReadWrite);
    QVERIFY(writer.ok());
    auto reader = SqliteLedgerStore::open(dir.ledgerPath(), QStringLiteral("reader"), LedgerStore::Access::ReadOnly);
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().message));

    const auto denied = reader.value()->insertKey(sampleKey(QStringLiteral("intruder")));
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().code, Common::Error::Code::Storage);
    QVERIFY(!reader.value()->findKeyByName(QStringLiteral("intruder")));

    const auto keyId = writer.value()->insertKey(sampleKey(QStringLiteral("carol")));
    QVERIFY(keyId.ok());
    QVERIFY(reader.value()->findKeyByName(QStringLiteral("carol")));

    Ledger::TraceRecord trace;
    trace.time = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    trace.keyId = keyId.value();
    trace.model = QStringLiteral("gpt-4o");
    trace.outcome = QStringLiteral("ok");
    trace.cost = Common::Money::fromNanos(1234);
    QVERIFY(writer.value()->insertTraces({trace, trace}).ok());
    QCOMPARE(reader.value()->countTraces({}), qint64(2));
    QCOMPARE(reader.value()->keySpend(keyId.value()), Common::Money::fromNanos(2468));
}

void TestLedgerSchema::refusesATakenConnectionName()
{
    TestSupport::TempDataDir dir;
    auto first = SqliteLedgerStore::open(dir.ledgerPath(), QStringLiteral("writer"), LedgerStore::Access::ReadWrite);
    QVERIFY(first.ok());
    auto second = SqliteLedgerStore::open(dir.ledgerPath(), QStringLiteral("writer"), LedgerStore::Access::ReadWrite);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, Common::Error::Code::Invalid);
    QVERIFY(first.value()->listKeys().isEmpty()); // the first connection still works
}

QTEST_GUILESS_MAIN(TestLedgerSchema)
#include "tst_ledgerschema.moc"
