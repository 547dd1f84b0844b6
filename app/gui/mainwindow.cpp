#include "mainwindow.h"

#include "alignmentedit.h"
#include "annotationdialog.h"
#include "annotations/annotationcontroller.h"
#include "annotations/annotationjson.h"
#include "annotations/annotationpalette.h"
#include "annotations/annotationstore.h"
#include "annotationsdock.h"
#include "appidentity.h"
#include "backupjob.h"
#include "candidatesdialog.h"
#include "citationsdock.h"
#include "diagramwindow.h"
#include "dialogs.h"
#include "elidedlabel.h"
#include "emptylibrarypage.h"
#include "error.h"
#include "export/pdfexporter.h"
#include "export/xfdf.h"
#include "exportpdfdialog.h"
#include "framework/frameworklevel.h"
#include "framework/frameworkstore.h"
#include "framework/measurestore.h"
#include "glossarydock.h"
#include "icons.h"
#include "importjob.h"
#include "languagemanager.h"
#include "library/openlibrary.h"
#include "librarydock.h"
#include "measuresdock.h"
#include "model/reference.h"
#include "notesdock.h"
#include "plaintext.h"
#include "preferencesdialog.h"
#include "search/searchquery.h"
#include "searchdock.h"
#include "settings.h"
#include "storage/backups.h"
#include "structuredock.h"
#include "study/studycontroller.h"
#include "study/studydock.h"
#include "table1window.h"
#include "tagsdialog.h"
#include "translationimport.h"
#include "windowlayout.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace duizhao::gui {

namespace {

QString modeCode(ReaderView::Mode mode)
{
    switch (mode) {
    case ReaderView::Mode::English:
        return QStringLiteral("english");
    case ReaderView::Mode::Chinese:
        return QStringLiteral("chinese");
    case ReaderView::Mode::Interleaved:
        return QStringLiteral("interleaved");
    case ReaderView::Mode::SideBySide:
        break;
    }
    return QStringLiteral("side-by-side");
}

ReaderView::Mode modeFromCode(const QString &code)
{
    if (code == u"english")
        return ReaderView::Mode::English;
    if (code == u"chinese")
        return ReaderView::Mode::Chinese;
    if (code == u"interleaved")
        return ReaderView::Mode::Interleaved;
    return ReaderView::Mode::SideBySide;
}

StructureTreeModel::Labels labelsFromCode(const QString &code)
{
    if (code == u"english")
        return StructureTreeModel::Labels::English;
    if (code == u"chinese")
        return StructureTreeModel::Labels::Chinese;
    return StructureTreeModel::Labels::Both;
}

QString labelsCode(StructureTreeModel::Labels labels)
{
    switch (labels) {
    case StructureTreeModel::Labels::English:
        return QStringLiteral("english");
    case StructureTreeModel::Labels::Chinese:
        return QStringLiteral("chinese");
    case StructureTreeModel::Labels::Both:
        break;
    }
    return QStringLiteral("both");
}

constexpr int SearchPauseMs = 250;

// The layout chosen in the last Export PDF dialog: XFDF places the marks on that PDF's pages.
PdfExportOptions savedExportOptions()
{
    PdfExportOptions options;
    options.layout = PdfExportOptions::layoutFromCode(Settings::value(Settings::Key::ExportLayout).toString())
                         .value_or(PdfExportOptions::Layout::SideBySide);
    options.paper = PdfExportOptions::paperFromCode(Settings::value(Settings::Key::ExportPaper).toString())
                        .value_or(PdfExportOptions::PaperSize::A4);
    options.marginNotes = Settings::value(Settings::Key::ExportMarginNotes).toBool();
    return options;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_reader(new ReaderView)
    , m_structure(new StructureDock(this))
    , m_search(new SearchDock(this))
    , m_citations(new CitationsDock(this))
    , m_notes(new NotesDock(this))
    , m_libraryDock(new LibraryDock(this))
    , m_annotationsDock(new AnnotationsDock(this))
    , m_measuresDock(new MeasuresDock(this))
    , m_glossaryDock(new GlossaryDock(this))
    , m_study(new StudyController(this))
    , m_annotations(new AnnotationController(this))
    , m_searchJob(new SearchJob(this))
    , m_sectionLabel(new ElidedLabel)
    , m_unitLabel(new QLabel)
    , m_zoomLabel(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_reader);
    setAcceptDrops(true);
    m_alignmentEdit = new AlignmentEdit([this] { return m_library.get(); }, [this] { return m_documentId; }, this);
    connect(m_alignmentEdit, &AlignmentEdit::realigned, this, [this](qint64 id, const QString &summary) {
        undoStack()->clear(); // its steps name units by their numbers before the re-alignment
        openDocument(id);
        statusBar()->showMessage(summary, 15000);
    });
    m_translationImport = new TranslationImport([this] { return m_library ? m_library->path() : QString(); }, this);
    connect(m_translationImport, &TranslationImport::imported, this, &MainWindow::openDocument);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    resize(1280, 820);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchPauseMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &MainWindow::searchNow);
    connect(m_searchJob, &SearchJob::finished, this, &MainWindow::showSearchResults);
    connect(m_searchJob, &SearchJob::batchReady, this,
            [this](const SearchOutcome &batch) { m_search->addBatch(batch.text, batch.offset, batch.hits); });

    createActions();
    // An empty library offers the ways in over the reader, the sample paper among them.
    m_emptyPage = new EmptyLibraryPage(m_reader->viewport(), m_actions.importPaper, m_translationImport->action());
    connect(m_emptyPage, &EmptyLibraryPage::sampleRequested, this, [this] { importSources({PaperSource::bundled()}); });
    createToolBar();
    // The first frame is the reader's: the docks make their widgets once it has painted.
    for (LazyDock *dock : lazyDocks())
        dock->hold();
    createDocks();
    createMenus();

    m_sectionLabel->setMinimumWidth(80);
    m_unitLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_sectionLabel, 1);
    statusBar()->addPermanentWidget(m_zoomLabel);
    statusBar()->addPermanentWidget(m_unitLabel);
    m_backupJob = new BackupJob(statusBar(), this);

    connect(m_reader, &ReaderView::currentUnitChanged, this, [this](int unit) {
        m_structure->showUnit(unit);
        updateStatus();
    });
    connect(m_reader, &ReaderView::zoomChanged, this, [this](int) { updateStatus(); });
    connect(m_reader, &ReaderView::firstPainted, this, &MainWindow::fillPanels);
    connect(m_reader, &ReaderView::copyAvailable, m_actions.copy, &QAction::setEnabled);
    connect(m_reader, &ReaderView::citationActivated, this, [this](int citation) {
        const CitationOccurrence &c = m_paper.citations[citation];
        m_citations->showWork(c.work, citation);
        m_reader->showRange(c.unitSeq, c.lang, {c.start, c.length});
    });
    connect(m_structure, &StructureDock::unitActivated, this, [this](int unit) {
        m_reader->clearActiveRange();
        m_reader->scrollToUnit(unit);
    });
    connect(m_search, &SearchDock::hitActivated, this, [this](int unit, Lang lang, int start, int length) {
        m_reader->showRange(unit, lang, {start, length});
    });
    connect(m_citations, &CitationsDock::occurrenceActivated, this, [this](int unit, Lang lang, int start, int length) {
        m_reader->showRange(unit, lang, {start, length});
    });
    connect(m_notes, &NotesDock::unitActivated, this, [this](int unit) { m_reader->scrollToUnit(unit); });
    connect(m_libraryDock, &LibraryDock::documentActivated, this, &MainWindow::openDocument);
    connect(m_reader, &ReaderView::contextMenuRequested, this, &MainWindow::addReaderMenuActions);
    connect(m_reader, &ReaderView::annotationActivated, m_annotationsDock, &AnnotationsDock::select);
    connect(m_reader, &ReaderView::annotationEditRequested, this, &MainWindow::editAnnotation);
    connect(m_annotationsDock, &AnnotationsDock::annotationActivated, this,
            [this](qint64, int unit, const QString &lang, int start, int length) {
                if (lang.isEmpty())
                    m_reader->scrollToUnit(unit);
                else
                    m_reader->showRange(unit, langFromCode(lang).value_or(Lang::En), {start, length});
            });
    connect(m_annotationsDock, &AnnotationsDock::editRequested, this, &MainWindow::editAnnotation);
    connect(m_annotationsDock, &AnnotationsDock::removeRequested, this, &MainWindow::removeAnnotation);
    connect(m_reader, &ReaderView::copyAvailable, this, [this] { updateWriteActions(); });
    connect(m_annotations, &AnnotationController::changed, this, [this](qint64 document) {
        if (document == m_documentId)
            refreshAnnotations();
    });
    connect(m_annotations, &AnnotationController::tagsChanged, this, &MainWindow::refreshAnnotations);
    connect(m_annotations, &AnnotationController::failed, this, [this](const QString &message) {
        Dialogs::show(this, Dialogs::Kind::Error, tr("Not Saved"),
                      tr("The change could not be saved:\n%1").arg(message));
    });
    connect(m_measuresDock, &MeasuresDock::mentionsSelected, this, &MainWindow::focusSpans);
    connect(m_measuresDock, &MeasuresDock::spanShown, this, &MainWindow::showSpan);
    connect(m_measuresDock, &MeasuresDock::candidatesRequested, m_actions.reviewCandidates, &QAction::trigger);
    connect(m_glossaryDock, &GlossaryDock::occurrencesSelected, this, &MainWindow::focusSpans);
    connect(m_glossaryDock, &GlossaryDock::spanShown, this, &MainWindow::showSpan);
    connect(m_study, &StudyController::unitActivated, this, [this](int unit) {
        m_reader->clearActiveRange();
        m_reader->scrollToUnit(unit);
        activateWindow();
    });

    m_structure->setLabels(labelsFromCode(Settings::value(Settings::Key::TreeLabels).toString()));
    retranslate();
    // The window opens ready to read: Page Down, the arrows and Ctrl+C work on the text at once.
    m_reader->setFocus();
}

MainWindow::~MainWindow()
{
    if (m_importJob)
        m_importJob->waitForFinished();
    if (m_exportJob)
        m_exportJob->waitForFinished();
    // The marks' and the cards' stores go before the library they read.
    m_study->setDocument(nullptr, 0);
    m_annotationsDock->setStore(nullptr);
    m_annotations->setLibrary(nullptr);
}

AnnotationStore *MainWindow::annotationStore() const
{
    return m_annotations->store();
}

QUndoStack *MainWindow::undoStack() const
{
    return m_annotations->undoStack();
}

void MainWindow::createActions()
{
    auto make = [this](const QKeySequence &shortcut = {}) {
        auto *action = new QAction(this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };
    Actions &a = m_actions;
    a.importPaper = make(QKeySequence(Qt::CTRL | Qt::Key_I));
    a.importPaper->setIcon(icons::importPaper(palette()));
    connect(a.importPaper, &QAction::triggered, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Paper"), QDir::homePath(),
                                                                tr("Bilingual papers (*.txt);;All files (*)"));
        if (!files.isEmpty())
            importFiles(files);
    });
    a.openLibrary = make(QKeySequence::Open);
    connect(a.openLibrary, &QAction::triggered, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Open Library"), QDir::homePath(),
                                                          tr("Duizhao libraries (*.duizhao);;All files (*)"));
        if (!file.isEmpty())
            openLibrary(file);
    });
    a.preferences = make(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    a.preferences->setMenuRole(QAction::PreferencesRole);
    connect(a.preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    a.quit = make(QKeySequence::Quit);
    a.quit->setMenuRole(QAction::QuitRole);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);

    a.copy = make(QKeySequence::Copy);
    a.copy->setEnabled(false);
    connect(a.copy, &QAction::triggered, m_reader, &ReaderView::copy);
    a.copyWithCitation = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(a.copyWithCitation, &QAction::triggered, m_reader, &ReaderView::copyWithCitation);
    a.find = make(QKeySequence::Find);
    connect(a.find, &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    a.findNext = make(QKeySequence::FindNext);
    connect(a.findNext, &QAction::triggered, this, [this] { stepSearch(+1); });
    a.findPrevious = make(QKeySequence::FindPrevious);
    connect(a.findPrevious, &QAction::triggered, this, [this] { stepSearch(-1); });

    a.modes = new QActionGroup(this);
    const std::pair<QAction **, ReaderView::Mode> modes[] = {{&a.sideBySide, ReaderView::Mode::SideBySide},
                                                             {&a.english, ReaderView::Mode::English},
                                                             {&a.chinese, ReaderView::Mode::Chinese},
                                                             {&a.interleaved, ReaderView::Mode::Interleaved}};
    int key = Qt::Key_1;
    for (const auto &[action, mode] : modes) {
        *action = make(QKeySequence(Qt::CTRL | Qt::Key(key++)));
        (*action)->setCheckable(true);
        (*action)->setIcon(icons::viewMode(mode, palette()));
        a.modes->addAction(*action);
        connect(*action, &QAction::triggered, this, [this, mode = mode] { setViewMode(mode); });
    }
    a.sideBySide->setChecked(true);

    a.zoomIn = make(QKeySequence::ZoomIn);
    a.zoomIn->setIcon(icons::zoom(true, palette()));
    connect(a.zoomIn, &QAction::triggered, m_reader, &ReaderView::zoomIn);
    a.zoomOut = make(QKeySequence::ZoomOut);
    a.zoomOut->setIcon(icons::zoom(false, palette()));
    connect(a.zoomOut, &QAction::triggered, m_reader, &ReaderView::zoomOut);
    a.zoomReset = make(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(a.zoomReset, &QAction::triggered, m_reader, &ReaderView::resetZoom);

    a.labels = new QActionGroup(this);
    const std::pair<QAction **, StructureTreeModel::Labels> labels[] = {
        {&a.labelsEnglish, StructureTreeModel::Labels::English},
        {&a.labelsChinese, StructureTreeModel::Labels::Chinese},
        {&a.labelsBoth, StructureTreeModel::Labels::Both}};
    const StructureTreeModel::Labels currentLabels =
        labelsFromCode(Settings::value(Settings::Key::TreeLabels).toString());
    for (const auto &[action, value] : labels) {
        *action = make();
        (*action)->setCheckable(true);
        (*action)->setChecked(value == currentLabels);
        a.labels->addAction(*action);
        connect(*action, &QAction::triggered, this, [this, value = value] {
            m_structure->setLabels(value);
            Settings::setValue(Settings::Key::TreeLabels, labelsCode(value));
        });
    }

    a.nextUnit = make(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(a.nextUnit, &QAction::triggered, m_reader, &ReaderView::goToNextUnit);
    a.previousUnit = make(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(a.previousUnit, &QAction::triggered, m_reader, &ReaderView::goToPreviousUnit);
    a.nextSection = make(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    connect(a.nextSection, &QAction::triggered, m_reader, &ReaderView::goToNextSection);
    a.previousSection = make(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    connect(a.previousSection, &QAction::triggered, m_reader, &ReaderView::goToPreviousSection);
    a.focusStructure = make(QKeySequence(Qt::ALT | Qt::Key_1));
    connect(a.focusStructure, &QAction::triggered, this, [this] {
        m_structure->show();
        m_structure->raise();
        m_structure->view()->setFocus(Qt::ShortcutFocusReason);
    });
    a.focusReader = make(QKeySequence(Qt::ALT | Qt::Key_2));
    connect(a.focusReader, &QAction::triggered, this, [this] { m_reader->setFocus(Qt::ShortcutFocusReason); });
    a.focusSearch = make(QKeySequence(Qt::ALT | Qt::Key_3));
    connect(a.focusSearch, &QAction::triggered, this, [this] {
        m_search->show();
        m_search->raise();
        m_search->view()->setFocus(Qt::ShortcutFocusReason);
    });
    a.nextPane = make(QKeySequence(Qt::Key_F6));
    connect(a.nextPane, &QAction::triggered, this, &MainWindow::focusNextPane);

    a.undo = m_annotations->undoStack()->createUndoAction(this);
    a.undo->setShortcut(QKeySequence::Undo);
    a.redo = m_annotations->undoStack()->createRedoAction(this);
    a.redo->setShortcut(QKeySequence::Redo);
    a.highlight = make(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(a.highlight, &QAction::triggered, this, [this] { highlightSelection(); });
    a.highlightWithNote = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(a.highlightWithNote, &QAction::triggered, this, &MainWindow::highlightWithNote);
    a.codeUnit = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(a.codeUnit, &QAction::triggered, this, [this] { codeUnit(m_reader->currentUnit()); });
    a.tags = make();
    connect(a.tags, &QAction::triggered, this, [this] {
        if (!m_annotations->store())
            return;
        TagsDialog dialog(*m_annotations, this);
        dialog.exec();
    });
    a.exportPdf = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(a.exportPdf, &QAction::triggered, this, &MainWindow::showExportPdf);
    a.exportAnnotations = make();
    connect(a.exportAnnotations, &QAction::triggered, this, &MainWindow::exportAnnotations);
    a.importAnnotations = make();
    connect(a.importAnnotations, &QAction::triggered, this, &MainWindow::importAnnotations);

    a.showMap = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(a.showMap, &QAction::triggered, this, [this] {
        frameworkMap()->show();
        frameworkMap()->raise();
        frameworkMap()->activateWindow();
    });
    a.showTimeline = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(a.showTimeline, &QAction::triggered, this, [this] {
        timeline()->show();
        timeline()->raise();
        timeline()->activateWindow();
    });
    a.showTable1 = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_1));
    connect(a.showTable1, &QAction::triggered, this, [this] {
        table1()->show();
        table1()->raise();
        table1()->activateWindow();
    });
    a.reviewCandidates = make();
    connect(a.reviewCandidates, &QAction::triggered, this, [this] {
        if (!m_library || m_documentId <= 0)
            return;
        CandidatesDialog dialog(*m_library, m_documentId, this);
        dialog.exec();
        if (dialog.changed())
            loadFramework();
    });
    using Format = DataExporter::Format;
    const std::pair<QAction **, Format> exports[] = {
        {&a.exportMeasuresCsv, Format::MeasuresCsv},   {&a.exportMeasuresJson, Format::MeasuresJson},
        {&a.exportGlossaryCsv, Format::GlossaryCsv},   {&a.exportGlossaryTbx, Format::GlossaryTbx},
        {&a.exportGlossaryJson, Format::GlossaryJson}, {&a.exportFrameworkJson, Format::FrameworkJson},
        {&a.exportBibtex, Format::ReferencesBibtex},   {&a.exportRis, Format::ReferencesRis},
        {&a.exportCslJson, Format::ReferencesCslJson}};
    for (const auto &[action, format] : exports) {
        *action = make();
        connect(*action, &QAction::triggered, this, [this, format = format] { exportFrameworkData(format); });
    }

    a.about = make();
    a.about->setMenuRole(QAction::AboutRole);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    a.aboutQt = make();
    a.aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_toolBar->addAction(m_actions.importPaper);
    m_toolBar->addSeparator();
    m_toolBar->addActions(m_actions.modes->actions());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions.zoomOut);
    m_toolBar->addAction(m_actions.zoomIn);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);

    m_searchField = new QLineEdit;
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMinimumWidth(280);
    m_searchField->setMaximumWidth(420);
    m_toolBar->addWidget(m_searchField);
    connect(m_searchField, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        if (m_searchTimer.isActive())
            searchNow();
        stepSearch(+1);
    });
}

void MainWindow::createDocks()
{
    // Left: what the paper is (structure, library, glossary). Right: what the reader looks for
    // (search, annotations, measures), and below it where the text points and what is learnt
    // (citations, notes, study). WindowLayout sizes them so the reader keeps readable columns,
    // and puts them all on the left in a narrow window.
    m_windowLayout = new WindowLayout(
        this,
        {{m_structure, m_libraryDock, m_glossaryDock},
         {m_search, m_annotationsDock, m_measuresDock},
         {m_citations, m_notes, m_study->dock()}},
        [this] { return m_reader->widthForColumns(WindowLayout::ReadableLatin, WindowLayout::ReadableChinese); });
    m_windowLayout->arrange();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_actions.importPaper);
    m_fileMenu->addAction(m_translationImport->action());
    m_fileMenu->addAction(m_emptyPage->sampleAction());
    m_fileMenu->addAction(m_actions.openLibrary);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions.exportPdf);
    m_fileMenu->addAction(m_actions.exportAnnotations);
    m_fileMenu->addAction(m_actions.importAnnotations);
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_exportMenu->addAction(m_actions.exportMeasuresCsv);
    m_exportMenu->addAction(m_actions.exportMeasuresJson);
    m_exportMenu->addSeparator();
    m_exportMenu->addAction(m_actions.exportGlossaryCsv);
    m_exportMenu->addAction(m_actions.exportGlossaryTbx);
    m_exportMenu->addAction(m_actions.exportGlossaryJson);
    m_exportMenu->addSeparator();
    m_exportMenu->addAction(m_actions.exportFrameworkJson);
    m_exportMenu->addSeparator();
    m_exportMenu->addAction(m_actions.exportBibtex);
    m_exportMenu->addAction(m_actions.exportRis);
    m_exportMenu->addAction(m_actions.exportCslJson);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions.preferences);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions.quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_actions.undo);
    m_editMenu->addAction(m_actions.redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_actions.copy);
    m_editMenu->addAction(m_actions.copyWithCitation);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_actions.find);
    m_editMenu->addAction(m_actions.findNext);
    m_editMenu->addAction(m_actions.findPrevious);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_actions.modes->actions());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_actions.zoomIn);
    m_viewMenu->addAction(m_actions.zoomOut);
    m_viewMenu->addAction(m_actions.zoomReset);
    m_viewMenu->addSeparator();
    m_frameworkMenu = m_viewMenu->addMenu(QString());
    m_frameworkMenu->addAction(m_actions.showMap);
    m_frameworkMenu->addAction(m_actions.showTable1);
    m_frameworkMenu->addAction(m_actions.showTimeline);
    m_frameworkMenu->addSeparator();
    m_frameworkMenu->addAction(m_actions.reviewCandidates);
    m_viewMenu->addSeparator();
    m_labelsMenu = m_viewMenu->addMenu(QString());
    m_labelsMenu->addActions(m_actions.labels->actions());
    m_docksMenu = m_viewMenu->addMenu(QString());
    for (QDockWidget *dock : {static_cast<QDockWidget *>(m_structure), static_cast<QDockWidget *>(m_libraryDock),
                              static_cast<QDockWidget *>(m_search), static_cast<QDockWidget *>(m_citations),
                              static_cast<QDockWidget *>(m_notes)})
        m_docksMenu->addAction(dock->toggleViewAction());
    m_docksMenu->addAction(m_toolBar->toggleViewAction());

    m_annotateMenu = menuBar()->addMenu(QString());
    m_annotateMenu->addAction(m_actions.highlight);
    m_colorMenu = m_annotateMenu->addMenu(QString());
    for (const AnnotationPalette::Entry &entry : AnnotationPalette::entries()) {
        const QString hex = QString::fromLatin1(entry.hex);
        QPixmap swatch(14, 14);
        swatch.fill(QColor(hex));
        QAction *action = m_colorMenu->addAction(QIcon(swatch), QString());
        action->setData(hex);
        connect(action, &QAction::triggered, this, [this, hex] { highlightSelection(hex); });
    }
    m_annotateMenu->addAction(m_actions.highlightWithNote);
    m_annotateMenu->addAction(m_actions.codeUnit);
    m_annotateMenu->addSeparator();
    m_annotateMenu->addAction(m_actions.tags);
    m_docksMenu->addAction(m_annotationsDock->toggleViewAction());
    m_docksMenu->addAction(m_measuresDock->toggleViewAction());
    m_docksMenu->addAction(m_glossaryDock->toggleViewAction());
    m_docksMenu->addAction(m_study->dock()->toggleViewAction());

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addAction(m_actions.nextUnit);
    m_goMenu->addAction(m_actions.previousUnit);
    m_goMenu->addAction(m_actions.nextSection);
    m_goMenu->addAction(m_actions.previousSection);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_actions.focusStructure);
    m_goMenu->addAction(m_actions.focusReader);
    m_goMenu->addAction(m_actions.focusSearch);
    m_goMenu->addAction(m_actions.nextPane);

    menuBar()->addMenu(m_study->menu());
    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(m_alignmentEdit->action());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_actions.about);
    m_helpMenu->addAction(m_actions.aboutQt);
}

void MainWindow::retranslate()
{
    Actions &a = m_actions;
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_labelsMenu->setTitle(tr("Structure &Labels"));
    m_docksMenu->setTitle(tr("&Panels"));
    m_goMenu->setTitle(tr("&Go"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_annotateMenu->setTitle(tr("&Annotate"));
    m_colorMenu->setTitle(tr("Highlight in &Colour"));
    for (QAction *action : m_colorMenu->actions())
        action->setText(AnnotationDialog::colorName(AnnotationPalette::nameOf(action->data().toString())));
    a.undo->setText(tr("&Undo"));
    a.redo->setText(tr("&Redo"));
    a.highlight->setText(tr("&Highlight"));
    a.highlight->setToolTip(tr("Highlight the selected words (Ctrl+H)"));
    a.highlightWithNote->setText(tr("Highlight with &Note…"));
    a.codeUnit->setText(tr("&Code Unit…"));
    a.codeUnit->setToolTip(tr("Tag the whole aligned unit, English and Chinese at once"));
    a.tags->setText(tr("&Tags…"));
    a.exportPdf->setText(tr("&Export PDF…"));
    m_exportMenu->setTitle(tr("E&xport Data"));
    m_frameworkMenu->setTitle(tr("&Framework"));
    a.showMap->setText(tr("Framework &Map"));
    a.showTable1->setText(tr("&Table 1"));
    a.showTimeline->setText(tr("T&imeline of Measures"));
    a.reviewCandidates->setText(tr("&Review Proposed Measures…"));
    a.exportMeasuresCsv->setText(tr("Measures as &CSV…"));
    a.exportMeasuresJson->setText(tr("Measures as &JSON…"));
    a.exportGlossaryCsv->setText(tr("Glossary as C&SV…"));
    a.exportGlossaryTbx->setText(tr("Glossary as &TBX (translation tools)…"));
    a.exportGlossaryJson->setText(tr("Glossary as JS&ON…"));
    a.exportFrameworkJson->setText(tr("Framework as &JSON…"));
    a.exportBibtex->setText(tr("References as &BibTeX…"));
    a.exportRis->setText(tr("References as &RIS…"));
    a.exportCslJson->setText(tr("References as CSL-JS&ON…"));
    a.exportAnnotations->setText(tr("Export &Annotations…"));
    a.importAnnotations->setText(tr("Import Annota&tions…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Toolbar"));

    a.importPaper->setText(tr("&Import Paper…"));
    a.importPaper->setToolTip(tr("Import a bilingual paper (Ctrl+I)"));
    a.openLibrary->setText(tr("&Open Library…"));
    a.preferences->setText(tr("Pre&ferences…"));
    a.quit->setText(tr("&Quit"));
    a.copy->setText(tr("&Copy"));
    a.copyWithCitation->setText(tr("Copy with C&itation"));
    a.copyWithCitation->setToolTip(tr("Copy the unit in both languages with a reference to the paper"));
    a.find->setText(tr("&Find…"));
    a.findNext->setText(tr("Find &Next"));
    a.findPrevious->setText(tr("Find Pre&vious"));
    a.sideBySide->setText(tr("&Side by Side"));
    a.english->setText(tr("&English Only"));
    a.chinese->setText(tr("&Chinese Only"));
    a.interleaved->setText(tr("&Interleaved"));
    a.zoomIn->setText(tr("Zoom &In"));
    a.zoomOut->setText(tr("Zoom &Out"));
    a.zoomReset->setText(tr("&Actual Size"));
    a.labelsEnglish->setText(tr("&English"));
    a.labelsChinese->setText(tr("&Chinese"));
    a.labelsBoth->setText(tr("&Both"));
    a.nextUnit->setText(tr("&Next Unit"));
    a.previousUnit->setText(tr("&Previous Unit"));
    a.nextSection->setText(tr("Next &Section"));
    a.previousSection->setText(tr("Previous S&ection"));
    a.focusStructure->setText(tr("Focus S&tructure"));
    a.focusReader->setText(tr("Focus &Reader"));
    a.focusSearch->setText(tr("Focus Search &Results"));
    a.nextPane->setText(tr("Next &Pane"));
    a.about->setText(tr("&About Duizhao"));
    a.aboutQt->setText(tr("About &Qt"));

    m_searchField->setPlaceholderText(tr("Search English and 中文 (Ctrl+F)"));
    m_searchField->setAccessibleName(tr("Search"));
    m_searchField->setToolTip(tr("Words, \"phrases\", prefix*, -exclude, a OR b; Chinese words of any length"));
    m_sectionLabel->setAccessibleName(tr("Current section"));
    if (m_readOnlyLabel) {
        const bool diskFull = m_library && !m_library->readOnlyReason().isEmpty();
        m_readOnlyLabel->setText(diskFull ? tr("Read-only: the disk is full") : tr("Read-only"));
        m_readOnlyLabel->setToolTip(
            diskFull ? tr("%1.\nYou can read and search; free some space and open the library again to make changes.")
                           .arg(m_library->readOnlyReason())
                     : tr("This library cannot be changed (no write permission, or opened read-only): "
                          "you can read and search, but not import."));
    }
    m_reader->setAccessibleName(tr("Reader"));
    m_reader->setPlaceholder(tr("This library has no papers yet.\nImport one with File → Import Paper…, "
                                "or drop a .txt file on this window."));
    updateRecentMenu();
    updateTitle();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        const std::pair<QAction *, ReaderView::Mode> modes[] = {{m_actions.sideBySide, ReaderView::Mode::SideBySide},
                                                                {m_actions.english, ReaderView::Mode::English},
                                                                {m_actions.chinese, ReaderView::Mode::Chinese},
                                                                {m_actions.interleaved, ReaderView::Mode::Interleaved}};
        for (const auto &[action, mode] : modes)
            action->setIcon(icons::viewMode(mode, palette()));
        m_actions.importPaper->setIcon(icons::importPaper(palette()));
        m_actions.zoomIn->setIcon(icons::zoom(true, palette()));
        m_actions.zoomOut->setIcon(icons::zoom(false, palette()));
    }
}

void MainWindow::updateTitle()
{
    const bool chinese = LanguageManager::current() == u"zh_CN";
    QString title = chinese && !m_paper.meta.titleZh.isEmpty() ? m_paper.meta.titleZh : m_paper.meta.titleEn;
    setWindowTitle(title.isEmpty() ? tr("Duizhao") : tr("%1 — Duizhao").arg(title));
}

void MainWindow::updateStatus()
{
    const int unit = m_reader->currentUnit();
    if (unit < 1 || m_paper.units.isEmpty()) {
        m_sectionLabel->setFullText({});
        m_unitLabel->clear();
    } else {
        const bool chinese = LanguageManager::current() == u"zh_CN";
        const QString path = sectionPath(m_paper, unit, chinese ? Lang::Zh : Lang::En);
        // Long paths lose their middle, keeping where the part starts and the heading being read,
        // at whatever width the status bar gives them, then and later.
        m_sectionLabel->setFullText(path);
        m_sectionLabel->setToolTip(plainToHtml(path));
        m_unitLabel->setText(tr("Unit %1 of %2").arg(unit).arg(m_paper.units.size()));
    }
    m_zoomLabel->setText(tr("%1%").arg(qRound(100 * std::pow(1.1, m_reader->zoom()))));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::value(Settings::Key::RecentLibraries).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openLibrary(path); });
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    QAction *personal = m_recentMenu->addAction(tr("My Library"));
    connect(personal, &QAction::triggered, this, [this] { openLibrary(QString()); });
}

bool MainWindow::openLibrary(const QString &path, Library::Access access)
{
    OpenedLibrary opened;
    try {
        opened = duizhao::openLibrary(path, access);
    } catch (const Error &error) {
        return libraryFailed(path, access, error);
    }
    return adoptLibrary(path, std::move(opened), access);
}

bool MainWindow::adoptLibrary(const QString &path, OpenedLibrary opened, Library::Access access)
{
    try {
        if (m_importJob)
            m_importJob->waitForFinished();
        if (m_exportJob)
            m_exportJob->waitForFinished();
        // The marks and their undo steps, and the cards, belong to the library they were made in.
        m_study->setDocument(nullptr, 0);
        m_annotationsDock->setStore(nullptr);
        m_annotations->setLibrary(nullptr);
        m_libraryDock->setLibrary(nullptr, 0); // it reads the library as it scrolls
        m_library = std::move(opened.library);
        m_annotations->setLibrary(m_library.get());
        const QString author = Settings::value(Settings::Key::AuthorName).toString();
        if (!author.isEmpty())
            m_annotations->store()->setAuthor(author);
        m_annotationsDock->setStore(m_annotations->store());
    } catch (const Error &error) {
        return libraryFailed(path, access, error);
    }
    // The day's backup of a library with papers in it, once the window is up (never before it).
    if (!m_library->isReadOnly() && m_library->defaultDocumentId() > 0)
        m_backupJob->schedule(m_library->path());
    else
        m_backupJob->cancel();
    showReadOnlyNotice(m_library->isReadOnly());
    updateWriteActions();
    Settings::setValue(Settings::Key::LibraryPath, path);
    if (!path.isEmpty())
        Settings::addRecentLibrary(path);
    updateRecentMenu();
    const qint64 remembered = Settings::value(Settings::Key::DocumentId).toLongLong();
    openDocument(m_library->document(remembered) ? remembered : m_library->defaultDocumentId());
    return true;
}

bool MainWindow::libraryFailed(const QString &path, Library::Access access, const Error &error)
{
    const QString file = path.isEmpty() ? Library::defaultPath() : path;
    const std::optional<BackupInfo> backup = Backups::latest(file);
    if (error.kind() == Error::Kind::Damaged && backup) {
        const QString question =
            tr("The library could not be opened:\n%1\n\nThe last automatic backup was taken on %2. Restore it? "
               "The damaged file is kept beside it.")
                .arg(error.text(), QLocale().toString(backup->created.toLocalTime(), QLocale::LongFormat));
        if (Dialogs::ask(this, tr("Library Damaged"), question, tr("Restore Backup"))) {
            try {
                Backups::restore(file, backup->path);
            } catch (const Error &restoreError) {
                Dialogs::show(this, Dialogs::Kind::Error, tr("Cannot Restore"), restoreError.text());
                return false;
            }
            return openLibrary(path, access);
        }
        return false;
    }
    Dialogs::show(this, Dialogs::Kind::Error, tr("Cannot Open Library"),
                  tr("The library could not be opened:\n%1").arg(error.text()));
    return false;
}

void MainWindow::showReadOnlyNotice(bool show)
{
    // Made the first time it is needed: most libraries are writable, and its style sheet costs
    // start-up time.
    if (!m_readOnlyLabel) {
        if (!show)
            return;
        m_readOnlyLabel = new QLabel;
        m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyNotice"));
        m_readOnlyLabel->setTextFormat(Qt::PlainText);
        m_readOnlyLabel->setStyleSheet(QStringLiteral("QLabel { background: #b35900; color: white; border-radius: 3px; "
                                                      "padding: 1px 8px; font-weight: 600; }"));
        statusBar()->insertPermanentWidget(0, m_readOnlyLabel);
    }
    if (show)
        retranslate(); // its text says why this library is read-only
    m_readOnlyLabel->setVisible(show);
}

void MainWindow::openDocument(qint64 id)
{
    m_documentId = id;
    m_paper = id > 0 && m_library ? m_library->loadPaper(id) : Paper();
    m_reader->setPaper(m_paper);
    refreshAnnotations();
    // The framework part each unit belongs to: colours in the tree and the reader's margin.
    m_levels.clear();
    if (id > 0 && m_library) {
        const QHash<int, FrameworkLevel> unitLevels = FrameworkStore(*m_library).unitLevels(id);
        for (auto it = unitLevels.cbegin(); it != unitLevels.cend(); ++it) {
            if (it.value() != FrameworkLevel::None)
                m_levels.insert(it.key(), levelCode(it.value()));
        }
    }
    m_reader->setFrameworkLevels(m_levels);
    m_emptyPage->update(m_library.get(), id);
    Settings::setValue(Settings::Key::DocumentId, id);
    updateTitle();
    updateStatus();
    // The reader first: before it has ever painted (start-up), the docks wait for its first paint.
    // Without a paper the empty-library page covers the reader, which then never paints: nothing
    // to wait for.
    m_panelsPending = true;
    if (m_reader->hasPainted() || id <= 0)
        fillPanels();
}

void MainWindow::fillPanels()
{
    if (!m_panelsPending)
        return;
    m_panelsPending = false;
    m_structure->setPaper(m_paper);
    m_structure->setFrameworkLevels(m_levels);
    m_citations->setPaper(m_paper);
    m_notes->setPaper(m_paper);
    m_annotationsDock->setPaper(m_documentId, m_paper);
    loadFramework();
    m_study->setDocument(m_library.get(), m_documentId);
    m_libraryDock->setLibrary(m_library.get(), m_documentId);
    m_searchJob->cancel(); // a search of the paper shown before
    m_search->clear();
    if (!m_searchField->text().isEmpty())
        searchNow();
    m_structure->showUnit(m_reader->currentUnit());
    // The docks in front make their widgets now, with what they were just given.
    for (LazyDock *dock : lazyDocks())
        dock->release();
}

QList<LazyDock *> MainWindow::lazyDocks() const
{
    return {m_structure,       m_search,       m_citations,    m_notes,        m_libraryDock,
            m_annotationsDock, m_measuresDock, m_glossaryDock, m_study->dock()};
}

void MainWindow::searchNow()
{
    m_searchTimer.stop();
    const QString text = m_searchField->text();
    const SearchQuery query = SearchQuery::parse(text);
    m_reader->setSearchQuery(query);
    if (query.isEmpty() || !m_library || m_documentId <= 0) {
        m_searchJob->cancel();
        m_pendingStep = 0;
        m_search->clear();
        return;
    }
    SearchOptions options;
    options.documentId = m_documentId;
    options.limit = 500;
    m_searchJob->start(m_library->path(), text.trimmed(), query, options);
}

void MainWindow::showSearchResults(const SearchOutcome &outcome)
{
    const int step = std::exchange(m_pendingStep, 0);
    if (!outcome.error.isEmpty()) {
        statusBar()->showMessage(tr("The search failed: %1").arg(outcome.error), 8000);
        return;
    }
    m_search->setResults(outcome.text, outcome.hits);
    if (!m_search->isVisible())
        m_search->show();
    m_search->raise();
    if (step != 0)
        m_search->step(step);
}

void MainWindow::stepSearch(int direction)
{
    if (m_searchJob->isPending())
        m_pendingStep = direction;
    else
        m_search->step(direction);
}

void MainWindow::setViewMode(ReaderView::Mode mode)
{
    m_reader->setMode(mode);
    const std::pair<QAction *, ReaderView::Mode> modes[] = {{m_actions.sideBySide, ReaderView::Mode::SideBySide},
                                                            {m_actions.english, ReaderView::Mode::English},
                                                            {m_actions.chinese, ReaderView::Mode::Chinese},
                                                            {m_actions.interleaved, ReaderView::Mode::Interleaved}};
    for (const auto &[action, m] : modes)
        action->setChecked(m == mode);
    Settings::setValue(Settings::Key::ViewMode, modeCode(mode));
}

void MainWindow::importFiles(const QStringList &files)
{
    QList<PaperSource> sources;
    for (const QString &file : files)
        sources.append(PaperSource::file(file));
    importSources(sources);
}

void MainWindow::importSources(const QList<PaperSource> &sources)
{
    if (!m_library || sources.isEmpty())
        return;
    if (m_library->isReadOnly()) {
        Dialogs::show(this, Dialogs::Kind::Information, tr("Import"),
                      tr("This library is read-only; open a library you can write to, or check its permissions."));
        return;
    }
    if (m_importJob && m_importJob->isRunning()) {
        Dialogs::show(this, Dialogs::Kind::Information, tr("Import"), tr("An import is already running."));
        return;
    }
    m_importJob = new ImportJob(m_library->path(), sources, this);
    connect(m_importJob, &ImportJob::finished, this, &MainWindow::importFinished);
    m_importJob->start();
}

void MainWindow::importFinished(const ImportOutcome &outcome)
{
    if (m_importJob)
        m_importJob->deleteLater();
    if (outcome.cancelled) {
        statusBar()->showMessage(tr("Import cancelled; the library is unchanged."), 5000);
        return;
    }
    const ImportResult &result = outcome.result;
    if (!outcome.error.isEmpty() || !result.errors.isEmpty()) {
        QStringList errors;
        for (const Error &error : result.errors)
            errors.append(error.text());
        if (!outcome.error.isEmpty())
            errors.append(outcome.error);
        Dialogs::show(this, Dialogs::Kind::Error, tr("Import Failed"),
                      tr("Nothing was imported; the library is unchanged.\n\n%1").arg(errors.join(u'\n')));
        return;
    }
    statusBar()->showMessage(result.added() > 0 ? tr("Papers imported: %1.").arg(result.added())
                                                : tr("That paper is already in the library."),
                             5000);
    if (!result.papers.isEmpty())
        openDocument(result.papers.back().documentId);
    if (result.hasWarnings()) {
        // The papers are in; what did not fit is the framework data, which the user may want to fix.
        QStringList lines;
        for (const ImportedPaper &paper : result.papers) {
            if (paper.warnings.isEmpty())
                continue;
            lines.append(QFileInfo(paper.source).fileName());
            for (const QString &warning : paper.warnings)
                lines.append(u"  \u2022 " + warning);
        }
        Dialogs::show(
            this, Dialogs::Kind::Warning, tr("Imported with Warnings"),
            tr("The papers were imported. Their framework data gave these warnings:\n\n%1").arg(lines.join(u'\n')));
    }
}

void MainWindow::restoreSession()
{
    restoreGeometry(Settings::value(Settings::Key::WindowGeometry).toByteArray());
    m_windowLayout->restore(Settings::value(Settings::Key::WindowState).toByteArray());
    m_reader->setZoom(Settings::value(Settings::Key::Zoom).toInt());
    setViewMode(modeFromCode(Settings::value(Settings::Key::ViewMode).toString()));
    if (m_documentId > 0 && m_documentId == Settings::value(Settings::Key::DocumentId).toLongLong()) {
        m_reader->setPosition({Settings::value(Settings::Key::ReadingUnit).toInt(),
                               Settings::value(Settings::Key::ReadingOffset).toDouble()});
    }
}

void MainWindow::saveSession()
{
    Settings::setValue(Settings::Key::WindowGeometry, saveGeometry());
    Settings::setValue(Settings::Key::WindowState, m_windowLayout->state());
    Settings::setValue(Settings::Key::Zoom, m_reader->zoom());
    Settings::setValue(Settings::Key::DocumentId, m_documentId);
    const ReaderView::Position position = m_reader->position();
    Settings::setValue(Settings::Key::ReadingUnit, position.unit);
    Settings::setValue(Settings::Key::ReadingOffset, position.offset);
    Settings::sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_backupJob->cancel(); // stops within one step; the next start takes it
    if (m_importJob && m_importJob->isRunning())
        m_importJob->waitForFinished();
    if (m_exportJob && m_exportJob->isRunning())
        m_exportJob->waitForFinished();
    saveSession();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    if (TranslationImport::looksLikePair(files)) {
        event->acceptProposedAction();
        m_translationImport->start(files[0], files[1], false); // each file's script says which side it is
    } else if (!files.isEmpty()) {
        event->acceptProposedAction();
        importFiles(files);
    }
}

void MainWindow::setUiLanguage(const QString &choice)
{
    Settings::setValue(Settings::Key::UiLanguage, choice);
    LanguageManager::apply(choice);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.setLibraryPath(m_library ? m_library->path() : QString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    Settings::setValue(Settings::Key::AuthorName, dialog.authorName());
    if (m_annotations->store())
        m_annotations->store()->setAuthor(dialog.authorName()); // empty: the account's name
    setUiLanguage(dialog.language());
}

void MainWindow::showAbout()
{
    const QString text =
        tr("<h3>Duizhao 对照 %1</h3>"
           "<p>An explorer for bilingual policy papers: the English translation beside its Chinese original, "
           "aligned paragraph by paragraph.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>"
           "<p>The bundled paper: Gu Xueming 顾学明 and Liu Yiming 刘一鸣, “U.S. Technology Competition with China "
           "and China’s Countermeasures from the Perspective of Technology Power” [技术权力视角下美国对华技术竞争及"
           "中国应对], translated by <a href=\"https://interpret.csis.org\">CSIS Interpret: China</a>, 2023; "
           "original work published 17 November 2022. The text is © its authors and translators.</p>"
           "<p>Built with Qt %2 and SQLite.</p>")
            .arg(version(), QString::fromLatin1(qVersion()));
    QMessageBox box(this);
    box.setWindowTitle(tr("About Duizhao"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(text);
    box.exec();
}

void MainWindow::loadFramework()
{
    Library *library = m_documentId > 0 ? m_library.get() : nullptr;
    m_measuresDock->load(library, m_documentId);
    m_glossaryDock->load(library, m_documentId);
    // Glossary terms are marked in the text and explained on hover.
    const bool chinese = LanguageManager::current() == u"zh_CN";
    QList<ReaderView::Term> terms;
    for (const GlossaryTerm &term : m_glossaryDock->terms()) {
        const QString tip = term.termZh + QStringLiteral(" · ") + term.termEn + u'\n' +
                            (chinese ? term.definitionZh : term.definitionEn);
        for (const UnitSpan &span : term.occurrences)
            terms.append({span.unitSeq, span.lang, span.start, span.length, tip});
    }
    m_reader->setTerms(terms);
    if (m_frameworkMap)
        m_frameworkMap->load(library, m_documentId, m_paper);
    if (m_timeline)
        m_timeline->load(library, m_documentId, m_paper);
    if (m_table1)
        m_table1->load(library, m_documentId);
    bool candidates = false;
    if (library)
        candidates = !MeasureStore(*library).candidates(m_documentId).isEmpty();
    m_actions.reviewCandidates->setEnabled(candidates && !m_library->isReadOnly());
}

DiagramWindow *MainWindow::frameworkMap()
{
    if (!m_frameworkMap) {
        m_frameworkMap = new DiagramWindow(DiagramWindow::Kind::FrameworkMap, this);
        m_frameworkMap->load(m_documentId > 0 ? m_library.get() : nullptr, m_documentId, m_paper);
        connect(m_frameworkMap, &DiagramWindow::nodeActivated, this,
                [this](const QString &, const QList<UnitSpan> &spans) {
                    focusSpans(spans);
                    if (!spans.isEmpty())
                        showSpan(spans.front());
                    activateWindow();
                });
    }
    return m_frameworkMap;
}

DiagramWindow *MainWindow::timeline()
{
    if (!m_timeline) {
        m_timeline = new DiagramWindow(DiagramWindow::Kind::Timeline, this);
        m_timeline->load(m_documentId > 0 ? m_library.get() : nullptr, m_documentId, m_paper);
        connect(m_timeline, &DiagramWindow::measureActivated, this, [this](qint64 id, const QList<UnitSpan> &) {
            m_measuresDock->selectMeasure(id);
            activateWindow();
        });
    }
    return m_timeline;
}

Table1Window *MainWindow::table1()
{
    if (!m_table1) {
        m_table1 = new Table1Window(this);
        m_table1->load(m_documentId > 0 ? m_library.get() : nullptr, m_documentId);
        connect(m_table1, &Table1Window::unitsActivated, this, [this](const QList<int> &units) {
            m_reader->scrollToUnit(units.front());
            activateWindow();
        });
    }
    return m_table1;
}

void MainWindow::focusSpans(const QList<UnitSpan> &spans)
{
    QList<ReaderView::Context::Range> ranges;
    for (const UnitSpan &span : spans)
        ranges.append({span.unitSeq, span.lang, {span.start, span.length}});
    m_reader->setFocusRanges(ranges);
}

void MainWindow::showSpan(const UnitSpan &span)
{
    m_reader->showRange(span.unitSeq, span.lang, {span.start, span.length});
}

void MainWindow::exportFrameworkData(DataExporter::Format format)
{
    if (!m_library || m_documentId <= 0)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), QDir::home().filePath(DataExporter::fileName(format)), DataExporter::fileFilter(format));
    if (!path.isEmpty())
        exportData(format, path);
}

bool MainWindow::exportData(DataExporter::Format format, const QString &path)
{
    if (!m_library || m_documentId <= 0)
        return false;
    try {
        DataExporter::writeFile(*m_library, m_documentId, format, path);
    } catch (const Error &error) {
        Dialogs::show(this, Dialogs::Kind::Error, tr("Export Failed"), error.text());
        return false;
    }
    statusBar()->showMessage(tr("Exported %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::updateWriteActions()
{
    const bool writable = m_library && !m_library->isReadOnly();
    const bool paper = writable && m_documentId > 0;
    m_actions.importPaper->setEnabled(writable);
    m_translationImport->action()->setEnabled(writable);
    m_actions.highlight->setEnabled(paper && m_reader->hasSelection());
    m_colorMenu->setEnabled(paper && m_reader->hasSelection());
    m_actions.highlightWithNote->setEnabled(paper && m_reader->hasSelection());
    m_actions.codeUnit->setEnabled(paper);
    m_alignmentEdit->action()->setEnabled(paper);
    m_actions.tags->setEnabled(writable);
    m_actions.importAnnotations->setEnabled(paper);
    m_actions.exportAnnotations->setEnabled(m_documentId > 0);
    m_actions.exportPdf->setEnabled(m_documentId > 0);
}

void MainWindow::refreshAnnotations()
{
    if (!annotationStore() || m_documentId <= 0) {
        m_reader->setAnnotations({});
        return;
    }
    AnnotationFilter filter;
    filter.documentId = m_documentId;
    m_reader->setAnnotations(annotationStore()->list(filter));
    updateWriteActions();
}

void MainWindow::highlightSelection(const QString &color)
{
    if (!m_annotations->canWrite())
        return;
    const QList<MarkedRange> ranges = selectedRanges();
    if (ranges.isEmpty())
        return;
    const QString hex = color.isEmpty() ? Settings::value(Settings::Key::HighlightColor).toString() : color;
    Settings::setValue(Settings::Key::HighlightColor, hex);
    m_annotations->highlight(m_documentId, ranges, hex);
    m_reader->clearSelection();
}

void MainWindow::highlightWithNote()
{
    if (!m_annotations->canWrite())
        return;
    const QList<MarkedRange> ranges = selectedRanges();
    if (ranges.isEmpty()) {
        codeUnit(m_reader->currentUnit());
        return;
    }
    Annotation draft;
    try {
        draft = m_annotations->draft(m_documentId, ranges.front(),
                                     Settings::value(Settings::Key::HighlightColor).toString());
    } catch (const Error &error) {
        Dialogs::show(this, Dialogs::Kind::Error, tr("Highlight"), error.text());
        return;
    }
    AnnotationDialog dialog(draft, annotationStore()->tags(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_annotations->add(dialog.annotation());
    m_reader->clearSelection();
}

void MainWindow::codeUnit(int unitSeq)
{
    if (!m_annotations->canWrite() || unitSeq < 1)
        return;
    AnnotationDialog dialog(
        m_annotations->unitDraft(m_documentId, unitSeq, Settings::value(Settings::Key::HighlightColor).toString()),
        annotationStore()->tags(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_annotations->add(dialog.annotation());
}

void MainWindow::editAnnotation(qint64 id)
{
    const std::optional<Annotation> before = annotationStore() ? annotationStore()->get(id) : std::nullopt;
    if (!before)
        return;
    AnnotationDialog dialog(*before, annotationStore()->tags(), this);
    // A read-only library shows the mark without a way to change it.
    dialog.setEnabled(m_annotations->canWrite());
    if (dialog.exec() == QDialog::Accepted && m_annotations->canWrite())
        m_annotations->edit(dialog.annotation());
}

void MainWindow::removeAnnotation(qint64 id)
{
    m_annotations->remove(id);
}

QList<MarkedRange> MainWindow::selectedRanges() const
{
    QList<MarkedRange> ranges;
    for (const ReaderView::Context::Range &range : m_reader->selectionRanges())
        ranges.append({range.unitSeq, range.lang, range.range.start, range.range.length});
    return ranges;
}

void MainWindow::addReaderMenuActions(QMenu *menu, const ReaderView::Context &context)
{
    if (!annotationStore() || m_library->isReadOnly() || m_documentId <= 0)
        return;
    menu->addSeparator();
    if (!context.selection.isEmpty()) {
        menu->addAction(m_actions.highlight);
        menu->addMenu(m_colorMenu);
        menu->addAction(m_actions.highlightWithNote);
    }
    const int unit = context.unitSeq;
    menu->addAction(tr("Code Unit %1…").arg(unit), this, [this, unit] { codeUnit(unit); });
    if (context.annotation != 0) {
        const qint64 id = context.annotation;
        menu->addSeparator();
        menu->addAction(tr("&Edit Mark…"), this, [this, id] { editAnnotation(id); });
        menu->addAction(tr("&Remove Mark"), this, [this, id] { removeAnnotation(id); });
    }
}

void MainWindow::showExportPdf()
{
    if (!annotationStore() || m_documentId <= 0)
        return;
    PdfExportOptions options = savedExportOptions();
    AnnotationFilter filter;
    filter.documentId = m_documentId;
    ExportPdfDialog dialog(options, !annotationStore()->list(filter).isEmpty(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    options = dialog.options();
    Settings::setValue(Settings::Key::ExportLayout, PdfExportOptions::layoutCode(options.layout));
    Settings::setValue(Settings::Key::ExportPaper, PdfExportOptions::paperCode(options.paper));
    Settings::setValue(Settings::Key::ExportMarginNotes, options.marginNotes);
    const QString suggested = QDir::home().filePath(
        QFileInfo(m_paper.meta.sourceName).completeBaseName().replace(QStringLiteral(".txt"), QString()) +
        QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), suggested, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path, options);
}

void MainWindow::exportPdf(const QString &path, const PdfExportOptions &options)
{
    startExport(ExportFormat::Pdf, path, options);
}

void MainWindow::exportXfdf(const QString &path)
{
    startExport(ExportFormat::Xfdf, path, savedExportOptions());
}

void MainWindow::startExport(ExportFormat format, const QString &path, PdfExportOptions options)
{
    if (!annotationStore() || m_documentId <= 0)
        return;
    if (m_exportJob && m_exportJob->isRunning()) {
        Dialogs::show(this, Dialogs::Kind::Information,
                      format == ExportFormat::Pdf ? tr("Export PDF") : tr("Export Annotations"),
                      tr("An export is already running."));
        return;
    }
    // What the export reads is collected here, where the library lives; the worker only writes.
    PdfExportInput input = PdfExporter::collect(*annotationStore(), m_documentId);
    options.measures = PdfExporter::measuresFor(*m_library, m_documentId);
    m_exportJob = new ExportJob(format, std::move(input), std::move(options), path, this);
    connect(m_exportJob, &ExportJob::finished, this, &MainWindow::exportFinished);
    m_exportJob->start();
}

void MainWindow::exportFinished(const ExportOutcome &outcome)
{
    if (m_exportJob)
        m_exportJob->deleteLater();
    const bool pdf = outcome.format == ExportFormat::Pdf;
    const QString path = QDir::toNativeSeparators(outcome.path);
    if (outcome.cancelled) {
        statusBar()->showMessage(tr("Export cancelled; no file was written."), 5000);
    } else if (!outcome.error.isEmpty()) {
        Dialogs::show(this, Dialogs::Kind::Error, tr("Export Failed"),
                      (pdf ? tr("The PDF was not written:\n%1") : tr("The annotations were not written:\n%1"))
                          .arg(outcome.error));
    } else {
        statusBar()->showMessage(pdf ? tr("Exported %1.").arg(path) : tr("Exported the annotations to %1.").arg(path),
                                 8000);
    }
}

void MainWindow::exportAnnotations()
{
    if (!annotationStore() || m_documentId <= 0)
        return;
    QString selected;
    const QString json = tr("Duizhao annotations (*.json)");
    const QString xfdf = tr("XFDF, for PDF viewers (*.xfdf)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Annotations"),
                                                QDir::home().filePath(QStringLiteral("annotations.json")),
                                                json + QStringLiteral(";;") + xfdf, &selected);
    if (path.isEmpty())
        return;
    // XFDF lays out the whole PDF to place the marks: in the background, like the PDF itself.
    if (selected == xfdf || path.endsWith(QStringLiteral(".xfdf"))) {
        exportXfdf(path);
        return;
    }
    try {
        const QByteArray bytes = AnnotationJson::exportDocument(*annotationStore(), m_documentId);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            throw Error(Error::Kind::Io, file.errorString(), path);
        statusBar()->showMessage(tr("Exported the annotations to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    } catch (const Error &error) {
        Dialogs::show(this, Dialogs::Kind::Error, tr("Export Failed"), error.text());
    }
}

void MainWindow::importAnnotations()
{
    if (!annotationStore() || m_library->isReadOnly())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Annotations"), QDir::homePath(),
                                                      tr("Annotations (*.json *.xfdf);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        const AnnotationImportResult result = path.endsWith(QStringLiteral(".xfdf"))
                                                  ? Xfdf::importFile(*annotationStore(), path)
                                                  : AnnotationJson::importFile(*annotationStore(), path);
        m_annotations->undoStack()->clear(); // imported marks are not undo steps; earlier steps may be stale
        if (result.documentId > 0 && result.documentId != m_documentId)
            openDocument(result.documentId);
        Dialogs::show(this, Dialogs::Kind::Information, tr("Import Annotations"),
                      tr("Marks added: %1. Already here: %2.").arg(result.added).arg(result.skipped));
    } catch (const Error &error) {
        Dialogs::show(this, Dialogs::Kind::Error, tr("Import Failed"),
                      tr("Nothing was imported; the library is unchanged.\n\n%1").arg(error.text()));
    }
}

void MainWindow::focusNextPane()
{
    QList<QWidget *> panes = {m_structure->view(), m_reader, m_search->view(), m_searchField};
    const int current = int(panes.indexOf(QApplication::focusWidget()));
    for (int i = 1; i <= panes.size(); ++i) {
        QWidget *next = panes[(current + i) % panes.size()];
        if (next->isVisible()) {
            next->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

} // namespace duizhao::gui
