#pragma once

#include "export/dataexporter.h"
#include "exportjob.h"
#include "framework/frameworkdata.h"
#include "importjob.h"
#include "library/library.h"
#include "library/openlibrary.h"
#include "readerview.h"
#include "searchjob.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QActionGroup;
class QUndoStack;
class QLabel;
class QLineEdit;
class QMenu;

namespace duizhao {
class AnnotationController;
class AnnotationStore;
class Error;
struct MarkedRange;
} // namespace duizhao

namespace duizhao::gui {

class AlignmentEdit;
class AnnotationsDock;
class BackupJob;
class DiagramWindow;
class ElidedLabel;
class EmptyLibraryPage;
class GlossaryDock;
class MeasuresDock;
class Table1Window;
class CitationsDock;
class LazyDock;
class LibraryDock;
class TranslationImport;
class NotesDock;
class SearchDock;
class StructureDock;
class StudyController;
class WindowLayout;

// The program's window: the reader in the middle; structure, search results, citations,
// alignment notes and the library in docks; menus, a toolbar with the search field, and a
// status bar with the current section and unit.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a library file; empty = the per-user library (created with the bundled paper).
    bool openLibrary(const QString &path, Library::Access access = Library::Access::ReadWrite);
    // Shows a library opened before the window existed (start-up opens it while another core
    // fills the font database); `access` is what it was asked to open with.
    bool adoptLibrary(const QString &path, OpenedLibrary opened, Library::Access access);
    void openDocument(qint64 id);
    // The docks (structure, citations, notes, annotations, measures, glossary, library) show the
    // open paper. At start-up they are filled just after the reader's first paint, so the text
    // shows without waiting for them; false until then.
    bool panelsReady() const { return !m_panelsPending; }
    void importFiles(const QStringList &files);
    // Imports papers off the UI thread, with progress and Cancel, and opens the last.
    void importSources(const QList<PaperSource> &sources);
    // Restores geometry, docks, document, reading position, zoom and mode from the settings.
    void restoreSession();
    void saveSession();

    Library *library() const { return m_library.get(); }
    qint64 documentId() const { return m_documentId; }
    ReaderView *reader() const { return m_reader; }
    StructureDock *structureDock() const { return m_structure; }
    SearchDock *searchDock() const { return m_search; }
    CitationsDock *citationsDock() const { return m_citations; }
    NotesDock *notesDock() const { return m_notes; }
    LibraryDock *libraryDock() const { return m_libraryDock; }
    QLineEdit *searchField() const { return m_searchField; }
    // Shown while the library cannot be written (no permission, opened read-only).
    QLabel *readOnlyNotice() const { return m_readOnlyLabel; } // nullptr until one is needed
    QAction *importAction() const { return m_actions.importPaper; }
    ImportJob *importJob() const { return m_importJob; }
    TranslationImport *translationImport() const { return m_translationImport; }
    EmptyLibraryPage *emptyLibraryPage() const { return m_emptyPage; }
    ExportJob *exportJob() const { return m_exportJob; }
    // The marks of the open library: every view makes and changes them through it.
    AnnotationController *annotations() const { return m_annotations; }
    AnnotationStore *annotationStore() const;
    AnnotationsDock *annotationsDock() const { return m_annotationsDock; }
    MeasuresDock *measuresDock() const { return m_measuresDock; }
    GlossaryDock *glossaryDock() const { return m_glossaryDock; }
    StudyController *study() const { return m_study; } // the Study menu, panel, review and quiz
    // The framework views, created on first use.
    DiagramWindow *frameworkMap();
    DiagramWindow *timeline();
    Table1Window *table1();
    QUndoStack *undoStack() const;

    // Marks the reader's selection in a colour ("#RRGGBB"; empty: the last one used). Undoable.
    void highlightSelection(const QString &color = {});
    // Opens the note/tags dialog for the selection, or codes the whole unit; edits a mark.
    void highlightWithNote();
    void codeUnit(int unitSeq);
    void editAnnotation(qint64 id);
    void removeAnnotation(qint64 id);
    // Writes the open paper's data in `format` to `path` (no file dialog); false when it failed,
    // which an error dialog has said.
    bool exportData(DataExporter::Format format, const QString &path);
    // Writes the open paper as a PDF to `path` off the UI thread (no file dialog).
    void exportPdf(const QString &path, const PdfExportOptions &options);
    // Writes the open paper's marks as XFDF to `path`, placed on the pages of the PDF that the
    // last Export PDF settings give, off the UI thread (no file dialog).
    void exportXfdf(const QString &path);
    // Starts the search the field's text asks for now, instead of after the typing pause. The
    // results arrive from the search job, off the UI thread.
    void searchNow();
    void setViewMode(ReaderView::Mode mode);
    void setUiLanguage(const QString &choice);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void retranslate();
    void updateStatus();
    void updateRecentMenu();
    void updateTitle();
    bool libraryFailed(const QString &path, Library::Access access, const Error &error);
    QList<LazyDock *> lazyDocks() const;
    void showReadOnlyNotice(bool show);
    void importFinished(const ImportOutcome &outcome);
    void showPreferences();
    void showAbout();
    void focusNextPane();
    void showSearchResults(const SearchOutcome &outcome);
    // Steps to the next or previous hit, once the results of a search still running are in.
    void stepSearch(int direction);
    void refreshAnnotations();
    void addReaderMenuActions(QMenu *menu, const ReaderView::Context &context);
    void showExportPdf();
    void exportAnnotations();
    void startExport(ExportFormat format, const QString &path, PdfExportOptions options);
    void exportFinished(const ExportOutcome &outcome);
    void importAnnotations();
    void updateWriteActions();
    QList<MarkedRange> selectedRanges() const; // the reader's selection, one range per unit
    void focusSpans(const QList<UnitSpan> &spans);
    void showSpan(const UnitSpan &span);
    void loadFramework();
    void fillPanels();
    void exportFrameworkData(DataExporter::Format format);

    std::unique_ptr<Library> m_library;
    Paper m_paper;
    qint64 m_documentId = 0;
    QHash<int, QString> m_levels; // framework level code by unit
    bool m_panelsPending = false;

    ReaderView *m_reader;
    StructureDock *m_structure;
    SearchDock *m_search;
    CitationsDock *m_citations;
    NotesDock *m_notes;
    LibraryDock *m_libraryDock;
    AnnotationsDock *m_annotationsDock;
    MeasuresDock *m_measuresDock;
    GlossaryDock *m_glossaryDock;
    StudyController *m_study;
    QPointer<DiagramWindow> m_frameworkMap;
    QPointer<DiagramWindow> m_timeline;
    QPointer<Table1Window> m_table1;
    AnnotationController *m_annotations;
    QPointer<ExportJob> m_exportJob;
    QLineEdit *m_searchField = nullptr;
    QTimer m_searchTimer;
    SearchJob *m_searchJob;
    int m_pendingStep = 0;       // asked for while the search ran
    ElidedLabel *m_sectionLabel; // the section path, elided to the status bar's room
    QLabel *m_unitLabel;
    QLabel *m_zoomLabel;
    QLabel *m_readOnlyLabel = nullptr; // made when a read-only library is opened
    QPointer<ImportJob> m_importJob;
    BackupJob *m_backupJob = nullptr;         // the daily backup, in the background
    AlignmentEdit *m_alignmentEdit = nullptr; // Tools → Edit Alignment…
    TranslationImport *m_translationImport = nullptr;
    WindowLayout *m_windowLayout = nullptr;  // the docks' default layout
    EmptyLibraryPage *m_emptyPage = nullptr; // over the reader while no paper is open

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_labelsMenu = nullptr;
    QMenu *m_docksMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_annotateMenu = nullptr;
    QMenu *m_colorMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_frameworkMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;

    struct Actions
    {
        QAction *importPaper, *openLibrary, *preferences, *quit;
        QAction *copy, *copyWithCitation, *find, *findNext, *findPrevious;
        QActionGroup *modes;
        QAction *sideBySide, *english, *chinese, *interleaved;
        QAction *zoomIn, *zoomOut, *zoomReset;
        QActionGroup *labels;
        QAction *labelsEnglish, *labelsChinese, *labelsBoth;
        QAction *nextUnit, *previousUnit, *nextSection, *previousSection;
        QAction *focusStructure, *focusReader, *focusSearch, *nextPane;
        QAction *about, *aboutQt;
        QAction *undo, *redo;
        QAction *highlight, *highlightWithNote, *codeUnit, *tags;
        QAction *exportPdf, *exportAnnotations, *importAnnotations;
        QAction *showMap, *showTimeline, *showTable1, *reviewCandidates;
        QAction *exportMeasuresCsv, *exportMeasuresJson, *exportGlossaryCsv, *exportGlossaryTbx, *exportGlossaryJson;
        QAction *exportFrameworkJson;
        QAction *exportBibtex, *exportRis, *exportCslJson;
    } m_actions{};
};

} // namespace duizhao::gui
