#include "alignmentreviewdialog.h"

#include "align/alignmentdrafter.h"
#include "align/alignmenteditor.h"
#include "align/alignmentlinksmodel.h"
#include "dialogs.h"
#include "error.h"
#include "library/library.h"
#include "library/paperimporter.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPromise>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextLayout>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace duizhao::gui {

namespace {

using Edit = AlignmentEditor::Edit;

// At most this many lines of a paragraph in the table; the views below show all of it.
constexpr int MaxCellLines = 6;

QColor mixed(const QColor &base, const QColor &tint, double share)
{
    return QColor::fromRgbF(float(base.redF() * (1 - share) + tint.redF() * share),
                            float(base.greenF() * (1 - share) + tint.greenF() * share),
                            float(base.blueF() * (1 - share) + tint.blueF() * share));
}

// Unsure links amber, not one-to-one ones blue: a tint over the palette's base, so dark themes work.
QColor rowTint(const QModelIndex &index, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (index.data(AlignmentLinksModel::UnsureRole).toBool())
        return mixed(base, QColor(255, 179, 0), 0.28);
    if (!index.data(AlignmentLinksModel::OneToOneRole).toBool())
        return mixed(base, QColor(66, 133, 244), 0.18);
    return base;
}

// Paints a link's text word-wrapped, up to MaxCellLines, with the digits and acronyms both sides
// share on a highlight, and the row's tint behind it.
class LinkDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const bool selected = opt.state & QStyle::State_Selected;
        painter->save();
        painter->fillRect(opt.rect, selected ? opt.palette.color(QPalette::Highlight) : rowTint(index, opt.palette));
        const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        painter->setPen(text);
        const int column = index.column();
        const QRect area = opt.rect.adjusted(4, 3, -4, -3);
        if (column == AlignmentLinksModel::EnglishColumn || column == AlignmentLinksModel::ChineseColumn) {
            QList<QTextLayout::FormatRange> formats;
            for (const TextRange &range : index.data(AlignmentLinksModel::SharedRangesRole).value<QList<TextRange>>()) {
                QTextLayout::FormatRange format;
                format.start = range.start;
                format.length = range.length;
                format.format.setBackground(QColor(120, 200, 255, selected ? 110 : 150));
                format.format.setFontWeight(QFont::Bold);
                formats.append(format);
            }
            QTextLayout layout(opt.text, opt.font);
            layout.setFormats(formats);
            layoutText(layout, area.width());
            painter->setClipRect(area);
            layout.draw(painter, area.topLeft());
        } else {
            painter->setFont(opt.font);
            painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap, opt.text);
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int column = index.column();
        if (column != AlignmentLinksModel::EnglishColumn && column != AlignmentLinksModel::ChineseColumn)
            return QStyledItemDelegate::sizeHint(option, index) + QSize(12, 6);
        // The column's width: the option's rect is not set when the view asks for a row's height.
        int columnWidth = option.rect.width();
        if (const auto *view = qobject_cast<const QTableView *>(option.widget))
            columnWidth = view->columnWidth(column);
        const int width = std::max(80, columnWidth - 8);
        QTextLayout layout(index.data().toString(), option.font);
        const int height = layoutText(layout, width);
        return {width + 8, std::max(height, option.fontMetrics.height()) + 6};
    }

private:
    static int layoutText(QTextLayout &layout, int width)
    {
        QTextOption textOption;
        textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(textOption);
        layout.beginLayout();
        double y = 0;
        for (int lines = 0; lines < MaxCellLines; ++lines) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout.endLayout();
        return int(std::ceil(y));
    }
};

QStringList namesOf(const QString &field)
{
    QStringList names;
    for (const QString &name : field.split(QRegularExpression(QStringLiteral("[;；]")))) {
        if (!name.trimmed().isEmpty())
            names.append(name.trimmed());
    }
    return names;
}

} // namespace

AlignmentCommit AlignmentReviewDialog::importInto(const QString &libraryPath)
{
    return [libraryPath](const AlignmentDraft &draft, const AlignmentCommitProgress &progress) -> qint64 {
        Library library(libraryPath); // this thread's own connection
        const ImportResult result =
            PaperImporter(library).import({AlignmentDrafter::source(draft)}, [&progress](const ImportProgress &p) {
                return progress(int(p.fraction() * 1000), 1000);
            });
        if (!result.errors.isEmpty())
            throw result.errors.front();
        return result.papers.front().documentId;
    };
}

AlignmentReviewDialog::AlignmentReviewDialog(AlignmentDraft draft, AlignmentCommit commit, QWidget *parent)
    : QDialog(parent)
    , m_editor(new AlignmentEditor(std::move(draft), this))
    , m_model(new AlignmentLinksModel(m_editor, this))
    , m_commit(std::move(commit))
{
    setObjectName(QStringLiteral("alignmentReview"));
    setSizeGripEnabled(true);
    resize(1200, 820);
    m_initialMeta = m_editor->draft().meta;

    auto *layout = new QVBoxLayout(this);

    // The paper's metadata, prefilled from what the files say.
    auto *metaBox = new QGroupBox(this);
    metaBox->setObjectName(QStringLiteral("metadata"));
    auto *form = new QFormLayout(metaBox);
    const PaperMeta &meta = m_initialMeta;
    auto field = [&](const char *name, const QString &text) {
        auto *edit = new QLineEdit(text, metaBox);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    QStringList authorsEn;
    QStringList authorsZh;
    for (const Author &author : meta.authors) {
        if (!author.nameEn.isEmpty())
            authorsEn.append(author.nameEn);
        if (!author.nameZh.isEmpty())
            authorsZh.append(author.nameZh);
    }
    m_titleEn = field("titleEn", meta.titleEn);
    m_titleZh = field("titleZh", meta.titleZh);
    m_authorsEn = field("authorsEn", authorsEn.join(QStringLiteral("; ")));
    m_authorsZh = field("authorsZh", authorsZh.join(QStringLiteral("; ")));
    m_url = field("url", meta.url);
    m_year = new QSpinBox(metaBox);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(0, 2100);
    m_year->setSpecialValueText(QStringLiteral(" "));
    m_year->setValue(meta.year);
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_titleEn, 3);
    row1->addWidget(m_titleZh, 2);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_authorsEn, 3);
    row2->addWidget(m_authorsZh, 2);
    auto *row3 = new QHBoxLayout;
    row3->addWidget(m_year, 0);
    row3->addWidget(m_url, 1);
    auto label = [&](const char *name) {
        auto *l = new QLabel(metaBox);
        l->setObjectName(QLatin1String(name));
        return l;
    };
    form->addRow(label("titleLabel"), row1);
    form->addRow(label("authorsLabel"), row2);
    form->addRow(label("yearUrlLabel"), row3);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("links"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new LinkDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(AlignmentLinksModel::EnglishColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AlignmentLinksModel::ChineseColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AlignmentLinksModel::KindColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AlignmentLinksModel::ConfidenceColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Row heights follow the wrapped text, so they are measured again when the columns change width
    // (once, after the resizing is done).
    auto *remeasure = new QTimer(this);
    remeasure->setSingleShot(true);
    remeasure->setInterval(0);
    connect(remeasure, &QTimer::timeout, m_table, &QTableView::resizeRowsToContents);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, remeasure, qOverload<>(&QTimer::start));

    auto *texts = new QWidget(this);
    auto *textsLayout = new QHBoxLayout(texts);
    textsLayout->setContentsMargins(0, 0, 0, 0);
    for (Lang side : {Lang::En, Lang::Zh}) {
        auto *view = new QPlainTextEdit(texts);
        view->setObjectName(side == Lang::En ? QStringLiteral("englishText") : QStringLiteral("chineseText"));
        view->setReadOnly(true);
        view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        textsLayout->addWidget(view);
        (side == Lang::En ? m_enText : m_zhText) = view;
        connect(view, &QPlainTextEdit::cursorPositionChanged, this, [this, side] {
            m_splitSide = side;
            updateActions();
        });
    }

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(texts);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    // Every edit a QAction with a shortcut, in the menus and (the common ones) on the toolbar.
    auto onCurrent = [this](Edit edit, Lang side, int select) {
        return [this, edit, side, select] { editCurrent(int(edit), side, select); };
    };
    makeAction("alignPreviousUnsure", QKeySequence(Qt::SHIFT | Qt::Key_F8), [this] { goToReview(false); });
    makeAction("alignNextUnsure", QKeySequence(Qt::Key_F8), [this] { goToReview(true); });
    makeAction("alignMergeNext", QKeySequence(Qt::CTRL | Qt::Key_J), onCurrent(Edit::MergeWithNext, Lang::En, 0));
    makeAction("alignMergePrevious", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J),
               onCurrent(Edit::MergeWithPrevious, Lang::En, -1));
    makeAction("alignSplit", QKeySequence(Qt::CTRL | Qt::Key_B), [this] { splitAtCursor(); });
    makeAction("alignShiftEnUp", QKeySequence(Qt::ALT | Qt::Key_Up), onCurrent(Edit::ShiftFirstUp, Lang::En, 0));
    makeAction("alignShiftEnDown", QKeySequence(Qt::ALT | Qt::Key_Down), onCurrent(Edit::ShiftLastDown, Lang::En, 0));
    makeAction("alignShiftZhUp", QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up),
               onCurrent(Edit::ShiftFirstUp, Lang::Zh, 0));
    makeAction("alignShiftZhDown", QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down),
               onCurrent(Edit::ShiftLastDown, Lang::Zh, 0));
    makeAction("alignMakeGap", QKeySequence(Qt::CTRL | Qt::Key_G), onCurrent(Edit::MakeGap, Lang::En, 0));
    makeAction("alignCloseGap", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), [this] {
        // The gap closes into its first half: this link, or the previous one when this is the second half.
        const QList<AlignmentLink> &l = m_editor->links();
        const int k = currentLink();
        const bool withNext =
            k + 1 < l.size() &&
            ((l[k].zhCount == 0 && l[k].enCount > 0 && l[k + 1].enCount == 0 && l[k + 1].zhCount > 0) ||
             (l[k].enCount == 0 && l[k].zhCount > 0 && l[k + 1].zhCount == 0 && l[k + 1].enCount > 0));
        editCurrent(int(Edit::CloseGap), Lang::En, withNext ? 0 : -1);
    });
    makeAction("alignConfirm", QKeySequence(Qt::CTRL | Qt::Key_Return), onCurrent(Edit::Confirm, Lang::En, 0));
    makeAction("alignPin", QKeySequence(Qt::CTRL | Qt::Key_P), onCurrent(Edit::Pin, Lang::En, 0));
    makeAction("alignUnpin", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), onCurrent(Edit::Unpin, Lang::En, 0));
    makeAction("alignRealign", QKeySequence(Qt::CTRL | Qt::Key_R), [this] { realign(); });
    makeAction("alignUndo", QKeySequence::Undo, [this] {
        m_keepLink = currentLink();
        m_editor->undoStack()->undo();
    });
    makeAction("alignRedo", QKeySequence::Redo, [this] {
        m_keepLink = currentLink();
        m_editor->undoStack()->redo();
    });

    auto *menuBar = new QMenuBar(this);
    auto *editMenu = menuBar->addMenu(QString());
    editMenu->setObjectName(QStringLiteral("alignEditMenu"));
    for (const char *name :
         {"alignUndo", "alignRedo", "", "alignMergePrevious", "alignMergeNext", "alignSplit", "", "alignShiftEnUp",
          "alignShiftEnDown", "alignShiftZhUp", "alignShiftZhDown", "", "alignMakeGap", "alignCloseGap", "",
          "alignConfirm", "alignPin", "alignUnpin", "alignRealign"}) {
        if (*name)
            editMenu->addAction(m_actions.value(name));
        else
            editMenu->addSeparator();
    }
    auto *goMenu = menuBar->addMenu(QString());
    goMenu->setObjectName(QStringLiteral("alignGoMenu"));
    goMenu->addAction(m_actions.value("alignPreviousUnsure"));
    goMenu->addAction(m_actions.value("alignNextUnsure"));
    layout->setMenuBar(menuBar);

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char *name : {"alignPreviousUnsure", "alignNextUnsure", "", "alignMergePrevious", "alignMergeNext",
                             "alignSplit", "alignMakeGap", "alignCloseGap", "", "alignConfirm", "alignPin",
                             "alignRealign", "", "alignUndo", "alignRedo"}) {
        if (*name)
            toolBar->addAction(m_actions.value(name));
        else
            toolBar->addSeparator();
    }

    auto *buttons = new QDialogButtonBox(this);
    m_commitButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_commitButton->setObjectName(QStringLiteral("commit"));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    // Return in the table must not import by accident.
    m_commitButton->setAutoDefault(false);
    m_cancelButton->setAutoDefault(false);
    connect(m_commitButton, &QPushButton::clicked, this, &AlignmentReviewDialog::commit);
    connect(m_cancelButton, &QPushButton::clicked, this, &AlignmentReviewDialog::reject);

    layout->addWidget(toolBar);
    layout->addWidget(metaBox);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_editor, &AlignmentEditor::aboutToChange, this, [this] { m_resetting = true; });
    connect(m_editor, &AlignmentEditor::changed, this, [this] {
        m_resetting = false;
        setCurrentLink(std::clamp(m_keepLink, 0, int(m_editor->links().size()) - 1));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_resetting)
            showCurrent();
    });
    connect(m_editor->undoStack(), &QUndoStack::indexChanged, this, &AlignmentReviewDialog::updateActions);
    connect(&m_watcher, &QFutureWatcher<AlignmentCommitOutcome>::finished, this,
            &AlignmentReviewDialog::commitFinished);
    connect(&m_realigning, &QFutureWatcher<RealignOutcome>::finished, this, &AlignmentReviewDialog::realignFinished);

    retranslate();
    setCurrentLink(0);
    m_table->setFocus();
}

AlignmentReviewDialog::~AlignmentReviewDialog()
{
    m_watcher.waitForFinished();
    m_realigning.cancel();
    m_realigning.waitForFinished();
    disconnect(m_editor, nullptr, this, nullptr);
    disconnect(m_editor->undoStack(), nullptr, this, nullptr);
}

QAction *AlignmentReviewDialog::makeAction(const char *name, const QKeySequence &shortcut, std::function<void()> run)
{
    auto *action = new QAction(this);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(shortcut);
    addAction(action); // the shortcut works anywhere in the dialog
    connect(action, &QAction::triggered, this, std::move(run));
    m_actions.insert(name, action);
    return action;
}

void AlignmentReviewDialog::retranslate()
{
    setWindowTitle(tr("Review Alignment"));
    const QHash<QByteArray, QString> texts{
        {"alignPreviousUnsure", tr("&Previous to Check")},
        {"alignNextUnsure", tr("&Next to Check")},
        {"alignMergeNext", tr("Merge with &Next")},
        {"alignMergePrevious", tr("Merge with &Previous")},
        {"alignSplit", tr("&Split Paragraph at Cursor")},
        {"alignShiftEnUp", tr("English First Paragraph &Up")},
        {"alignShiftEnDown", tr("English Last Paragraph &Down")},
        {"alignShiftZhUp", tr("Chinese First Paragraph U&p")},
        {"alignShiftZhDown", tr("Chinese Last Paragraph Do&wn")},
        {"alignMakeGap", tr("Make &Gap")},
        {"alignCloseGap", tr("Close G&ap")},
        {"alignConfirm", tr("&Confirm Link")},
        {"alignPin", tr("P&in Link")},
        {"alignUnpin", tr("Unpin Lin&k")},
        {"alignRealign", tr("&Re-align Between Pins")},
        {"alignUndo", tr("&Undo")},
        {"alignRedo", tr("&Redo")},
    };
    const QHash<QByteArray, QString> tips{
        {"alignPreviousUnsure", tr("Go to the previous unsure or not one-to-one link")},
        {"alignNextUnsure", tr("Go to the next unsure or not one-to-one link")},
        {"alignMergeNext", tr("Join this link and the next one into one link")},
        {"alignMergePrevious", tr("Join this link and the previous one into one link")},
        {"alignSplit", tr("Split the paragraph at the text cursor into two paragraphs")},
        {"alignShiftEnUp", tr("Move this link's first English paragraph into the previous link")},
        {"alignShiftEnDown", tr("Move this link's last English paragraph into the next link")},
        {"alignShiftZhUp", tr("Move this link's first Chinese paragraph into the previous link")},
        {"alignShiftZhDown", tr("Move this link's last Chinese paragraph into the next link")},
        {"alignMakeGap", tr("Unpair this link: its English and its Chinese each stand alone")},
        {"alignCloseGap", tr("Pair an English paragraph without partner with the Chinese one next to it")},
        {"alignConfirm", tr("Mark this link as right")},
        {"alignPin", tr("Keep this link when re-aligning")},
        {"alignUnpin", tr("Let re-aligning change this link again")},
        {"alignRealign", tr("Align again everything between pinned links")},
        {"alignUndo", tr("Undo the last edit")},
        {"alignRedo", tr("Redo the edit undone last")},
    };
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        it.value()->setText(texts.value(it.key()));
        it.value()->setToolTip(QStringLiteral("%1 (%2)").arg(
            tips.value(it.key()), it.value()->shortcut().toString(QKeySequence::NativeText)));
    }
    if (auto *menu = findChild<QMenu *>(QStringLiteral("alignEditMenu")))
        menu->setTitle(tr("&Edit"));
    if (auto *menu = findChild<QMenu *>(QStringLiteral("alignGoMenu")))
        menu->setTitle(tr("&Go"));
    m_titleEn->setPlaceholderText(tr("Title in English"));
    m_titleZh->setPlaceholderText(tr("Title in Chinese"));
    m_authorsEn->setPlaceholderText(tr("Authors in English, separated by ;"));
    m_authorsZh->setPlaceholderText(tr("Authors in Chinese, separated by ;"));
    m_url->setPlaceholderText(tr("URL"));
    m_year->setToolTip(tr("Year of the translation"));
    findChild<QGroupBox *>(QStringLiteral("metadata"))->setTitle(tr("Paper"));
    findChild<QLabel *>(QStringLiteral("titleLabel"))->setText(tr("Title:"));
    findChild<QLabel *>(QStringLiteral("authorsLabel"))->setText(tr("Authors:"));
    findChild<QLabel *>(QStringLiteral("yearUrlLabel"))->setText(tr("Year, URL:"));
    if (!m_customCommitText)
        m_commitButton->setText(tr("&Import"));
    m_enText->setPlaceholderText(tr("No English paragraph in this link"));
    m_zhText->setPlaceholderText(tr("No Chinese paragraph in this link"));
}

void AlignmentReviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_summary->setText(m_model->summary());
    }
    QDialog::changeEvent(event);
}

void AlignmentReviewDialog::setCommitText(const QString &text)
{
    m_customCommitText = true;
    m_commitButton->setText(text);
}

int AlignmentReviewDialog::currentLink() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.row() : 0;
}

void AlignmentReviewDialog::setCurrentLink(int link)
{
    if (link < 0 || link >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(link, AlignmentLinksModel::EnglishColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    showCurrent();
}

void AlignmentReviewDialog::showCurrent()
{
    const int k = currentLink();
    if (k < m_model->rowCount()) {
        m_enText->setPlainText(m_model->index(k, AlignmentLinksModel::EnglishColumn).data().toString());
        m_zhText->setPlainText(m_model->index(k, AlignmentLinksModel::ChineseColumn).data().toString());
    }
    m_summary->setText(m_model->summary());
    updateActions();
}

void AlignmentReviewDialog::updateActions()
{
    const int k = currentLink();
    const bool busy = isCommitting() || isRealigning();
    auto enable = [&](const char *name, bool on) { m_actions.value(name)->setEnabled(on && !busy); };
    enable("alignMergeNext", m_editor->canEdit(Edit::MergeWithNext, k));
    enable("alignMergePrevious", m_editor->canEdit(Edit::MergeWithPrevious, k));
    enable("alignShiftEnUp", m_editor->canEdit(Edit::ShiftFirstUp, k, Lang::En));
    enable("alignShiftEnDown", m_editor->canEdit(Edit::ShiftLastDown, k, Lang::En));
    enable("alignShiftZhUp", m_editor->canEdit(Edit::ShiftFirstUp, k, Lang::Zh));
    enable("alignShiftZhDown", m_editor->canEdit(Edit::ShiftLastDown, k, Lang::Zh));
    enable("alignMakeGap", m_editor->canEdit(Edit::MakeGap, k));
    enable("alignCloseGap", m_editor->canEdit(Edit::CloseGap, k));
    enable("alignConfirm", m_editor->canEdit(Edit::Confirm, k));
    enable("alignPin", m_editor->canEdit(Edit::Pin, k));
    enable("alignUnpin", m_editor->canEdit(Edit::Unpin, k));
    enable("alignRealign", true);
    enable("alignUndo", m_editor->undoStack()->canUndo());
    enable("alignRedo", m_editor->undoStack()->canRedo());
    const bool review = m_editor->nextToReview(k) >= 0;
    enable("alignNextUnsure", review);
    enable("alignPreviousUnsure", review);
    const auto [paragraph, offset] = cursorParagraph(m_splitSide);
    enable("alignSplit", paragraph >= 0 && m_editor->canSplit(m_splitSide, paragraph, offset));
}

std::pair<int, int> AlignmentReviewDialog::cursorParagraph(Lang side) const
{
    const int k = currentLink();
    if (k >= m_editor->links().size())
        return {-1, 0};
    const AlignmentLink &link = m_editor->links()[k];
    const int first = side == Lang::En ? link.enFirst : link.zhFirst;
    const int count = side == Lang::En ? link.enCount : link.zhCount;
    int position = textView(side)->textCursor().position();
    const int separator = int(AlignmentLinksModel::separator().size());
    for (int i = 0; i < count; ++i) {
        const int length = int(m_editor->paragraphs(side)[first + i].text.size());
        if (position <= length)
            return {first + i, position};
        position -= length + separator;
    }
    return {-1, 0};
}

void AlignmentReviewDialog::editCurrent(int edit, Lang side, int select)
{
    const int k = currentLink();
    m_keepLink = std::max(0, k + select);
    m_editor->edit(Edit(edit), k, side);
}

void AlignmentReviewDialog::splitAtCursor()
{
    const auto [paragraph, offset] = cursorParagraph(m_splitSide);
    if (paragraph < 0)
        return;
    m_keepLink = currentLink();
    m_editor->splitParagraph(m_splitSide, paragraph, offset);
}

void AlignmentReviewDialog::goToReview(bool forward)
{
    const int k = m_editor->nextToReview(m_table->currentIndex().isValid() ? currentLink() : -1, forward);
    if (k >= 0)
        setCurrentLink(k);
}

PaperMeta AlignmentReviewDialog::metaFromFields() const
{
    PaperMeta meta = m_initialMeta;
    meta.titleEn = m_titleEn->text().trimmed();
    meta.titleZh = m_titleZh->text().trimmed();
    meta.url = m_url->text().trimmed();
    meta.year = m_year->value();
    const QStringList en = namesOf(m_authorsEn->text());
    const QStringList zh = namesOf(m_authorsZh->text());
    meta.authors.clear();
    for (qsizetype i = 0; i < std::max(en.size(), zh.size()); ++i)
        meta.authors.append({en.value(i), zh.value(i)});
    return meta;
}

AlignmentDraft AlignmentReviewDialog::currentDraft() const
{
    AlignmentDraft draft = m_editor->draft();
    draft.meta = metaFromFields();
    return draft;
}

bool AlignmentReviewDialog::isCommitting() const
{
    return m_watcher.isRunning();
}

void AlignmentReviewDialog::waitForCommit()
{
    m_watcher.waitForFinished();
    QCoreApplication::processEvents(); // delivers finished()
}

bool AlignmentReviewDialog::isRealigning() const
{
    return m_realignBusy; // until its result has been applied, not only until the thread is done
}

void AlignmentReviewDialog::waitForRealign()
{
    m_realigning.waitForFinished();
    QCoreApplication::processEvents(); // delivers finished()
}

void AlignmentReviewDialog::realign()
{
    if (isRealigning() || isCommitting())
        return;
    m_keepLink = currentLink();
    m_realignBusy = true;
    m_realignProgress = new QProgressDialog(this);
    m_realignProgress->setWindowTitle(tr("Re-align"));
    m_realignProgress->setLabelText(tr("Aligning again between the pinned links…"));
    m_realignProgress->setWindowModality(Qt::WindowModal);
    m_realignProgress->setMinimumDuration(400);
    m_realignProgress->setRange(0, 1000);
    connect(m_realignProgress, &QProgressDialog::canceled, &m_realigning, &QFutureWatcher<RealignOutcome>::cancel);
    connect(&m_realigning, &QFutureWatcher<RealignOutcome>::progressValueChanged, m_realignProgress,
            &QProgressDialog::setValue);
    const AlignmentDraft draft = m_editor->draft();
    m_realigning.setFuture(QtConcurrent::run([draft](QPromise<RealignOutcome> &promise) {
        promise.setProgressRange(0, 1000);
        RealignOutcome outcome;
        AlignOptions options;
        options.progress = [&promise](int done, int total) {
            promise.setProgressValue(total > 0 ? int(qint64(done) * 1000 / total) : 0);
            return !promise.isCanceled();
        };
        try {
            outcome.links = AlignmentEditor::realigned(draft, options);
        } catch (const Error &error) {
            outcome.cancelled = error.kind() == Error::Kind::Cancelled;
            outcome.error = error.text();
        }
        promise.addResult(outcome);
    }));
    updateActions();
}

void AlignmentReviewDialog::realignFinished()
{
    if (m_realignProgress) {
        m_realignProgress->reset();
        m_realignProgress->deleteLater();
        m_realignProgress = nullptr;
    }
    RealignOutcome outcome;
    if (m_realigning.future().resultCount() > 0)
        outcome = m_realigning.result();
    else
        outcome.cancelled = true;
    m_realignBusy = false;
    updateActions();
    if (outcome.cancelled)
        return;
    if (!outcome.error.isEmpty()) {
        Dialogs::show(this, Dialogs::Kind::Error, tr("Re-align"), outcome.error);
        return;
    }
    if (!m_editor->applyRealigned(outcome.links))
        m_summary->setText(m_model->summary() + QStringLiteral(" — ") + tr("re-aligning changed nothing"));
}

void AlignmentReviewDialog::commit()
{
    if (isCommitting() || !m_commit)
        return;
    m_editor->setMeta(metaFromFields());
    m_progress = new QProgressDialog(this);
    m_progress->setWindowTitle(tr("Importing"));
    m_progress->setLabelText(tr("Writing the aligned paper to the library…"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setRange(0, 1000);
    connect(m_progress, &QProgressDialog::canceled, &m_watcher, &QFutureWatcher<AlignmentCommitOutcome>::cancel);
    connect(&m_watcher, &QFutureWatcher<AlignmentCommitOutcome>::progressValueChanged, m_progress,
            &QProgressDialog::setValue);
    m_commitButton->setEnabled(false);
    const AlignmentDraft draft = m_editor->draft();
    const AlignmentCommit commit = m_commit;
    m_watcher.setFuture(QtConcurrent::run([draft, commit](QPromise<AlignmentCommitOutcome> &promise) {
        promise.setProgressRange(0, 1000);
        AlignmentCommitOutcome outcome;
        try {
            outcome.documentId = commit(draft, [&promise](int done, int total) {
                promise.setProgressValue(total > 0 ? int(qint64(done) * 1000 / total) : 0);
                return !promise.isCanceled();
            });
        } catch (const Error &error) {
            outcome.cancelled = error.kind() == Error::Kind::Cancelled;
            outcome.error = error.text();
        }
        promise.addResult(outcome);
    }));
    updateActions();
}

void AlignmentReviewDialog::commitFinished()
{
    if (m_progress) {
        m_progress->reset();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_commitButton->setEnabled(true);
    updateActions();
    AlignmentCommitOutcome outcome;
    if (m_watcher.future().resultCount() > 0)
        outcome = m_watcher.result();
    else
        outcome.cancelled = true;
    if (outcome.cancelled) {
        m_summary->setText(m_model->summary() + QStringLiteral(" — ") + tr("cancelled; nothing was written"));
        return;
    }
    if (!outcome.error.isEmpty()) {
        Dialogs::show(this, Dialogs::Kind::Error, tr("Import Failed"),
                      tr("Nothing was written; the library is unchanged.\n\n%1").arg(outcome.error));
        return;
    }
    m_documentId = outcome.documentId;
    QDialog::accept();
}

void AlignmentReviewDialog::reject()
{
    if (isCommitting()) {
        m_watcher.cancel();
        return;
    }
    if ((m_editor->isModified() || metaFromFields() != m_initialMeta) &&
        !Dialogs::ask(this, tr("Discard Edits"),
                      tr("Discard your edits to this alignment? Nothing will be written to the library."),
                      tr("&Discard"))) {
        return;
    }
    QDialog::reject();
}

} // namespace duizhao::gui
