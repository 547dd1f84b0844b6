#pragma once

#include "library/paperimporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

class QProgressDialog;
class QWidget;

namespace duizhao::gui {

struct ImportOutcome
{
    ImportResult result; // the papers imported, or the files that could not be read
    QString error;       // "file:line: message" when storing failed
    bool cancelled = false;
};

// Runs PaperImporter off the UI thread: the worker opens its own connection to the library. A
// progress dialog with Cancel shows while it runs, with files and megabytes done for many files.
// Cancel leaves the library as it was (the import is one transaction).
class ImportJob final : public QObject
{
    Q_OBJECT

public:
    ImportJob(const QString &libraryPath, const QStringList &files, QWidget *parent);
    // Papers from elsewhere than files of their own (the bundled sample).
    ImportJob(const QString &libraryPath, const QList<PaperSource> &sources, QWidget *parent);
    void start();
    bool isRunning() const;
    // Blocks until the worker is done (tests, shutdown).
    void waitForFinished();

    static ImportOutcome run(const QString &libraryPath, const QStringList &files,
                             const PaperImporter::Progress &progress);
    static ImportOutcome run(const QString &libraryPath, const QList<PaperSource> &sources,
                             const PaperImporter::Progress &progress);
    // The dialog's label while many files import: "Importing: 1,203 of 5,000 files, 80 of 333 MB…".
    static QString progressText(const ImportProgress &progress);

signals:
    void finished(const duizhao::gui::ImportOutcome &outcome);

private:
    QString m_libraryPath;
    QList<PaperSource> m_sources;
    QWidget *m_parent;
    QFutureWatcher<ImportOutcome> m_watcher;
    QProgressDialog *m_progress = nullptr;
};

} // namespace duizhao::gui
