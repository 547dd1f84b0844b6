#include "tagcommands.h"

#include "annotations/annotationstore.h"

#include <QCoreApplication>

namespace duizhao::gui {

EditTagCommand::EditTagCommand(AnnotationStore &store, const Tag &before, const Tag &after)
    : QUndoCommand(QCoreApplication::translate("duizhao::gui::TagsDialog", "Edit Tag %1").arg(before.name))
    , m_store(store)
    , m_before(before)
    , m_after(after)
{}

void EditTagCommand::redo()
{
    if (!m_store.attempt([this] { m_store.updateTag(m_before.name, m_after); }))
        setObsolete(true);
}

void EditTagCommand::undo()
{
    m_store.attempt([this] { m_store.updateTag(m_after.name, m_before); });
}

AddTagCommand::AddTagCommand(AnnotationStore &store, const Tag &tag)
    : QUndoCommand(QCoreApplication::translate("duizhao::gui::TagsDialog", "Add Tag %1").arg(tag.name))
    , m_store(store)
    , m_tag(tag)
{}

void AddTagCommand::redo()
{
    if (!m_store.attempt([this] { m_tag = m_store.addTag(m_tag); }))
        setObsolete(true);
}

void AddTagCommand::undo()
{
    m_store.attempt([this] { m_store.removeTag(m_tag.name); });
}

} // namespace duizhao::gui
