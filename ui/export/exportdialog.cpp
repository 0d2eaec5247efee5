#include "ui/export/exportdialog.h"

#include "ui/export/csvexporter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Ui {

ExportDialog::ExportDialog(const QString &ledgerPath, const Ledger::TraceQuery &traceFilter, QWidget *parent)
    : QDialog(parent)
    , m_ledgerPath(ledgerPath)
    , m_traceFilter(traceFilter)
    , m_exporter(new CsvExporter(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export CSV"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    auto *what = new QWidget(this);
    auto *whatLayout = new QVBoxLayout(what);
    whatLayout->setContentsMargins(0, 0, 0, 0);
    m_traces = new QRadioButton(tr("&Traces, one row per request"), what);
    m_traces->setObjectName(QStringLiteral("exportTraces"));
    m_applyFilters = new QCheckBox(what);
    m_applyFilters->setObjectName(QStringLiteral("applyFilters"));
    m_totals = new QRadioButton(tr("Tota&ls, grouped by:"), what);
    m_totals->setObjectName(QStringLiteral("exportTotals"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_traces);
    group->addButton(m_totals);
    m_traces->setChecked(true);
    auto *groups = new QHBoxLayout;
    groups->setContentsMargins(24, 0, 0, 0);
    m_byKey = new QCheckBox(tr("&Key"), what);
    m_byKey->setObjectName(QStringLiteral("byKey"));
    m_byKey->setChecked(true);
    m_byModel = new QCheckBox(tr("&Model"), what);
    m_byModel->setObjectName(QStringLiteral("byModel"));
    m_byDay = new QCheckBox(tr("&Day"), what);
    m_byDay->setObjectName(QStringLiteral("byDay"));
    m_byRoute = new QCheckBox(tr("&Provider"), what);
    m_byRoute->setObjectName(QStringLiteral("byRoute"));
    for (QCheckBox *box : {m_byKey, m_byModel, m_byDay, m_byRoute})
        groups->addWidget(box);
    groups->addStretch();
    whatLayout->addWidget(m_traces);
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(24, 0, 0, 0);
    filterRow->addWidget(m_applyFilters);
    whatLayout->addLayout(filterRow);
    whatLayout->addWidget(m_totals);
    whatLayout->addLayout(groups);
    form->addRow(tr("What:"), what);

    const QString summary = filterSummary();
    m_applyFilters->setText(summary.isEmpty() ? tr("No filters from the Traces page") : tr("O&nly traces matching: %1").arg(summary));
    m_applyFilters->setChecked(!summary.isEmpty());
    m_applyFilters->setEnabled(!summary.isEmpty());

    auto *range = new QWidget(this);
    auto *rangeLayout = new QHBoxLayout(range);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    m_allTime = new QCheckBox(tr("&All time"), range);
    m_allTime->setObjectName(QStringLiteral("allTime"));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(traceFilter.since.isValid() ? traceFilter.since.toLocalTime().date() : QDate(today.year(), today.month(), 1), range);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(traceFilter.until.isValid() ? traceFilter.until.toLocalTime().addMSecs(-1).date() : today, range);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setCalendarPopup(true);
    auto *fromLabel = new QLabel(tr("&From"), range);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("t&o"), range);
    toLabel->setBuddy(m_to);
    rangeLayout->addWidget(m_allTime);
    rangeLayout->addSpacing(12);
    rangeLayout->addWidget(fromLabel);
    rangeLayout->addWidget(m_from);
    rangeLayout->addWidget(toLabel);
    rangeLayout->addWidget(m_to);
    rangeLayout->addStretch();
    m_allTime->setChecked(!traceFilter.since.isValid() && !traceFilter.until.isValid());
    form->addRow(tr("Dates:"), range);

    auto *file = new QWidget(this);
    auto *fileLayout = new QHBoxLayout(file);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    m_file = new QLineEdit(file);
    m_file->setObjectName(QStringLiteral("filePath"));
    m_file->setText(defaultFilePath(today));
    auto *browseButton = new QPushButton(tr("&Browse…"), file);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(browseButton);
    auto *fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, file);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);

    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    for (QAbstractButton *button : std::initializer_list<QAbstractButton *>{m_traces, m_totals, m_byKey, m_byModel, m_byDay, m_byRoute, m_allTime, m_applyFilters})
        connect(button, &QAbstractButton::toggled, this, &ExportDialog::updateState);
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_exporter, &CsvExporter::progressed, this, [this](qint64 done, qint64 total) {
        // QProgressBar counts in int: show per mille for any size.
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
        m_message->setText(tr("%1 of %2 rows written…").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_exporter, &CsvExporter::finished, this, &ExportDialog::handleFinished);
    updateState();
    resize(620, 340);
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::defaultFilePath(const QDate &day)
{
    // The standard location is named even where the folder was never made (a fresh account, a server).
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder = !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
    return QDir(folder).filePath(QStringLiteral("tollgate-%1.csv").arg(day.toString(Qt::ISODate)));
}

QString ExportDialog::filterSummary() const
{
    QStringList parts;
    if (!m_traceFilter.keyName.isEmpty())
        parts << tr("key %1").arg(m_traceFilter.keyName);
    if (!m_traceFilter.model.isEmpty())
        parts << tr("model %1").arg(m_traceFilter.model);
    if (!m_traceFilter.provider.isEmpty())
        parts << tr("provider %1").arg(m_traceFilter.provider);
    if (!m_traceFilter.outcome.isEmpty())
        parts << tr("outcome %1").arg(m_traceFilter.outcome);
    if (m_traceFilter.minStatus > 0 || m_traceFilter.maxStatus > 0)
        parts << tr("status %1–%2").arg(m_traceFilter.minStatus).arg(m_traceFilter.maxStatus);
    if (m_traceFilter.costStatus)
        parts << tr("cost %1").arg(Ledger::costStatusName(*m_traceFilter.costStatus));
    if (m_traceFilter.since.isValid())
        parts << tr("since %1").arg(QLocale().toString(m_traceFilter.since.toLocalTime(), QLocale::ShortFormat));
    if (m_traceFilter.until.isValid())
        parts << tr("before %1").arg(QLocale().toString(m_traceFilter.until.toLocalTime(), QLocale::ShortFormat));
    return parts.join(QStringLiteral(", "));
}

bool ExportDialog::pageTimeApplies() const
{
    // The Traces page's span ("Last 24 hours") is no whole number of days: exported as whole days, it wrote
    // 127 rows where the page showed 103 (QA). With the page's filters, the export takes its span as it is.
    return m_traces->isChecked() && m_applyFilters->isChecked() && m_applyFilters->isEnabled()
           && (m_traceFilter.since.isValid() || m_traceFilter.until.isValid());
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.ledgerPath = m_ledgerPath;
    request.filePath = m_file->text().trimmed();
    QDateTime since;
    QDateTime until;
    if (!m_allTime->isChecked()) {
        // Whole local days, the last one included.
        since = m_from->date().startOfDay(QTimeZone::systemTimeZone()).toUTC();
        until = m_to->date().addDays(1).startOfDay(QTimeZone::systemTimeZone()).toUTC();
    }
    if (m_traces->isChecked()) {
        request.kind = ExportRequest::Kind::Traces;
        if (m_applyFilters->isChecked())
            request.traces = m_traceFilter;
        if (!pageTimeApplies()) {
            request.traces.since = since;
            request.traces.until = until;
        }
    } else {
        request.kind = ExportRequest::Kind::Totals;
        request.totals.since = since;
        request.totals.until = until;
        if (m_byKey->isChecked())
            request.totals.groupBy << Ledger::ReportDimension::Key;
        if (m_byModel->isChecked())
            request.totals.groupBy << Ledger::ReportDimension::Model;
        if (m_byDay->isChecked())
            request.totals.groupBy << Ledger::ReportDimension::Day;
        if (m_byRoute->isChecked())
            request.totals.groupBy << Ledger::ReportDimension::Route;
    }
    return request;
}

bool ExportDialog::isRunning() const
{
    return m_exporter->isRunning();
}

void ExportDialog::updateState()
{
    const bool running = isRunning();
    const bool totals = m_totals->isChecked();
    for (QCheckBox *box : {m_byKey, m_byModel, m_byDay, m_byRoute})
        box->setEnabled(totals && !running);
    m_applyFilters->setEnabled(!totals && !running && !filterSummary().isEmpty());
    const bool datesApply = !pageTimeApplies();
    m_from->setEnabled(datesApply && !m_allTime->isChecked() && !running);
    m_to->setEnabled(datesApply && !m_allTime->isChecked() && !running);
    const bool grouped = m_byKey->isChecked() || m_byModel->isChecked() || m_byDay->isChecked() || m_byRoute->isChecked();
    m_export->setEnabled(!running && !m_file->text().trimmed().isEmpty() && (!totals || grouped));
    m_traces->setEnabled(!running);
    m_totals->setEnabled(!running);
    m_allTime->setEnabled(datesApply && !running);
    m_file->setEnabled(!running);
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_file->text(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) {
        m_confirmedFile = path;
        m_file->setText(path);
    }
}

void ExportDialog::startExport()
{
    if (isRunning())
        return;
    const ExportRequest exportRequest = request();
    if (exportRequest.filePath.isEmpty())
        return;
    if (!m_allTime->isChecked() && m_to->date() < m_from->date()) {
        m_message->setText(tr("The end date is before the start date."));
        return;
    }
    if (QFileInfo::exists(exportRequest.filePath) && exportRequest.filePath != m_confirmedFile) {
        auto *confirm = new QMessageBox(QMessageBox::Question, tr("Export CSV"),
                                        tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(exportRequest.filePath)),
                                        QMessageBox::Yes | QMessageBox::Cancel, this);
        confirm->setObjectName(QStringLiteral("overwriteConfirm"));
        confirm->setDefaultButton(QMessageBox::Cancel);
        confirm->setAttribute(Qt::WA_DeleteOnClose);
        connect(confirm, &QMessageBox::buttonClicked, this, [this, confirm, exportRequest](QAbstractButton *button) {
            if (confirm->standardButton(button) == QMessageBox::Yes)
                runExport(exportRequest);
        });
        confirm->open();
        return;
    }
    runExport(exportRequest);
}

void ExportDialog::runExport(const ExportRequest &exportRequest)
{
    if (isRunning())
        return;
    m_runningFile = exportRequest.filePath;
    m_progress->setRange(0, 0); // busy until the first count arrives
    m_progress->setVisible(true);
    m_message->setText(tr("Exporting…"));
    m_exporter->start(exportRequest);
    updateState();
}

void ExportDialog::reject()
{
    if (isRunning()) {
        // Cancel stops the export, not the dialog: the user sees it end, then may close.
        m_exporter->cancel();
        m_message->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void ExportDialog::handleFinished(CsvExportJob::Outcome outcome, qint64 rows, const QString &error)
{
    m_progress->setVisible(outcome == CsvExportJob::Outcome::Written);
    switch (outcome) {
    case CsvExportJob::Outcome::Written:
        m_progress->setRange(0, 1000);
        m_progress->setValue(1000);
        m_message->setText(tr("Wrote %Ln row(s) to %1.", nullptr, int(std::min<qint64>(rows, std::numeric_limits<int>::max())))
                               .arg(QDir::toNativeSeparators(m_runningFile)));
        m_cancel->setText(tr("&Close"));
        break;
    case CsvExportJob::Outcome::Cancelled:
        m_message->setText(tr("Export cancelled; no file was written."));
        break;
    case CsvExportJob::Outcome::Failed:
        m_message->setText(tr("Export failed: %1").arg(error));
        break;
    }
    updateState();
    emit exportFinished(outcome, rows, m_runningFile);
}

} // namespace Ui
