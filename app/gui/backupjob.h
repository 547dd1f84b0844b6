#pragma once

#include "storage/backups.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <functional>

class QLabel;
class QStatusBar;

namespace duizhao::gui {

struct BackupOutcome
{
    enum class Result
    {
        Taken,
        NotDue,    // the newest backup is less than a day old
        Unchanged, // nothing changed since the last daily backup
        Cancelled, // the program quit, or another library was opened
        Failed
    };
    Result result = Result::NotDue;
    BackupInfo backup; // when taken
    QString error;     // when failed: "file: message"
};

// The library's daily backup, taken in the background once the window has been up a while: never
// on the way to the first frame. The copy runs on a worker thread with its own connection to the
// library, a few megabytes per step (Backups::PagesPerStep), so the user reads and writes as
// usual meanwhile, and a cancel (quitting, opening another library) stops it within one step,
// leaving no file behind. While it copies, a label in the status bar says how far it is.
class BackupJob final : public QObject
{
    Q_OBJECT

public:
    explicit BackupJob(QStatusBar *statusBar, QObject *parent = nullptr);
    ~BackupJob() override; // cancels a running copy and waits for it (one step)

    // After the start delay, takes the daily backup of `libraryPath` if one is due. Cancels the
    // job of a library scheduled before.
    void schedule(const QString &libraryPath);
    void cancel();
    bool isScheduled() const { return m_timer.isActive(); }
    bool isRunning() const;
    void waitForFinished();

    // How long after the library is shown the copy starts: the window's first frames and its
    // panels come first. Tests set 0.
    static int startDelayMs();
    static void setStartDelayMs(int ms);
    // Tests: called on the worker thread at every step, after its progress is reported and before
    // the cancel flag is looked at.
    using StepHook = std::function<void(qint64 copied, qint64 total)>;
    void setStepHook(StepHook hook) { m_stepHook = std::move(hook); }
    // Tests: smaller steps, so that a small library takes several.
    void setPagesPerStep(int pages) { m_pagesPerStep = pages; }

    static BackupOutcome run(const QString &libraryPath, const Backups::Step &step,
                             int pagesPerStep = Backups::PagesPerStep);

signals:
    void started();
    void finished(const duizhao::gui::BackupOutcome &outcome);

private:
    void start();
    void showProgress(int permille);

    QPointer<QStatusBar> m_statusBar;
    QLabel *m_label = nullptr;
    QString m_libraryPath;
    QTimer m_timer;
    // A thread of its own: a long copy must not hold one of the global pool's threads, which
    // search and import use (two on a 2-core machine).
    QThreadPool m_pool;
    QFutureWatcher<BackupOutcome> m_watcher;
    StepHook m_stepHook;
    int m_pagesPerStep = Backups::PagesPerStep;
};

} // namespace duizhao::gui

Q_DECLARE_METATYPE(duizhao::gui::BackupOutcome)
