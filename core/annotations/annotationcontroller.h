#pragma once

#include "annotation.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace duizhao {

class AnnotationStore;
class Library;

// Words of one language of one unit, as a view's selection gives them to a new mark.
struct MarkedRange
{
    int unitSeq = 0;
    Lang lang = Lang::En;
    int start = 0; // UTF-16 index into the unit's text of that language
    int length = 0;
};

// The one way a mark is made, changed or removed, for every view (the reader, the Annotations
// panel, the tags dialog): it owns the library's AnnotationStore and the undo history, builds the
// Annotation, and pushes the undoable step. Views keep the UI: which selection, which dialog.
// Writes are refused (nothing happens) while there is no library or it is read-only.
class AnnotationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationController)

public:
    explicit AnnotationController(QObject *parent = nullptr);
    ~AnnotationController() override;

    // The library whose marks are shown and changed (nullptr: none). The undo history is
    // cleared: its steps belong to the store of the library they were made in.
    void setLibrary(Library *library);
    AnnotationStore *store() const { return m_store.get(); }
    QUndoStack *undoStack() const { return m_undo; }
    bool canWrite() const;

    // One mark per range (a selection spanning units gives one per unit), in `color`, stored and
    // undone together. Returns the marks as stored.
    QList<Annotation> highlight(qint64 documentId, const QList<MarkedRange> &ranges, const QString &color);
    // The mark a note dialog starts from, not stored yet: words checked against the unit (throws
    // Error when they are not there), or a whole unit.
    Annotation draft(qint64 documentId, const MarkedRange &range, const QString &color) const;
    Annotation unitDraft(qint64 documentId, int unitSeq, const QString &color) const;
    // Stores a mark as completed by the user (note, tags): one undo step. Returns it as stored
    // (id 0 when it was not stored; failed() says why).
    Annotation add(const Annotation &annotation);
    // Gives the stored mark `changed.id` names the colour, note and tags of `changed`: one undo
    // step. False when there is no such mark or nothing changed.
    bool edit(const Annotation &changed);
    bool retag(qint64 id, const QStringList &tags);
    bool remove(qint64 id);

    // Tags: adding, renaming and recolouring are undoable.
    void addTag(const Tag &tag);
    void updateTag(const QString &name, const Tag &changed);
    // Takes the tag off every mark; cannot be undone, and clears the undo history, whose steps
    // may name the tag.
    bool removeTag(const QString &name);

signals:
    // What the store announces, from whichever library is current.
    void changed(qint64 documentId);
    void tagsChanged();
    void failed(const QString &message);

private:
    Library *m_library = nullptr;
    QUndoStack *m_undo;
    std::unique_ptr<AnnotationStore> m_store;
};

} // namespace duizhao
