#include "table1window.h"

#include "dialogs.h"
#include "error.h"
#include "languagemanager.h"
#include "models/frameworkroles.h"
#include "models/table1model.h"
#include "plaintext.h"
#include "viewwindows.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace duizhao::gui {

namespace {

constexpr int Padding = 6;

// A cell as a bulleted list, one item a block (its user state: the item's index); in a measures
// cell the general instruments follow under a heading of their own (user state -1).
void buildCell(QTextDocument &doc, const QModelIndex &index, const QFont &font, const QPalette &palette, int width)
{
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setIndentWidth(QFontMetrics(font).horizontalAdvance(QStringLiteral("M")) * 1.2);
    doc.setTextWidth(std::max(40, width));
    const QStringList items = index.data(Table1Model::Items).toStringList();
    const int named = index.data(Table1Model::NamedCount).toInt();
    const auto *model = qobject_cast<const Table1Model *>(index.model());
    QTextCursor cursor(&doc);
    bool first = true;
    auto block = [&](const QTextBlockFormat &format, const QTextCharFormat &chars) {
        if (first)
            cursor.setBlockFormat(format);
        else
            cursor.insertBlock(format, chars);
        cursor.setBlockCharFormat(chars);
        cursor.setCharFormat(chars);
        first = false;
    };
    QTextListFormat bullets;
    bullets.setStyle(QTextListFormat::ListDisc);
    bullets.setIndent(1);
    QTextList *list = nullptr;
    QTextBlockFormat itemFormat;
    itemFormat.setBottomMargin(2);
    for (int i = 0; i < items.size(); ++i) {
        if (i == named && model) {
            QTextBlockFormat headingFormat;
            headingFormat.setTopMargin(first ? 0 : 6);
            headingFormat.setBottomMargin(2);
            QTextCharFormat heading;
            heading.setFontItalic(true);
            heading.setForeground(palette.color(QPalette::PlaceholderText));
            block(headingFormat, heading);
            cursor.insertText(Table1Model::generalTitle(model->language()));
            cursor.block().setUserState(-1);
            list = nullptr;
        }
        block(itemFormat, QTextCharFormat());
        cursor.insertText(items[i]);
        cursor.block().setUserState(i);
        if (list)
            list->add(cursor.block());
        else
            list = cursor.createList(bullets);
    }
}

QRect contentRect(const QRect &cell)
{
    return cell.adjusted(Padding, Padding - 2, -Padding, -Padding);
}

class CellDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        opt.text.clear();
        const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QRect content = contentRect(opt.rect);
        QTextDocument doc;
        buildCell(doc, index, opt.font, opt.palette, content.width());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        const bool selected = opt.state & QStyle::State_Selected;
        context.palette.setColor(QPalette::Text,
                                 opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->save();
        painter->translate(content.topLeft());
        painter->setClipRect(QRect(QPoint(0, 0), content.size()));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // Rows are as tall as their lists at the column's present width.
        const auto *view = qobject_cast<const QTableView *>(option.widget);
        const int width = view                      ? view->columnWidth(index.column())
                          : option.rect.width() > 0 ? option.rect.width()
                                                    : 320;
        QTextDocument doc;
        buildCell(doc, index, option.font, option.palette, contentRect(QRect(0, 0, width, 100)).width());
        return {int(std::ceil(doc.idealWidth())) + 2 * Padding, int(std::ceil(doc.size().height())) + 2 * Padding};
    }
};

} // namespace

Table1Window::Table1Window(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(new Table1Model(this))
    , m_view(new QTableView)
    , m_delegate(new CellDelegate(this))
    , m_language(new QComboBox)
{
    setObjectName(QStringLiteral("table1"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->viewport()->installEventFilter(this);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    // The columns share the width by how much they hold (see fitColumns()); the user may still drag.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);
    PlainToolTips::install(m_view);
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
    m_language->setCurrentIndex(LanguageManager::current() == u"zh_CN" ? 1 : 0);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_language);
    bar->addStretch();
    for (const DataExporter::Format format :
         {DataExporter::Format::Table1Markdown, DataExporter::Format::Table1Html, DataExporter::Format::Table1Json}) {
        auto *action = new QAction(this);
        connect(action, &QAction::triggered, this, [this, format] { exportAs(format); });
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        bar->addWidget(button);
        m_exports.append(action);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setLanguage(m_language->currentData().toString() == u"zh" ? Lang::Zh : Lang::En);
        m_view->resizeRowsToContents();
    });
    connect(m_view, &QTableView::clicked, this, &Table1Window::activate);
    // The lists wrap at the columns' widths: when those change, so do the rows' heights.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_rowsPending) {
            m_rowsPending = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_rowsPending = false;
                    m_view->resizeRowsToContents();
                },
                Qt::QueuedConnection);
        }
    });
    ViewWindows::addCloseKeys(this);
    // Wide and tall enough for the three levels' rows at once, inside the main window's default size.
    resize(1180, 720);
    retranslate();
}

QRect Table1Window::itemRect(const QModelIndex &index, int item) const
{
    const QRect content = contentRect(m_view->visualRect(index));
    QTextDocument doc;
    buildCell(doc, index, m_view->font(), m_view->palette(), content.width());
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.userState() == item)
            return doc.documentLayout()->blockBoundingRect(block).toRect().translated(content.topLeft());
    }
    return {};
}

int Table1Window::itemAt(const QModelIndex &index, const QPoint &point) const
{
    const QRect content = contentRect(m_view->visualRect(index));
    QTextDocument doc;
    buildCell(doc, index, m_view->font(), m_view->palette(), content.width());
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        // The whole line of an item, its bullet included.
        QRectF rect = doc.documentLayout()->blockBoundingRect(block).translated(content.topLeft());
        rect.setLeft(content.left());
        rect.setRight(content.right());
        if (block.userState() >= 0 && rect.contains(point))
            return block.userState();
    }
    return -1;
}

void Table1Window::activate(const QModelIndex &index)
{
    // An item leads to where the paper states it; a click beside the items, to the whole cell.
    const int item = itemAt(index, m_pressedAt);
    const QVariantList itemUnits = index.data(Table1Model::ItemUnits).toList();
    const QList<int> units = item >= 0 && item < itemUnits.size()
                                 ? itemUnits[item].value<QList<int>>()
                                 : index.data(FrameworkRole::Units).value<QList<int>>();
    if (units.isEmpty())
        return;
    emit unitsActivated(units);
    ViewWindows::showReader(this);
}

bool Table1Window::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonPress)
        m_pressedAt = static_cast<QMouseEvent *>(event)->position().toPoint();
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void Table1Window::fitColumns()
{
    // The measures are the longest lists: half the width keeps most of them on one line each, so
    // the three rows fit the window; the initiatives' lists are longer than the features'.
    const int width = m_view->viewport()->width();
    if (width <= 0)
        return;
    m_view->setColumnWidth(Table1Model::Initiatives, width * 27 / 100);
    m_view->setColumnWidth(Table1Model::Features, width * 23 / 100);
    m_view->setColumnWidth(Table1Model::Measures, width - width * 27 / 100 - width * 23 / 100);
    m_view->resizeRowsToContents();
}

void Table1Window::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ViewWindows::detachFromMainWindow(this);
}

void Table1Window::load(Library *library, qint64 documentId)
{
    m_library = library;
    m_documentId = documentId;
    if (library && documentId > 0)
        m_model->load(*library, documentId);
    else
        m_model->setRows({});
    m_model->setLanguage(m_language->currentData().toString() == u"zh" ? Lang::Zh : Lang::En);
    m_view->resizeRowsToContents();
}

void Table1Window::exportAs(DataExporter::Format format)
{
    if (!m_library || m_documentId <= 0)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, windowTitle(), QDir::home().filePath(DataExporter::fileName(format)), DataExporter::fileFilter(format));
    if (path.isEmpty())
        return;
    try {
        DataExporter::writeFile(*m_library, m_documentId, format, path);
    } catch (const Error &error) {
        Dialogs::show(this, Dialogs::Kind::Error, windowTitle(), error.text());
    }
}

void Table1Window::retranslate()
{
    setWindowTitle(tr("Table 1: Initiatives, Features and Measures of U.S. Technology Competition"));
    m_language->setAccessibleName(tr("Language of the table"));
    m_view->setAccessibleName(tr("Table 1"));
    m_view->setToolTip(tr("Click a cell to read where the paper says it."));
    const QStringList labels = {tr("Export Markdown…"), tr("Export HTML…"), tr("Export JSON…")};
    for (int i = 0; i < m_exports.size(); ++i)
        m_exports[i]->setText(labels[i]);
}

void Table1Window::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace duizhao::gui
