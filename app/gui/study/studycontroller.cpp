#include "studycontroller.h"

#include "dialogs.h"
#include "error.h"
#include "library/library.h"
#include "quizdialog.h"
#include "reviewdialog.h"
#include "study/cardstore.h"
#include "study/quizbuilder.h"
#include "study/studyexport.h"
#include "study/studysource.h"
#include "studydock.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStatusBar>
#include <QtConcurrent>

namespace duizhao::gui {

namespace {

// Closes a window of the paper or library being left: it holds their store.
template<typename Window>
void closeWindow(QPointer<Window> &window)
{
    if (window) {
        window->close();
        delete window.data();
    }
}

QString fileNameFor(StudyController::ExportFormat format, const QString &title)
{
    QString base = title.simplified();
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QString());
    base = base.left(40).trimmed();
    if (base.isEmpty())
        base = QStringLiteral("duizhao");
    switch (format) {
    case StudyController::ExportFormat::AnkiPackage:
        return base + QStringLiteral(".apkg");
    case StudyController::ExportFormat::AnkiText:
        return base + QStringLiteral(" (Anki).txt");
    case StudyController::ExportFormat::Csv:
        break;
    }
    return base + QStringLiteral(" (cards).csv");
}

} // namespace

StudyController::StudyController(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_dock(new StudyDock(window))
    , m_menu(new QMenu(window))
    , m_review(new QAction(this))
    , m_quiz(new QAction(this))
    , m_exportAnki(new QAction(this))
    , m_exportAnkiText(new QAction(this))
    , m_exportCsv(new QAction(this))
{
    m_menu->setObjectName(QStringLiteral("studyMenu"));
    m_review->setObjectName(QStringLiteral("studyReviewAction"));
    m_quiz->setObjectName(QStringLiteral("studyQuizAction"));
    m_exportAnki->setObjectName(QStringLiteral("studyExportAnkiAction"));
    m_exportAnkiText->setObjectName(QStringLiteral("studyExportAnkiTextAction"));
    m_exportCsv->setObjectName(QStringLiteral("studyExportCsvAction"));
    m_review->setShortcut(QKeySequence(Qt::Key_F7));
    m_quiz->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    m_dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F7));
    m_menu->addAction(m_review);
    m_menu->addAction(m_quiz);
    m_menu->addSeparator();
    m_menu->addAction(m_dock->toggleViewAction());
    m_menu->addSeparator();
    m_menu->addAction(m_exportAnki);
    m_menu->addAction(m_exportAnkiText);
    m_menu->addAction(m_exportCsv);
    m_menu->installEventFilter(this);

    connect(m_review, &QAction::triggered, this, &StudyController::startReview);
    connect(m_quiz, &QAction::triggered, this, [this] { startQuiz(QRandomGenerator::global()->generate64()); });
    connect(m_exportAnki, &QAction::triggered, this, [this] { askExport(ExportFormat::AnkiPackage); });
    connect(m_exportAnkiText, &QAction::triggered, this, [this] { askExport(ExportFormat::AnkiText); });
    connect(m_exportCsv, &QAction::triggered, this, [this] { askExport(ExportFormat::Csv); });
    connect(m_dock, &StudyDock::contentNeeded, this, [this] {
        if (m_store && !m_cardsFresh && !m_library->isReadOnly()) {
            try {
                m_store->refresh(m_documentId, now());
            } catch (const Error &) {
                // The panel shows what it can read.
            }
            m_cardsFresh = true;
        }
    });
    connect(m_dock, &StudyDock::reviewRequested, this, &StudyController::startReview);
    connect(m_dock, &StudyDock::quizRequested, m_quiz, &QAction::trigger);
    connect(m_dock, &StudyDock::unitActivated, this, &StudyController::unitActivated);
    connect(&m_export, &QFutureWatcher<QString>::finished, this, &StudyController::exportDone);
    retranslate();
    setDocument(nullptr, 0);
}

StudyController::~StudyController()
{
    waitForExport();
    closeWindow(m_reviewDialog);
    closeWindow(m_quizDialog);
}

bool StudyController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

QAction *StudyController::exportAction(ExportFormat format) const
{
    switch (format) {
    case ExportFormat::AnkiPackage:
        return m_exportAnki;
    case ExportFormat::AnkiText:
        return m_exportAnkiText;
    case ExportFormat::Csv:
        break;
    }
    return m_exportCsv;
}

ReviewDialog *StudyController::reviewDialog() const
{
    return m_reviewDialog;
}

QuizDialog *StudyController::quizDialog() const
{
    return m_quizDialog;
}

void StudyController::setClock(Clock clock)
{
    m_clock = clock;
    m_dock->setClock(std::move(clock));
}

QDateTime StudyController::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void StudyController::setDocument(Library *library, qint64 documentId)
{
    // The windows of the paper being left hold its store.
    closeWindow(m_reviewDialog);
    closeWindow(m_quizDialog);
    waitForExport();
    m_dock->setStore(nullptr, 0);
    m_store.reset();
    m_library = documentId > 0 ? library : nullptr;
    m_documentId = m_library ? documentId : 0;
    m_cardsFresh = false;
    if (m_library)
        m_store = std::make_unique<CardStore>(*m_library);
    for (QAction *action : {m_quiz, m_exportAnki, m_exportAnkiText, m_exportCsv})
        action->setEnabled(m_store != nullptr);
    // Answers are written at once: a library that cannot be written has nothing to review with.
    m_review->setEnabled(m_store && !m_library->isReadOnly());
    if (m_store && m_dock->hasContent())
        refreshCards();
    else
        m_dock->setStore(m_store.get(), m_documentId);
}

bool StudyController::refreshCards()
{
    if (!m_store)
        return false;
    try {
        if (!m_library->isReadOnly())
            m_store->refresh(m_documentId, now());
    } catch (const Error &error) {
        Dialogs::show(m_window, Dialogs::Kind::Error, tr("Cards Not Made"),
                      tr("The study cards could not be made from the paper's data:\n%1").arg(error.text()));
        return false;
    }
    m_cardsFresh = true;
    m_dock->setStore(m_store.get(), m_documentId);
    return true;
}

ReviewDialog *StudyController::startReview()
{
    if (!m_store || !m_review->isEnabled() || !refreshCards())
        return nullptr;
    closeWindow(m_reviewDialog);
    m_reviewDialog = new ReviewDialog(*m_store, m_documentId, m_dock->filter(), m_window);
    m_reviewDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_clock)
        m_reviewDialog->setClock(m_clock);
    connect(m_reviewDialog, &ReviewDialog::unitActivated, this, &StudyController::unitActivated);
    connect(m_reviewDialog, &ReviewDialog::answered, m_dock, &StudyDock::refreshSoon);
    try {
        m_reviewDialog->start();
    } catch (const Error &error) {
        Dialogs::show(m_window, Dialogs::Kind::Error, tr("Cannot Review"), error.text());
        closeWindow(m_reviewDialog);
        return nullptr;
    }
    m_reviewDialog->show();
    m_reviewDialog->activateWindow();
    return m_reviewDialog;
}

QuizDialog *StudyController::startQuiz(quint64 seed)
{
    if (!m_store)
        return nullptr;
    QuizOptions options;
    options.count = m_dock->quizSize();
    options.seed = seed;
    const CardFilter filter = m_dock->filter();
    options.deck = filter.deck;
    options.level = filter.level;
    QList<QuizQuestion> questions;
    try {
        questions = QuizBuilder::build(StudySource::load(*m_library, m_documentId), options);
    } catch (const Error &error) {
        Dialogs::show(m_window, Dialogs::Kind::Error, tr("Cannot Make a Quiz"), error.text());
        return nullptr;
    }
    if (questions.isEmpty()) {
        Dialogs::show(m_window, Dialogs::Kind::Information, tr("No Questions"),
                      tr("This paper has no quiz questions for the deck and level chosen in the Study panel. "
                         "Quizzes ask about key terms, measures and the framework."));
        return nullptr;
    }
    closeWindow(m_quizDialog);
    m_quizDialog = new QuizDialog(std::move(questions), m_window);
    m_quizDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_quizDialog, &QuizDialog::unitActivated, this, &StudyController::unitActivated);
    m_quizDialog->show();
    m_quizDialog->activateWindow();
    return m_quizDialog;
}

void StudyController::askExport(ExportFormat format)
{
    if (!m_store)
        return;
    const QString title = m_library->loadPaper(m_documentId).meta.titleEn;
    QString filter;
    switch (format) {
    case ExportFormat::AnkiPackage:
        filter = tr("Anki packages (*.apkg)");
        break;
    case ExportFormat::AnkiText:
        filter = tr("Anki text import (*.txt)");
        break;
    case ExportFormat::Csv:
        filter = tr("CSV files (*.csv)");
        break;
    }
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Study Cards"),
                                                      QDir::home().filePath(fileNameFor(format, title)), filter);
    if (!path.isEmpty())
        exportTo(format, path);
}

void StudyController::exportTo(ExportFormat format, const QString &path)
{
    if (!m_store || m_export.isRunning())
        return;
    // The cards and the paper are read here, where the library lives; the file is made and written
    // in the background (the package is a SQLite collection in a zip), all or nothing.
    QList<StudyCard> cards;
    Paper paper;
    try {
        if (!m_library->isReadOnly())
            m_store->refresh(m_documentId, now());
        CardFilter all;
        all.includeSuspended = true; // suspended in Duizhao, suspended in Anki; gone cards stay out
        cards = m_store->cards(m_documentId, all);
        cards.removeIf([](const StudyCard &c) { return c.suspension == Suspension::Gone; });
        paper = m_library->loadPaper(m_documentId);
    } catch (const Error &error) {
        emit exportFinished(path, error.text());
        Dialogs::show(m_window, Dialogs::Kind::Error, tr("Export Failed"), error.text());
        return;
    }
    const QString what = format == ExportFormat::AnkiText ? tr("the Anki text file")
                         : format == ExportFormat::Csv    ? tr("the CSV file")
                                                          : tr("the Anki package");
    const QDateTime at = now();
    m_exportPath = path;
    for (QAction *action : {m_exportAnki, m_exportAnkiText, m_exportCsv})
        action->setEnabled(false);
    m_window->statusBar()->showMessage(tr("Exporting study cards (%1)…").arg(cards.size()));
    m_export.setFuture(QtConcurrent::run([format, path, cards, paper, what, at]() -> QString {
        try {
            switch (format) {
            case ExportFormat::AnkiPackage:
                StudyExport::writeAnkiPackage(path, cards, paper, at);
                break;
            case ExportFormat::AnkiText:
                StudyExport::writeFile(path, StudyExport::ankiText(cards, paper), what);
                break;
            case ExportFormat::Csv:
                StudyExport::writeFile(path, StudyExport::csv(cards), what);
                break;
            }
        } catch (const Error &error) {
            return error.text();
        } catch (const std::exception &error) {
            return QString::fromLocal8Bit(error.what());
        }
        return {};
    }));
}

void StudyController::waitForExport()
{
    if (m_export.isRunning()) {
        m_export.waitForFinished();
        exportDone();
    }
}

void StudyController::exportDone()
{
    if (m_exportPath.isEmpty())
        return; // already told
    const QString path = std::exchange(m_exportPath, QString());
    const QString error = m_export.result();
    for (QAction *action : {m_exportAnki, m_exportAnkiText, m_exportCsv})
        action->setEnabled(m_store != nullptr);
    if (error.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Study cards written to %1").arg(QDir::toNativeSeparators(path)), 8000);
    } else {
        m_window->statusBar()->clearMessage();
        Dialogs::show(m_window, Dialogs::Kind::Error, tr("Export Failed"),
                      tr("The study cards could not be written to %1:\n%2").arg(QDir::toNativeSeparators(path), error));
    }
    emit exportFinished(path, error);
}

void StudyController::retranslate()
{
    m_menu->setTitle(tr("&Study"));
    m_review->setText(tr("&Review Due Cards"));
    m_review->setToolTip(tr("Review the cards due today (F7)"));
    m_quiz->setText(tr("&Quiz…"));
    m_exportAnki->setText(tr("Export for &Anki…"));
    m_exportAnkiText->setText(tr("Export as Anki &Text…"));
    m_exportCsv->setText(tr("Export as &CSV…"));
}

} // namespace duizhao::gui
