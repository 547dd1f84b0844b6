#pragma once

#include "align/alignmentdraft.h"
#include "alignmentreviewdialog.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QAction;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QWidget;

namespace duizhao::gui {

// File → Import Translation and Original…: which file is the English, which the Chinese.
class TranslationPairDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TranslationPairDialog(QWidget *parent = nullptr);
    void setFiles(const QString &en, const QString &zh);
    QString englishFile() const;
    QString chineseFile() const;
    void swap();

private:
    void updateOk();

    QLineEdit *m_en;
    QLineEdit *m_zh;
    QPushButton *m_ok = nullptr;
};

struct DraftOutcome
{
    AlignmentDraft draft;
    QString error;        // "file:line: message"
    bool unclear = false; // two files dropped whose languages could not be told apart
    bool cancelled = false;
};

// Reads both files and aligns them into a draft, off the UI thread, with a progress dialog and
// Cancel. `ordered`: the first file is the English; otherwise each file's script decides.
class DraftJob final : public QObject
{
    Q_OBJECT

public:
    DraftJob(const QString &first, const QString &second, bool ordered, QWidget *parent);
    void start();
    bool isRunning() const;
    void waitForFinished();
    void cancel();

    using Progress = std::function<bool(int done, int total)>;
    static DraftOutcome run(const QString &first, const QString &second, bool ordered, const Progress &progress);

signals:
    void finished(const duizhao::gui::DraftOutcome &outcome);

private:
    QString m_first;
    QString m_second;
    bool m_ordered;
    QWidget *m_parent;
    QFutureWatcher<DraftOutcome> m_watcher;
    QProgressDialog *m_progress = nullptr;
};

// The whole way in for a translation and its original: pick (or drop) two files, read and align
// them off the UI thread, review the alignment, import. Emits imported() with the new paper.
class TranslationImport final : public QObject
{
    Q_OBJECT

public:
    // `libraryPath` is asked each time: the window may switch libraries.
    TranslationImport(std::function<QString()> libraryPath, QWidget *window);

    // File → Import Translation and Original… (Ctrl+Shift+I).
    QAction *action() const { return m_action; }

    // Two files dropped on the window that look like a translation and its original: one of them a
    // web page or a PDF, or two text files of which one is Chinese and the other English only.
    // Two interleaved papers (each with both languages) are not.
    static bool looksLikePair(const QStringList &files);

    // Opens the file picker, prefilled.
    void pick(const QString &en = {}, const QString &zh = {});
    // Reads and aligns, then opens the review.
    void start(const QString &first, const QString &second, bool ordered);

    DraftJob *job() const { return m_job; }
    AlignmentReviewDialog *review() const { return m_review; }

signals:
    void imported(qint64 documentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void drafted(const DraftOutcome &outcome);

    std::function<QString()> m_libraryPath;
    QWidget *m_window;
    QAction *m_action;
    QPointer<DraftJob> m_job;
    QPointer<AlignmentReviewDialog> m_review;
    QString m_first;
    QString m_second;
};

} // namespace duizhao::gui
