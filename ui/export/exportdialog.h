#pragma once

#include "core/ledger/queries.h"
#include "ui/export/csvexportjob.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Ui {

class CsvExporter;

/**
 * Exports traces or totals to a CSV file with the command line's columns, in the background with a
 * progress bar and Cancel. Opened from the Traces page (with its filters) and from File > Export.
 */
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    /** `traceFilter`: the Traces page's filters, offered for a trace export; its time range prefills the dates. */
    explicit ExportDialog(const QString &ledgerPath, const Ledger::TraceQuery &traceFilter = {}, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /**
     * Where an export goes unless the user says otherwise: tollgate-DATE.csv in the Documents folder,
     * or in the home folder where there is no Documents folder (nothing is created for it).
     */
    static QString defaultFilePath(const QDate &day);

    /** The request the current fields describe. */
    ExportRequest request() const;
    bool isRunning() const;

    void reject() override;

signals:
    void exportFinished(Ui::CsvExportJob::Outcome outcome, qint64 rows, const QString &filePath);

private:
    void startExport();
    void runExport(const ExportRequest &exportRequest);
    void browse();
    void updateState();
    void handleFinished(CsvExportJob::Outcome outcome, qint64 rows, const QString &error);
    QString filterSummary() const;
    /** Whether the export takes the Traces page's own time span instead of the dialog's whole days. */
    bool pageTimeApplies() const;

    QString m_ledgerPath;
    Ledger::TraceQuery m_traceFilter;
    CsvExporter *m_exporter = nullptr;
    QRadioButton *m_traces = nullptr;
    QRadioButton *m_totals = nullptr;
    QCheckBox *m_byKey = nullptr;
    QCheckBox *m_byModel = nullptr;
    QCheckBox *m_byDay = nullptr;
    QCheckBox *m_byRoute = nullptr;
    QCheckBox *m_applyFilters = nullptr;
    QCheckBox *m_allTime = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_file = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_runningFile;
    QString m_confirmedFile; // chosen in the file dialog, which already asked about overwriting it
};

} // namespace Ui
