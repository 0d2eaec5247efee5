#pragma once

#include "core/ledger/queries.h"

#include <QObject>
#include <QString>

#include <atomic>

namespace Ui {

/** What to export: traces (the CLI's trace columns) or totals grouped like `tollgate report`. */
struct ExportRequest
{
    enum class Kind { Traces, Totals };

    Kind kind = Kind::Traces;
    QString ledgerPath;
    QString filePath;
    Ledger::TraceQuery traces;     // Traces: filters; limit, offset and cursors are ignored
    Ledger::ReportQuery totals;    // Totals: range and grouping
};

/**
 * Writes one CSV export in the thread it lives in, through its own read-only ledger connection.
 * The file is written next to its target and renamed into place only when complete (QSaveFile), so
 * a cancelled or failed export leaves nothing behind.
 */
class CsvExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvExportJob)

public:
    enum class Outcome { Written, Cancelled, Failed };
    Q_ENUM(Outcome)

    static constexpr int PageSize = 2000;

    explicit CsvExportJob(ExportRequest request, QObject *parent = nullptr);

    /** Runs the whole export; call in the job's thread. */
    void run();
    /** Thread-safe: the job stops at the next page and discards the file. */
    void cancel() { m_cancelled.store(true); }

signals:
    void progressed(qint64 rowsWritten, qint64 rowsTotal);
    void finished(Ui::CsvExportJob::Outcome outcome, qint64 rowsWritten, const QString &error);

private:
    ExportRequest m_request;
    std::atomic<bool> m_cancelled{false};
};

} // namespace Ui
