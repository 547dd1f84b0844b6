#include "backupjob.h"

#include "error.h"

#include <QDir>
#include <QLabel>
#include <QPromise>
#include <QStatusBar>
#include <QtConcurrent>

#include <atomic>

namespace duizhao::gui {

namespace {
std::atomic<int> g_startDelayMs{3000};
}

BackupJob::BackupJob(QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_statusBar(statusBar)
{
    setObjectName(QStringLiteral("backupJob"));
    m_pool.setMaxThreadCount(1);
    m_pool.setThreadPriority(QThread::LowPriority); // the least urgent work the program has
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BackupJob::start);
    connect(&m_watcher, &QFutureWatcher<BackupOutcome>::progressValueChanged, this, &BackupJob::showProgress);
    connect(&m_watcher, &QFutureWatcher<BackupOutcome>::finished, this, [this] {
        if (m_label)
            m_label->hide();
        BackupOutcome outcome;
        if (m_watcher.future().resultCount() > 0)
            outcome = m_watcher.result();
        else
            outcome.result = BackupOutcome::Result::Cancelled;
        if (outcome.result == BackupOutcome::Result::Failed && m_statusBar)
            m_statusBar->showMessage(tr("The daily backup could not be taken: %1").arg(outcome.error), 15000);
        emit finished(outcome);
    });
}

BackupJob::~BackupJob()
{
    cancel();
    waitForFinished();
}

int BackupJob::startDelayMs()
{
    return g_startDelayMs;
}

void BackupJob::setStartDelayMs(int ms)
{
    g_startDelayMs = ms;
}

void BackupJob::schedule(const QString &libraryPath)
{
    cancel();
    m_libraryPath = libraryPath;
    m_timer.start(startDelayMs());
}

void BackupJob::cancel()
{
    m_timer.stop();
    m_watcher.cancel();
}

bool BackupJob::isRunning() const
{
    return m_watcher.isRunning();
}

void BackupJob::waitForFinished()
{
    m_watcher.waitForFinished();
}

BackupOutcome BackupJob::run(const QString &libraryPath, const Backups::Step &step, int pagesPerStep)
{
    BackupOutcome outcome;
    try {
        switch (Backups::dailyDue(libraryPath)) {
        case Backups::Due::No:
            outcome.result = BackupOutcome::Result::NotDue;
            return outcome;
        case Backups::Due::Unchanged:
            outcome.result = BackupOutcome::Result::Unchanged;
            return outcome;
        case Backups::Due::Yes:
            break;
        }
        outcome.backup = Backups::create(libraryPath, QStringLiteral("daily"), step, pagesPerStep);
        outcome.result = BackupOutcome::Result::Taken;
    } catch (const Error &error) {
        // A full disk or a busy library must not bother the reader: the next start tries again.
        outcome.result =
            error.kind() == Error::Kind::Cancelled ? BackupOutcome::Result::Cancelled : BackupOutcome::Result::Failed;
        outcome.error = error.text();
    }
    return outcome;
}

void BackupJob::start()
{
    // A copy still stopping (a library opened during the last one) finishes first: one step.
    m_watcher.waitForFinished();
    const QString libraryPath = m_libraryPath;
    const StepHook hook = m_stepHook;
    const int pagesPerStep = m_pagesPerStep;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [libraryPath, hook, pagesPerStep](QPromise<BackupOutcome> &promise) {
        promise.setProgressRange(0, 1000);
        const BackupOutcome outcome = run(
            libraryPath,
            [&promise, &hook](qint64 copied, qint64 total) {
                promise.setProgressValue(total > 0 ? int(copied * 1000 / total) : 0);
                if (hook)
                    hook(copied, total);
                return !promise.isCanceled();
            },
            pagesPerStep);
        promise.addResult(outcome); // ignored once cancelled: the watcher then reports Cancelled
    }));
    emit started();
}

void BackupJob::showProgress(int permille)
{
    if (!m_statusBar)
        return;
    if (!m_label) {
        m_label = new QLabel;
        m_label->setObjectName(QStringLiteral("backupProgress"));
        m_label->setTextFormat(Qt::PlainText);
        m_statusBar->addPermanentWidget(m_label);
    }
    m_label->setText(tr("Backing up the library… %1%").arg(permille / 10));
    m_label->setToolTip(tr("The daily backup of the library, taken in the background into %1. Quitting stops it "
                           "and leaves nothing behind.")
                            .arg(QDir::toNativeSeparators(Backups::folderFor(m_libraryPath))));
    m_label->setVisible(isRunning());
}

} // namespace duizhao::gui
