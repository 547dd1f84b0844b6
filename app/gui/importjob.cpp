#include "importjob.h"

#include "error.h"
#include "library/library.h"

#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent>

namespace duizhao::gui {

namespace {

QList<PaperSource> sourcesOf(const QStringList &files)
{
    QList<PaperSource> sources;
    for (const QString &file : files)
        sources.append(PaperSource::file(file));
    return sources;
}

} // namespace

ImportJob::ImportJob(const QString &libraryPath, const QStringList &files, QWidget *parent)
    : ImportJob(libraryPath, sourcesOf(files), parent)
{}

ImportJob::ImportJob(const QString &libraryPath, const QList<PaperSource> &sources, QWidget *parent)
    : QObject(parent)
    , m_libraryPath(libraryPath)
    , m_sources(sources)
    , m_parent(parent)
{
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::finished, this, [this] {
        if (m_progress)
            m_progress->reset();
        ImportOutcome outcome;
        if (m_watcher.future().resultCount() > 0)
            outcome = m_watcher.result();
        else
            outcome.cancelled = true;
        emit finished(outcome);
    });
}

ImportOutcome ImportJob::run(const QString &libraryPath, const QStringList &files,
                             const PaperImporter::Progress &progress)
{
    return run(libraryPath, sourcesOf(files), progress);
}

ImportOutcome ImportJob::run(const QString &libraryPath, const QList<PaperSource> &sources,
                             const PaperImporter::Progress &progress)
{
    ImportOutcome outcome;
    try {
        Library library(libraryPath); // this thread's own connection
        outcome.result = PaperImporter(library).import(sources, progress);
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::Cancelled)
            outcome.cancelled = true;
        else
            outcome.error = error.text();
    }
    return outcome;
}

QString ImportJob::progressText(const ImportProgress &progress)
{
    // Digits grouped the same way in every language: "1,203 of 5,000 files, 80 of 333 MB".
    const QLocale c(QLocale::English);
    const auto mb = [](qint64 bytes) { return (bytes + 500000) / 1000000; };
    return tr("Importing: %1 of %2 files, %3 of %4 MB…")
        .arg(c.toString(progress.filesDone), c.toString(progress.files), c.toString(mb(progress.bytesDone)),
             c.toString(mb(progress.bytes)));
}

void ImportJob::start()
{
    m_progress = new QProgressDialog(m_parent);
    m_progress->setWindowTitle(tr("Importing"));
    m_progress->setLabelText(m_sources.size() == 1
                                 ? tr("Importing %1…").arg(QFileInfo(m_sources.front().name()).fileName())
                                 : tr("Importing %1 papers…").arg(m_sources.size()));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400); // a fast import does not flash a dialog
    m_progress->setRange(0, 1000);
    m_progress->setAutoClose(true);
    connect(m_progress, &QProgressDialog::canceled, &m_watcher, &QFutureWatcher<ImportOutcome>::cancel);
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::progressValueChanged, m_progress, &QProgressDialog::setValue);
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::progressTextChanged, m_progress,
            &QProgressDialog::setLabelText);

    const QString libraryPath = m_libraryPath;
    const QList<PaperSource> sources = m_sources;
    m_watcher.setFuture(QtConcurrent::run([libraryPath, sources](QPromise<ImportOutcome> &promise) {
        promise.setProgressRange(0, 1000);
        int shownFiles = -1;
        const ImportOutcome outcome = run(libraryPath, sources, [&](const ImportProgress &progress) {
            if (sources.size() > 1 && progress.filesDone != shownFiles) {
                shownFiles = progress.filesDone;
                promise.setProgressValueAndText(int(progress.fraction() * 1000), progressText(progress));
            } else {
                promise.setProgressValue(int(progress.fraction() * 1000));
            }
            return !promise.isCanceled();
        });
        if (!outcome.cancelled)
            promise.addResult(outcome);
    }));
}

bool ImportJob::isRunning() const
{
    return m_watcher.isRunning();
}

void ImportJob::waitForFinished()
{
    m_watcher.waitForFinished();
}

} // namespace duizhao::gui
