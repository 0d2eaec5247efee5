#pragma once

#include "ui/export/csvexportjob.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

namespace Ui {

/** Runs one CsvExportJob at a time in a thread of its own; destroying it cancels and waits. */
class CsvExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvExporter)

public:
    explicit CsvExporter(QObject *parent = nullptr);
    ~CsvExporter() override;

    void start(const ExportRequest &request);
    void cancel();
    bool isRunning() const { return m_job != nullptr; }

signals:
    void progressed(qint64 rowsWritten, qint64 rowsTotal);
    void finished(Ui::CsvExportJob::Outcome outcome, qint64 rowsWritten, const QString &error);

private:
    void stopThread();

    std::unique_ptr<QThread> m_thread;
    CsvExportJob *m_job = nullptr;
};

} // namespace Ui
