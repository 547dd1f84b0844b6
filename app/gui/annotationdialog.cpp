#include "annotationdialog.h"

#include "annotations/annotationpalette.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace duizhao::gui {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(20, 20);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color.darker(150), 1));
    p.setBrush(color);
    p.drawRoundedRect(QRectF(2.5, 2.5, 15, 15), 3, 3);
    return QIcon(pixmap);
}

} // namespace

AnnotationDialog::AnnotationDialog(const Annotation &annotation, const QList<Tag> &tags, QWidget *parent)
    : QDialog(parent)
    , m_annotation(annotation)
    , m_colors(new QButtonGroup(this))
    , m_note(new QPlainTextEdit)
    , m_tags(new QListWidget)
    , m_newTags(new QLineEdit)
{
    setWindowTitle(annotation.isUnitScope() ? tr("Code Unit %1").arg(annotation.unitSeq) : tr("Highlight"));

    auto *quote = new QLabel;
    quote->setTextFormat(Qt::PlainText);
    quote->setWordWrap(true);
    quote->setText(annotation.isUnitScope()
                       ? tr("The whole aligned unit %1, in English and Chinese.").arg(annotation.unitSeq)
                       : QStringLiteral("“%1”").arg(annotation.quote));
    quote->setForegroundRole(QPalette::PlaceholderText);

    auto *colorRow = new QHBoxLayout;
    int id = 0;
    for (const AnnotationPalette::Entry &entry : AnnotationPalette::entries()) {
        auto *button = new QToolButton;
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setIcon(swatch(QColor(QString::fromLatin1(entry.hex))));
        button->setIconSize(QSize(20, 20));
        button->setToolTip(colorName(QString::fromLatin1(entry.name)));
        button->setAccessibleName(colorName(QString::fromLatin1(entry.name)));
        m_colors->addButton(button, id);
        if (QString::fromLatin1(entry.hex).compare(annotation.color, Qt::CaseInsensitive) == 0 ||
            (annotation.color.isEmpty() && id == 0))
            button->setChecked(true);
        colorRow->addWidget(button);
        ++id;
    }
    colorRow->addStretch();

    m_note->setPlainText(annotation.note);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("A note: your reading of this passage, a question, a reference…"));

    for (const Tag &tag : tags) {
        auto *item = new QListWidgetItem(swatch(QColor(tag.color)), tag.displayName(), m_tags);
        item->setData(Qt::UserRole, tag.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(annotation.tags.contains(tag.name) ? Qt::Checked : Qt::Unchecked);
    }
    m_tags->setMaximumHeight(150);
    m_newTags->setPlaceholderText(tr("New tags, separated by commas"));

    auto *form = new QFormLayout;
    form->addRow(tr("Colour:"), colorRow);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(QString(), m_newTags);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(quote);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 460);
    m_note->setFocus();
}

QString AnnotationDialog::colorName(const QString &paletteName)
{
    if (paletteName == u"yellow")
        return tr("Yellow");
    if (paletteName == u"green")
        return tr("Green");
    if (paletteName == u"blue")
        return tr("Blue");
    if (paletteName == u"pink")
        return tr("Pink");
    if (paletteName == u"orange")
        return tr("Orange");
    if (paletteName == u"purple")
        return tr("Purple");
    return paletteName;
}

Annotation AnnotationDialog::annotation() const
{
    Annotation a = m_annotation;
    const int color = m_colors->checkedId();
    if (color >= 0)
        a.color = QString::fromLatin1(AnnotationPalette::entries().at(color).hex);
    a.note = m_note->toPlainText().trimmed();
    QStringList tags;
    for (int i = 0; i < m_tags->count(); ++i) {
        if (m_tags->item(i)->checkState() == Qt::Checked)
            tags.append(m_tags->item(i)->data(Qt::UserRole).toString());
    }
    for (const QString &tag : m_newTags->text().split(u',', Qt::SkipEmptyParts)) {
        const QString name = tag.trimmed();
        if (!name.isEmpty() && !tags.contains(name))
            tags.append(name);
    }
    tags.sort();
    a.tags = tags;
    return a;
}

} // namespace duizhao::gui
