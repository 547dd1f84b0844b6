#include "emptylibrarypage.h"

#include "bundledpaper.h"
#include "library/library.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace duizhao::gui {

namespace {

// A button that stands for an action: its click triggers it, and it is enabled when it is.
QPushButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    return button;
}

} // namespace

EmptyLibraryPage::EmptyLibraryPage(QWidget *readerViewport, QAction *importPaper, QAction *importPair)
    : QWidget(readerViewport)
    , m_sample(new QAction(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("emptyLibraryPage"));
    // The reader's own background, over its placeholder text.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    connect(m_sample, &QAction::triggered, this, &EmptyLibraryPage::sampleRequested);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_title, m_text, m_hint}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
    }
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_importButton = buttonFor(importPaper, this);
    m_importButton->setObjectName(QStringLiteral("emptyImportPaper"));
    m_pairButton = buttonFor(importPair, this);
    m_pairButton->setObjectName(QStringLiteral("emptyImportPair"));
    m_sampleButton = buttonFor(m_sample, this);
    m_sampleButton->setObjectName(QStringLiteral("emptyAddSample"));
    m_sampleButton->setDefault(true);

    // A column of reading width in the middle, however wide the reader is.
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addSpacing(8);
    layout->addWidget(m_text);
    layout->addSpacing(16);
    for (QPushButton *button : {m_importButton, m_pairButton, m_sampleButton}) {
        layout->addWidget(button);
        layout->addSpacing(4);
    }
    layout->addSpacing(12);
    layout->addWidget(m_hint);
    column->setFixedWidth(30 * fontMetrics().height());
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);

    readerViewport->installEventFilter(this);
    setGeometry(readerViewport->rect());
    retranslate();
}

void EmptyLibraryPage::update(const Library *library, qint64 documentId)
{
    m_readOnly = library && library->isReadOnly();
    bool hasSample = false;
    m_empty = true;
    if (library) {
        // The sample as File → Add the Sample Paper (or the first start) stored it; the same text
        // imported from a file of its own is found by its content when added, and opened.
        const QList<DocumentInfo> documents = library->documents();
        m_empty = documents.isEmpty();
        for (const DocumentInfo &document : documents)
            hasSample = hasSample || document.meta.sourceName == BundledPaper::fileName();
    }
    m_sample->setEnabled(library && !m_readOnly && !hasSample);
    setVisible(documentId <= 0);
    if (isVisible())
        raise();
    retranslate();
}

bool EmptyLibraryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void EmptyLibraryPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void EmptyLibraryPage::retranslate()
{
    m_sample->setText(tr("Add the &Sample Paper"));
    m_sample->setToolTip(tr("Add the paper that comes with Duizhao, an English translation beside its Chinese "
                            "original, to this library"));
    m_title->setText(m_empty ? tr("This library has no papers yet") : tr("No paper is open"));
    m_text->setText(m_readOnly ? tr("This library is read-only: open a library you can write to (File → Open "
                                    "Library…) to add papers.")
                               : tr("Duizhao reads a policy paper's English translation beside its Chinese original, "
                                    "paragraph by paragraph. Bring one in:"));
    m_importButton->setText(tr("Import a paper…"));
    m_importButton->setToolTip(
        tr("A bilingual paper in one text file, English and Chinese paragraphs in turn (Ctrl+I)"));
    m_pairButton->setText(tr("Import a translation and its original…"));
    m_pairButton->setToolTip(
        tr("The English translation and the Chinese original in two files, paired paragraph by paragraph "
           "(Ctrl+Shift+I)"));
    m_sampleButton->setText(tr("Add the sample paper"));
    m_sampleButton->setToolTip(m_sample->toolTip());
    m_hint->setText(tr("You can also drop paper files on this window. The sample paper: Gu Xueming and Liu Yiming, "
                       "“U.S. Technology Competition with China and China’s Countermeasures from the Perspective "
                       "of Technology Power” (CSIS Interpret: China, 2023)."));
}

} // namespace duizhao::gui
