#include "annotationcontroller.h"

#include "addannotationcommand.h"
#include "addtagcommand.h"
#include "annotationstore.h"
#include "editannotationcommand.h"
#include "edittagcommand.h"
#include "library/library.h"
#include "removeannotationcommand.h"

#include <QUndoStack>
#include <QUuid>

namespace duizhao {

namespace {

// Given before the mark is pushed, so the mark can be found again once the undo step has run.
QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

AnnotationController::AnnotationController(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{}

AnnotationController::~AnnotationController()
{
    setLibrary(nullptr); // undo steps hold the store: they go before it
}

void AnnotationController::setLibrary(Library *library)
{
    m_undo->clear();
    m_store.reset();
    m_library = library;
    if (!library)
        return;
    m_store = std::make_unique<AnnotationStore>(*library);
    connect(m_store.get(), &AnnotationStore::changed, this, &AnnotationController::changed);
    connect(m_store.get(), &AnnotationStore::tagsChanged, this, &AnnotationController::tagsChanged);
    connect(m_store.get(), &AnnotationStore::failed, this, &AnnotationController::failed);
}

bool AnnotationController::canWrite() const
{
    return m_store && !m_library->isReadOnly();
}

Annotation AnnotationController::draft(qint64 documentId, const MarkedRange &range, const QString &color) const
{
    Annotation a;
    a.documentId = documentId;
    a.unitSeq = range.unitSeq;
    a.scope = AnnotationScope::Range;
    a.lang = range.lang;
    a.start = range.start;
    a.length = range.length;
    a.color = color;
    return m_store ? m_store->validate(a) : a;
}

Annotation AnnotationController::unitDraft(qint64 documentId, int unitSeq, const QString &color) const
{
    Annotation a;
    a.documentId = documentId;
    a.unitSeq = unitSeq;
    a.scope = AnnotationScope::Unit;
    a.color = color;
    return a;
}

QList<Annotation> AnnotationController::highlight(qint64 documentId, const QList<MarkedRange> &ranges,
                                                  const QString &color)
{
    QList<Annotation> stored;
    if (!canWrite() || ranges.isEmpty())
        return stored;
    QStringList uuids;
    m_undo->beginMacro(tr("Highlight"));
    for (const MarkedRange &range : ranges) {
        Annotation a;
        a.uuid = newUuid();
        a.documentId = documentId;
        a.unitSeq = range.unitSeq;
        a.lang = range.lang;
        a.start = range.start;
        a.length = range.length;
        a.color = color;
        uuids.append(a.uuid);
        m_undo->push(new AddAnnotationCommand(*m_store, a));
    }
    m_undo->endMacro();
    for (const QString &uuid : std::as_const(uuids)) {
        if (const std::optional<Annotation> a = m_store->findByUuid(uuid))
            stored.append(*a);
    }
    return stored;
}

Annotation AnnotationController::add(const Annotation &annotation)
{
    if (!canWrite())
        return {};
    Annotation a = annotation;
    if (a.uuid.isEmpty())
        a.uuid = newUuid();
    m_undo->push(new AddAnnotationCommand(*m_store, a));
    // The stack deletes a command whose write failed: the store says what was stored.
    return m_store->findByUuid(a.uuid).value_or(Annotation{});
}

bool AnnotationController::edit(const Annotation &changed)
{
    if (!canWrite())
        return false;
    const std::optional<Annotation> before = m_store->get(changed.id);
    if (!before || (changed.color == before->color && changed.note == before->note && changed.tags == before->tags))
        return false;
    Annotation after = *before;
    after.color = changed.color;
    after.note = changed.note;
    after.tags = changed.tags;
    m_undo->push(new EditAnnotationCommand(*m_store, *before, after));
    return true;
}

bool AnnotationController::retag(qint64 id, const QStringList &tags)
{
    if (!m_store)
        return false;
    std::optional<Annotation> changed = m_store->get(id);
    if (!changed)
        return false;
    changed->tags = tags;
    changed->tags.sort();
    return edit(*changed);
}

bool AnnotationController::remove(qint64 id)
{
    if (!canWrite())
        return false;
    const std::optional<Annotation> annotation = m_store->get(id);
    if (!annotation)
        return false;
    m_undo->push(new RemoveAnnotationCommand(*m_store, *annotation));
    return true;
}

void AnnotationController::addTag(const Tag &tag)
{
    if (canWrite())
        m_undo->push(new AddTagCommand(*m_store, tag));
}

void AnnotationController::updateTag(const QString &name, const Tag &changed)
{
    if (!canWrite())
        return;
    if (const std::optional<Tag> tag = m_store->tag(name))
        m_undo->push(new EditTagCommand(*m_store, *tag, changed));
}

bool AnnotationController::removeTag(const QString &name)
{
    if (!canWrite() || !m_store->attempt([&] { m_store->removeTag(name); }))
        return false;
    m_undo->clear();
    return true;
}

} // namespace duizhao
