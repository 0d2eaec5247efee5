#include "core/ledger/sqliteledgerstore.h"
#include "core/settings/datadirectory.h"
#include "tests/support/csvreader.h"
#include "tests/support/tempdatadir.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <csignal>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

} // namespace

/** Drives the real `tollgate` binary as a user or a script would. */
class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void versionAndHelp();
    void refusesAnEmptyDataDirectory();
    void failsWhenItsOutputCannotBeWritten();
    void createsKeyAndPrintsSecretOnce();
    void noSecretEverReachesTheDataDirectory();
    void rejectsBadInputWithExitTwoAndChangesNothing_data();
    void rejectsBadInputWithExitTwoAndChangesNothing();
    void updatesAndClearsLimits();
    void rotatesAndRevokes();
    void creditWallet();
    void creditNeverWraps();
    void negativeMoneyReadsMinusDollar();
    void providersKeepSecretsOutOfTheLedger();
    void pricesShowSetAndImport();
    void reportsAndTracesInEveryFormat();
    void csvRoundTripsAwkwardNames();
    void refusesNewerSchema();
    void servesUntilTerminatedAndDrains();
    void withoutADisplaySaysItRunsTheGatewayAlone();
    void warnsAtStartAboutProvidersWithoutTheirKey();
    void refusesRemoteListenWithoutConsent();
    void oneGatewayPerLedger();
    void aLockFileNamingNoHolderIsTakenOver();
    void aDamagedLedgerFailsInsteadOfListingPartOfIt();
    void demoSeedsARealisticLedger();

private:
    /** `standardOutputFile`: where its output goes instead of being read back (/dev/full). */
    Run tollgate(const QStringList &arguments, const QString &standardOutputFile = {}, const QByteArray &standardInput = {});
    static Run run(const QStringList &arguments, const QProcessEnvironment &environment, const QString &standardOutputFile = {},
                   const QByteArray &standardInput = {});
    void insertTraces(const QList<Ledger::TraceRecord> &traces);

    std::unique_ptr<TestSupport::TempDataDir> m_data;
};

void TestCli::init()
{
    m_data = std::make_unique<TestSupport::TempDataDir>();
    QVERIFY(m_data->isValid());
}

void TestCli::cleanup()
{
    m_data.reset();
}

Run TestCli::tollgate(const QStringList &arguments, const QString &standardOutputFile, const QByteArray &standardInput)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // No session bus: the secret store must fall back to its 0600 file, as on a headless machine.
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("TOLLGATE_DATA"));
    return run(QStringList{QStringLiteral("--data"), m_data->path()} + arguments, environment, standardOutputFile, standardInput);
}

Run TestCli::run(const QStringList &arguments, const QProcessEnvironment &environment, const QString &standardOutputFile,
                 const QByteArray &standardInput)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!standardOutputFile.isEmpty())
        process.setStandardOutputFile(standardOutputFile);
    process.start(QStringLiteral(TOLLGATE_BINARY), arguments);
    process.write(standardInput);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(30'000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCli::insertTraces(const QList<Ledger::TraceRecord> &traces)
{
    auto store = Ledger::SqliteLedgerStore::open(m_data->ledgerPath(), QStringLiteral("test-writer"),
                                                 Ledger::LedgerStore::Access::ReadWrite);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
    QVERIFY(store.value()->insertTraces(traces).ok());
}

void TestCli::versionAndHelp()
{
    const Run version = tollgate({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("tollgate "));
    const Run help = tollgate({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("keys create"));
    for (const char *command : {"keys create", "keys update", "credit add", "providers add", "prices set", "report", "traces"}) {
        const Run commandHelp = tollgate(QString::fromLatin1(command).split(u' ') + QStringList{QStringLiteral("--help")});
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY2(commandHelp.out.contains("Usage: tollgate"), command);
    }
    const Run unknown = tollgate({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("frobnicate"));

    // Before a command they still only print: "--version keys revoke k" revoked the key (QA).
    QCOMPARE(tollgate(QStringLiteral("keys create kept").split(u' ')).exitCode, 0);
    const Run versionFirst = tollgate(QStringLiteral("--version keys revoke kept").split(u' '));
    QCOMPARE(versionFirst.exitCode, 0);
    QCOMPARE(versionFirst.out, version.out);
    const Run helpFirst = tollgate(QStringLiteral("--help keys revoke kept").split(u' '));
    QCOMPARE(helpFirst.exitCode, 0);
    QVERIFY2(helpFirst.out.startsWith("Usage: tollgate [--data DIR] keys revoke"), helpFirst.out.constData());
    QVERIFY(tollgate(QStringLiteral("keys show kept --json").split(u' ')).json().object().value(QStringLiteral("status")) == QStringLiteral("active"));
}

// "tollgate --data $DIR keys create x" with DIR unset must not create the key in the user's own ledger.
void TestCli::refusesAnEmptyDataDirectory()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("TOLLGATE_DATA"));
    environment.remove(QStringLiteral("XDG_DATA_HOME"));
    environment.insert(QStringLiteral("HOME"), home.path());
    const QStringList createLeaked{QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("leaked")};
    for (const QStringList &data : {QStringList{QStringLiteral("--data"), QString()}, QStringList{QStringLiteral("--data=")},
                                    QStringList{QStringLiteral("--data"), QStringLiteral(" ")}}) {
        const Run refused = run(data + createLeaked, environment);
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.err, QByteArray("tollgate: --data needs a directory, and the one given is empty\n"));
    }
    QVERIFY2(QDir(home.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty(),
             "nothing may be written under HOME");
}

// An export to a full disk must not exit 0 with the file cut short.
void TestCli::failsWhenItsOutputCannotBeWritten()
{
    QCOMPARE(tollgate(QStringLiteral("keys create written").split(u' ')).exitCode, 0);
    for (const QString &command : {QStringLiteral("keys list"), QStringLiteral("keys list --json"),
                                   QStringLiteral("report --by key --format csv"), QStringLiteral("traces --format json"),
                                   QStringLiteral("--help"), QStringLiteral("--version"), QStringLiteral("help")}) {
        const Run failed = tollgate(command.split(u' '), QStringLiteral("/dev/full")); // exit -1 if it crashed
        QVERIFY2(failed.exitCode == 1, qPrintable(command));
        QCOMPARE(failed.err, QByteArray("tollgate: could not write the output: No space left on device\n"));
    }
    // A key created or rotated anyway says so, and how to get a secret nobody saw (QA re-test).
    const Run rotate = tollgate(QStringLiteral("keys rotate written").split(u' '), QStringLiteral("/dev/full"));
    QCOMPARE(rotate.exitCode, 1);
    QCOMPARE(rotate.err,
             QByteArray("tollgate: could not write the output: No space left on device; key \"written\" was rotated, but its "
                        "secret was not shown: run \"tollgate keys rotate written\" for a new one\n"));
}

void TestCli::createsKeyAndPrintsSecretOnce()
{
    const Run created = tollgate({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("ci-bot"),
                                  QStringLiteral("--max-spend"), QStringLiteral("12.5"), QStringLiteral("--rate-limit"),
                                  QStringLiteral("60/min"), QStringLiteral("--tpm"), QStringLiteral("100000"),
                                  QStringLiteral("--models"), QStringLiteral("gpt-4o*,claude-*"), QStringLiteral("--expires"),
                                  QStringLiteral("2099-12-31"), QStringLiteral("--json")});
    QCOMPARE(created.exitCode, 0);
    const QJsonObject key = created.json().object();
    QCOMPARE(key.value(QStringLiteral("name")).toString(), QStringLiteral("ci-bot"));
    const QString secret = key.value(QStringLiteral("secret")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^sk-tg-[0-9A-Za-z]{32,}$")).match(secret).hasMatch());
    QVERIFY(secret.startsWith(key.value(QStringLiteral("prefix")).toString()));
    QVERIFY(key.value(QStringLiteral("prefix")).toString().size() < 16);
    QCOMPARE(key.value(QStringLiteral("rate_limit")).toString(), QStringLiteral("60/min"));
    QCOMPARE(key.value(QStringLiteral("tpm")).toInteger(), 100000);
    QCOMPARE(key.value(QStringLiteral("expires")).toString(), QStringLiteral("2099-12-31"));
    QCOMPARE(key.value(QStringLiteral("models")).toArray().size(), 2);
    // Money is printed as a decimal number with nine digits after the point.
    QVERIFY(created.out.contains("\"max_spend_usd\": 12.500000000"));

    const Run shown = tollgate({QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("ci-bot"), QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(!shown.out.contains(secret.toUtf8()));
    QVERIFY(!shown.json().object().contains(QStringLiteral("secret")));
    QVERIFY(shown.out.contains("\"spend_usd\": 0.000000000"));
    const Run listed = tollgate({QStringLiteral("keys"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.contains("ci-bot"));
    QVERIFY(!listed.out.contains(secret.toUtf8()));

    // Stored as its SHA-256: the ledger can look the key up, and nothing else.
    auto store = Ledger::SqliteLedgerStore::open(m_data->ledgerPath(), QStringLiteral("check"), Ledger::LedgerStore::Access::ReadOnly);
    QVERIFY(store.ok());
    const auto found = store.value()->findKeyByHash(
        QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
    QVERIFY(found.has_value());
    QCOMPARE(found->name, QStringLiteral("ci-bot"));
}

void TestCli::noSecretEverReachesTheDataDirectory()
{
    QStringList secrets;
    for (const char *name : {"alpha", "beta"}) {
        const Run created = tollgate({QStringLiteral("keys"), QStringLiteral("create"), QString::fromLatin1(name), QStringLiteral("--json")});
        QCOMPARE(created.exitCode, 0);
        secrets << created.json().object().value(QStringLiteral("secret")).toString();
    }
    const Run rotated = tollgate({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("alpha"), QStringLiteral("--json")});
    QCOMPARE(rotated.exitCode, 0);
    secrets << rotated.json().object().value(QStringLiteral("secret")).toString();

    int filesRead = 0;
    QDirIterator files(m_data->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++filesRead;
        for (const QString &secret : secrets) {
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file.fileName()));
            // Not even the random part alone, in case of a different encoding of the prefix.
            QVERIFY2(!bytes.contains(secret.mid(6).toUtf8()), qPrintable(file.fileName()));
        }
    }
    QVERIFY(filesRead >= 1);
}

void TestCli::rejectsBadInputWithExitTwoAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    const auto args = [](const char *text) { return QString::fromLatin1(text).split(u' '); };
    QTest::addRow("unknown flag") << args("keys create other --colour red") << QStringLiteral("keys create: unknown option --colour");
    QTest::addRow("--data after the command") << args("keys list --data elsewhere")
                                             << QStringLiteral("--data goes before the command: tollgate --data DIR keys list");
    QTest::addRow("missing value") << args("keys create other --max-spend") << QStringLiteral("keys create: missing value after '--max-spend'");
    QTest::addRow("negative money") << args("keys create other --max-spend -5") << QStringLiteral("negative");
    QTest::addRow("fortnight") << args("keys create other --rate-limit 12/fortnight") << QStringLiteral("12/fortnight");
    QTest::addRow("duplicate name") << args("keys create taken") << QStringLiteral("taken");
    QTest::addRow("missing key") << args("keys show ghost") << QStringLiteral("ghost");
    QTest::addRow("missing key update") << args("keys update ghost --tpm 5") << QStringLiteral("ghost");
    QTest::addRow("update without a change") << args("keys update taken") << QStringLiteral("nothing to change");
    QTest::addRow("bad tpm") << args("keys create other --tpm lots") << QStringLiteral("lots");
    QTest::addRow("bad expiry") << args("keys create other --expires 31/12/2099") << QStringLiteral("31/12/2099");
    QTest::addRow("past expiry") << args("keys create other --expires 2001-01-01") << QStringLiteral("future");
    QTest::addRow("negative credit") << args("credit add -5") << QStringLiteral("positive");
    QTest::addRow("zero credit") << args("credit add 0") << QStringLiteral("positive");
    QTest::addRow("credit too precise") << args("credit add 0.0000000001") << QStringLiteral("0.0000000001");
    QTest::addRow("credit too precise: why") << args("credit add 0.0000000001") << QStringLiteral("more than 9 decimals");
    QTest::addRow("credit over the maximum") << args("credit add 9223372036") << QStringLiteral("over the maximum of $1000000000");
    QTest::addRow("credit beyond any amount") << args("credit add 99999999999") << QStringLiteral("over the maximum of $1000000000");
    QTest::addRow("max spend too precise") << args("keys create other --max-spend 0.0000000001")
                                           << QStringLiteral("more than 9 decimals");
    QTest::addRow("max spend beyond any amount") << args("keys create other --max-spend 99999999999")
                                                 << QStringLiteral("over the maximum of $1000000000");
    QTest::addRow("max spend one nano over") << args("keys update taken --max-spend 1000000000.000000001")
                                             << QStringLiteral("over the maximum of $1000000000");
    QTest::addRow("unknown provider type") << args("providers add p --type gemini --base-url https://x.test") << QStringLiteral("gemini");
    QTest::addRow("bad base url") << args("providers add p --type openai --base-url ftp://x") << QStringLiteral("URL");
    QTest::addRow("both key options") << args("providers add p --type openai --base-url https://x.test --api-key k --api-key-env K")
                                      << QStringLiteral("either");
    QTest::addRow("missing provider") << args("providers remove ghost") << QStringLiteral("ghost");
    // QA: a key for a model named "none", a provider for every model, a priority "not a whole number".
    QTest::addRow("models none on create") << args("keys create other --models none") << QStringLiteral("\"none\" clears a limit on keys update");
    QTest::addRow("models None on create") << args("keys create other --models None") << QStringLiteral("\"none\" clears a limit on keys update");
    QTest::addRow("provider models empty") << args("providers add p --type openai --base-url https://x.test --api-key-env K --models ,")
                                           << QStringLiteral("--models needs at least one glob");
    QTest::addRow("priority beyond int") << args("providers add p --type openai --base-url https://x.test --api-key-env K --priority 99999999999")
                                         << QStringLiteral("from 0 to 2147483647");
    QTest::addRow("negative price") << args("prices set m --input -1 --output 2") << QStringLiteral("negative");
    QTest::addRow("price over the maximum") << args("prices set big-ft --input 9223372036 --output 9223372036")
                                            << QStringLiteral("--input: \"9223372036\" is over the maximum of $10000");
    QTest::addRow("cache price one nano over") << args("prices set m --input 1 --output 2 --cache-read 10000.000000001")
                                               << QStringLiteral("over the maximum of $10000");
    QTest::addRow("unknown report dimension") << args("report --by colour") << QStringLiteral("colour");
    QTest::addRow("bad format") << args("traces --format xml") << QStringLiteral("xml");
    QTest::addRow("bad date") << args("report --since yesterday") << QStringLiteral("yesterday");
    QTest::addRow("missing name") << args("keys create") << QStringLiteral("NAME");
    QTest::addRow("unknown action") << args("keys destroy x") << QStringLiteral("destroy");
    QTest::addRow("drain timeout not a number") << args("serve --drain-timeout soon") << QStringLiteral("\"soon\"");
    QTest::addRow("drain timeout negative") << args("serve --drain-timeout -1") << QStringLiteral("from 0 to 3600");
    QTest::addRow("drain timeout over an hour") << args("serve --drain-timeout 3601") << QStringLiteral("from 0 to 3600");
}

void TestCli::rejectsBadInputWithExitTwoAndChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    QCOMPARE(tollgate({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("taken")}).exitCode, 0);
    const QByteArray before = tollgate({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}).out;
    const QByteArray creditBefore = tollgate({QStringLiteral("credit"), QStringLiteral("show"), QStringLiteral("--json")}).out;

    const Run run = tollgate(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(messagePart.toUtf8()), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.err.startsWith("tollgate: "));

    QCOMPARE(tollgate({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}).out, before);
    QCOMPARE(tollgate({QStringLiteral("credit"), QStringLiteral("show"), QStringLiteral("--json")}).out, creditBefore);
    QCOMPARE(tollgate({QStringLiteral("providers"), QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 0);
}

void TestCli::updatesAndClearsLimits()
{
    QCOMPARE(tollgate(QStringLiteral("keys create k --max-spend 5 --tpm 1000").split(u' ')).exitCode, 0);
    const Run updated = tollgate(QStringLiteral("keys update k --max-spend none --rate-limit 10/s --models gpt-4o-mini --json").split(u' '));
    QCOMPARE(updated.exitCode, 0);
    const QJsonObject key = updated.json().object();
    QVERIFY(key.value(QStringLiteral("max_spend_usd")).isNull());
    QCOMPARE(key.value(QStringLiteral("tpm")).toInteger(), 1000);
    QCOMPARE(key.value(QStringLiteral("rate_limit")).toString(), QStringLiteral("10/s"));
    QCOMPARE(key.value(QStringLiteral("models")).toArray().first().toString(), QStringLiteral("gpt-4o-mini"));
    const Run cleared = tollgate(QStringLiteral("keys update k --tpm none --models none --json").split(u' '));
    QCOMPARE(cleared.exitCode, 0);
    QVERIFY(cleared.json().object().value(QStringLiteral("tpm")).isNull());
    QCOMPARE(cleared.json().object().value(QStringLiteral("models")).toArray().size(), 0);
    // " None" clears as "none" does (QA re-test: it became a glob for a model named none).
    QCOMPARE(tollgate(QStringLiteral("keys update k --models gpt-4o").split(u' ')).exitCode, 0);
    const Run spaced = tollgate({QStringLiteral("keys"), QStringLiteral("update"), QStringLiteral("k"), QStringLiteral("--models"),
                                 QStringLiteral(" None"), QStringLiteral("--json")});
    QCOMPARE(spaced.exitCode, 0);
    QCOMPARE(spaced.json().object().value(QStringLiteral("models")).toArray().size(), 0);
    // Written as money, as `credit add` takes it (QA: "--max-spend $5" was "not an amount of USD").
    const Run dollars = tollgate(QStringLiteral("keys update k --max-spend $7.50 --json").split(u' '));
    QCOMPARE(dollars.exitCode, 0);
    QCOMPARE(dollars.json().object().value(QStringLiteral("max_spend_usd")).toDouble(), 7.5);
}

void TestCli::rotatesAndRevokes()
{
    const Run created = tollgate(QStringLiteral("keys create k --json").split(u' '));
    const QString first = created.json().object().value(QStringLiteral("secret")).toString();
    const Run rotated = tollgate(QStringLiteral("keys rotate k --json").split(u' '));
    QCOMPARE(rotated.exitCode, 0);
    const QString second = rotated.json().object().value(QStringLiteral("secret")).toString();
    QVERIFY(!second.isEmpty());
    QVERIFY(first != second);

    {
        auto store = Ledger::SqliteLedgerStore::open(m_data->ledgerPath(), QStringLiteral("check"), Ledger::LedgerStore::Access::ReadOnly);
        QVERIFY(store.ok());
        const auto hashOf = [](const QString &secret) {
            return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
        };
        QVERIFY(!store.value()->findKeyByHash(hashOf(first)).has_value());
        QVERIFY(store.value()->findKeyByHash(hashOf(second)).has_value());
    }

    QCOMPARE(tollgate(QStringLiteral("keys revoke k").split(u' ')).exitCode, 0);
    const Run shown = tollgate(QStringLiteral("keys show k --json").split(u' '));
    QCOMPARE(shown.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    // Revocation is permanent: no rotation, no update.
    QCOMPARE(tollgate(QStringLiteral("keys rotate k").split(u' ')).exitCode, 2);
    QCOMPARE(tollgate(QStringLiteral("keys update k --tpm 5").split(u' ')).exitCode, 2);
    // Revoking it again is done already, and said so (QA: exit 2, as if the command line were wrong).
    const Run again = tollgate(QStringLiteral("keys revoke k").split(u' '));
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, QByteArray("Key \"k\" was already revoked.\n"));
}

void TestCli::creditWallet()
{
    Run shown = tollgate(QStringLiteral("credit show --json").split(u' '));
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.json().object().value(QStringLiteral("enabled")).toBool(), false);

    const Run dollars = tollgate(QStringLiteral("credit add $20 --note first").split(u' '));
    QCOMPARE(dollars.exitCode, 0);
    QVERIFY2(dollars.out.startsWith("Added $20.00 of credit."), dollars.out.constData());
    QCOMPARE(tollgate(QStringLiteral("credit add 0.000000001").split(u' ')).exitCode, 0);
    QCOMPARE(tollgate(QStringLiteral("keys create k").split(u' ')).exitCode, 0);

    // Spend booked after the first top-up counts against the credit.
    auto store = Ledger::SqliteLedgerStore::open(m_data->ledgerPath(), QStringLiteral("w"), Ledger::LedgerStore::Access::ReadWrite);
    QVERIFY(store.ok());
    const qint64 keyId = store.value()->findKeyByName(QStringLiteral("k"))->id;
    Ledger::TraceRecord trace;
    trace.time = QDateTime::currentDateTimeUtc().addSecs(1);
    trace.keyId = keyId;
    trace.model = QStringLiteral("gpt-4o");
    trace.status = 200;
    trace.outcome = QStringLiteral("ok");
    trace.cost = Common::Money::fromNanos(1'234'567'891);
    QVERIFY(store.value()->insertTraces({trace}).ok());
    store = Common::makeError(Common::Error::Code::Storage, QString());

    shown = tollgate(QStringLiteral("credit show --json").split(u' '));
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains("\"enabled\": true"), shown.out.constData());
    QVERIFY(shown.out.contains("\"topped_up_usd\": 20.000000001"));
    QVERIFY(shown.out.contains("\"spent_usd\": 1.234567891"));
    QVERIFY(shown.out.contains("\"available_usd\": 18.765432110"));

    Run off = tollgate(QStringLiteral("credit off").split(u' '));
    QCOMPARE(off.exitCode, 0);
    QVERIFY(off.out.startsWith("Credit limit turned off"));
    shown = tollgate(QStringLiteral("credit show --json").split(u' '));
    QCOMPARE(shown.json().object().value(QStringLiteral("enabled")).toBool(), false);
    off = tollgate(QStringLiteral("credit off").split(u' '));
    QCOMPARE(off.exitCode, 0);
    QVERIFY2(off.out.startsWith("The credit limit was already off."), off.out.constData());
    auto reader = Ledger::SqliteLedgerStore::open(m_data->ledgerPath(), QStringLiteral("r"), Ledger::LedgerStore::Access::ReadOnly);
    QVERIFY(reader.ok());
    QCOMPARE(reader.value()->listCreditEntries().size(), 3); // two top-ups and the off marker stay
}

void TestCli::creditNeverWraps()
{
    // QA: "credit add 9223372036" twice showed "topped up: $-1.709551616".
    QCOMPARE(tollgate(QStringLiteral("credit add 600000000").split(u' ')).exitCode, 0);
    const Run second = tollgate(QStringLiteral("credit add 600000000").split(u' '));
    QCOMPARE(second.exitCode, 2);
    QVERIFY2(second.err.contains("more than the maximum of $1000000000"), second.err.constData());
    QCOMPARE(tollgate(QStringLiteral("credit add 400000000").split(u' ')).exitCode, 0);
    const Run shown = tollgate(QStringLiteral("credit show").split(u' '));
    QVERIFY2(shown.out.contains("topped up:   $1000000000.00\n"), shown.out.constData());
}

void TestCli::negativeMoneyReadsMinusDollar()
{
    QCOMPARE(tollgate(QStringLiteral("credit add 1").split(u' ')).exitCode, 0);
    Ledger::TraceRecord trace;
    trace.time = QDateTime::currentDateTimeUtc().addSecs(1);
    trace.model = QStringLiteral("gpt-4o");
    trace.status = 200;
    trace.outcome = QStringLiteral("ok");
    trace.cost = Common::Money::fromNanos(1'990'000'000);
    insertTraces({trace});
    const Run shown = tollgate(QStringLiteral("credit show").split(u' '));
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains("available:   -$0.99\n"), shown.out.constData());
    QVERIFY(!shown.out.contains("$-"));
}

void TestCli::providersKeepSecretsOutOfTheLedger()
{
    const QString secret = QStringLiteral("sk-upstream-canary-7f3a9c");
    QCOMPARE(tollgate({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("openai-main"), QStringLiteral("--type"),
                       QStringLiteral("openai"), QStringLiteral("--base-url"), QStringLiteral("https://api.openai.com/v1/"),
                       QStringLiteral("--api-key"), secret, QStringLiteral("--models"), QStringLiteral("gpt-*,o*")})
                 .exitCode,
             0);
    QCOMPARE(tollgate(QStringLiteral("providers add claude --type anthropic --base-url https://api.anthropic.com --api-key-env ANTHROPIC_API_KEY --priority 5")
                          .split(u' '))
                 .exitCode,
             0);
    QCOMPARE(tollgate(QStringLiteral("providers add claude --type anthropic --base-url https://x.test").split(u' ')).exitCode, 2);

    const Run listed = tollgate(QStringLiteral("providers list --json").split(u' '));
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(!listed.out.contains(secret.toUtf8()));
    const QJsonArray providers = listed.json().array();
    QCOMPARE(providers.size(), 2);
    QCOMPARE(providers.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("claude")); // priority 5 first
    QCOMPARE(providers.at(0).toObject().value(QStringLiteral("credential")).toString(), QStringLiteral("env:ANTHROPIC_API_KEY"));
    QCOMPARE(providers.at(1).toObject().value(QStringLiteral("base_url")).toString(), QStringLiteral("https://api.openai.com/v1"));
    QVERIFY(!tollgate(QStringLiteral("providers list").split(u' ')).out.contains(secret.toUtf8()));

    QFile ledger(m_data->ledgerPath());
    QVERIFY(ledger.open(QIODevice::ReadOnly));
    QVERIFY(!ledger.readAll().contains(secret.toUtf8()));
    QFile wal(m_data->ledgerPath() + QStringLiteral("-wal"));
    if (wal.open(QIODevice::ReadOnly))
        QVERIFY(!wal.readAll().contains(secret.toUtf8()));

    // Headless: no keyring, so the secret sits in a file only its owner can read.
    QFile secrets(Settings::DataDirectory::secretsPath(m_data->path()));
    QVERIFY(secrets.exists());
    QCOMPARE(secrets.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(secrets.open(QIODevice::ReadOnly));
    QVERIFY(secrets.readAll().contains(secret.toUtf8()));
    secrets.close();

    QCOMPARE(tollgate(QStringLiteral("providers remove openai-main").split(u' ')).exitCode, 0);
    QVERIFY(secrets.open(QIODevice::ReadOnly));
    QVERIFY(!secrets.readAll().contains(secret.toUtf8()));
    secrets.close();
    QCOMPARE(tollgate(QStringLiteral("providers list --json").split(u' ')).json().array().size(), 1);

    // --api-key - reads the key from standard input, so that it is never in ps or the shell's history;
    // its line break is no part of it.
    const QString piped = QStringLiteral("sk-piped-canary-51c2");
    QCOMPARE(tollgate(QStringLiteral("providers add piped --type openai --base-url https://api.openai.com/v1 --api-key -").split(u' '),
                      QString(), piped.toUtf8() + "\n")
                 .exitCode,
             0);
    QVERIFY(secrets.open(QIODevice::ReadOnly));
    QVERIFY(secrets.readAll().contains(QByteArray("\"" + piped.toUtf8() + "\"")));
    secrets.close();

    // providers update rotates the key in place and changes only what it is given (QA: only remove and add
    // could replace a key the provider refused).
    const QString rotated = QStringLiteral("sk-rotated-canary-77d1");
    const Run rotate = tollgate(QStringLiteral("providers update piped --api-key - --priority 7").split(u' '), QString(), rotated.toUtf8() + "\n");
    QCOMPARE(rotate.exitCode, 0);
    QVERIFY2(rotate.out.contains("Updated provider \"piped\" (openai, https://api.openai.com/v1, stored)"), rotate.out.constData());
    QVERIFY(secrets.open(QIODevice::ReadOnly));
    QByteArray stored = secrets.readAll();
    secrets.close();
    QVERIFY(stored.contains(QByteArray("\"" + rotated.toUtf8() + "\"")) && !stored.contains(piped.toUtf8()));
    QJsonObject afterRotation;
    for (const QJsonValue provider : tollgate(QStringLiteral("providers list --json").split(u' ')).json().array()) {
        if (provider[QStringLiteral("name")].toString() == u"piped")
            afterRotation = provider.toObject();
    }
    QCOMPARE(afterRotation[QStringLiteral("priority")].toInt(), 7);
    QCOMPARE(afterRotation[QStringLiteral("base_url")].toString(), QStringLiteral("https://api.openai.com/v1"));
    QCOMPARE(afterRotation[QStringLiteral("credential")].toString(), QStringLiteral("stored"));
    // To a variable: the stored key is deleted.
    QCOMPARE(tollgate(QStringLiteral("providers update piped --api-key-env PIPED_KEY --models gpt-*").split(u' ')).exitCode, 0);
    QVERIFY(secrets.open(QIODevice::ReadOnly));
    QVERIFY(!secrets.readAll().contains(rotated.toUtf8()));
    secrets.close();
    QCOMPARE(tollgate(QStringLiteral("providers update nobody --priority 1").split(u' ')).exitCode, 2);
    QCOMPARE(tollgate(QStringLiteral("providers update piped --api-key k --api-key-env K").split(u' ')).exitCode, 2);
    QCOMPARE(tollgate(QStringLiteral("providers remove piped").split(u' ')).exitCode, 0);

    // Plain http:// to another machine is taken, with a warning; to this machine, without one.
    const Run plain = tollgate(QStringLiteral("providers add lan --type openai --base-url http://192.0.2.7:8000/v1 --api-key-env K").split(u' '));
    QCOMPARE(plain.exitCode, 0);
    QVERIFY2(plain.err.contains("plain http:// to another machine"), plain.err.constData());
    const Run local = tollgate(QStringLiteral("providers add ollama --type openai --base-url http://127.0.0.1:11434/v1 --api-key-env K").split(u' '));
    QCOMPARE(local.exitCode, 0);
    QVERIFY2(local.err.isEmpty(), local.err.constData());
}

void TestCli::pricesShowSetAndImport()
{
    Run shown = tollgate(QStringLiteral("prices show gpt-4o-2024-08-06 --json").split(u' '));
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.out.contains("\"input\": 2.500000000"));
    QVERIFY(shown.out.contains("\"output\": 10.000000000"));
    shown = tollgate(QStringLiteral("prices show anthropic/claude-sonnet-4-5 --json").split(u' '));
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.json().object().value(QStringLiteral("price_model")).toString(), QStringLiteral("claude-sonnet-4-5"));
    QVERIFY(shown.out.contains("\"cache_write_1h\": 6.000000000"));
    QVERIFY(shown.out.contains("\"above_input_tokens\": 200000"));
    QCOMPARE(tollgate(QStringLiteral("prices show no-such-model-xyz").split(u' ')).exitCode, 2);
    QVERIFY(tollgate(QStringLiteral("prices show gpt-4o").split(u' ')).out.contains("$2.50"));

    const qint64 firstVersion = tollgate(QStringLiteral("prices show gpt-4o --json").split(u' '))
                                    .json().object().value(QStringLiteral("version")).toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(tollgate(QStringLiteral("prices set gpt-4o --input 2.25 --output 9 --cache-read 1.1").split(u' ')).exitCode, 0);
    shown = tollgate(QStringLiteral("prices show gpt-4o --json").split(u' '));
    QVERIFY(shown.out.contains("\"input\": 2.250000000"));
    QVERIFY(shown.out.contains("\"cache_read\": 1.100000000"));
    const QJsonObject version = shown.json().object().value(QStringLiteral("version")).toObject();
    QCOMPARE(version.value(QStringLiteral("source")).toString(), QStringLiteral("override"));
    QVERIFY(version.value(QStringLiteral("id")).toInteger() > firstVersion);
    QCOMPARE(tollgate(QStringLiteral("prices set brand-new-model --input 1 --output $2").split(u' ')).exitCode, 0);
    QVERIFY(tollgate(QStringLiteral("prices show brand-new-model --json").split(u' ')).out.contains("\"output\": 2.000000000"));
    // Set by hand, it has no provider or mode to name.
    const Run brandNew = tollgate(QStringLiteral("prices show brand-new-model").split(u' '));
    QVERIFY(brandNew.out.startsWith("brand-new-model\nUSD per 1M tokens:\n"));
    // A missing rate says what it is billed at, as the cost calculator falls back (QA: "-" read as free).
    QVERIFY2(brandNew.out.contains("  cache read      as input (estimated)\n")
                 && brandNew.out.contains("  cache write 1h  2 x input (estimated)\n"),
             brandNew.out.constData());

    // A newer map with one changed and one new model adds exactly those versions.
    const QByteArray newer = R"({
        "sample_spec": {"input_cost_per_token": 0},
        "gpt-4o-mini": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 2e-07, "output_cost_per_token": 8e-07},
        "tollgate-test-model": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 1e-06, "output_cost_per_token": 3e-06}
    })";
    QFile mapFile(m_data->filePath(QStringLiteral("newer.json")));
    QVERIFY(mapFile.open(QIODevice::WriteOnly));
    mapFile.write(newer);
    mapFile.close();
    const Run imported = tollgate({QStringLiteral("prices"), QStringLiteral("import"), mapFile.fileName()});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains("2 new or changed"), imported.out.constData());
    QVERIFY(tollgate(QStringLiteral("prices show gpt-4o-mini --json").split(u' ')).out.contains("\"input\": 0.200000000"));
    QVERIFY(tollgate(QStringLiteral("prices show tollgate-test-model --json").split(u' ')).out.contains("\"output\": 3.000000000"));

    // QA: a negative rate was imported (and its calls booked at $0.00); it is skipped and named.
    QVERIFY(mapFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    mapFile.write(R"({
        "qa-neg": {"input_cost_per_token": -0.000001, "output_cost_per_token": 0.000002, "litellm_provider": "openai", "mode": "chat"},
        "qa-fine": {"input_cost_per_token": 0.000001, "output_cost_per_token": 0.000002, "litellm_provider": "openai", "mode": "chat"},
        "qa-array": [1, 2, 3]
    })");
    mapFile.close();
    const Run skipped = tollgate({QStringLiteral("prices"), QStringLiteral("import"), mapFile.fileName()});
    QCOMPARE(skipped.exitCode, 0);
    QVERIFY2(skipped.out.contains("Imported 1 models"), skipped.out.constData());
    QVERIFY2(skipped.out.contains("Skipped 2 of the file's models for an entry that is not an object or a price that is not a number, "
                                  "negative or over $10000 per 1M tokens (their traffic stays unpriced): qa-array, qa-neg\n"),
             skipped.out.constData());
    QCOMPARE(tollgate(QStringLiteral("prices show qa-neg").split(u' ')).exitCode, 2);
    QCOMPARE(tollgate(QStringLiteral("prices show qa-fine").split(u' ')).exitCode, 0);

    // Names `prices set` refuses are skipped too, and shown quoted: a terminal escape in one stays text.
    QVERIFY(mapFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    mapFile.write(R"({" qa-spaced": {"input_cost_per_token": 0.000001}, "qa-escape\u001b[31m": {"input_cost_per_token": 0.000001}})");
    mapFile.close();
    const Run misnamed = tollgate({QStringLiteral("prices"), QStringLiteral("import"), mapFile.fileName()});
    QCOMPARE(misnamed.exitCode, 0);
    QVERIFY2(misnamed.out.contains("Skipped 2 of the file's models for a name no request can carry (empty, spaces at either end, "
                                   "control characters or over 256 characters): "),
             misnamed.out.constData());
    QVERIFY2(misnamed.out.contains(R"(" qa-spaced")") && misnamed.out.contains(R"("qa-escape\u001b[31m")"), misnamed.out.constData());
    QVERIFY(!misnamed.out.contains('\x1b'));
    QCOMPARE(tollgate({QStringLiteral("prices"), QStringLiteral("show"), QStringLiteral(" qa-spaced")}).exitCode, 2);

    QVERIFY(mapFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    mapFile.write("{ not json");
    mapFile.close();
    const Run malformed = tollgate({QStringLiteral("prices"), QStringLiteral("import"), mapFile.fileName()});
    QCOMPARE(malformed.exitCode, 1); // the command line was right; the file is not
    // Says which command and file it is about, as every other error does.
    QVERIFY2(malformed.err.startsWith(QByteArray("tollgate: prices import: " + mapFile.fileName().toUtf8() + ": price map is not valid JSON")),
             malformed.err.constData());
    // Nor is a file that cannot be read.
    const Run unreadable = tollgate({QStringLiteral("prices"), QStringLiteral("import"), mapFile.fileName() + QStringLiteral(".missing")});
    QCOMPARE(unreadable.exitCode, 1);
    QVERIFY2(unreadable.err.contains("cannot read"), unreadable.err.constData());
}

void TestCli::reportsAndTracesInEveryFormat()
{
    QCOMPARE(tollgate(QStringLiteral("keys create alpha").split(u' ')).exitCode, 0);
    QCOMPARE(tollgate(QStringLiteral("keys create beta").split(u' ')).exitCode, 0);
    qint64 alpha = 0;
    qint64 beta = 0;
    {
        auto store = Ledger::SqliteLedgerStore::open(m_data->ledgerPath(), QStringLiteral("ids"), Ledger::LedgerStore::Access::ReadOnly);
        QVERIFY(store.ok());
        alpha = store.value()->findKeyByName(QStringLiteral("alpha"))->id;
        beta = store.value()->findKeyByName(QStringLiteral("beta"))->id;
    }
    const QDateTime base(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
    QList<Ledger::TraceRecord> traces;
    const auto make = [&](qint64 key, const char *model, qint64 minutes, std::optional<qint64> nanos) {
        Ledger::TraceRecord t;
        t.time = base.addSecs(minutes * 60);
        t.keyId = key;
        t.model = QString::fromLatin1(model);
        t.servedModel = t.model;
        t.provider = QStringLiteral("openai-main");
        t.endpoint = QStringLiteral("/v1/chat/completions");
        t.status = 200;
        t.outcome = QStringLiteral("ok");
        t.usage = {100, 20, 0, 0, 50, 10};
        if (nanos)
            t.cost = Common::Money::fromNanos(*nanos);
        t.costStatus = nanos ? Ledger::CostStatus::Exact : Ledger::CostStatus::Unpriced;
        t.latencyMs = 321;
        t.attempts = 1;
        return t;
    };
    traces << make(alpha, "gpt-4o", 0, 123'450) << make(alpha, "gpt-4o", 90, 1'000'000'001)
           << make(beta, "gpt-4o-mini", 30, 7) << make(beta, "mystery-model", 45, std::nullopt);
    insertTraces(traces);

    Run report = tollgate(QStringLiteral("report --by key,model --format json").split(u' '));
    QCOMPARE(report.exitCode, 0);
    const QJsonArray rows = report.json().array();
    QCOMPARE(rows.size(), 3);
    QVERIFY(report.out.contains("\"cost_usd\": 1.000123451"));
    QVERIFY(report.out.contains("\"cost_usd\": 0.000000007"));
    QVERIFY(report.out.contains("\"unpriced_requests\": 1"));

    report = tollgate(QStringLiteral("report --by day --format csv --since 2026-03-10 --until 2026-03-10").split(u' '));
    QCOMPARE(report.exitCode, 0);
    const auto csv = TestSupport::parseCsv(report.out);
    QVERIFY(csv.has_value());
    QCOMPARE(csv->size(), 2);
    QCOMPARE(csv->at(0).first(), QStringLiteral("day"));
    QCOMPARE(csv->at(1).first(), QStringLiteral("2026-03-10"));
    QCOMPARE(csv->at(1).at(1), QStringLiteral("4"));
    QCOMPARE(csv->at(1).at(7), QStringLiteral("1.000123458"));
    QVERIFY(tollgate(QStringLiteral("report --since 2026-03-11").split(u' ')).out.contains("No traffic"));
    const Run table = tollgate(QStringLiteral("report --by model").split(u' '));
    QVERIFY(table.out.contains("TOTAL"));
    QVERIFY(table.out.contains("unpriced"));

    Run listed = tollgate(QStringLiteral("traces --key beta --format json").split(u' '));
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray beta2 = listed.json().array();
    QCOMPARE(beta2.size(), 2);
    QCOMPARE(beta2.at(0).toObject().value(QStringLiteral("model")).toString(), QStringLiteral("mystery-model")); // newest first
    QVERIFY(beta2.at(0).toObject().value(QStringLiteral("cost_usd")).isNull());
    QCOMPARE(beta2.at(0).toObject().value(QStringLiteral("cost_status")).toString(), QStringLiteral("unpriced"));
    QCOMPARE(beta2.at(0).toObject().value(QStringLiteral("time")).toString(), QStringLiteral("2026-03-10T12:45:00.000Z"));
    listed = tollgate(QStringLiteral("traces --model gpt-4o --limit 1 --format csv").split(u' '));
    const auto traceCsv = TestSupport::parseCsv(listed.out);
    QVERIFY(traceCsv.has_value());
    QCOMPARE(traceCsv->size(), 2);
    QCOMPARE(traceCsv->at(0).join(u','),
             QStringLiteral("id,time,key,model,served_model,provider,endpoint,stream,status,outcome,input_tokens,cached_input_tokens,"
                            "cache_write_tokens,output_tokens,reasoning_tokens,cost_usd,cost_status,latency_ms,ttft_ms,attempts"));
    QCOMPARE(traceCsv->at(1).at(15), QStringLiteral("1.000000001"));
    QVERIFY(tollgate(QStringLiteral("traces").split(u' ')).out.contains("unpriced"));
    QCOMPARE(tollgate(QStringLiteral("traces --key ghost").split(u' ')).exitCode, 2);
    // Pages of two: --offset goes on where the last page ended, with no trace twice or left out (QA: no way to page).
    QStringList pagedIds;
    for (const QString &offset : {QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("4")}) {
        const Run page = tollgate({QStringLiteral("traces"), QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--offset"), offset,
                                   QStringLiteral("--until"), QStringLiteral("2026-03-11"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(page.exitCode, 0);
        for (const QJsonValue &trace : page.json().array())
            pagedIds << QString::number(trace.toObject().value(QStringLiteral("id")).toInteger());
    }
    QStringList allIds;
    for (const QJsonValue &trace : tollgate(QStringLiteral("traces --format json").split(u' ')).json().array())
        allIds << QString::number(trace.toObject().value(QStringLiteral("id")).toInteger());
    QCOMPARE(pagedIds, allIds);
    QCOMPARE(allIds.size(), 4);
    QCOMPARE(tollgate(QStringLiteral("traces --offset -1").split(u' ')).exitCode, 2);
    // --json, as every other command spells it, is --format json here too; with another format it is an error.
    QCOMPARE(tollgate(QStringLiteral("traces --key beta --json").split(u' ')).out, tollgate(QStringLiteral("traces --key beta --format json").split(u' ')).out);
    QCOMPARE(tollgate(QStringLiteral("report --by key,model --json").split(u' ')).json().array(), rows);
    QCOMPARE(tollgate(QStringLiteral("report --json --format csv").split(u' ')).exitCode, 2);

    // The table marks an estimated cost with "~" and says under it what that means, only when one is shown.
    QVERIFY(!tollgate(QStringLiteral("traces").split(u' ')).out.contains("~ estimated"));
    Ledger::TraceRecord cut = make(alpha, "gpt-4o", 120, 5'000);
    cut.costStatus = Ledger::CostStatus::Estimated;
    insertTraces({cut});
    const QByteArray withEstimate = tollgate(QStringLiteral("traces").split(u' ')).out;
    QVERIFY2(withEstimate.contains("$0.000005~") && withEstimate.contains("\n~ estimated: "), withEstimate.constData());

    // Refusals, which no provider served, read "(none)" in the table, not a blank cell (QA); CSV keeps it empty.
    Ledger::TraceRecord refused = make(beta, "gpt-4o", 50, 0);
    refused.provider.clear();
    refused.status = 429;
    refused.outcome = QStringLiteral("rejected");
    refused.usage = {};
    refused.cost.reset();
    insertTraces({refused});
    const Run byRoute = tollgate(QStringLiteral("report --by route").split(u' '));
    QVERIFY2(byRoute.out.contains("\n(none) ") && byRoute.out.contains("\nopenai-main "), byRoute.out.constData());
    QVERIFY(tollgate(QStringLiteral("report --by route --format csv").split(u' ')).out.contains("\r\n,1,"));
}

void TestCli::csvRoundTripsAwkwardNames()
{
    const QString awkward = QStringLiteral("team \"ops\", night\nshift");
    QCOMPARE(tollgate({QStringLiteral("keys"), QStringLiteral("create"), awkward}).exitCode, 2); // control characters refused
    const QString quotedComma = QStringLiteral("team \"ops\", night shift");
    QCOMPARE(tollgate({QStringLiteral("keys"), QStringLiteral("create"), quotedComma}).exitCode, 0);
    qint64 id = 0;
    {
        auto store = Ledger::SqliteLedgerStore::open(m_data->ledgerPath(), QStringLiteral("ids"), Ledger::LedgerStore::Access::ReadOnly);
        QVERIFY(store.ok());
        id = store.value()->findKeyByName(quotedComma)->id;
    }
    Ledger::TraceRecord trace;
    trace.time = QDateTime::currentDateTimeUtc();
    trace.keyId = id;
    trace.model = QStringLiteral("model, with \"quotes\"\r\nand lines");
    trace.status = 200;
    trace.outcome = QStringLiteral("ok");
    trace.cost = Common::Money::fromNanos(5);
    insertTraces({trace});

    const Run traces = tollgate(QStringLiteral("traces --format csv").split(u' '));
    const auto parsed = TestSupport::parseCsv(traces.out);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->size(), 2);
    QCOMPARE(parsed->at(1).at(2), quotedComma);
    QCOMPARE(parsed->at(1).at(3), trace.model);
    const Run report = tollgate(QStringLiteral("report --by key,model --format csv").split(u' '));
    const auto reportRows = TestSupport::parseCsv(report.out);
    QVERIFY(reportRows.has_value());
    QCOMPARE(reportRows->at(1).at(0), quotedComma);
    QCOMPARE(reportRows->at(1).at(1), trace.model);

    // A model name any key holder chose must not run as a formula in the spreadsheet that opens the export.
    Ledger::TraceRecord formula = trace;
    formula.model = QStringLiteral("=HYPERLINK(\"http://x.test\",\"x\")");
    insertTraces({formula});
    const auto formulaRows = TestSupport::parseCsv(tollgate(QStringLiteral("report --by model --format csv").split(u' ')).out);
    QVERIFY(formulaRows.has_value());
    QVERIFY2(std::any_of(formulaRows->cbegin(), formulaRows->cend(), [&](const QStringList &row) { return row.at(0) == u'\'' + formula.model; }),
             "the model shown as text, after an apostrophe");
}

void TestCli::refusesNewerSchema()
{
    QCOMPARE(tollgate(QStringLiteral("keys create k").split(u' ')).exitCode, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(m_data->ledgerPath());
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    const Run run = tollgate(QStringLiteral("keys list").split(u' '));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("99"), run.err.constData());
    QVERIFY(run.err.contains("upgrade"));
}

// QA: started without a display, it printed only "listening on", and a user waited for a window.
void TestCli::withoutADisplaySaysItRunsTheGatewayAlone()
{
    QProcess headless;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS"})
        environment.remove(QString::fromLatin1(variable));
    headless.setProcessEnvironment(environment);
    headless.start(QStringLiteral(TOLLGATE_BINARY), {QStringLiteral("--data"), m_data->path()});
    QVERIFY(headless.waitForStarted());
    QByteArray said;
    // Said first, whether or not the default port is free on this machine.
    QTRY_VERIFY_WITH_TIMEOUT((said += headless.readAllStandardError()).contains("no display, so no window")
                                 || headless.state() != QProcess::Running,
                             10'000);
    QVERIFY2(said.contains("tollgate: no display, so no window: running the gateway alone, as 'tollgate serve' does"), said.constData());
    if (headless.state() == QProcess::Running) {
        ::kill(pid_t(headless.processId()), SIGTERM);
        QVERIFY(headless.waitForFinished(10'000));
    }
}

void TestCli::servesUntilTerminatedAndDrains()
{
    QProcess serve;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    serve.setProcessEnvironment(environment);
    serve.start(QStringLiteral(TOLLGATE_BINARY), {QStringLiteral("--data"), m_data->path(), QStringLiteral("serve"),
                                                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(serve.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine(), 10'000);
    const QByteArray line = serve.readLine();
    QVERIFY2(QRegularExpression(QStringLiteral("^listening on http://127\\.0\\.0\\.1:\\d+\n$")).match(QString::fromUtf8(line)).hasMatch(),
             line.constData());
    ::kill(pid_t(serve.processId()), SIGTERM);
    QVERIFY(serve.waitForFinished(10'000));
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.exitCode(), 0);
    QCOMPARE(serve.readAllStandardOutput(),
             QByteArray("stopping: requests in flight finish first (at most 30 s; signal again to stop now)\nstopped\n"));
}

void TestCli::warnsAtStartAboutProvidersWithoutTheirKey()
{
    for (const char *provider : {"keyless", "keyed"}) {
        const QString variable = provider == QByteArrayView("keyless") ? QStringLiteral("TOLLGATE_TEST_UNSET_KEY")
                                                                       : QStringLiteral("TOLLGATE_TEST_SET_KEY");
        QCOMPARE(tollgate({QStringLiteral("providers"), QStringLiteral("add"), QString::fromLatin1(provider), QStringLiteral("--type"),
                           QStringLiteral("openai"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/v1"),
                           QStringLiteral("--api-key-env"), variable})
                     .exitCode,
                 0);
    }
    // A stored key the secrets file no longer holds (as when a keyring was reset) is warned about too.
    QCOMPARE(tollgate(QStringLiteral("providers add lost --type openai --base-url http://127.0.0.1:9/v1 --api-key sk-lost").split(u' '))
                 .exitCode,
             0);
    QFile secrets(Settings::DataDirectory::secretsPath(m_data->path()));
    QVERIFY(secrets.open(QIODevice::ReadWrite));
    QJsonObject stored = QJsonDocument::fromJson(secrets.readAll()).object();
    QVERIFY2(stored.contains(QStringLiteral("provider:lost")), "the secrets file names its accounts differently now");
    stored.remove(QStringLiteral("provider:lost"));
    QVERIFY(secrets.resize(0));
    secrets.write(QJsonDocument(stored).toJson());
    secrets.close();
    const QJsonArray listed = tollgate(QStringLiteral("providers list --json").split(u' ')).json().array();
    QCOMPARE(listed.size(), 3);
    for (const QJsonValue &provider : listed) {
        if (provider[QStringLiteral("name")].toString() == u"lost")
            QCOMPARE(provider[QStringLiteral("credential")].toString(), QStringLiteral("stored, unreadable"));
    }

    QProcess serve;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("TOLLGATE_TEST_UNSET_KEY"));
    environment.insert(QStringLiteral("TOLLGATE_TEST_SET_KEY"), QStringLiteral("sk-set"));
    environment.insert(QStringLiteral("TOLLGATE_TEST_BROKEN_KEY"), QStringLiteral("sk-a\nX-Injected: yes")); // never sent: no key
    serve.setProcessEnvironment(environment);
    QCOMPARE(tollgate(QStringLiteral("providers add broken --type openai --base-url https://x.test/v1 --api-key-env TOLLGATE_TEST_BROKEN_KEY")
                          .split(u' '))
                 .exitCode,
             0);
    serve.start(QStringLiteral(TOLLGATE_BINARY), {QStringLiteral("--data"), m_data->path(), QStringLiteral("serve"),
                                                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(serve.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine(), 10'000);
    QVERIFY(serve.readLine().startsWith("listening on "));
    ::kill(pid_t(serve.processId()), SIGTERM);
    QVERIFY(serve.waitForFinished(10'000));
    QCOMPARE(serve.exitCode(), 0);
    // Said once each, at start, naming the provider and the variable; a provider whose variable is set is not named.
    const QByteArray errors = serve.readAllStandardError();
    QCOMPARE(errors.count("warning:"), 3);
    // QA: one holding a line break was never sent either, but went unmentioned at start.
    QVERIFY2(errors.contains("provider \"broken\" takes its API key from $TOLLGATE_TEST_BROKEN_KEY, which is not set, empty or not a key"),
             errors.constData());
    QVERIFY2(errors.contains("tollgate: warning: provider \"keyless\" takes its API key from $TOLLGATE_TEST_UNSET_KEY, which is not set"),
             errors.constData());
    QVERIFY2(errors.contains("tollgate: warning: provider \"lost\": the API key stored for it cannot be read"), errors.constData());
    QVERIFY(!errors.contains("keyed"));
}

void TestCli::refusesRemoteListenWithoutConsent()
{
    const Run run = tollgate(QStringLiteral("serve --listen 0.0.0.0:8420").split(u' '));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--allow-remote"));
    QCOMPARE(tollgate(QStringLiteral("serve --listen nowhere:99999").split(u' ')).exitCode, 2);
}

void TestCli::demoSeedsARealisticLedger()
{
    const Run demo = tollgate({QStringLiteral("demo")});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY2(demo.out.contains("Demo ledger ready"), demo.out.constData());

    auto store = Ledger::SqliteLedgerStore::open(m_data->ledgerPath(), QStringLiteral("demo-check"), Ledger::LedgerStore::Access::ReadOnly);
    QVERIFY(store.ok());
    Ledger::LedgerStore &ledger = *store.value();
    const QList<Keys::KeyRecord> keys = ledger.listKeys();
    QCOMPARE(keys.size(), 12);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int revoked = 0;
    int expired = 0;
    int capped = 0;
    for (const Keys::KeyRecord &key : keys) {
        revoked += key.status == Keys::KeyStatus::Revoked ? 1 : 0;
        expired += key.status == Keys::KeyStatus::Active && !key.isUsableAt(now) ? 1 : 0;
        capped += key.maxSpend ? 1 : 0;
    }
    QCOMPARE(revoked, 1);
    QCOMPARE(expired, 1);
    QVERIFY(capped >= 5);
    QCOMPARE(ledger.listProviders().size(), 4);
    QVERIFY(ledger.creditStatus().enabled);
    QVERIFY(ledger.creditStatus().available() > Common::Money());

    const qint64 traces = ledger.countTraces({});
    QVERIFY2(traces >= 50'000 && traces <= 150'000, QByteArray::number(traces).constData());
    // The rollup is the sum of the traces, to the nano-dollar, and so is every key's spend.
    QCOMPARE(ledger.sumRollupCosts(), ledger.sumTraceCosts());
    QVERIFY(ledger.sumTraceCosts() > Common::Money::fromNanos(100 * Common::Money::NanosPerUsd));
    Ledger::ReportQuery byKey;
    byKey.groupBy = {Ledger::ReportDimension::Key};
    qint64 requests = 0;
    for (const Ledger::ReportRow &row : ledger.report(byKey)) {
        requests += row.requests;
        QCOMPARE(row.cost, ledger.keySpend(ledger.findKeyByName(row.groupValues.first())->id));
    }
    QCOMPARE(requests, traces);
    // The story the demo tells: unpriced traffic, refusals at the cap and at the rate limit.
    Ledger::ReportQuery byModel;
    byModel.groupBy = {Ledger::ReportDimension::Model};
    qint64 unpriced = 0;
    for (const Ledger::ReportRow &row : ledger.report(byModel))
        unpriced += row.unpricedRequests;
    QVERIFY(unpriced > 0);
    QVERIFY(demo.out.contains(QByteArray(QByteArray::number(unpriced) + " unpriced")));

    const Run report = tollgate(QStringLiteral("report --by key --format csv").split(u' '));
    QCOMPARE(report.exitCode, 0);
    const auto csv = TestSupport::parseCsv(report.out);
    QVERIFY(csv.has_value());
    QCOMPARE(csv->size(), 13); // header and twelve keys
    const Run rejected = tollgate(QStringLiteral("traces --key eval-harness --limit 5 --format json").split(u' '));
    QCOMPARE(rejected.exitCode, 0);
    QCOMPARE(rejected.json().array().first().toObject().value(QStringLiteral("status")).toInt(), 402);

    // Demo data never goes into a ledger that has keys.
    const Run again = tollgate({QStringLiteral("demo")});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains("already has keys, providers, credit, traces"), again.err.constData());
    QCOMPARE(ledger.countTraces({}), traces);

    // Nor into one that has only a provider or credit (QA: it ran, and a provider of the demo's name
    // stopped it halfway without saying why).
    for (const QStringList &setUp : {QStringList{QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("openai"),
                                                 QStringLiteral("--type"), QStringLiteral("openai"), QStringLiteral("--base-url"),
                                                 QStringLiteral("https://x.test/v1"), QStringLiteral("--api-key-env"), QStringLiteral("K")},
                                     QStringList{QStringLiteral("credit"), QStringLiteral("add"), QStringLiteral("5")}}) {
        TestSupport::TempDataDir other;
        const Run prepared = run(QStringList{QStringLiteral("--data"), other.path()} + setUp, QProcessEnvironment::systemEnvironment());
        QCOMPARE(prepared.exitCode, 0);
        const Run refused = run({QStringLiteral("--data"), other.path(), QStringLiteral("demo")}, QProcessEnvironment::systemEnvironment());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("demo data only goes into an empty data directory"), refused.err.constData());
    }
}

void TestCli::oneGatewayPerLedger()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const auto startWaiting = [&](QProcess &process, const QStringList &arguments) {
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(TOLLGATE_BINARY), QStringList{QStringLiteral("--data"), m_data->path()} + arguments);
        return process.waitForStarted();
    };

    // A window holds the ledger's gateway: a second window hands over to it and exits at once...
    QProcess window;
    QVERIFY(startWaiting(window, {}));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_data->filePath(QStringLiteral("gateway.lock"))), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        // The first window may still be setting up its activation channel: retry until it answers.
        QProcess attempt;
        startWaiting(attempt, {});
        return attempt.waitForFinished(10'000) && attempt.exitCode() == 0;
    }(), 10'000);
    QCOMPARE(window.state(), QProcess::Running);

    // ...and a headless gateway on the same ledger is refused with a message naming the holder.
    const Run serve = tollgate(QStringLiteral("serve --listen 127.0.0.1:0").split(u' '));
    QCOMPARE(serve.exitCode, 1);
    QVERIFY2(serve.err.contains("already serving"), serve.err.constData());

    ::kill(pid_t(window.processId()), SIGTERM);
    window.waitForFinished(10'000);
}

void TestCli::aLockFileNamingNoHolderIsTakenOver()
{
    // What a power cut while the lock was written leaves: an empty file, no process behind it.
    const QString lockPath = m_data->filePath(QStringLiteral("gateway.lock"));
    QFile lock(lockPath);
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.close();

    // Just made, it may be another gateway's still being written: refused, and said so.
    const Run young = tollgate(QStringLiteral("serve --listen 127.0.0.1:0").split(u' '));
    QCOMPARE(young.exitCode, 1);
    QVERIFY2(young.err.contains("gateway.lock names no process") && young.err.contains("taken over once 10 s old"), young.err.constData());

    // Older than that, it is taken over (QA: serve refused for good until the file was deleted by hand).
    QVERIFY(lock.open(QIODevice::ReadWrite));
    QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
    lock.close();
    QProcess serve;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keyring to ask: the test run has none
    serve.setProcessEnvironment(environment);
    serve.start(QStringLiteral(TOLLGATE_BINARY), {QStringLiteral("--data"), m_data->path(), QStringLiteral("serve"),
                                                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(serve.waitForStarted());
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += serve.readAllStandardOutput()).contains("listening on") || serve.state() != QProcess::Running, 10'000);
    QVERIFY2(serve.state() == QProcess::Running, serve.readAllStandardError().constData());
    // It names the process, host and machine: for this user only.
    QCOMPARE(QFileInfo(lockPath).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    ::kill(pid_t(serve.processId()), SIGTERM);
    QVERIFY(serve.waitForFinished(10'000));
    QCOMPARE(serve.exitCode(), 0);
}

void TestCli::aDamagedLedgerFailsInsteadOfListingPartOfIt()
{
    QCOMPARE(tollgate(QStringLiteral("demo --seed 7").split(u' ')).exitCode, 0);
    QFile ledger(m_data->ledgerPath());
    QVERIFY(ledger.open(QIODevice::ReadWrite));
    QVERIFY(ledger.size() > 8'000'000);
    QVERIFY(ledger.seek(8'000'000)); // among the traces' pages
    QCOMPARE(ledger.write(QByteArray(4096, char(0xA5))), 4096);
    ledger.close();

    // QA: 55,660 of some 96,000 traces, exit 0, as if that were all.
    const Run traces = tollgate(QStringLiteral("traces --limit 1000000 --format csv").split(u' '));
    QCOMPARE(traces.exitCode, 1);
    QVERIFY2(traces.err.contains("the ledger could not be read in full, so the output above is incomplete: cannot read traces"),
             traces.err.constData());
    // What reads nothing damaged still works.
    QCOMPARE(tollgate(QStringLiteral("keys list").split(u' ')).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
