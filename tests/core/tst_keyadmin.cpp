#include "core/admin/keyadmin.h"
#include "core/keys/keysecret.h"
#include "core/ledger/sqliteledgerstore.h"
#include "tests/support/fakeclock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Admin::KeyAdmin;
using Admin::KeyChanges;
using Admin::KeyLimits;
using Common::Error;
using Common::Money;
using Common::RateLimit;
using Keys::KeyRecord;
using Keys::KeySecret;
using Keys::KeyStatus;
using Ledger::SqliteLedgerStore;

Q_DECLARE_METATYPE(Admin::KeyLimits)
Q_DECLARE_METATYPE(Keys::KeyStatus)

namespace {

QString str(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

Money usd(const char *decimal)
{
    return *Money::fromDecimalString(str(decimal));
}

KeyLimits fullLimits(const QDateTime &expiresAt)
{
    KeyLimits limits;
    limits.maxSpend = usd("25.5");
    limits.rateLimit = RateLimit{60, RateLimit::Period::Minute};
    limits.tokensPerMinute = 100'000;
    limits.allowedModels = QStringList{str("gpt-4o*"), str("claude-*")};
    limits.expiresAt = expiresAt;
    return limits;
}

} // namespace

class TestKeyAdmin final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createStoresOnlyTheHash();
    void createKeepsLimits();
    void nameValidation_data();
    void nameValidation();
    void duplicateWritesNothing();
    void invalidLimitsWriteNothing_data();
    void invalidLimitsWriteNothing();
    void allowedModelsMustSurviveStorage_data();
    void allowedModelsMustSurviveStorage();
    void updateChangeSemantics();
    void updateRejectsInvalidValues();
    void updateOfExpiredKey();
    void rotate();
    void revoke();
    void missingKey();
    void isUsableAt_data();
    void isUsableAt();

private:
    KeyRecord storedKey(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    TestSupport::FakeClock m_clock;
    std::unique_ptr<SqliteLedgerStore> m_store;
    std::unique_ptr<KeyAdmin> m_admin;
};

void TestKeyAdmin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock.setNow(QDateTime(QDate(2025, 3, 10), QTime(9, 30), Qt::UTC));
    auto store = SqliteLedgerStore::open(m_dir->filePath(str("ledger.sqlite")), str("tst_keyadmin"),
                                         SqliteLedgerStore::Access::ReadWrite, m_clock);
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    m_store = std::move(store).value();
    m_admin = std::make_unique<KeyAdmin>(*m_store, m_clock);
}

void TestKeyAdmin::cleanup()
{
    m_admin.reset();
    m_store.reset();
    m_dir.reset();
}

KeyRecord TestKeyAdmin::storedKey(const QString &name)
{
    // A missing key comes back as an empty record (id 0, no name), which fails every comparison.
    return m_store->findKeyByName(name).value_or(KeyRecord());
}

void TestKeyAdmin::createStoresOnlyTheHash()
{
    const auto issued = m_admin->create(str("ci"), KeyLimits());
    QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message));
    const QString secret = issued->secret;
    QVERIFY(KeySecret::hasValidShape(secret));
    QCOMPARE(issued->record.secretHash, KeySecret::hash(secret));
    QCOMPARE(issued->record.prefix, KeySecret::displayPrefix(secret));
    QVERIFY(issued->record.id > 0);

    const auto byHash = m_store->findKeyByHash(KeySecret::hash(secret));
    QVERIFY(byHash);
    QCOMPARE(byHash->id, issued->record.id);
    QCOMPARE(byHash->name, str("ci"));
    QCOMPARE(byHash->status, KeyStatus::Active);
    QCOMPARE(byHash->createdAt, m_clock.nowUtc());

    // The plaintext secret never reaches the database files.
    const QString path = m_dir->filePath(str("ledger.sqlite"));
    m_admin.reset();
    m_store.reset();
    for (const QString &file : QStringList{path, path + str("-wal")}) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(file));
    }
}

void TestKeyAdmin::createKeepsLimits()
{
    const KeyLimits limits = fullLimits(m_clock.nowUtc().addDays(30));
    const auto issued = m_admin->create(str("limited"), limits);
    QVERIFY(issued);
    const KeyRecord stored = storedKey(str("limited"));
    QCOMPARE(stored.maxSpend, limits.maxSpend);
    QCOMPARE(stored.rateLimit, limits.rateLimit);
    QCOMPARE(stored.tokensPerMinute, limits.tokensPerMinute);
    QCOMPARE(stored.allowedModels, limits.allowedModels);
    QCOMPARE(stored.expiresAt, limits.expiresAt);
}

void TestKeyAdmin::nameValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::addRow("plain") << str("ci-runner") << true;
    QTest::addRow("inner space") << str("my laptop") << true;
    QTest::addRow("64 chars") << QString(64, u'k') << true;
    QTest::addRow("65 chars") << QString(65, u'k') << false;
    QTest::addRow("unicode") << QStringLiteral("cl\u00e9 \u043a\u043b\u044e\u0447 \u9375") << true;
    QTest::addRow("emoji") << QStringLiteral("key \U0001F511") << true;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("spaces only") << str("   ") << false;
    QTest::addRow("leading space") << str(" ci") << false;
    QTest::addRow("trailing space") << str("ci ") << false;
    QTest::addRow("trailing tab") << str("ci\t") << false;
    QTest::addRow("newline inside") << str("c\ni") << false;
    QTest::addRow("tab inside") << str("c\ti") << false;
    QTest::addRow("escape inside") << str("c\x1bi") << false;
    QTest::addRow("nul inside") << QString(QStringLiteral("c") + QChar(u'\0') + QStringLiteral("i")) << false;
    QTest::addRow("DEL inside") << str("c\x7fi") << false;
}

void TestKeyAdmin::nameValidation()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(bool(KeyAdmin::validateName(name)), valid);

    const auto issued = m_admin->create(name, KeyLimits());
    QCOMPARE(bool(issued), valid);
    if (valid) {
        QCOMPARE(storedKey(name).name, name);
    } else {
        QCOMPARE(issued.error().code, Error::Code::Invalid);
        QVERIFY(m_store->listKeys().isEmpty());
    }
}

void TestKeyAdmin::duplicateWritesNothing()
{
    const auto first = m_admin->create(str("ci"), KeyLimits());
    QVERIFY(first);
    const auto second = m_admin->create(str("ci"), fullLimits(m_clock.nowUtc().addDays(1)));
    QVERIFY(!second);
    QCOMPARE(second.error().code, Error::Code::Duplicate);
    QCOMPARE(m_store->listKeys().size(), 1);
    const KeyRecord stored = storedKey(str("ci"));
    QCOMPARE(stored.secretHash, first->record.secretHash);
    QVERIFY(!stored.maxSpend);
    QVERIFY(!stored.expiresAt);
}

void TestKeyAdmin::invalidLimitsWriteNothing_data()
{
    QTest::addColumn<KeyLimits>("limits");

    const QDateTime now = QDateTime(QDate(2025, 3, 10), QTime(9, 30), Qt::UTC);
    KeyLimits limits;
    limits.maxSpend = Money::fromNanos(-1);
    QTest::addRow("negative max spend") << limits;
    limits.maxSpend = Money::maxAmount() + Money::fromNanos(1);
    QTest::addRow("max spend over the maximum") << limits;
    limits = KeyLimits();
    limits.tokensPerMinute = 0;
    QTest::addRow("zero tpm") << limits;
    limits.tokensPerMinute = -5;
    QTest::addRow("negative tpm") << limits;
    limits = KeyLimits();
    limits.rateLimit = RateLimit{0, RateLimit::Period::Second};
    QTest::addRow("zero rate limit") << limits;
    limits = KeyLimits();
    limits.expiresAt = now.addSecs(-1);
    QTest::addRow("past expiry") << limits;
    limits.expiresAt = now;
    QTest::addRow("expiry now") << limits;
}

void TestKeyAdmin::invalidLimitsWriteNothing()
{
    QFETCH(KeyLimits, limits);
    const auto issued = m_admin->create(str("ci"), limits);
    QVERIFY(!issued);
    QCOMPARE(issued.error().code, Error::Code::Invalid);
    QVERIFY(m_store->listKeys().isEmpty());
}

void TestKeyAdmin::allowedModelsMustSurviveStorage_data()
{
    QTest::addColumn<QStringList>("globs");
    QTest::addColumn<bool>("valid");

    QTest::addRow("none") << QStringList() << true;
    QTest::addRow("ordinary globs") << QStringList{str("gpt-4o*"), str("claude-?-*"), str("*")} << true;
    // The ledger keeps the list comma-joined: an empty glob would vanish (widening a key that
    // allowed nothing to every model) and a comma would split one glob into two.
    QTest::addRow("empty glob") << QStringList{QString()} << false;
    QTest::addRow("empty glob among others") << QStringList{str("gpt-4o"), QString()} << false;
    QTest::addRow("blank glob") << QStringList{str("  ")} << false;
    QTest::addRow("comma in glob") << QStringList{str("gpt-4o,claude-*")} << false;
}

void TestKeyAdmin::allowedModelsMustSurviveStorage()
{
    QFETCH(QStringList, globs);
    QFETCH(bool, valid);
    KeyLimits limits;
    limits.allowedModels = globs;
    const auto issued = m_admin->create(str("ci"), limits);
    QCOMPARE(bool(issued), valid);
    if (valid) {
        QCOMPARE(storedKey(str("ci")).allowedModels, globs);
        return;
    }
    QCOMPARE(issued.error().code, Error::Code::Invalid);
    QVERIFY(m_store->listKeys().isEmpty());

    // The same rule holds for an update.
    QVERIFY(m_admin->create(str("ci"), KeyLimits()));
    KeyChanges changes;
    changes.allowedModels = std::optional<QStringList>(globs);
    const auto updated = m_admin->update(str("ci"), changes);
    QVERIFY(!updated);
    QCOMPARE(updated.error().code, Error::Code::Invalid);
    QVERIFY(storedKey(str("ci")).allowedModels.isEmpty());
}

void TestKeyAdmin::updateChangeSemantics()
{
    const KeyLimits limits = fullLimits(m_clock.nowUtc().addDays(30));
    QVERIFY(m_admin->create(str("ci"), limits));

    // Nothing present: nothing changes.
    auto updated = m_admin->update(str("ci"), KeyChanges());
    QVERIFY(updated);
    KeyRecord stored = storedKey(str("ci"));
    QCOMPARE(stored.maxSpend, limits.maxSpend);
    QCOMPARE(stored.rateLimit, limits.rateLimit);
    QCOMPARE(stored.tokensPerMinute, limits.tokensPerMinute);
    QCOMPARE(stored.allowedModels, limits.allowedModels);
    QCOMPARE(stored.expiresAt, limits.expiresAt);

    // Values set exactly the fields named; the others stay.
    KeyChanges set;
    set.maxSpend = std::optional<Money>(usd("3"));
    set.allowedModels = std::optional<QStringList>(QStringList{str("o3")});
    updated = m_admin->update(str("ci"), set);
    QVERIFY(updated);
    stored = storedKey(str("ci"));
    QCOMPARE(stored.maxSpend, std::optional<Money>(usd("3")));
    QCOMPARE(stored.allowedModels, QStringList{str("o3")});
    QCOMPARE(stored.rateLimit, limits.rateLimit);
    QCOMPARE(stored.tokensPerMinute, limits.tokensPerMinute);
    QCOMPARE(stored.expiresAt, limits.expiresAt);
    QCOMPARE(updated->maxSpend, stored.maxSpend);

    KeyChanges more;
    more.rateLimit = std::optional<RateLimit>(RateLimit{5, RateLimit::Period::Second});
    more.tokensPerMinute = std::optional<qint64>(42);
    more.expiresAt = std::optional<QDateTime>(m_clock.nowUtc().addDays(2));
    QVERIFY(m_admin->update(str("ci"), more));
    stored = storedKey(str("ci"));
    QCOMPARE(stored.rateLimit, (std::optional<RateLimit>(RateLimit{5, RateLimit::Period::Second})));
    QCOMPARE(stored.tokensPerMinute, std::optional<qint64>(42));
    QCOMPARE(stored.expiresAt, std::optional<QDateTime>(m_clock.nowUtc().addDays(2)));
    QCOMPARE(stored.maxSpend, std::optional<Money>(usd("3")));

    // Present but empty: clears the limit.
    KeyChanges clear;
    clear.maxSpend = std::optional<Money>();
    clear.rateLimit = std::optional<RateLimit>();
    clear.tokensPerMinute = std::optional<qint64>();
    clear.allowedModels = std::optional<QStringList>();
    clear.expiresAt = std::optional<QDateTime>();
    QVERIFY(m_admin->update(str("ci"), clear));
    stored = storedKey(str("ci"));
    QVERIFY(!stored.maxSpend);
    QVERIFY(!stored.rateLimit);
    QVERIFY(!stored.tokensPerMinute);
    QVERIFY(stored.allowedModels.isEmpty());
    QVERIFY(!stored.expiresAt);
    QCOMPARE(stored.status, KeyStatus::Active);
}

void TestKeyAdmin::updateRejectsInvalidValues()
{
    const KeyLimits limits = fullLimits(m_clock.nowUtc().addDays(30));
    QVERIFY(m_admin->create(str("ci"), limits));

    KeyChanges negative;
    negative.maxSpend = std::optional<Money>(Money::fromNanos(-1));
    KeyChanges zeroTpm;
    zeroTpm.tokensPerMinute = std::optional<qint64>(0);
    KeyChanges pastExpiry;
    pastExpiry.expiresAt = std::optional<QDateTime>(m_clock.nowUtc().addSecs(-60));
    for (const KeyChanges &changes : {negative, zeroTpm, pastExpiry}) {
        const auto updated = m_admin->update(str("ci"), changes);
        QVERIFY(!updated);
        QCOMPARE(updated.error().code, Error::Code::Invalid);
    }
    const KeyRecord stored = storedKey(str("ci"));
    QCOMPARE(stored.maxSpend, limits.maxSpend);
    QCOMPARE(stored.tokensPerMinute, limits.tokensPerMinute);
    QCOMPARE(stored.expiresAt, limits.expiresAt);
}

void TestKeyAdmin::updateOfExpiredKey()
{
    const QDateTime expiry = m_clock.nowUtc().addSecs(3600);
    KeyLimits limits;
    limits.expiresAt = expiry;
    QVERIFY(m_admin->create(str("ci"), limits));
    m_clock.advance(2 * 3600);
    QVERIFY(!storedKey(str("ci")).isUsableAt(m_clock.nowUtc()));

    // Changing another field must not trip over the expiry that has passed in the meantime.
    KeyChanges changes;
    changes.maxSpend = std::optional<Money>(usd("1"));
    const auto updated = m_admin->update(str("ci"), changes);
    QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));
    KeyRecord stored = storedKey(str("ci"));
    QCOMPARE(stored.maxSpend, std::optional<Money>(usd("1")));
    QCOMPARE(stored.expiresAt, std::optional<QDateTime>(expiry));

    // Setting the expiry itself is checked against the new now; extending it revives the key.
    KeyChanges stillPast;
    stillPast.expiresAt = std::optional<QDateTime>(m_clock.nowUtc().addSecs(-1));
    QCOMPARE(m_admin->update(str("ci"), stillPast).error().code, Error::Code::Invalid);
    KeyChanges extend;
    extend.expiresAt = std::optional<QDateTime>(m_clock.nowUtc().addDays(1));
    QVERIFY(m_admin->update(str("ci"), extend));
    QVERIFY(storedKey(str("ci")).isUsableAt(m_clock.nowUtc()));
}

void TestKeyAdmin::rotate()
{
    const KeyLimits limits = fullLimits(m_clock.nowUtc().addDays(30));
    const auto issued = m_admin->create(str("ci"), limits);
    QVERIFY(issued);
    const QDateTime createdAt = m_clock.nowUtc();
    m_clock.advance(600);

    const auto rotated = m_admin->rotate(str("ci"));
    QVERIFY(rotated);
    QVERIFY(rotated->secret != issued->secret);
    QVERIFY(KeySecret::hasValidShape(rotated->secret));
    QCOMPARE(rotated->record.secretHash, KeySecret::hash(rotated->secret));
    QCOMPARE(rotated->record.prefix, KeySecret::displayPrefix(rotated->secret));

    const KeyRecord stored = storedKey(str("ci"));
    QCOMPARE(stored.id, issued->record.id);
    QCOMPARE(stored.secretHash, KeySecret::hash(rotated->secret));
    QVERIFY(stored.secretHash != issued->record.secretHash);
    QCOMPARE(stored.prefix, KeySecret::displayPrefix(rotated->secret));
    QCOMPARE(stored.createdAt, createdAt);
    QCOMPARE(stored.maxSpend, limits.maxSpend);
    QCOMPARE(stored.rateLimit, limits.rateLimit);
    QCOMPARE(stored.tokensPerMinute, limits.tokensPerMinute);
    QCOMPARE(stored.allowedModels, limits.allowedModels);
    QCOMPARE(stored.expiresAt, limits.expiresAt);
    QCOMPARE(stored.status, KeyStatus::Active);

    QVERIFY(!m_store->findKeyByHash(KeySecret::hash(issued->secret)));
    const auto byNewHash = m_store->findKeyByHash(KeySecret::hash(rotated->secret));
    QVERIFY(byNewHash);
    QCOMPARE(byNewHash->id, issued->record.id);
}

void TestKeyAdmin::revoke()
{
    QVERIFY(m_admin->create(str("ci"), KeyLimits()));
    m_clock.advance(90);
    const auto revoked = m_admin->revoke(str("ci"));
    QVERIFY(revoked);
    QCOMPARE(revoked->status, KeyStatus::Revoked);

    const KeyRecord stored = storedKey(str("ci"));
    QCOMPARE(stored.status, KeyStatus::Revoked);
    QCOMPARE(stored.revokedAt, m_clock.nowUtc());
    QVERIFY(!stored.isUsableAt(m_clock.nowUtc()));

    // Revocation is permanent.
    KeyChanges changes;
    changes.maxSpend = std::optional<Money>(usd("1"));
    const auto updated = m_admin->update(str("ci"), changes);
    QVERIFY(!updated);
    QCOMPARE(updated.error().code, Error::Code::Invalid);
    const auto rotated = m_admin->rotate(str("ci"));
    QVERIFY(!rotated);
    QCOMPARE(rotated.error().code, Error::Code::Invalid);
    const auto again = m_admin->revoke(str("ci"));
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::Invalid);

    const KeyRecord after = storedKey(str("ci"));
    QCOMPARE(after.secretHash, stored.secretHash);
    QCOMPARE(after.revokedAt, stored.revokedAt);
    QVERIFY(!after.maxSpend);
}

void TestKeyAdmin::missingKey()
{
    QVERIFY(m_admin->create(str("present"), KeyLimits()));
    QCOMPARE(m_admin->update(str("absent"), KeyChanges()).error().code, Error::Code::NotFound);
    QCOMPARE(m_admin->rotate(str("absent")).error().code, Error::Code::NotFound);
    QCOMPARE(m_admin->revoke(str("absent")).error().code, Error::Code::NotFound);
    QCOMPARE(m_store->listKeys().size(), 1);
}

void TestKeyAdmin::isUsableAt_data()
{
    QTest::addColumn<KeyStatus>("status");
    QTest::addColumn<qint64>("expiresInSecs"); // -1: no expiry
    QTest::addColumn<bool>("usable");

    QTest::addRow("active, no expiry") << KeyStatus::Active << qint64(-1) << true;
    QTest::addRow("active, expires later") << KeyStatus::Active << qint64(60) << true;
    QTest::addRow("active, expires now") << KeyStatus::Active << qint64(0) << false;
    QTest::addRow("revoked, no expiry") << KeyStatus::Revoked << qint64(-1) << false;
    QTest::addRow("revoked, expires later") << KeyStatus::Revoked << qint64(60) << false;
}

void TestKeyAdmin::isUsableAt()
{
    QFETCH(KeyStatus, status);
    QFETCH(qint64, expiresInSecs);
    QFETCH(bool, usable);
    const QDateTime now = m_clock.nowUtc();
    KeyRecord key;
    key.status = status;
    if (expiresInSecs >= 0)
        key.expiresAt = now.addSecs(expiresInSecs);
    QCOMPARE(key.isUsableAt(now), usable);
    // The key stops working at the instant of expiry, and worked one millisecond before.
    if (key.expiresAt && status == KeyStatus::Active) {
        QVERIFY(!key.isUsableAt(*key.expiresAt));
        QVERIFY(key.isUsableAt(key.expiresAt->addMSecs(-1)));
    }
}

QTEST_GUILESS_MAIN(TestKeyAdmin)
#include "tst_keyadmin.moc"
