#pragma once

#include "core/common/money.h"
#include "core/ledger/ledgerstore.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Ui {

/** A key with a spend cap: its lifetime spend against the cap. */
struct KeyCapFigure
{
    QString key;
    Common::Money spent;
    Common::Money cap;
};

/**
 * Everything the Overview shows, read in one go from the hourly rollup (never raw traces), so that
 * it stays instant however long the history is.
 */
struct OverviewData
{
    QDate firstDay;                          // local dates, inclusive
    QDate lastDay;
    QList<Ledger::ReportRow> byDayAndKey;    // groupValues {day, key}
    QList<Ledger::ReportRow> byModel;        // groupValues {model}, by spend
    QList<KeyCapFigure> caps;                // usable keys with a cap, by share of it, highest first
    Ledger::CreditStatus credit;
    Common::Money spend;
    qint64 requests = 0;
    qint64 unpricedRequests = 0;
    // For a new user's first steps: the gateway needs a provider to forward to and a key to be called with.
    qsizetype providers = 0;
    qsizetype usableKeys = 0;

    /** Reads `days` local days ending with `today`. Runs in the ledger thread. */
    static OverviewData load(Ledger::LedgerStore &store, int days, const QDate &today, const QTimeZone &zone);
};

} // namespace Ui
