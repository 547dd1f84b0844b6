#pragma once

#include "align/alignment.h"
#include "align/alignmentdraft.h"

#include <QObject>

#include <optional>

class QUndoStack;

// The alignment review's edits over an AlignmentDraft, widget-free: each one checks that it makes
// sense (an edit that would change nothing, or is impossible here, returns false and changes
// nothing), keeps every paragraph of both sides in exactly one link, in order, makes the notes
// again, and goes on the undo stack. The GUI's actions and the table model sit on top of it.
namespace duizhao {

class AlignmentEditor final : public QObject
{
    Q_OBJECT

public:
    // The edits that work on one link (and its neighbours). `side` matters only for the shifts.
    enum class Edit
    {
        MergeWithNext,     // the link and the next become one
        MergeWithPrevious, // the link and the previous become one
        ShiftFirstUp,      // the side's first paragraph of the link moves to the end of the previous link
        ShiftLastDown,     // the side's last paragraph of the link moves to the start of the next link
        MakeGap,           // a link with both sides becomes English-only then Chinese-only (x–0 + 0–y)
        CloseGap,          // an x–0 and a 0–y next to each other (this link and the next, or the previous) join
        Confirm,           // an unsure link becomes sure; its confidence stays what the aligner said
        Pin,               // re-aligning keeps the link as it is; a pinned link is sure
        Unpin,
    };

    // The draft must take every paragraph once, in order (Error(Usage) otherwise).
    explicit AlignmentEditor(AlignmentDraft draft, QObject *parent = nullptr);
    ~AlignmentEditor() override;

    const AlignmentDraft &draft() const { return m_draft; }
    const QList<AlignmentLink> &links() const { return m_draft.alignment.links; }
    const QList<SourceParagraph> &paragraphs(Lang side) const;
    QUndoStack *undoStack() const { return m_undo; }
    // Edits not undone since the review opened (metadata aside).
    bool isModified() const;

    // The metadata fields; not an undo step.
    void setMeta(const PaperMeta &meta) { m_draft.meta = meta; }

    bool canEdit(Edit edit, int link, Lang side = Lang::En) const;
    bool edit(Edit edit, int link, Lang side = Lang::En);

    // Splits paragraph `paragraph` of `side` before the character `offset` (UTF-16, as a text
    // cursor counts): the side gets one more paragraph, in the same link. Both halves must keep
    // some text.
    bool canSplit(Lang side, int paragraph, int offset) const;
    bool splitParagraph(Lang side, int paragraph, int offset);

    // Aligns again everything between the pinned links (all of it when none is pinned); false
    // when that gives the links there are already.
    bool realign(const AlignOptions &options = {});
    // The same in two steps, so the aligning can run on another thread: realigned() reads only
    // the draft it is given (throws Error(Cancelled) when options.progress says so), and
    // applyRealigned() pushes the result as one undo step when it still fits the paragraphs and
    // changes something.
    static QList<AlignmentLink> realigned(const AlignmentDraft &draft, const AlignOptions &options = {});
    bool applyRealigned(const QList<AlignmentLink> &links);

    // The link that holds a paragraph, -1 when there is none.
    int linkOf(Lang side, int paragraph) const;
    // Links to look at: unsure, or not one-to-one. The next after `from` (or before), wrapping
    // round; -1 when there is none.
    static bool needsReview(const AlignmentLink &link);
    int nextToReview(int from, bool forward = true) const;

    // Every paragraph of both sides in exactly one link, in order, and no empty link.
    static bool isConsistent(const QList<AlignmentLink> &links, int enParagraphs, int zhParagraphs);

signals:
    void aboutToChange();
    void changed();

private:
    struct State
    {
        QList<SourceParagraph> en;
        QList<SourceParagraph> zh;
        QList<AlignmentLink> links;
    };
    class Command;

    std::optional<State> planned(Edit edit, int link, Lang side) const;
    std::optional<State> plannedSplit(Lang side, int paragraph, int offset) const;
    State state() const;
    void setState(const State &state);
    void push(const QString &text, State after);

    AlignmentDraft m_draft;
    QUndoStack *m_undo;
};

} // namespace duizhao
