#pragma once

#include "align/realigner.h"
#include "alignmentreviewdialog.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QWidget;

namespace duizhao::gui {

// Tools → Edit Alignment…: the open paper read back as a draft and shown in the alignment review;
// saving re-aligns it in the library off the UI thread (Realigner::apply, one transaction, on the
// worker's own connection), with the marks moved to their words. Emits realigned() once written.
class AlignmentEdit final : public QObject
{
    Q_OBJECT

public:
    // Both are asked each time: the window may switch libraries and papers.
    AlignmentEdit(std::function<Library *()> library, std::function<qint64()> documentId, QWidget *window);

    QAction *action() const { return m_action; }
    AlignmentReviewDialog *review() const { return m_review; }

    // Opens the review on the open paper.
    void start();

    // What saving writes: `result` is filled on the worker thread, read after the commit ends.
    static AlignmentCommit commitTo(const QString &libraryPath, std::shared_ptr<RealignResult> result);
    // One line for the status bar: units before and after, what happened to the marks.
    static QString summary(const RealignResult &result);

signals:
    void realigned(qint64 documentId, const QString &summary);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    std::function<Library *()> m_library;
    std::function<qint64()> m_documentId;
    QWidget *m_window;
    QAction *m_action;
    QPointer<AlignmentReviewDialog> m_review;
};

} // namespace duizhao::gui
