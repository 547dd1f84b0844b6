// Study mode in the program, driven as a student drives it: the review page with its keys, a quiz
// with a right and a wrong answer, the Study panel against the store, and the exports.

#include "bundledpaper.h"
#include "dialogs.h"
#include "import/paperreader.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "settings.h"
#include "study/cardstore.h"
#include "study/masterychart.h"
#include "study/quizdialog.h"
#include "study/reviewdialog.h"
#include "study/reviewsession.h"
#include "study/studycontroller.h"
#include "study/studydock.h"
#include "study/studystatistics.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

using namespace duizhao;
using namespace duizhao::gui;
using namespace duizhao::test;

namespace {

// The main window on a fresh library with the bundled paper, its study time fixed: a Monday at
// noon local time, well inside a study day (they start at 4 a.m.).
struct StudyWindow
{
    QTemporaryDir dir;
    QString libraryPath = dir.filePath(QStringLiteral("study.duizhao"));
    QStringList messages;
    QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(12, 0)).toUTC();
    std::unique_ptr<MainWindow> window;

    StudyWindow()
    {
        Settings::useFile(dir.filePath(QStringLiteral("settings.ini")));
        Dialogs::setHandler([this](Dialogs::Kind, const QString &title, const QString &text) {
            messages.append(title + u'\n' + text);
        });
        {
            Library library(libraryPath);
            library.addPaper(PaperReader::readFile(sourceDir() + QStringLiteral("/resources/technology-power.txt")));
        }
        window = std::make_unique<MainWindow>();
        window->resize(1300, 860);
        REQUIRE(window->openLibrary(libraryPath));
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        REQUIRE(QTest::qWaitFor([this] { return window->panelsReady(); }, 5000));
        study()->setClock([this] { return now; });
    }
    ~StudyWindow()
    {
        window.reset();
        Dialogs::setHandler({});
        Settings::useFile(QString());
        LanguageManager::apply(QStringLiteral("en"));
    }
    StudyController *study() const { return window->study(); }
    CardStore &store() const { return *study()->store(); }
    qint64 doc() const { return window->documentId(); }
    StudyDock *dock() const { return study()->dock(); }
    void showPanel() const
    {
        dock()->show();
        dock()->raise();
        dock()->ensureContent();
        QApplication::processEvents();
    }
};

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("review: Space shows the answer, key 3 answers Good, the store has it, the next card shows", "[gui][study]")
{
    StudyWindow w;
    ReviewDialog *dialog = w.study()->startReview();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    REQUIRE(dialog->session()->current());
    const qint64 first = dialog->session()->current()->id;
    const StudyCard stored = w.store().requireCard(first);
    CHECK(stored.schedule.phase == CardPhase::New);
    CHECK(child<QLabel>(dialog, "reviewQuestion")->text() == stored.prompt);
    CHECK_FALSE(child<QLabel>(dialog, "reviewAnswer")->isVisible());
    CHECK(w.study()->dock()->reviewButton()); // the panel exists and counts

    QTest::keyClick(dialog, Qt::Key_Space);
    CHECK(dialog->answerShown());
    CHECK(child<QLabel>(dialog, "reviewAnswer")->isVisible());
    CHECK(child<QLabel>(dialog, "reviewAnswer")->text() == stored.answer);
    CHECK(child<QPushButton>(dialog, "reviewShowInPaper")->isVisible());
    const QString goodButton = child<QPushButton>(dialog, "reviewRategood")->text();
    // Show in Paper brings the card's paragraph into the reader.
    REQUIRE_FALSE(stored.units.isEmpty());
    w.window->reader()->scrollToUnit(stored.units.front() > 1 ? 1 : 2);
    QTest::mouseClick(child<QPushButton>(dialog, "reviewShowInPaper"), Qt::LeftButton);
    CHECK(w.window->reader()->currentUnit() == stored.units.front());

    QTest::keyClick(dialog, Qt::Key_3);
    // Written at once: the memory state and the log row are in the library.
    const StudyCard answered = w.store().requireCard(first);
    CHECK(answered.schedule.reps == 1);
    CHECK(answered.schedule.memory.has_value());
    CHECK(answered.schedule.phase != CardPhase::New);
    CHECK(answered.schedule.lastReview == w.now);
    const QList<ReviewRecord> log = w.store().reviews(first);
    REQUIRE(log.size() == 1);
    CHECK(log.front().rating == Rating::Good);
    // The Good button said how long the answer puts the card away.
    CHECK(goodButton.endsWith(u'\n' + intervalText(w.now, answered.schedule.due)));
    // The next card, question side.
    REQUIRE(dialog->session()->current());
    CHECK(dialog->session()->current()->id != first);
    CHECK_FALSE(dialog->answerShown());
    CHECK(child<QLabel>(dialog, "reviewQuestion")->text() == dialog->session()->current()->prompt);
    CHECK_FALSE(child<QLabel>(dialog, "reviewAnswer")->isVisible());
    // Keys 1-4 do nothing on the question side.
    const qint64 second = dialog->session()->current()->id;
    QTest::keyClick(dialog, Qt::Key_4);
    CHECK(w.store().reviews(second).isEmpty());
    CHECK(w.messages.isEmpty());
}

TEST_CASE("review: Again puts a new card into its learning steps and it comes back in the same session", "[gui][study]")
{
    StudyWindow w;
    w.showPanel();
    // One new card a day: the session holds one card.
    w.dock()->newPerDay()->setValue(1);
    CHECK(w.store().settings(w.doc()).newPerDay == 1);
    ReviewDialog *dialog = w.study()->startReview();
    REQUIRE(dialog);
    REQUIRE(dialog->session()->current());
    const qint64 id = dialog->session()->current()->id;
    CHECK(dialog->session()->newCount() == 1);

    QTest::keyClick(dialog, Qt::Key_Space);
    QTest::keyClick(dialog, Qt::Key_1);
    const StudyCard again = w.store().requireCard(id);
    CHECK(again.schedule.phase == CardPhase::Learning);
    const Scheduler scheduler = w.store().scheduler(w.doc());
    CHECK(w.now.secsTo(again.schedule.due) == scheduler.options().learningSteps.front());
    // Nothing else is left, and its step falls due within the learn-ahead limit: it is shown again.
    REQUIRE(dialog->session()->current());
    CHECK(dialog->session()->current()->id == id);
    CHECK(dialog->session()->learningCount() == 1);
    CHECK(dialog->session()->newCount() == 0);

    // Good until the scheduler gives it days: then the session is done.
    int answers = 1;
    while (dialog->session()->current() && answers < 10) {
        w.now = w.now.addSecs(60);
        QTest::keyClick(dialog, Qt::Key_Space);
        QTest::keyClick(dialog, Qt::Key_3);
        ++answers;
    }
    CHECK(dialog->session()->done());
    CHECK(w.store().requireCard(id).schedule.phase == CardPhase::Review);
    CHECK(w.store().reviews(id).size() == answers);
    QLabel *done = child<QLabel>(dialog, "reviewDone");
    CHECK(done->isVisible());
    CHECK(done->text().startsWith(u"No more cards due today; next due "));
    // The panel counts the answers once the next card has shown.
    const QString answeredToday = QString::number(StudyStatistics::compute(w.store(), w.doc(), w.now).reviewedToday);
    QLabel *counted = w.dock()->findChild<QLabel *>(QStringLiteral("studyAnsweredToday"));
    CHECK(QTest::qWaitFor([&] { return counted->text() == answeredToday; }, 5000));
}

TEST_CASE("quiz: a right and a wrong answer; the result lists the miss and leads to its paragraph", "[gui][study]")
{
    StudyWindow w;
    w.showPanel();
    w.dock()->quizSizeBox()->setValue(4);
    QuizDialog *quiz = w.study()->startQuiz(7);
    REQUIRE(quiz);
    REQUIRE(quiz->session().size() == 4);
    QuizQuestion missed;
    for (int i = 0; i < 4; ++i) {
        const QuizQuestion q = quiz->session().current();
        const bool miss = i == 1;
        if (q.kind == QuizKind::Choice) {
            const int pick = miss ? (q.correct + 1) % int(q.choices.size()) : q.correct;
            const QByteArray name = "quizChoice" + QByteArray::number(pick);
            QTest::mouseClick(child<QPushButton>(quiz, name.constData()), Qt::LeftButton);
        } else {
            child<QLineEdit>(quiz, "quizField")->setText(miss ? QStringLiteral("not the term") : q.accepted.front());
            QTest::mouseClick(child<QPushButton>(quiz, "quizCheck"), Qt::LeftButton);
        }
        if (miss)
            missed = q;
        CHECK(child<QLabel>(quiz, "quizFeedback")->text().startsWith(miss ? u"Not quite" : u"Right"));
        QTest::mouseClick(child<QPushButton>(quiz, "quizNext"), Qt::LeftButton);
    }
    REQUIRE(quiz->showsResult());
    CHECK(child<QLabel>(quiz, "quizScore")->text().startsWith(u"3 of 4 right"));
    QTreeWidget *misses = quiz->misses();
    REQUIRE(misses->topLevelItemCount() == 1);
    QTreeWidgetItem *item = misses->topLevelItem(0);
    CHECK(item->text(0) == missed.prompt);
    CHECK(item->text(2) == missed.answer);
    REQUIRE_FALSE(missed.units.isEmpty());
    // Clicking the miss brings its paragraph into the reader.
    w.window->reader()->scrollToUnit(1);
    misses->scrollToItem(item);
    QTest::mouseClick(misses->viewport(), Qt::LeftButton, {}, misses->visualItemRect(item).center());
    CHECK(w.window->reader()->currentUnit() == missed.units.front());
    // A quiz never touches the schedule.
    CHECK(StudyStatistics::compute(w.store(), w.doc(), w.now).reviewedToday == 0);
}

TEST_CASE("the Study panel shows the store's counts, retention, mastery and weak spots", "[gui][study]")
{
    StudyWindow w;
    REQUIRE(w.study()->refreshCards());
    CardStore &store = w.store();
    // Ten term cards learnt three weeks ago, then reviewed: seven remembered, three forgotten.
    CardFilter terms;
    terms.deck = StudyDeck::Terms;
    const QList<StudyCard> cards = store.cards(w.doc(), terms).mid(0, 10);
    REQUIRE(cards.size() == 10);
    const QDateTime learnt = w.now.addDays(-20);
    for (const StudyCard &c : cards)
        store.review(c.id, Rating::Easy, learnt);
    for (int i = 0; i < cards.size(); ++i) {
        const StudyCard c = store.requireCard(cards[i].id);
        store.review(c.id, i < 3 ? Rating::Again : Rating::Good, c.schedule.due);
    }
    // The same forgotten card twice: it leads the weak spots.
    const StudyCard worst = store.requireCard(cards[0].id);
    store.review(worst.id, Rating::Good, worst.schedule.due);
    const StudyCard relearnt = store.requireCard(cards[0].id);
    store.review(relearnt.id, Rating::Again, std::max(relearnt.schedule.due, w.now.addDays(-1)));

    w.showPanel();
    w.dock()->refresh();
    const StudyProgress expected = StudyStatistics::compute(store, w.doc(), w.now);
    CHECK(w.dock()->dueCount()->text() == QString::number(expected.dueToday));
    CHECK(w.dock()->newCount()->text() == QString::number(expected.fresh));
    CHECK(w.dock()->learningCount()->text() == QString::number(expected.learning));
    CHECK(w.dock()->youngCount()->text() == QString::number(expected.young));
    CHECK(w.dock()->matureCount()->text() == QString::number(expected.mature));
    // What the test did, counted without the statistics: 543 cards, 10 answered, none new of those.
    CHECK(expected.fresh == expected.total - 10);
    CHECK(expected.learning >= 1); // the card forgotten yesterday is relearning
    REQUIRE(expected.retention.has_value());
    CHECK(w.dock()->retention()->text().contains(QStringLiteral("%1%").arg(std::lround(*expected.retention * 100))));
    // The chart: the levels that have cards, the terms' recall above zero where they were learnt.
    const QList<LevelMastery> &bars = w.dock()->chart()->mastery();
    int charted = 0;
    for (const LevelMastery &m : bars)
        charted += m.cards;
    CHECK(charted == expected.total);
    CHECK(std::any_of(bars.cbegin(), bars.cend(), [](const LevelMastery &m) { return m.recall > 0; }));
    // Weak spots: the card forgotten twice first; clicking it goes to its paragraph.
    QTreeWidget *weak = w.dock()->weakSpots();
    REQUIRE(weak->topLevelItemCount() == expected.weakSpots.size());
    REQUIRE(expected.weakSpots.size() == 3);
    CHECK(expected.weakSpots.front().card.id == worst.id);
    QTreeWidgetItem *top = weak->topLevelItem(0);
    CHECK(top->text(0) == worst.prompt.simplified());
    REQUIRE_FALSE(worst.units.isEmpty());
    w.window->reader()->scrollToUnit(1);
    weak->scrollToItem(top);
    QTest::mouseClick(weak->viewport(), Qt::LeftButton, {}, weak->visualItemRect(top).center());
    CHECK(w.window->reader()->currentUnit() == worst.units.front());

    // The filters narrow the review: the Review button counts the measures deck's due cards only.
    QComboBox *deck = w.dock()->deckFilter();
    deck->setCurrentIndex(deck->findData(deckCode(StudyDeck::Measures)));
    CardFilter measures;
    measures.deck = StudyDeck::Measures;
    CHECK(w.dock()->filter().deck == StudyDeck::Measures);
    CHECK(w.dock()->reviewButton()->text() ==
          QStringLiteral("Review (%1)").arg(store.queue(w.doc(), w.now, measures).cards.size()));
    ReviewDialog *dialog = w.study()->startReview();
    REQUIRE(dialog);
    REQUIRE(dialog->session()->current());
    CHECK(dialog->session()->current()->deck == StudyDeck::Measures);
}

TEST_CASE("Study → Export writes what duizhao-cli writes, off the UI thread; a failed export leaves no file",
          "[gui][study][export]")
{
    StudyWindow w;
    QSignalSpy finished(w.study(), &StudyController::exportFinished);
    const QString apkg = w.dir.filePath(QStringLiteral("paper.apkg"));
    w.study()->exportTo(StudyController::ExportFormat::AnkiPackage, apkg);
    CHECK_FALSE(w.study()->exportAction(StudyController::ExportFormat::Csv)->isEnabled()); // while it runs
    REQUIRE((finished.count() == 1 || finished.wait(20000)));
    CHECK(finished.takeFirst().at(1).toString().isEmpty());
    CHECK(readFile(apkg).startsWith("PK\x03\x04"));
    CHECK(w.study()->exportAction(StudyController::ExportFormat::Csv)->isEnabled());

    const QString csv = w.dir.filePath(QStringLiteral("cards.csv"));
    w.study()->exportTo(StudyController::ExportFormat::Csv, csv);
    REQUIRE((finished.count() == 1 || finished.wait(20000)));
    finished.clear();
    const QString cliCsv = w.dir.filePath(QStringLiteral("cli.csv"));
    const ProcessResult cli = runProcess(QStringLiteral(DUIZHAO_CLI),
                                         {u"--db"_qs, w.libraryPath, u"study"_qs, u"export"_qs, u"--csv"_qs, cliCsv});
    REQUIRE(cli.exitCode == 0);
    CHECK(readFile(csv).size() > 1000);
    CHECK(readFile(csv) == readFile(cliCsv));
    CHECK(w.messages.isEmpty());

    // A folder that does not exist: the error is shown, naming the file, and nothing is written.
    const QString nowhere = w.dir.filePath(QStringLiteral("missing/folder/paper.apkg"));
    w.study()->exportTo(StudyController::ExportFormat::AnkiPackage, nowhere);
    REQUIRE((finished.count() == 1 || finished.wait(20000)));
    CHECK_FALSE(finished.takeFirst().at(1).toString().isEmpty());
    REQUIRE(w.messages.size() == 1);
    CHECK(w.messages.front().contains(QDir::toNativeSeparators(nowhere)));
    CHECK_FALSE(QFile::exists(nowhere));
    CHECK(QDir(w.dir.path()).entryList({QStringLiteral("*.apkg*")}, QDir::Files) == QStringList{u"paper.apkg"_qs});
}

TEST_CASE("the Study menu and panel speak Chinese with the rest of the UI", "[gui][study][i18n]")
{
    StudyWindow w;
    w.showPanel();
    QMenu *menu = w.study()->menu();
    CHECK(w.window->menuBar()->actions().contains(menu->menuAction()));
    CHECK(w.study()->reviewAction()->shortcut() == QKeySequence(Qt::Key_F7));
    w.window->setUiLanguage(QStringLiteral("zh_CN"));
    QApplication::processEvents();
    CHECK(menu->title() == u"学习(&S)");
    CHECK(w.dock()->windowTitle() == u"学习");
    CHECK(w.dock()->reviewButton()->text().startsWith(u"复习"));
    ReviewDialog *dialog = w.study()->startReview();
    REQUIRE(dialog);
    CHECK(child<QPushButton>(dialog, "reviewShowAnswer")->text().startsWith(u"显示答案"));
    w.window->setUiLanguage(QStringLiteral("en"));
    QApplication::processEvents();
    CHECK(menu->title() == u"&Study");
    CHECK(child<QPushButton>(dialog, "reviewShowAnswer")->text().startsWith(u"Show Answer"));
}

TEST_CASE("a read-only library shows its study progress and offers no way to change it", "[gui][study][faults]")
{
    StudyWindow w;
    REQUIRE(w.study()->refreshCards());
    const StudyCard card = w.store().cards(w.doc()).front();
    w.store().review(card.id, Rating::Again, w.now.addDays(-1));
    REQUIRE(w.window->openLibrary(w.libraryPath, Library::Access::ReadOnly));
    QApplication::processEvents();
    const QByteArray before = libraryFingerprint(w.libraryPath);
    w.showPanel();
    CHECK_FALSE(w.study()->reviewAction()->isEnabled());
    CHECK_FALSE(w.dock()->reviewButton()->isEnabled());
    CHECK_FALSE(w.dock()->newPerDay()->isEnabled());
    CHECK(w.study()->startReview() == nullptr);
    // What is stored is shown: the card answered Again leads the weak spots.
    REQUIRE(w.dock()->weakSpots()->topLevelItemCount() >= 1);
    CHECK(w.dock()->weakSpots()->topLevelItem(0)->text(0) == card.prompt.simplified());
    CHECK(w.dock()->newCount()->text() == QString::number(StudyStatistics::compute(w.store(), w.doc(), w.now).fresh));
    // A quiz and an export read only.
    QuizDialog *quiz = w.study()->startQuiz(3);
    REQUIRE(quiz);
    quiz->close();
    QSignalSpy finished(w.study(), &StudyController::exportFinished);
    w.study()->exportTo(StudyController::ExportFormat::Csv, w.dir.filePath(QStringLiteral("ro.csv")));
    REQUIRE((finished.count() == 1 || finished.wait(20000)));
    CHECK(finished.takeFirst().at(1).toString().isEmpty());
    CHECK(libraryFingerprint(w.libraryPath) == before);
    CHECK(w.messages.isEmpty());
}
