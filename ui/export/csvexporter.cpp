#include "ui/export/csvexporter.h"

namespace Ui {

CsvExporter::CsvExporter(QObject *parent)
    : QObject(parent)
{
}

CsvExporter::~CsvExporter()
{
    cancel();
    stopThread();
}

void CsvExporter::start(const ExportRequest &request)
{
    if (m_job)
        return;
    stopThread();
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("csv-export"));
    m_job = new CsvExportJob(request);
    m_job->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::started, m_job, &CsvExportJob::run);
    connect(m_thread.get(), &QThread::finished, m_job, &QObject::deleteLater);
    connect(m_job, &CsvExportJob::progressed, this, &CsvExporter::progressed);
    connect(m_job, &CsvExportJob::finished, this, [this](CsvExportJob::Outcome outcome, qint64 rows, const QString &error) {
        m_job = nullptr;
        m_thread->quit();
        emit finished(outcome, rows, error);
    });
    m_thread->start();
}

void CsvExporter::cancel()
{
    if (m_job)
        m_job->cancel();
}

void CsvExporter::stopThread()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

} // namespace Ui
