#include "exportjob.h"

#include "error.h"
#include "export/pdfexporter.h"
#include "export/xfdf.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QPromise>
#include <QSaveFile>
#include <QtConcurrent>

namespace duizhao::gui {

ExportJob::ExportJob(ExportFormat format, PdfExportInput input, PdfExportOptions options, QString path, QWidget *parent)
    : QObject(parent)
    , m_format(format)
    , m_input(std::move(input))
    , m_options(std::move(options))
    , m_path(std::move(path))
    , m_parent(parent)
{
    connect(&m_watcher, &QFutureWatcher<ExportOutcome>::finished, this, [this] {
        if (m_progress)
            m_progress->reset();
        ExportOutcome outcome;
        outcome.format = m_format;
        outcome.path = m_path;
        if (m_watcher.future().resultCount() > 0)
            outcome = m_watcher.result();
        else
            outcome.cancelled = true;
        emit finished(outcome);
    });
}

void ExportJob::run(ExportFormat format, const PdfExportInput &input, const PdfExportOptions &options,
                    const QString &path, const Progress &progress)
{
    if (format == ExportFormat::Pdf) {
        PdfExporter::exportToFile(input, options, path, progress);
        return;
    }
    // The marks on the pages of the PDF exported beside it, which the XFDF names.
    const QByteArray bytes = Xfdf::writeFor(input, options, QFileInfo(path).completeBaseName() + u".pdf", progress);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(Error::Kind::Io, file.errorString(), path);
}

void ExportJob::start()
{
    m_progress = new QProgressDialog(m_parent);
    m_progress->setWindowTitle(m_format == ExportFormat::Pdf ? tr("Exporting PDF") : tr("Exporting Annotations"));
    m_progress->setLabelText(tr("Writing %1…").arg(QFileInfo(m_path).fileName()));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setRange(0, 1000);
    connect(m_progress, &QProgressDialog::canceled, &m_watcher, &QFutureWatcher<ExportOutcome>::cancel);
    connect(&m_watcher, &QFutureWatcher<ExportOutcome>::progressValueChanged, m_progress, &QProgressDialog::setValue);

    m_watcher.setFuture(QtConcurrent::run(
        [format = m_format, input = m_input, options = m_options, path = m_path](QPromise<ExportOutcome> &promise) {
            promise.setProgressRange(0, 1000);
            ExportOutcome outcome;
            outcome.format = format;
            outcome.path = path;
            try {
                run(format, input, options, path, [&promise](int done, int total) {
                    promise.setProgressValue(total > 0 ? done * 1000 / total : 0);
                    return !promise.isCanceled();
                });
            } catch (const Error &error) {
                if (error.kind() == Error::Kind::Cancelled)
                    return;
                outcome.error = error.text();
            }
            promise.addResult(outcome);
        }));
}

bool ExportJob::isRunning() const
{
    return m_watcher.isRunning();
}

void ExportJob::waitForFinished()
{
    m_watcher.waitForFinished();
}

void ExportJob::cancel()
{
    m_watcher.cancel();
}

} // namespace duizhao::gui
