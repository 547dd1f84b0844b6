#include "table1window.h"

#include "dialogs.h"
#include "error.h"
#include "languagemanager.h"
#include "models/frameworkroles.h"
#include "models/table1model.h"
#include "plaintext.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace duizhao::gui {

Table1Window::Table1Window(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(new Table1Model(this))
    , m_view(new QTableView)
    , m_language(new QComboBox)
{
    setObjectName(QStringLiteral("table1"));
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
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
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QList<int> units = index.data(FrameworkRole::Units).value<QList<int>>();
        if (!units.isEmpty())
            emit unitsActivated(units);
    });
    resize(1100, 640);
    retranslate();
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
