#include "ui/export/csvexportjob.h"

#include "core/ledger/sqliteledgerstore.h"
#include "core/report/csvwriter.h"
#include "core/report/tracecolumns.h"

#include <QSaveFile>

#include <atomic>

namespace Ui {

namespace {

QString connectionName()
{
    // Several exports may run at once; each needs a connection name of its own.
    static std::atomic<int> counter{0};
    return QStringLiteral("ledger-export-%1").arg(counter.fetch_add(1));
}

} // namespace

CsvExportJob::CsvExportJob(ExportRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
}

void CsvExportJob::run()
{
    auto opened = Ledger::SqliteLedgerStore::open(m_request.ledgerPath, connectionName(), Ledger::LedgerStore::Access::ReadOnly);
    if (!opened) {
        emit finished(Outcome::Failed, 0, opened.error().message);
        return;
    }
    Ledger::LedgerStore &store = *opened.value();

    QSaveFile file(m_request.filePath);
    // The file says who spent what, like the ledger: its owner's alone (0600), even when it replaces a
    // file that was readable by others. Set on the temporary file, so it holds from the first byte.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString error = file.errorString();
        file.cancelWriting();
        emit finished(Outcome::Failed, 0, error);
        return;
    }
    qint64 written = 0;
    const auto write = [&file](const QStringList &cells, const QList<Report::CsvWriter::Kind> &kinds = {}) {
        return file.write(Report::CsvWriter::row(cells, kinds)) >= 0;
    };
    bool ok = true;

    if (m_request.kind == ExportRequest::Kind::Totals) {
        const QList<Ledger::ReportRow> rows = store.report(m_request.totals);
        ok = write(Report::ReportColumns::names(m_request.totals.groupBy));
        for (qsizetype i = 0; ok && i < rows.size() && !m_cancelled.load(); ++i) {
            ok = write(Report::ReportColumns::cells(rows.at(i)), Report::ReportColumns::kinds(m_request.totals.groupBy));
            ++written;
        }
        emit progressed(written, rows.size());
    } else {
        Ledger::TraceQuery query = m_request.traces;
        query.offset = 0;
        query.newerThan.reset();
        query.olderThan.reset();
        const qint64 total = store.countTraces(query);
        emit progressed(0, total);
        query.limit = PageSize;
        ok = write(Report::TraceColumns::names());
        // Keyset pages, newest first like `tollgate traces`: each page starts where the last ended.
        while (ok && !m_cancelled.load()) {
            const QList<Ledger::TraceRecord> page = store.queryTraces(query);
            for (const Ledger::TraceRecord &trace : page) {
                if (!write(Report::TraceColumns::cells(trace), Report::TraceColumns::kinds())) {
                    ok = false;
                    break;
                }
            }
            written += page.size();
            emit progressed(written, std::max(total, written));
            if (page.size() < PageSize)
                break;
            query.olderThan = Ledger::TracePosition{page.constLast().time.toMSecsSinceEpoch(), page.constLast().id};
        }
    }

    // Checked last, right before the rename, so a Cancel at any moment before it leaves no file.
    if (m_cancelled.load()) {
        file.cancelWriting();
        emit finished(Outcome::Cancelled, written, QString());
        return;
    }
    // A damaged ledger ends a read early, as if there were no more rows (QA: 67,236 of 99,214 traces
    // written and reported as done). Like the command line, say so; and leave no file that looks whole.
    if (ok) {
        if (const std::optional<Common::Error> failure = store.readFailure()) {
            file.cancelWriting();
            emit finished(Outcome::Failed, written,
                          tr("the ledger could not be read in full (%1), so no file was written").arg(failure->message));
            return;
        }
    }
    if (!ok || !file.commit()) {
        const QString error = file.errorString();
        file.cancelWriting();
        emit finished(Outcome::Failed, written, error);
        return;
    }
    emit finished(Outcome::Written, written, QString());
}

} // namespace Ui
