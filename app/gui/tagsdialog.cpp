#include "tagsdialog.h"

#include "annotations/annotationcontroller.h"
#include "annotations/annotationstore.h"
#include "dialogs.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPainter>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace duizhao::gui {

namespace {
QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color.darker(150), 1));
    p.setBrush(color);
    p.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}
} // namespace

TagsDialog::TagsDialog(AnnotationController &annotations, QWidget *parent)
    : QDialog(parent)
    , m_annotations(annotations)
    , m_store(*annotations.store())
    , m_list(new QTreeWidget)
{
    setWindowTitle(tr("Tags"));
    m_list->setHeaderLabels({tr("Tag"), tr("Chinese"), tr("Kind")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *add = new QPushButton(tr("&Add…"));
    auto *colour = new QPushButton(tr("&Colour…"));
    auto *rename = new QPushButton(tr("&Rename…"));
    auto *remove = new QPushButton(tr("Re&move"));
    connect(add, &QPushButton::clicked, this, &TagsDialog::addTag);
    connect(colour, &QPushButton::clicked, this, &TagsDialog::recolour);
    connect(rename, &QPushButton::clicked, this, &TagsDialog::rename);
    connect(remove, &QPushButton::clicked, this, &TagsDialog::removeTag);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &TagsDialog::recolour);

    auto *side = new QVBoxLayout;
    for (QPushButton *button : {add, colour, rename, remove})
        side->addWidget(button);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(&m_annotations, &AnnotationController::tagsChanged, this, &TagsDialog::reload);
    reload();
    resize(520, 360);
}

void TagsDialog::reload()
{
    const QString current = currentName();
    m_list->clear();
    for (const Tag &tag : m_store.tags()) {
        auto *item = new QTreeWidgetItem(m_list, {tag.name, tag.nameZh, tag.builtin ? tr("framework") : tr("yours")});
        item->setIcon(0, swatch(QColor(tag.color)));
        item->setData(0, Qt::UserRole, tag.name);
        if (tag.name == current)
            m_list->setCurrentItem(item);
    }
}

QString TagsDialog::currentName() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
}

void TagsDialog::addTag()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Add Tag"), tr("Name:"), QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    if (m_store.tag(name)) {
        Dialogs::show(this, Dialogs::Kind::Information, tr("Add Tag"),
                      tr("There is already a tag called %1.").arg(name));
        return;
    }
    Tag tag;
    tag.name = name;
    tag.color = QStringLiteral("#8E8E93");
    m_annotations.addTag(tag);
}

void TagsDialog::recolour()
{
    const std::optional<Tag> tag = m_store.tag(currentName());
    if (!tag)
        return;
    const QColor color = QColorDialog::getColor(QColor(tag->color), this, tr("Colour of %1").arg(tag->displayName()));
    if (!color.isValid())
        return;
    Tag changed = *tag;
    changed.color = color.name().toUpper();
    m_annotations.updateTag(tag->name, changed);
}

void TagsDialog::rename()
{
    const std::optional<Tag> tag = m_store.tag(currentName());
    if (!tag)
        return;
    if (tag->builtin) {
        Dialogs::show(this, Dialogs::Kind::Information, tr("Rename Tag"),
                      tr("The framework tags keep their names; you can change their colours."));
        return;
    }
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename Tag"), tr("New name:"), QLineEdit::Normal, tag->name, &ok).trimmed();
    if (!ok || name.isEmpty() || name == tag->name)
        return;
    Tag changed = *tag;
    changed.name = name;
    m_annotations.updateTag(tag->name, changed);
}

void TagsDialog::removeTag()
{
    const std::optional<Tag> tag = m_store.tag(currentName());
    if (!tag)
        return;
    if (tag->builtin) {
        Dialogs::show(this, Dialogs::Kind::Information, tr("Remove Tag"), tr("The framework tags cannot be removed."));
        return;
    }
    if (!Dialogs::ask(this, tr("Remove Tag"),
                      tr("Remove the tag %1 from every mark? This cannot be undone.").arg(tag->name), tr("Remove")))
        return;
    m_annotations.removeTag(tag->name);
}

} // namespace duizhao::gui
