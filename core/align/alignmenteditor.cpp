#include "alignmenteditor.h"

#include "align/aligner.h"
#include "error.h"
#include "text/script.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

#include <utility>

namespace duizhao {

namespace {

QString commandText(const char *text)
{
    return QCoreApplication::translate("duizhao::AlignmentEditor", text);
}

int &first(AlignmentLink &link, Lang side)
{
    return side == Lang::En ? link.enFirst : link.zhFirst;
}

int &count(AlignmentLink &link, Lang side)
{
    return side == Lang::En ? link.enCount : link.zhCount;
}

int countOf(const AlignmentLink &link, Lang side)
{
    return side == Lang::En ? link.enCount : link.zhCount;
}

// A link the user shaped: sure, because they decided it; the aligner's evidence no longer applies.
void byHand(AlignmentLink &link)
{
    link.sure = true;
    link.confidence = 1;
    link.evidence = {{QStringLiteral("edited"), 0, QStringLiteral("made by hand in the alignment review")}};
}

} // namespace

// One edit as the whole state before and after it: paragraph lists are shared copies, so this is
// cheap, and undo gives back exactly what was there (confidences and evidence included).
class AlignmentEditor::Command final : public QUndoCommand
{
public:
    Command(AlignmentEditor &editor, const QString &text, State before, State after)
        : m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(text);
    }

    void redo() override { m_editor.setState(m_after); }
    void undo() override { m_editor.setState(m_before); }

private:
    AlignmentEditor &m_editor;
    State m_before;
    State m_after;
};

AlignmentEditor::AlignmentEditor(AlignmentDraft draft, QObject *parent)
    : QObject(parent)
    , m_draft(std::move(draft))
    , m_undo(new QUndoStack(this))
{
    if (!isConsistent(m_draft.alignment.links, int(m_draft.en.paragraphs.size()), int(m_draft.zh.paragraphs.size()))) {
        throw Error(Error::Kind::Usage,
                    QStringLiteral("the alignment does not take the paragraphs of %1 and %2 in order")
                        .arg(m_draft.en.fileName, m_draft.zh.fileName));
    }
    m_draft.alignment.notes = Aligner::notesFor(links(), m_draft.en.paragraphs, m_draft.zh.paragraphs);
}

AlignmentEditor::~AlignmentEditor()
{
    // The stack clears itself as it goes, announcing an index change nobody may act on any more.
    m_undo->blockSignals(true);
}

const QList<SourceParagraph> &AlignmentEditor::paragraphs(Lang side) const
{
    return side == Lang::En ? m_draft.en.paragraphs : m_draft.zh.paragraphs;
}

bool AlignmentEditor::isModified() const
{
    return !m_undo->isClean();
}

bool AlignmentEditor::isConsistent(const QList<AlignmentLink> &links, int enParagraphs, int zhParagraphs)
{
    int en = 0;
    int zh = 0;
    for (const AlignmentLink &link : links) {
        if (link.enFirst != en || link.zhFirst != zh || link.enCount < 0 || link.zhCount < 0 ||
            link.enCount + link.zhCount == 0)
            return false;
        en += link.enCount;
        zh += link.zhCount;
    }
    return en == enParagraphs && zh == zhParagraphs;
}

AlignmentEditor::State AlignmentEditor::state() const
{
    return {m_draft.en.paragraphs, m_draft.zh.paragraphs, m_draft.alignment.links};
}

void AlignmentEditor::setState(const State &state)
{
    emit aboutToChange();
    m_draft.en.paragraphs = state.en;
    m_draft.zh.paragraphs = state.zh;
    m_draft.alignment.links = state.links;
    m_draft.alignment.notes = Aligner::notesFor(state.links, state.en, state.zh);
    emit changed();
}

void AlignmentEditor::push(const QString &text, State after)
{
    m_undo->push(new Command(*this, text, state(), std::move(after)));
}

std::optional<AlignmentEditor::State> AlignmentEditor::planned(Edit edit, int k, Lang side) const
{
    const QList<AlignmentLink> &current = links();
    const int n = int(current.size());
    if (k < 0 || k >= n)
        return std::nullopt;
    State s = state();
    QList<AlignmentLink> &l = s.links;

    auto merge = [&](int a) -> bool {
        if (a < 0 || a + 1 >= n)
            return false;
        AlignmentLink joined = l[a];
        joined.enCount += l[a + 1].enCount;
        joined.zhCount += l[a + 1].zhCount;
        joined.pinned = l[a].pinned || l[a + 1].pinned;
        byHand(joined);
        l[a] = joined;
        l.removeAt(a + 1);
        return true;
    };
    auto isGap = [&](int a) {
        if (a < 0 || a + 1 >= n)
            return false;
        const AlignmentLink &x = l[a];
        const AlignmentLink &y = l[a + 1];
        return (x.enCount > 0 && x.zhCount == 0 && y.enCount == 0 && y.zhCount > 0) ||
               (x.enCount == 0 && x.zhCount > 0 && y.enCount > 0 && y.zhCount == 0);
    };

    switch (edit) {
    case Edit::MergeWithNext:
        if (!merge(k))
            return std::nullopt;
        break;
    case Edit::MergeWithPrevious:
        if (!merge(k - 1))
            return std::nullopt;
        break;
    case Edit::ShiftFirstUp: {
        if (k == 0 || countOf(l[k], side) == 0)
            return std::nullopt;
        ++count(l[k - 1], side);
        ++first(l[k], side);
        --count(l[k], side);
        byHand(l[k - 1]);
        byHand(l[k]);
        if (l[k].enCount + l[k].zhCount == 0)
            l.removeAt(k);
        break;
    }
    case Edit::ShiftLastDown: {
        if (k + 1 >= n || countOf(l[k], side) == 0)
            return std::nullopt;
        --count(l[k], side);
        --first(l[k + 1], side);
        ++count(l[k + 1], side);
        byHand(l[k]);
        byHand(l[k + 1]);
        if (l[k].enCount + l[k].zhCount == 0)
            l.removeAt(k);
        break;
    }
    case Edit::MakeGap: {
        const AlignmentLink link = l[k];
        if (link.enCount == 0 || link.zhCount == 0)
            return std::nullopt;
        AlignmentLink en;
        en.enFirst = link.enFirst;
        en.enCount = link.enCount;
        en.zhFirst = link.zhFirst;
        byHand(en);
        AlignmentLink zh;
        zh.enFirst = link.enFirst + link.enCount;
        zh.zhFirst = link.zhFirst;
        zh.zhCount = link.zhCount;
        byHand(zh);
        l[k] = en;
        l.insert(k + 1, zh);
        break;
    }
    case Edit::CloseGap:
        if (isGap(k)) {
            merge(k);
        } else if (isGap(k - 1)) {
            merge(k - 1);
        } else {
            return std::nullopt;
        }
        break;
    case Edit::Confirm:
        if (l[k].sure)
            return std::nullopt;
        l[k].sure = true;
        break;
    case Edit::Pin:
        if (l[k].pinned)
            return std::nullopt;
        l[k].pinned = true;
        l[k].sure = true;
        break;
    case Edit::Unpin:
        if (!l[k].pinned)
            return std::nullopt;
        l[k].pinned = false;
        break;
    }
    return s;
}

bool AlignmentEditor::canEdit(Edit edit, int link, Lang side) const
{
    return planned(edit, link, side).has_value();
}

bool AlignmentEditor::edit(Edit edit, int link, Lang side)
{
    std::optional<State> after = planned(edit, link, side);
    if (!after)
        return false;
    static const char *const Texts[] = {
        QT_TRANSLATE_NOOP("duizhao::AlignmentEditor", "Merge with next link"),
        QT_TRANSLATE_NOOP("duizhao::AlignmentEditor", "Merge with previous link"),
        QT_TRANSLATE_NOOP("duizhao::AlignmentEditor", "Shift first paragraph up"),
        QT_TRANSLATE_NOOP("duizhao::AlignmentEditor", "Shift last paragraph down"),
        QT_TRANSLATE_NOOP("duizhao::AlignmentEditor", "Make a gap"),
        QT_TRANSLATE_NOOP("duizhao::AlignmentEditor", "Close a gap"),
        QT_TRANSLATE_NOOP("duizhao::AlignmentEditor", "Confirm link"),
        QT_TRANSLATE_NOOP("duizhao::AlignmentEditor", "Pin link"),
        QT_TRANSLATE_NOOP("duizhao::AlignmentEditor", "Unpin link"),
    };
    push(commandText(Texts[int(edit)]), std::move(*after));
    return true;
}

std::optional<AlignmentEditor::State> AlignmentEditor::plannedSplit(Lang side, int paragraph, int offset) const
{
    const QList<SourceParagraph> &list = paragraphs(side);
    if (paragraph < 0 || paragraph >= list.size())
        return std::nullopt;
    const QString &text = list[paragraph].text;
    if (offset <= 0 || offset >= text.size() || text[offset].isLowSurrogate())
        return std::nullopt;
    const QString head = script::trimmed(QStringView(text).left(offset)).toString();
    const QString tail = script::trimmed(QStringView(text).mid(offset)).toString();
    if (head.isEmpty() || tail.isEmpty())
        return std::nullopt;

    State s = state();
    QList<SourceParagraph> &changed = side == Lang::En ? s.en : s.zh;
    SourceParagraph second = changed[paragraph];
    second.text = tail;
    second.heading = false;
    changed[paragraph].text = head;
    changed.insert(paragraph + 1, second);
    for (AlignmentLink &link : s.links) {
        const int f = first(link, side);
        if (f > paragraph) {
            ++first(link, side);
        } else if (paragraph < f + count(link, side)) {
            ++count(link, side);
            byHand(link);
        }
    }
    return s;
}

bool AlignmentEditor::canSplit(Lang side, int paragraph, int offset) const
{
    return plannedSplit(side, paragraph, offset).has_value();
}

bool AlignmentEditor::splitParagraph(Lang side, int paragraph, int offset)
{
    std::optional<State> after = plannedSplit(side, paragraph, offset);
    if (!after)
        return false;
    push(commandText(QT_TRANSLATE_NOOP("duizhao::AlignmentEditor", "Split paragraph")), std::move(*after));
    return true;
}

QList<AlignmentLink> AlignmentEditor::realigned(const AlignmentDraft &draft, const AlignOptions &options)
{
    QList<AlignmentLink> pins;
    for (const AlignmentLink &link : draft.alignment.links) {
        if (link.pinned)
            pins.append(link);
    }
    return Aligner::align(draft.en.paragraphs, draft.zh.paragraphs, options, pins).links;
}

bool AlignmentEditor::applyRealigned(const QList<AlignmentLink> &links)
{
    if (links == this->links() ||
        !isConsistent(links, int(m_draft.en.paragraphs.size()), int(m_draft.zh.paragraphs.size())))
        return false;
    State after = state();
    after.links = links;
    push(commandText(QT_TRANSLATE_NOOP("duizhao::AlignmentEditor", "Re-align between pinned links")), std::move(after));
    return true;
}

bool AlignmentEditor::realign(const AlignOptions &options)
{
    return applyRealigned(realigned(m_draft, options));
}

int AlignmentEditor::linkOf(Lang side, int paragraph) const
{
    const QList<AlignmentLink> &l = links();
    for (int k = 0; k < l.size(); ++k) {
        const int f = side == Lang::En ? l[k].enFirst : l[k].zhFirst;
        if (paragraph >= f && paragraph < f + countOf(l[k], side))
            return k;
    }
    return -1;
}

bool AlignmentEditor::needsReview(const AlignmentLink &link)
{
    return !link.sure || !link.isOneToOne();
}

int AlignmentEditor::nextToReview(int from, bool forward) const
{
    const QList<AlignmentLink> &l = links();
    const int n = int(l.size());
    if (n == 0)
        return -1;
    if (from < 0 || from >= n)
        from = forward ? -1 : n;
    for (int step = 1; step <= n; ++step) {
        int k = forward ? from + step : from - step;
        k = ((k % n) + n) % n;
        if (needsReview(l[k]))
            return k;
    }
    return -1;
}

} // namespace duizhao
