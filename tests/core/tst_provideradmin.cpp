#include "core/admin/provideradmin.h"
#include "core/ledger/sqliteledgerstore.h"
#include "core/secrets/filesecretstore.h"
#include "tests/support/fakeclock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Admin::ProviderAdmin;
using Common::Error;
using Ledger::SqliteLedgerStore;
using Providers::ProviderRecord;
using Providers::ProviderType;
using Secrets::FileSecretStore;

Q_DECLARE_METATYPE(Providers::ProviderType)

namespace {

QString str(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

ProviderRecord makeProvider(const QString &name, const QString &baseUrl, int priority = 100)
{
    ProviderRecord provider;
    provider.name = name;
    provider.baseUrl = baseUrl;
    provider.priority = priority;
    return provider;
}

constexpr QFileDevice::Permissions AllModeBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                 | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                                 | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

class TestProviderAdmin final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void validation_data();
    void validation();
    void apiKeyEnvMustBeAVariableName_data();
    void apiKeyEnvMustBeAVariableName();
    void parseType_data();
    void parseType();
    void duplicateName();
    void trailingSlashTrimmed_data();
    void trailingSlashTrimmed();
    void secretGoesToOwnerOnlyFile();
    void secretFileTightenedOnRewrite();
    void emptyApiKeyRejected();
    void unsendableApiKeyRejected_data();
    void unsendableApiKeyRejected();
    void removeDeletesSecret();
    void baseUrlHintsAtTheSdksForm();
    void apiKeyEnvStoresNameOnly();

private:
    QByteArray ledgerBytes();
    QString ledgerPath() const { return m_dir->filePath(str("ledger.sqlite")); }
    QString secretsPath() const { return m_dir->filePath(str("secrets/secrets.json")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    TestSupport::FakeClock m_clock;
    std::unique_ptr<SqliteLedgerStore> m_store;
    std::unique_ptr<FileSecretStore> m_secrets;
    std::unique_ptr<ProviderAdmin> m_admin;
};

void TestProviderAdmin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = SqliteLedgerStore::open(ledgerPath(), str("tst_provideradmin"), SqliteLedgerStore::Access::ReadWrite, m_clock);
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    m_store = std::move(store).value();
    m_secrets = std::make_unique<FileSecretStore>(secretsPath());
    m_admin = std::make_unique<ProviderAdmin>(*m_store, *m_secrets, m_clock);
}

void TestProviderAdmin::cleanup()
{
    m_admin.reset();
    m_secrets.reset();
    m_store.reset();
    m_dir.reset();
}

QByteArray TestProviderAdmin::ledgerBytes()
{
    // Close the store so that everything is on disk; look at the WAL too in case it survives.
    m_admin.reset();
    m_store.reset();
    QByteArray bytes;
    for (const QString &path : QStringList{ledgerPath(), ledgerPath() + str("-wal")}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

void TestProviderAdmin::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<int>("priority");
    QTest::addColumn<bool>("valid");

    QTest::addRow("https") << str("openai") << str("https://api.openai.com/v1") << 100 << true;
    QTest::addRow("http with port") << str("local") << str("http://127.0.0.1:11434/v1") << 5 << true;
    QTest::addRow("no path") << str("anthropic") << str("https://api.anthropic.com") << 0 << true;
    QTest::addRow("unicode name") << QStringLiteral("fournisseur-\u00e9") << str("https://x.example") << 1 << true;
    QTest::addRow("ftp scheme") << str("p") << str("ftp://api.example.com/v1") << 100 << false;
    QTest::addRow("file scheme") << str("p") << str("file:///etc/passwd") << 100 << false;
    QTest::addRow("no scheme") << str("p") << str("api.openai.com/v1") << 100 << false;
    QTest::addRow("no host") << str("p") << str("https:///v1") << 100 << false;
    QTest::addRow("scheme only") << str("p") << str("https://") << 100 << false;
    QTest::addRow("empty url") << str("p") << QString() << 100 << false;
    QTest::addRow("query") << str("p") << str("https://api.example.com/v1?key=abc") << 100 << false;
    QTest::addRow("fragment") << str("p") << str("https://api.example.com/v1#x") << 100 << false;
    QTest::addRow("slash in name") << str("open/ai") << str("https://api.openai.com/v1") << 100 << false;
    QTest::addRow("empty name") << QString() << str("https://api.openai.com/v1") << 100 << false;
    QTest::addRow("name with spaces around") << str(" openai ") << str("https://api.openai.com/v1") << 100 << false;
    QTest::addRow("name with newline") << str("open\nai") << str("https://api.openai.com/v1") << 100 << false;
    QTest::addRow("negative priority") << str("p") << str("https://api.example.com") << -1 << false;
    QTest::addRow("credentials in url") << str("p") << str("https://user:sk-secret@api.example.com/v1") << 1 << false;
}

void TestProviderAdmin::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, baseUrl);
    QFETCH(int, priority);
    QFETCH(bool, valid);
    const ProviderRecord provider = makeProvider(name, baseUrl, priority);
    QCOMPARE(bool(ProviderAdmin::validate(provider)), valid);

    const auto added = m_admin->add(provider, str("sk-upstream-secret"));
    QCOMPARE(bool(added), valid);
    if (valid) {
        QVERIFY(m_store->findProvider(name));
        return;
    }
    QCOMPARE(added.error().code, Error::Code::Invalid);
    QVERIFY(m_store->listProviders().isEmpty());
    QVERIFY(!QFile::exists(secretsPath()));
}

void TestProviderAdmin::apiKeyEnvMustBeAVariableName_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<bool>("valid");
    QTest::addRow("conventional") << str("OPENAI_API_KEY") << true;
    QTest::addRow("lower case") << str("my_key2") << true;
    QTest::addRow("pasted secret") << str("sk-proj-abc123") << false;
    QTest::addRow("leading digit") << str("1KEY") << false;
    QTest::addRow("spaces") << str("MY KEY") << false;
}

void TestProviderAdmin::apiKeyEnvMustBeAVariableName()
{
    QFETCH(QString, variable);
    QFETCH(bool, valid);
    ProviderRecord provider = makeProvider(str("envtest"), str("https://api.example.com"), 1);
    provider.apiKeyEnv = variable;
    const auto added = m_admin->add(provider, std::nullopt);
    QCOMPARE(bool(added), valid);
    if (!valid)
        QVERIFY(m_store->listProviders().isEmpty());
}

void TestProviderAdmin::parseType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("known");
    QTest::addColumn<ProviderType>("type");
    QTest::addRow("openai") << str("openai") << true << ProviderType::OpenAi;
    QTest::addRow("anthropic") << str("anthropic") << true << ProviderType::Anthropic;
    QTest::addRow("unknown") << str("gemini") << false << ProviderType::OpenAi;
    QTest::addRow("empty") << QString() << false << ProviderType::OpenAi;
}

void TestProviderAdmin::parseType()
{
    QFETCH(QString, text);
    QFETCH(bool, known);
    QFETCH(ProviderType, type);
    const auto parsed = ProviderAdmin::parseType(text);
    QCOMPARE(parsed.has_value(), known);
    if (known) {
        QCOMPARE(*parsed, type);
        QCOMPARE(ProviderRecord::typeName(type), text);
    }
}

void TestProviderAdmin::duplicateName()
{
    QVERIFY(m_admin->add(makeProvider(str("openai"), str("https://api.openai.com/v1")), str("first-secret")));
    const auto second = m_admin->add(makeProvider(str("openai"), str("https://other.example/v1")), str("second-secret"));
    QVERIFY(!second);
    QCOMPARE(second.error().code, Error::Code::Duplicate);
    QCOMPARE(m_store->listProviders().size(), 1);
    QCOMPARE(m_store->findProvider(str("openai"))->baseUrl, str("https://api.openai.com/v1"));
    // The refused add must not have overwritten the first provider's secret.
    QCOMPARE(m_secrets->read(Secrets::providerAccount(str("openai"))), std::optional<QString>(str("first-secret")));
}

void TestProviderAdmin::trailingSlashTrimmed_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("stored");
    QTest::addRow("one slash") << str("https://api.openai.com/v1/") << str("https://api.openai.com/v1");
    QTest::addRow("two slashes") << str("https://api.openai.com/v1//") << str("https://api.openai.com/v1");
    QTest::addRow("host only") << str("https://api.anthropic.com/") << str("https://api.anthropic.com");
    QTest::addRow("none") << str("http://127.0.0.1:8080/v1") << str("http://127.0.0.1:8080/v1");
}

void TestProviderAdmin::trailingSlashTrimmed()
{
    QFETCH(QString, given);
    QFETCH(QString, stored);
    const auto added = m_admin->add(makeProvider(str("p"), given), std::nullopt);
    QVERIFY(added);
    QCOMPARE(added->baseUrl, stored);
    QCOMPARE(m_store->findProvider(str("p"))->baseUrl, stored);
}

void TestProviderAdmin::secretGoesToOwnerOnlyFile()
{
    const QString secret = str("sk-proj-UPSTREAM-0123456789abcdef");
    ProviderRecord provider = makeProvider(str("openai"), str("https://api.openai.com/v1"));
    provider.type = ProviderType::OpenAi;
    const auto added = m_admin->add(provider, secret);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QVERIFY(added->id > 0);
    QVERIFY(added->hasStoredSecret);
    QCOMPARE(added->createdAt, m_clock.nowUtc());

    const auto stored = m_store->findProvider(str("openai"));
    QVERIFY(stored);
    QVERIFY(stored->hasStoredSecret);
    QVERIFY(stored->apiKeyEnv.isEmpty());

    QCOMPARE(m_secrets->read(Secrets::providerAccount(str("openai"))), std::optional<QString>(secret));
    const QFileInfo info(secretsPath());
    QVERIFY(info.exists());
    QCOMPARE(info.permissions() & AllModeBits, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QVERIFY(!ledgerBytes().contains(secret.toUtf8()));
}

void TestProviderAdmin::secretFileTightenedOnRewrite()
{
    // A secrets file someone left world-readable is rewritten owner-only.
    QVERIFY(QDir().mkpath(QFileInfo(secretsPath()).absolutePath()));
    QFile loose(secretsPath());
    QVERIFY(loose.open(QIODevice::WriteOnly));
    loose.write("{}");
    loose.close();
    QVERIFY(loose.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                 | QFileDevice::ReadOther));

    QVERIFY(m_admin->add(makeProvider(str("a"), str("https://a.example")), str("secret-a")));
    QCOMPARE(QFileInfo(secretsPath()).permissions() & AllModeBits, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(m_admin->add(makeProvider(str("b"), str("https://b.example")), str("secret-b")));
    QCOMPARE(QFileInfo(secretsPath()).permissions() & AllModeBits, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(m_secrets->read(Secrets::providerAccount(str("a"))), std::optional<QString>(str("secret-a")));
    QCOMPARE(m_secrets->read(Secrets::providerAccount(str("b"))), std::optional<QString>(str("secret-b")));
}

void TestProviderAdmin::emptyApiKeyRejected()
{
    const auto added = m_admin->add(makeProvider(str("p"), str("https://p.example")), QString());
    QVERIFY(!added);
    QCOMPARE(added.error().code, Error::Code::Invalid);
    QVERIFY(m_store->listProviders().isEmpty());
}

void TestProviderAdmin::unsendableApiKeyRejected_data()
{
    QTest::addColumn<QString>("key");
    // A line break would end the Authorization header upstream and start one of the key's own.
    QTest::newRow("CR LF and a header") << str("sk-abc\r\nX-Injected: yes");
    QTest::newRow("LF") << str("sk-abc\nX-Injected: yes");
    QTest::newRow("space") << str("sk-abc def");
    QTest::newRow("NUL") << QString(QStringLiteral("sk-abc") + QChar(0));
    QTest::newRow("not ASCII") << str("sk-abé");
}

void TestProviderAdmin::unsendableApiKeyRejected()
{
    QFETCH(QString, key);
    const auto added = m_admin->add(makeProvider(str("p"), str("https://p.example")), key);
    QVERIFY(!added);
    QCOMPARE(added.error().code, Error::Code::Invalid);
    QVERIFY(m_store->listProviders().isEmpty());
    QVERIFY(m_admin->add(makeProvider(str("p"), str("https://p.example")), str("sk-proj-Ab_9.x~Z")));
}

void TestProviderAdmin::removeDeletesSecret()
{
    QVERIFY(m_admin->add(makeProvider(str("keep"), str("https://keep.example")), str("keep-secret")));
    QVERIFY(m_admin->add(makeProvider(str("gone"), str("https://gone.example")), str("gone-secret")));

    QVERIFY(m_admin->remove(str("gone")));
    QVERIFY(!m_store->findProvider(str("gone")));
    QVERIFY(!m_secrets->read(Secrets::providerAccount(str("gone"))));
    QCOMPARE(m_secrets->read(Secrets::providerAccount(str("keep"))), std::optional<QString>(str("keep-secret")));
    QFile file(secretsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("gone-secret"));

    const auto again = m_admin->remove(str("gone"));
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::NotFound);
    QCOMPARE(m_store->listProviders().size(), 1);

    // A secrets file that cannot be read: nothing is removed, and the error says why (QA saw the provider
    // go and "is not a secrets file" with exit 1).
    file.close();
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{bad");
    file.close();
    const auto damaged = m_admin->remove(str("keep"));
    QVERIFY(!damaged);
    QVERIFY2(damaged.error().message.contains(str("is kept")), qPrintable(damaged.error().message));
    QVERIFY(m_store->findProvider(str("keep")));
}

void TestProviderAdmin::apiKeyEnvStoresNameOnly()
{
    const QByteArray value = "env-secret-value-7f3a9c";
    qputenv("TST_PROVIDERADMIN_KEY", value);
    ProviderRecord provider = makeProvider(str("anthropic"), str("https://api.anthropic.com"));
    provider.type = ProviderType::Anthropic;
    provider.apiKeyEnv = str("TST_PROVIDERADMIN_KEY");
    const auto added = m_admin->add(provider, std::nullopt);
    QVERIFY(added);
    QVERIFY(!added->hasStoredSecret);

    const auto stored = m_store->findProvider(str("anthropic"));
    QVERIFY(stored);
    QCOMPARE(stored->apiKeyEnv, str("TST_PROVIDERADMIN_KEY"));
    QCOMPARE(stored->type, ProviderType::Anthropic);
    QVERIFY(!stored->hasStoredSecret);
    QVERIFY(!QFile::exists(secretsPath()));

    // Removing a provider without a stored secret leaves the secret store alone.
    QVERIFY(m_admin->remove(str("anthropic")));
    QVERIFY(!QFile::exists(secretsPath()));
    QVERIFY(m_admin->add(provider, std::nullopt));

    const QByteArray bytes = ledgerBytes();
    QVERIFY(bytes.contains("TST_PROVIDERADMIN_KEY"));
    QVERIFY(!bytes.contains(value));
    qunsetenv("TST_PROVIDERADMIN_KEY");
}

void TestProviderAdmin::baseUrlHintsAtTheSdksForm()
{
    const auto hint = [](Providers::ProviderType type, const char *url) {
        Providers::ProviderRecord provider = makeProvider(str("p"), str(url));
        provider.type = type;
        return ProviderAdmin::baseUrlHint(provider);
    };
    using Providers::ProviderType;
    // QA: an Anthropic provider at .../v1 sent every request to .../v1/v1/messages.
    QVERIFY(hint(ProviderType::Anthropic, "http://127.0.0.1:9000/v1")->contains(str("/v1/v1/messages")));
    QVERIFY(hint(ProviderType::Anthropic, "https://api.anthropic.com/v1/"));
    QVERIFY(!hint(ProviderType::Anthropic, "https://api.anthropic.com"));
    QVERIFY(hint(ProviderType::OpenAi, "https://api.openai.com")->contains(str("/chat/completions")));
    QVERIFY(!hint(ProviderType::OpenAi, "https://api.openai.com/v1"));
    // Other OpenAI-compatible paths are theirs to choose.
    QVERIFY(!hint(ProviderType::OpenAi, "https://generativelanguage.googleapis.com/v1beta/openai/"));
    QVERIFY(!hint(ProviderType::OpenAi, "https://api.groq.com/openai/v1"));
    // QA: an endpoint's own URL was taken without a word (requests to .../chat/completions/chat/completions).
    QVERIFY(hint(ProviderType::OpenAi, "https://api.openai.com/v1/chat/completions")->contains(str("/chat/completions/chat/completions")));
    QVERIFY(hint(ProviderType::Anthropic, "https://api.anthropic.com/v1/messages/")->contains(str("ends in an endpoint")));
    QVERIFY(hint(ProviderType::OpenAi, "https://api.groq.com/openai/v1/responses"));
}

QTEST_GUILESS_MAIN(TestProviderAdmin)
#include "tst_provideradmin.moc"
