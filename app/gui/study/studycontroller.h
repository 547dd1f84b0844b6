#pragma once

#include "study/studycard.h"

#include <QFutureWatcher>
#include <QMenu>
#include <QPointer>

#include <functional>
#include <memory>

class QMainWindow;

namespace duizhao {
class CardStore;
class Library;
} // namespace duizhao

namespace duizhao::gui {

class QuizDialog;
class ReviewDialog;
class StudyDock;

// Study mode in the program: the Study menu (Review, Quiz, the panel, the exports), the Study panel,
// the review and quiz windows, and the exports for Anki, off the UI thread. The main window gives
// it the open library and paper; it regenerates the paper's cards when study mode is first used and
// whenever it starts a review, so the cards follow the data and the user's highlights.
class StudyController final : public QObject
{
    Q_OBJECT

public:
    enum class ExportFormat
    {
        AnkiPackage,
        AnkiText,
        Csv,
    };
    using Clock = std::function<QDateTime()>;

    explicit StudyController(QMainWindow *window);
    ~StudyController() override;

    StudyDock *dock() const { return m_dock; }
    QMenu *menu() const { return m_menu; }
    QAction *reviewAction() const { return m_review; }
    QAction *quizAction() const { return m_quiz; }
    QAction *exportAction(ExportFormat format) const;

    // The open library and paper (null: none). Closes the review and the quiz of the one before.
    void setDocument(Library *library, qint64 documentId);
    CardStore *store() const { return m_store.get(); }
    qint64 documentId() const { return m_documentId; }
    // Tests set the time (default: now).
    void setClock(Clock clock);

    // Regenerates the paper's cards from the data (a read-only library is read as it is), then the
    // panel's counts. Returns false, having said why, when it failed.
    bool refreshCards();
    ReviewDialog *startReview();
    QuizDialog *startQuiz(quint64 seed);
    ReviewDialog *reviewDialog() const;
    QuizDialog *quizDialog() const;

    // Writes the paper's cards to `path` off the UI thread (no file dialog); finished() says when
    // it is done. The file appears whole or not at all.
    void exportTo(ExportFormat format, const QString &path);
    bool isExporting() const { return m_export.isRunning(); }
    void waitForExport();

signals:
    void unitActivated(int unitSeq);
    void exportFinished(const QString &path, const QString &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void askExport(ExportFormat format);
    void exportDone();
    QDateTime now() const;

    QMainWindow *m_window;
    Library *m_library = nullptr;
    qint64 m_documentId = 0;
    std::unique_ptr<CardStore> m_store;
    bool m_cardsFresh = false;
    Clock m_clock;
    StudyDock *m_dock;
    QMenu *m_menu;
    QAction *m_review;
    QAction *m_quiz;
    QAction *m_exportAnki;
    QAction *m_exportAnkiText;
    QAction *m_exportCsv;
    QPointer<ReviewDialog> m_reviewDialog;
    QPointer<QuizDialog> m_quizDialog;
    QFutureWatcher<QString> m_export; // the error, empty when written
    QString m_exportPath;
};

} // namespace duizhao::gui
