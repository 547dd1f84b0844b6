// Study mode against issue 13's budgets, on the bundled paper in a library file on disk (WAL,
// synchronous=FULL, as the programs open it):
//  - the decks built from the library's data (budget: under 50 ms), the data read and the cards made,
//    and regenerating the stored cards when nothing changed (what every `study` command does first);
//  - answering a card: the schedule and the log row written in one transaction, then the next
//    session queue read back — what the review page does between two cards (budget: within a frame).

#include "bundledpaper.h"
#include "library/library.h"
#include "library/openlibrary.h"
#include "storage/database.h"
#include "study/cardstore.h"
#include "study/deckbuilder.h"
#include "study/reviewsession.h"
#include "study/studysource.h"
#include "study/studystatistics.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <memory>

using namespace duizhao;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Library> library = std::make_unique<Library>(dir.filePath(QStringLiteral("study.duizhao")));
    qint64 doc = addBundledPaper(*library).documentId;
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

// The cards stored and none answered: Google Benchmark runs a benchmark more than once, and each run
// starts from here.
CardStore freshStore(Fixture &f)
{
    CardStore store(*f.library);
    store.refresh(f.doc);
    f.library->database().exec("DELETE FROM study_reviews");
    f.library->database().exec("DELETE FROM study_memory");
    return store;
}

void BM_BuildDecks(benchmark::State &state)
{
    Fixture &f = fixture();
    std::size_t cards = 0;
    for (auto _ : state)
        cards = std::size_t(DeckBuilder::build(StudySource::load(*f.library, f.doc)).size());
    state.counters["cards"] = double(cards);
}
BENCHMARK(BM_BuildDecks)->Unit(benchmark::kMillisecond);

void BM_ReadSource(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state)
        benchmark::DoNotOptimize(StudySource::load(*f.library, f.doc));
}
BENCHMARK(BM_ReadSource)->Unit(benchmark::kMillisecond);

void BM_MakeCards(benchmark::State &state)
{
    Fixture &f = fixture();
    const StudySource source = StudySource::load(*f.library, f.doc);
    for (auto _ : state)
        benchmark::DoNotOptimize(DeckBuilder::build(source));
}
BENCHMARK(BM_MakeCards)->Unit(benchmark::kMillisecond);

void BM_StoreCardsFirstTime(benchmark::State &state)
{
    Fixture &f = fixture();
    CardStore store(*f.library);
    const QList<StudyCard> built = DeckBuilder::build(StudySource::load(*f.library, f.doc));
    for (auto _ : state) {
        state.PauseTiming();
        f.library->database().exec("DELETE FROM study_cards");
        state.ResumeTiming();
        store.sync(f.doc, built, QDateTime::currentDateTimeUtc());
    }
}
BENCHMARK(BM_StoreCardsFirstTime)->Unit(benchmark::kMillisecond);

void BM_RefreshUnchanged(benchmark::State &state)
{
    Fixture &f = fixture();
    CardStore store(*f.library);
    store.refresh(f.doc);
    for (auto _ : state)
        store.refresh(f.doc);
}
BENCHMARK(BM_RefreshUnchanged)->Unit(benchmark::kMillisecond);

void BM_AnswerCard(benchmark::State &state)
{
    Fixture &f = fixture();
    CardStore store = freshStore(f);
    const QList<StudyCard> cards = store.cards(f.doc);
    QDateTime at(QDate(2025, 3, 1), QTime(9, 0), QTimeZone::utc());
    qsizetype next = 0;
    for (auto _ : state) {
        // A different card each time, a second later: new cards going into their first step.
        store.review(cards[next++ % cards.size()].id, Rating::Good, at);
        at = at.addSecs(1);
    }
}
BENCHMARK(BM_AnswerCard)->Unit(benchmark::kMillisecond);

void BM_AnswerAndNextQueue(benchmark::State &state)
{
    // What the review page does after each answer: store it, then find the next card and its text.
    // On a library in use: 200 cards answered over the last weeks, some due today.
    Fixture &f = fixture();
    CardStore store = freshStore(f);
    const QList<StudyCard> cards = store.cards(f.doc);
    QDateTime at(QDate(2025, 5, 1), QTime(9, 0), QTimeZone::utc());
    for (int i = 0; i < 200; ++i) {
        store.review(cards[i].id, Rating::Good, at.addDays(i / 10));
        store.review(cards[i].id, Rating::Good, at.addDays(i / 10).addSecs(600));
    }
    at = QDateTime(QDate(2025, 5, 25), QTime(9, 0), QTimeZone::utc());
    std::optional<StudyCard> card = store.next(f.doc, at);
    for (auto _ : state) {
        if (card)
            store.review(card->id, Rating::Good, at);
        card = store.next(f.doc, at);
        at = at.addSecs(60);
    }
}
BENCHMARK(BM_AnswerAndNextQueue)->Unit(benchmark::kMillisecond);

void BM_ReviewSessionStep(benchmark::State &state)
{
    // The program's review page between two cards: the answer stored, then the next card picked from
    // the session read once at its start, and only that card's text read. Same library as above.
    Fixture &f = fixture();
    CardStore store = freshStore(f);
    const QList<StudyCard> cards = store.cards(f.doc);
    QDateTime at(QDate(2025, 5, 1), QTime(9, 0), QTimeZone::utc());
    for (int i = 0; i < 200; ++i) {
        store.review(cards[i].id, Rating::Good, at.addDays(i / 10));
        store.review(cards[i].id, Rating::Good, at.addDays(i / 10).addSecs(600));
    }
    at = QDateTime(QDate(2025, 5, 25), QTime(9, 0), QTimeZone::utc());
    StudySettings unlimited;
    unlimited.newPerDay = StudySettings::MaxPerDay;
    unlimited.dailyLimit = StudySettings::MaxPerDay;
    store.setSettings(f.doc, unlimited);
    gui::ReviewSession session(store, f.doc, {});
    session.start(at);
    for (auto _ : state) {
        if (session.done()) {
            state.PauseTiming();
            session.start(at);
            state.ResumeTiming();
        }
        session.answer(Rating::Good, at);
        at = at.addSecs(60);
    }
    store.setSettings(f.doc, StudySettings());
}
BENCHMARK(BM_ReviewSessionStep)->Unit(benchmark::kMillisecond);

void BM_LoadCards(benchmark::State &state)
{
    Fixture &f = fixture();
    CardStore store(*f.library);
    store.refresh(f.doc);
    for (auto _ : state)
        benchmark::DoNotOptimize(store.cards(f.doc));
}
BENCHMARK(BM_LoadCards)->Unit(benchmark::kMillisecond);

void BM_Statistics(benchmark::State &state)
{
    Fixture &f = fixture();
    CardStore store(*f.library);
    store.refresh(f.doc);
    const QDateTime now(QDate(2025, 7, 1), QTime(9, 0), QTimeZone::utc());
    for (auto _ : state)
        benchmark::DoNotOptimize(StudyStatistics::compute(store, f.doc, now));
}
BENCHMARK(BM_Statistics)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
