#include "candidatesdialog.h"

#include "dialogs.h"
#include "error.h"
#include "framework/frameworklevel.h"
#include "framework/measurestore.h"
#include "frameworkstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace duizhao::gui {

CandidatesDialog::CandidatesDialog(Library &library, qint64 documentId, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_documentId(documentId)
    , m_list(new QTreeWidget)
{
    setWindowTitle(tr("Proposed Measures"));
    m_list->setHeaderLabels({tr("English"), tr("Chinese"), tr("Found as"), tr("Units"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *accept = new QPushButton(tr("&Accept"));
    auto *edit = new QPushButton(tr("&Edit…"));
    auto *reject = new QPushButton(tr("&Reject"));
    connect(accept, &QPushButton::clicked, this, &CandidatesDialog::accept);
    connect(edit, &QPushButton::clicked, this, &CandidatesDialog::edit);
    connect(reject, &QPushButton::clicked, this, &CandidatesDialog::reject);
    auto *side = new QVBoxLayout;
    for (QPushButton *button : {accept, edit, reject})
        side->addWidget(button);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(820, 480);
    reload();
}

void CandidatesDialog::reload()
{
    const qint64 current = currentId();
    m_list->clear();
    for (const MeasureCandidate &c : MeasureStore(m_library).candidates(m_documentId)) {
        QSet<int> units;
        for (const UnitSpan &span : c.mentions)
            units.insert(span.unitSeq);
        const QString status = c.status == u"accepted"   ? tr("accepted")
                               : c.status == u"rejected" ? tr("rejected")
                                                         : tr("proposed");
        auto *item = new QTreeWidgetItem(m_list, {c.nameEn, c.nameZh, c.source, QString::number(units.size()), status});
        item->setData(0, Qt::UserRole, c.id);
        if (c.status != u"proposed")
            item->setForeground(0, palette().brush(QPalette::PlaceholderText));
        if (c.id == current)
            m_list->setCurrentItem(item);
    }
}

qint64 CandidatesDialog::currentId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
}

void CandidatesDialog::accept()
{
    if (const qint64 id = currentId()) {
        try {
            MeasureStore(m_library).accept(id);
            m_changed = true;
        } catch (const Error &error) {
            Dialogs::show(this, Dialogs::Kind::Error, windowTitle(), error.text());
        }
        reload();
    }
}

void CandidatesDialog::reject()
{
    if (const qint64 id = currentId()) {
        try {
            MeasureStore(m_library).reject(id);
            m_changed = true;
        } catch (const Error &error) {
            Dialogs::show(this, Dialogs::Kind::Error, windowTitle(), error.text());
        }
        reload();
    }
}

void CandidatesDialog::edit()
{
    const qint64 id = currentId();
    const std::optional<MeasureCandidate> candidate = id ? MeasureStore(m_library).candidate(id) : std::nullopt;
    if (!candidate)
        return;
    QDialog form(this);
    form.setWindowTitle(tr("Edit Proposed Measure"));
    auto *nameEn = new QLineEdit(candidate->nameEn);
    auto *nameZh = new QLineEdit(candidate->nameZh);
    auto *acronym = new QLineEdit(candidate->acronym);
    auto *kind = new QLineEdit(candidate->kind);
    auto *level = new QComboBox;
    level->addItem(tr("None"), QStringLiteral("none"));
    for (const QString &code : FrameworkStyle::levels())
        level->addItem(FrameworkStyle::icon(code), FrameworkStyle::name(code), code);
    level->setCurrentIndex(std::max(0, level->findData(levelCode(candidate->level))));
    auto *category = new QLineEdit(candidate->category);
    auto *actorEn = new QLineEdit(candidate->actorEn);
    auto *actorZh = new QLineEdit(candidate->actorZh);
    auto *date = new QLineEdit(candidate->date);
    date->setPlaceholderText(QStringLiteral("2022-08"));
    auto *layout = new QFormLayout(&form);
    layout->addRow(tr("English name:"), nameEn);
    layout->addRow(tr("Chinese name:"), nameZh);
    layout->addRow(tr("Acronym:"), acronym);
    layout->addRow(tr("Kind:"), kind);
    layout->addRow(tr("Level:"), level);
    layout->addRow(tr("Category:"), category);
    layout->addRow(tr("Actor (English):"), actorEn);
    layout->addRow(tr("Actor (Chinese):"), actorZh);
    layout->addRow(tr("Date:"), date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &form, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    layout->addRow(buttons);
    form.resize(520, form.sizeHint().height());
    if (form.exec() != QDialog::Accepted)
        return;
    CandidateEdit change;
    change.nameEn = nameEn->text().trimmed();
    change.nameZh = nameZh->text().trimmed();
    change.acronym = acronym->text().trimmed();
    change.kind = kind->text().trimmed();
    change.level = levelFromCode(level->currentData().toString());
    change.category = category->text().trimmed();
    change.actorEn = actorEn->text().trimmed();
    change.actorZh = actorZh->text().trimmed();
    change.date = date->text().trimmed();
    try {
        MeasureStore(m_library).edit(id, change);
        m_changed = true;
    } catch (const Error &error) {
        Dialogs::show(this, Dialogs::Kind::Error, windowTitle(), error.text());
    }
    reload();
}

} // namespace duizhao::gui
