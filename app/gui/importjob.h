#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

class QProgressDialog;
class QWidget;

namespace duizhao::gui {

struct ImportOutcome
{
    QList<qint64> documentIds; // one per file, in order
    int added = 0;             // how many were new to the library
    QString error;             // "file:line: message" when the import failed
    bool cancelled = false;
};

// Imports papers off the UI thread: the worker opens its own connection to the library, reads
// every file first and stores them in one transaction, so a bad file leaves the library as it was.
// A progress dialog with Cancel shows while it runs.
class ImportJob final : public QObject
{
    Q_OBJECT

public:
    ImportJob(const QString &libraryPath, const QStringList &files, QWidget *parent);
    void start();
    bool isRunning() const;
    // Blocks until the worker is done (tests, shutdown).
    void waitForFinished();

    static ImportOutcome run(const QString &libraryPath, const QStringList &files,
                             const std::function<bool(int done, int total)> &progress);

signals:
    void finished(const duizhao::gui::ImportOutcome &outcome);

private:
    QString m_libraryPath;
    QStringList m_files;
    QWidget *m_parent;
    QFutureWatcher<ImportOutcome> m_watcher;
    QProgressDialog *m_progress = nullptr;
};

} // namespace duizhao::gui
