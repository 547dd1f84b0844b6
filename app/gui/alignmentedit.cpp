#include "alignmentedit.h"

#include "dialogs.h"
#include "error.h"

#include <QAction>
#include <QEvent>

namespace duizhao::gui {

AlignmentEdit::AlignmentEdit(std::function<Library *()> library, std::function<qint64()> documentId, QWidget *window)
    : QObject(window)
    , m_library(std::move(library))
    , m_documentId(std::move(documentId))
    , m_window(window)
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("editAlignment"));
    connect(m_action, &QAction::triggered, this, &AlignmentEdit::start);
    window->installEventFilter(this);
    retranslate();
}

bool AlignmentEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void AlignmentEdit::retranslate()
{
    m_action->setText(tr("Edit &Alignment…"));
    m_action->setToolTip(tr("Check and change how the open paper's paragraphs are paired; annotations stay on "
                            "their words"));
}

AlignmentCommit AlignmentEdit::commitTo(const QString &libraryPath, std::shared_ptr<RealignResult> result)
{
    return [libraryPath, result](const AlignmentDraft &draft, const AlignmentCommitProgress &progress) -> qint64 {
        Library library(libraryPath); // this thread's own connection
        *result = Realigner::apply(library, draft, progress);
        return result->documentId;
    };
}

QString AlignmentEdit::summary(const RealignResult &result)
{
    QString text = tr("Alignment saved: %1 units (%2 before). Annotations moved with their words: %3.")
                       .arg(result.unitsAfter)
                       .arg(result.unitsBefore)
                       .arg(result.moved.size());
    if (!result.orphans.isEmpty())
        text += u' ' + tr("Annotations whose words are gone, now on their whole unit: %1.").arg(result.orphans.size());
    return text;
}

void AlignmentEdit::start()
{
    Library *library = m_library();
    const qint64 id = m_documentId();
    if (!library || id <= 0 || m_review)
        return;
    AlignmentDraft draft;
    try {
        draft = Realigner::load(*library, id);
    } catch (const Error &error) {
        Dialogs::show(m_window, Dialogs::Kind::Error, tr("Cannot Edit the Alignment"), error.text());
        return;
    }
    auto result = std::make_shared<RealignResult>();
    m_review = new AlignmentReviewDialog(std::move(draft), commitTo(library->path(), result), m_window);
    m_review->setAttribute(Qt::WA_DeleteOnClose);
    m_review->setCommitText(tr("Save Alignment"));
    AlignmentReviewDialog *review = m_review;
    connect(review, &QDialog::accepted, this, [this, result] { emit realigned(result->documentId, summary(*result)); });
    review->open();
}

} // namespace duizhao::gui
