#include "core/admin/creditadmin.h"
#include "core/ledger/sqliteledgerstore.h"
#include "tests/support/fakeclock.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Admin::CreditAdmin;
using Common::Error;
using Common::Money;
using Ledger::CreditEntryKind;
using Ledger::SqliteLedgerStore;
using Ledger::TraceRecord;

namespace {

QString str(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QDateTime utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2025, 5, day), QTime(hour, minute), Qt::UTC);
}

} // namespace

class TestCreditAdmin final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void offBeforeFirstTopUp();
    void topUpMustBePositive_data();
    void topUpMustBePositive();
    void topUpEnablesAndCountsLaterTraces();
    void topUpsTotalAtMostTheMaximum();
    void switchOffKeepsEntries();
    void newPeriodStartsAtZero();

private:
    void addTrace(const QDateTime &time, std::optional<qint64> costNanos);

    std::unique_ptr<QTemporaryDir> m_dir;
    TestSupport::FakeClock m_clock;
    std::unique_ptr<SqliteLedgerStore> m_store;
    std::unique_ptr<CreditAdmin> m_admin;
    qint64 m_keyId = 0;
};

void TestCreditAdmin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock.setNow(utc(1, 12, 20));
    auto store = SqliteLedgerStore::open(m_dir->filePath(str("ledger.sqlite")), str("tst_creditadmin"),
                                         SqliteLedgerStore::Access::ReadWrite, m_clock);
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    m_store = std::move(store).value();
    m_admin = std::make_unique<CreditAdmin>(*m_store, m_clock);

    Keys::KeyRecord key;
    key.name = str("ci");
    key.prefix = str("sk-tg-abcdef");
    key.secretHash = QCryptographicHash::hash("ci", QCryptographicHash::Sha256).toHex();
    const auto id = m_store->insertKey(key);
    QVERIFY(id);
    m_keyId = id.value();
}

void TestCreditAdmin::cleanup()
{
    m_admin.reset();
    m_store.reset();
    m_dir.reset();
}

void TestCreditAdmin::addTrace(const QDateTime &time, std::optional<qint64> costNanos)
{
    TraceRecord trace;
    trace.time = time;
    trace.keyId = m_keyId;
    trace.model = str("gpt-4o");
    trace.servedModel = str("gpt-4o-2024-08-06");
    trace.provider = str("openai");
    trace.endpoint = str("/v1/chat/completions");
    trace.status = 200;
    trace.outcome = str("ok");
    trace.usage.inputTokens = 10;
    trace.usage.outputTokens = 5;
    if (costNanos)
        trace.cost = Money::fromNanos(*costNanos);
    trace.costStatus = costNanos ? Ledger::CostStatus::Exact : Ledger::CostStatus::Unpriced;
    const auto ids = m_store->insertTraces({trace});
    QVERIFY2(ids, ids ? "" : qPrintable(ids.error().message));
}

void TestCreditAdmin::offBeforeFirstTopUp()
{
    addTrace(utc(1, 11, 0), 1'000);
    const Ledger::CreditStatus status = m_admin->status();
    QVERIFY(!status.enabled);
    QVERIFY(!status.periodStart.isValid());
    QCOMPARE(status.toppedUp, Money());
    QCOMPARE(status.spent, Money());
    QVERIFY(m_store->listCreditEntries().isEmpty());
}

void TestCreditAdmin::topUpMustBePositive_data()
{
    QTest::addColumn<qint64>("nanos");
    QTest::addRow("zero") << qint64(0);
    QTest::addRow("minus one nano") << qint64(-1);
    QTest::addRow("minus five dollars") << qint64(-5'000'000'000);
}

void TestCreditAdmin::topUpMustBePositive()
{
    QFETCH(qint64, nanos);
    const auto status = m_admin->topUp(Money::fromNanos(nanos), str("bad"));
    QVERIFY(!status);
    QCOMPARE(status.error().code, Error::Code::Invalid);
    QVERIFY(m_store->listCreditEntries().isEmpty());
    QVERIFY(!m_admin->status().enabled);
}

void TestCreditAdmin::topUpsTotalAtMostTheMaximum()
{
    // QA: two top-ups of $9223372036 showed "topped up: $-1.709551616".
    const auto tooMuch = m_admin->topUp(Money::maxAmount() + Money::fromNanos(1), str("too much"));
    QVERIFY(!tooMuch);
    QCOMPARE(tooMuch.error().code, Error::Code::Invalid);
    QVERIFY2(tooMuch.error().message.contains(str("$1000000000")), qPrintable(tooMuch.error().message));
    QVERIFY(m_store->listCreditEntries().isEmpty());

    QVERIFY(m_admin->topUp(Money::maxAmount() - Money::fromNanos(1), str("almost all")));
    QVERIFY(m_admin->topUp(Money::fromNanos(1), str("the last nano")));
    const auto over = m_admin->topUp(Money::fromNanos(1), str("one nano over"));
    QVERIFY(!over);
    QCOMPARE(over.error().code, Error::Code::Invalid);
    QCOMPARE(m_store->listCreditEntries().size(), 2);
    QCOMPARE(m_admin->status().toppedUp, Money::maxAmount());

    // A new period starts from nothing again.
    QVERIFY(m_admin->switchOff());
    QVERIFY(m_admin->topUp(Money::maxAmount(), str("new period")));
    QCOMPARE(m_admin->status().toppedUp, Money::maxAmount());
}

void TestCreditAdmin::topUpEnablesAndCountsLaterTraces()
{
    // Before the top-up: an earlier hour, and earlier in the very hour of the top-up. Neither counts.
    addTrace(utc(1, 11, 0), 1'000'000);
    addTrace(utc(1, 12, 10), 2'000'000);

    const auto afterTopUp = m_admin->topUp(Money::fromNanos(5'000'000'000), str("first"));
    QVERIFY2(afterTopUp, afterTopUp ? "" : qPrintable(afterTopUp.error().message));
    QVERIFY(afterTopUp->enabled);
    QCOMPARE(afterTopUp->periodStart, utc(1, 12, 20));
    QCOMPARE(afterTopUp->toppedUp, Money::fromNanos(5'000'000'000));
    QCOMPARE(afterTopUp->spent, Money());
    QCOMPARE(afterTopUp->available(), Money::fromNanos(5'000'000'000));

    // From the top-up on: the same hour (at the instant itself too), later hours, later days.
    addTrace(utc(1, 12, 20), 4);
    addTrace(utc(1, 12, 40), 80);
    addTrace(utc(1, 12, 41), std::nullopt); // unpriced: unknown cost, adds nothing
    addTrace(utc(1, 13, 5), 1'600);
    addTrace(utc(2, 0, 0), 32'000);
    const qint64 spent = 4 + 80 + 1'600 + 32'000;

    const Ledger::CreditStatus status = m_admin->status();
    QVERIFY(status.enabled);
    QCOMPARE(status.spent, Money::fromNanos(spent));
    QCOMPARE(status.available(), Money::fromNanos(5'000'000'000 - spent));

    // A second top-up in the same period adds to it and keeps its start.
    m_clock.setNow(utc(3, 8, 0));
    const auto second = m_admin->topUp(Money::fromNanos(1'000'000'000), str("second"));
    QVERIFY(second);
    QCOMPARE(second->periodStart, utc(1, 12, 20));
    QCOMPARE(second->toppedUp, Money::fromNanos(6'000'000'000));
    QCOMPARE(second->spent, Money::fromNanos(spent));

    const QList<Ledger::CreditEntry> entries = m_store->listCreditEntries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).kind, CreditEntryKind::TopUp);
    QCOMPARE(entries.at(0).note, str("first"));
    QCOMPARE(entries.at(0).time, utc(1, 12, 20));
    QCOMPARE(entries.at(1).amount, Money::fromNanos(1'000'000'000));
}

void TestCreditAdmin::switchOffKeepsEntries()
{
    // Switching off while off changes nothing and writes nothing.
    const auto offAlready = m_admin->switchOff();
    QVERIFY(offAlready);
    QVERIFY(!offAlready->enabled);
    QVERIFY(m_store->listCreditEntries().isEmpty());

    QVERIFY(m_admin->topUp(Money::fromNanos(2'000'000'000), str("first")));
    addTrace(utc(1, 12, 30), 500);
    m_clock.setNow(utc(1, 14, 0));
    const auto off = m_admin->switchOff();
    QVERIFY(off);
    QVERIFY(!off->enabled);
    QVERIFY(!m_admin->status().enabled);

    const QList<Ledger::CreditEntry> entries = m_store->listCreditEntries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).kind, CreditEntryKind::TopUp);
    QCOMPARE(entries.at(0).amount, Money::fromNanos(2'000'000'000));
    QCOMPARE(entries.at(1).kind, CreditEntryKind::Off);
    QCOMPARE(entries.at(1).time, utc(1, 14, 0));
    QCOMPARE(m_store->sumTraceCosts(), Money::fromNanos(500));

    // A second switch-off adds no entry.
    QVERIFY(m_admin->switchOff());
    QCOMPARE(m_store->listCreditEntries().size(), 2);
}

void TestCreditAdmin::newPeriodStartsAtZero()
{
    QVERIFY(m_admin->topUp(Money::fromNanos(2'000'000'000), str("first")));
    addTrace(utc(1, 12, 30), 700);
    addTrace(utc(1, 13, 30), 900);
    m_clock.setNow(utc(1, 14, 0));
    QVERIFY(m_admin->switchOff());
    // Spend while off, in an earlier hour and in the hour the new period starts.
    addTrace(utc(1, 14, 5), 11);
    addTrace(utc(1, 15, 10), 13);

    m_clock.setNow(utc(1, 15, 30));
    const auto fresh = m_admin->topUp(Money::fromNanos(3'000'000'000), str("again"));
    QVERIFY(fresh);
    QVERIFY(fresh->enabled);
    QCOMPARE(fresh->periodStart, utc(1, 15, 30));
    QCOMPARE(fresh->toppedUp, Money::fromNanos(3'000'000'000));
    QCOMPARE(fresh->spent, Money());

    addTrace(utc(1, 15, 45), 17);
    addTrace(utc(1, 16, 0), 19);
    const Ledger::CreditStatus status = m_admin->status();
    QCOMPARE(status.spent, Money::fromNanos(17 + 19));
    QCOMPARE(status.available(), Money::fromNanos(3'000'000'000 - 17 - 19));
    QCOMPARE(m_store->listCreditEntries().size(), 3);
}

QTEST_GUILESS_MAIN(TestCreditAdmin)
#include "tst_creditadmin.moc"
