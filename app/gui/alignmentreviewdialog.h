#pragma once

#include "align/alignmentdraft.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableView;
class QProgressDialog;
class QPushButton;

namespace duizhao {
class AlignmentEditor;
class AlignmentLinksModel;
} // namespace duizhao

namespace duizhao::gui {

// How the review writes what the user reviewed. Runs on a worker thread with the draft as it is
// when the user presses the commit button; reports progress (returning false cancels: throw
// Error(Cancelled) and write nothing) and returns the library id of the paper written. Throws
// Error when it cannot write (the library stays as it was).
using AlignmentCommitProgress = std::function<bool(int done, int total)>;
using AlignmentCommit = std::function<qint64(const AlignmentDraft &draft, const AlignmentCommitProgress &progress)>;

struct RealignOutcome
{
    QList<AlignmentLink> links;
    QString error;
    bool cancelled = false;
};

struct AlignmentCommitOutcome
{
    qint64 documentId = 0;
    QString error; // "file:line: message"
    bool cancelled = false;
};

// The alignment review (issue 12 §4): the links of a draft as rows, English beside Chinese, kind
// and confidence shown, what needs a look marked and reachable with F8 / Shift+F8, and every edit
// of AlignmentEditor as a QAction with a shortcut, undoable. The commit button hands the draft to
// an AlignmentCommit off the UI thread: importInto() for a new paper; re-aligning a stored paper
// passes its own. Cancel writes nothing (and asks first when there are edits to lose).
class AlignmentReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    AlignmentReviewDialog(AlignmentDraft draft, AlignmentCommit commit, QWidget *parent = nullptr);
    ~AlignmentReviewDialog() override;

    // A new paper, through PaperImporter into the library at `libraryPath` (its own connection).
    static AlignmentCommit importInto(const QString &libraryPath);

    // The commit button's label: "Import" unless told otherwise ("Save Alignment").
    void setCommitText(const QString &text);

    AlignmentEditor *editor() const { return m_editor; }
    AlignmentLinksModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The draft with the metadata fields as they are now.
    AlignmentDraft currentDraft() const;
    int currentLink() const;
    void setCurrentLink(int link);
    // The text views of the current link, where the cursor marks where to split.
    QPlainTextEdit *textView(Lang side) const { return side == Lang::En ? m_enText : m_zhText; }

    // After the commit: the paper written (0 before, or when it failed).
    qint64 documentId() const { return m_documentId; }
    bool isCommitting() const;
    void waitForCommit(); // tests
    // Re-aligning between pinned links runs off the UI thread too.
    bool isRealigning() const;
    void waitForRealign(); // tests

    void commit();

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QAction *makeAction(const char *name, const QKeySequence &shortcut, std::function<void()> run);
    void retranslate();
    void updateActions();
    void showCurrent();
    void editCurrent(int edit, Lang side, int select);
    void splitAtCursor();
    void goToReview(bool forward);
    // The paragraph and offset the cursor of a side's view is at, in the current link.
    std::pair<int, int> cursorParagraph(Lang side) const;
    PaperMeta metaFromFields() const;
    void commitFinished();
    void realign();
    void realignFinished();

    AlignmentEditor *m_editor;
    AlignmentLinksModel *m_model;
    AlignmentCommit m_commit;
    QHash<QByteArray, QAction *> m_actions;
    QTableView *m_table;
    QPlainTextEdit *m_enText;
    QPlainTextEdit *m_zhText;
    Lang m_splitSide = Lang::En;
    QLabel *m_summary;
    QLineEdit *m_titleEn;
    QLineEdit *m_titleZh;
    QLineEdit *m_authorsEn;
    QLineEdit *m_authorsZh;
    QSpinBox *m_year;
    QLineEdit *m_url;
    QPushButton *m_commitButton;
    QPushButton *m_cancelButton;
    PaperMeta m_initialMeta;
    int m_keepLink = 0;
    bool m_resetting = false;
    bool m_customCommitText = false;
    qint64 m_documentId = 0;
    QFutureWatcher<AlignmentCommitOutcome> m_watcher;
    QProgressDialog *m_progress = nullptr;
    QFutureWatcher<RealignOutcome> m_realigning;
    QProgressDialog *m_realignProgress = nullptr;
    bool m_realignBusy = false;
};

} // namespace duizhao::gui
