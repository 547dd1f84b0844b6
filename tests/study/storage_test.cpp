// Cards, memory, the review log and settings in the library: the migration (from an empty file and
// from a library of the previous version), regeneration that keeps progress, one transaction per
// answer, refusals that change nothing, the queue's limits, and a paper's cards going with the paper.

#include "error.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "study/cardstore.h"
#include "studyfixtures.h"

using namespace duizhao;
using namespace duizhao::test;
using Catch::Detail::Approx;

namespace {

int count(Library &library, const char *table)
{
    Statement s(library.database(),
                QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)).toStdString());
    REQUIRE(s.step());
    return s.integer(0);
}

const StudyCard &keyed(const QList<StudyCard> &cards, QStringView key)
{
    const StudyCard *c = withKey(cards, key);
    INFO(key.toString().toStdString());
    REQUIRE(c);
    return *c;
}

const char *studyTables[] = {"study_reviews", "study_memory", "study_card_units", "study_cards", "study_settings"};

} // namespace

TEST_CASE("storage: the schema is created from an empty file", "[study][storage][migrations]")
{
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("new.duizhao")));
    CHECK(library.database().userVersion() == Library::schemaVersion());
    for (const char *table : studyTables) {
        INFO(table);
        Statement s(library.database(), "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1");
        s.bind(1, QString::fromLatin1(table));
        REQUIRE(s.step());
        CHECK(s.integer(0) == 1);
    }
}

TEST_CASE("storage: a library of the previous version is migrated, its data kept and backed up",
          "[study][storage][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.duizhao"));
    int annotations = 0;
    {
        // A library as version 3 left it: papers, framework and annotations, no study tables.
        Library library(path);
        const qint64 doc = addBundledPaper(library).documentId;
        AnnotationStore store(library);
        markWords(store, library.loadPaper(doc), doc, 12, Lang::En, QStringLiteral("Sacks (2019) argues"), {},
                  QStringLiteral("Key term."));
        annotations = count(library, "annotations");
        for (const char *table : studyTables)
            library.database().exec(
                QStringLiteral("DROP TABLE %1").arg(QString::fromLatin1(table)).toUtf8().constData());
        library.database().exec("PRAGMA user_version = 3");
    }
    const OpenedLibrary opened = openLibrary(path);
    Library &library = *opened.library;
    CHECK(library.database().userVersion() == Library::schemaVersion());
    CHECK(count(library, "annotations") == annotations);
    CHECK(count(library, "units") == 57);
    CHECK(count(library, "study_cards") == 0);
    const std::optional<BackupInfo> backup = Backups::latest(path);
    REQUIRE(backup);
    CHECK(backup->reason == u"before-migration");
    {
        Database old(backup->path, Database::Access::ReadOnly);
        CHECK(old.userVersion() == 3);
    }
    // And the migrated library studies: the highlight with a note is a card.
    CardStore store(library);
    const qint64 doc = library.defaultDocumentId();
    CHECK(store.refresh(doc).added > 0);
    CHECK(cardsOf(store.cards(doc), StudyDeck::Mine).size() == 1);
}

TEST_CASE("storage: regenerating unchanged data writes nothing", "[study][storage]")
{
    const auto lib = bundledStudyLibrary();
    CardStore store(*lib->library);
    const QList<StudyCard> built = DeckBuilder::build(StudySource::load(*lib->library, lib->doc));
    const SyncResult first = store.refresh(lib->doc, utc(2025, 3, 1));
    CHECK(first.added == built.size());
    CHECK(store.cards(lib->doc).size() == built.size());

    lib->library.reset();
    const QByteArray before = libraryFingerprint(lib->path);
    lib->reopen();
    CardStore again(*lib->library);
    const SyncResult second = again.refresh(lib->doc, utc(2025, 3, 2));
    CHECK_FALSE(second.wrote());
    CHECK(second.unchanged == built.size());
    lib->library.reset();
    CHECK(libraryFingerprint(lib->path) == before);
}

TEST_CASE("storage: a card keeps its progress when its content changes, and says so", "[study][storage]")
{
    const auto lib = bundledStudyLibrary();
    CardStore store(*lib->library);
    store.refresh(lib->doc, utc(2025, 3, 1));
    const StudyCard card = keyed(store.cards(lib->doc), u"term:technology-power:en-zh");
    store.review(card.id, Rating::Good, utc(2025, 3, 1, 12, 0));
    store.review(card.id, Rating::Good, utc(2025, 3, 1, 12, 10));
    const StudyCard reviewed = *store.card(card.id);
    REQUIRE(reviewed.schedule.phase == CardPhase::Review);

    // The curated definition is reworded (as a newer data file would).
    lib->library->database().exec("UPDATE glossary_terms SET definition_en = 'The power great powers compete for.' "
                                  "WHERE key = 'technology-power'");
    const SyncResult sync = store.refresh(lib->doc, utc(2025, 3, 2));
    CHECK(sync.changed == 2); // both directions show the definition
    CHECK(sync.added == 0);
    const StudyCard changed = *store.card(card.id);
    CHECK(changed.key == card.key);
    CHECK(changed.details.startsWith(u"The power great powers compete for."));
    CHECK(changed.contentHash != card.contentHash);
    CHECK(changed.schedule == reviewed.schedule);
    CHECK(store.reviews(card.id).size() == 2);
    CHECK(changed.updated > changed.schedule.lastReview); // changed since it was last reviewed
}

TEST_CASE("storage: a card whose data is gone is suspended with its reviews, and returns", "[study][storage]")
{
    const auto lib = plainStudyLibrary();
    CardStore store(*lib->library);
    store.refresh(lib->doc, utc(2025, 3, 1));
    const StudyCard mine = cardsOf(store.cards(lib->doc), StudyDeck::Mine).front();
    store.review(mine.id, Rating::Easy, utc(2025, 3, 1));

    AnnotationStore annotations(*lib->library);
    const Annotation highlight = annotations.list().front();
    annotations.remove(highlight.id);
    const SyncResult removed = store.refresh(lib->doc, utc(2025, 3, 2));
    CHECK(removed.gone == 1);
    CHECK(store.card(mine.id)->suspension == Suspension::Gone);
    CHECK(cardsOf(store.cards(lib->doc), StudyDeck::Mine).isEmpty());
    CardFilter all;
    all.includeSuspended = true;
    CHECK(cardsOf(store.cards(lib->doc, all), StudyDeck::Mine).size() == 1);
    CHECK(store.reviews(mine.id).size() == 1);
    CHECK_THROWS_AS(store.review(mine.id, Rating::Good, utc(2025, 3, 20)), Error);

    // Undo puts the highlight back as it was: the card returns with its progress.
    annotations.restore(highlight);
    const SyncResult back = store.refresh(lib->doc, utc(2025, 3, 3));
    CHECK(back.returned == 1);
    const StudyCard returned = *store.card(mine.id);
    CHECK(returned.suspension == Suspension::None);
    CHECK(returned.schedule.reps == 1);
}

TEST_CASE("storage: an answer stores the memory and a log row with the state before and after", "[study][storage]")
{
    const auto lib = bundledStudyLibrary();
    CardStore store(*lib->library);
    store.refresh(lib->doc);
    const qint64 id = keyed(store.cards(lib->doc), u"term:technology-power:zh-en").id;
    const ReviewRecord first = store.review(id, Rating::Again, utc(2025, 3, 1, 9, 0));
    CHECK(first.before.phase == CardPhase::New);
    CHECK_FALSE(first.before.memory);
    CHECK(first.after.phase == CardPhase::Learning);
    const ReviewRecord second = store.review(id, Rating::Good, utc(2025, 3, 1, 9, 1));
    CHECK(second.before.memory == first.after.memory);
    CHECK(second.elapsedDays == 0);

    // It survives closing the library, and the log reads back as written.
    lib->reopen();
    CardStore reopened(*lib->library);
    const QList<ReviewRecord> log = reopened.reviews(id);
    REQUIRE(log.size() == 2);
    CHECK(log[0].rating == Rating::Again);
    CHECK(log[0].at == utc(2025, 3, 1, 9, 0));
    CHECK(log[1].before.phase == CardPhase::Learning);
    CHECK(log[1].after.memory->stability == Approx(second.after.memory->stability));
    CHECK(log[1].after.due == second.after.due);
    const StudyCard card = *reopened.card(id);
    CHECK(card.schedule.memory->stability == Approx(second.after.memory->stability));
    CHECK(card.schedule.reps == 2);
}

TEST_CASE("storage: an answer that fails halfway leaves the card as it was", "[study][storage]")
{
    const auto lib = bundledStudyLibrary();
    CardStore store(*lib->library);
    store.refresh(lib->doc);
    const qint64 id = store.cards(lib->doc).front().id;
    store.review(id, Rating::Good, utc(2025, 3, 1, 9, 0));
    const StudyCard before = *store.card(id);
    // The memory row is written first; make the log row that follows it fail, as a full disk would.
    lib->library->database().exec(
        "CREATE TEMP TRIGGER fail_log BEFORE INSERT ON study_reviews BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    CHECK_THROWS_AS(store.review(id, Rating::Good, utc(2025, 3, 1, 9, 10)), Error);
    CHECK(store.card(id)->schedule == before.schedule);
    CHECK(store.reviews(id).size() == 1);
}

TEST_CASE("storage: an unknown card, a suspended one, or a time before the last review is refused, unchanged",
          "[study][storage]")
{
    const auto lib = bundledStudyLibrary();
    CardStore store(*lib->library);
    store.refresh(lib->doc);
    const qint64 id = store.cards(lib->doc).front().id;
    store.review(id, Rating::Good, utc(2025, 3, 1, 9, 0));
    lib->library.reset();
    const QByteArray before = libraryFingerprint(lib->path);
    lib->reopen();
    CardStore again(*lib->library);
    try {
        again.review(999999, Rating::Good, utc(2025, 3, 2));
        FAIL("reviewed a card that does not exist");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Usage);
        CHECK(error.message().contains(u"no card 999999"));
    }
    try {
        again.review(id, Rating::Good, utc(2025, 3, 1, 8, 59));
        FAIL("reviewed before the last review");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Usage);
        CHECK(error.message().contains(u"2025-03-01T09:00:00Z"));
    }
    lib->library.reset();
    CHECK(libraryFingerprint(lib->path) == before);
}

TEST_CASE("storage: settings are per paper, checked and kept", "[study][storage]")
{
    const auto lib = bundledStudyLibrary();
    const qint64 other =
        lib->library->addPaper(PaperReader::readFile(fixture(QStringLiteral("papers/chapters.txt")))).documentId;
    CardStore store(*lib->library);
    CHECK(store.settings(lib->doc) == StudySettings{});
    StudySettings mine;
    mine.desiredRetention = 0.85;
    mine.newPerDay = 5;
    mine.dailyLimit = 50;
    store.setSettings(lib->doc, mine);
    CHECK(store.settings(lib->doc) == mine);
    CHECK(store.settings(other) == StudySettings{});
    CHECK(store.scheduler(lib->doc).options().desiredRetention == 0.85);

    StudySettings bad = mine;
    bad.desiredRetention = 1.5;
    CHECK_THROWS_AS(store.setSettings(lib->doc, bad), Error);
    bad = mine;
    bad.newPerDay = -1;
    CHECK_THROWS_AS(store.setSettings(lib->doc, bad), Error);
    CHECK(store.settings(lib->doc) == mine);

    // A lower desired retention schedules the same answer further out.
    store.refresh(lib->doc);
    const QList<StudyCard> cards = store.cards(lib->doc);
    store.setSettings(lib->doc, StudySettings{});
    const ReviewRecord at90 = store.review(cards[0].id, Rating::Easy, utc(2025, 3, 1));
    StudySettings low;
    low.desiredRetention = 0.7;
    store.setSettings(lib->doc, low);
    const ReviewRecord at70 = store.review(cards[1].id, Rating::Easy, utc(2025, 3, 1));
    CHECK(at70.after.due > at90.after.due);
}

TEST_CASE("storage: the queue shows learning cards, then reviews, then new cards within the limits",
          "[study][storage][queue]")
{
    const auto lib = bundledStudyLibrary();
    CardStore store(*lib->library);
    store.refresh(lib->doc);
    StudySettings settings;
    settings.newPerDay = 3;
    settings.dailyLimit = 5;
    store.setSettings(lib->doc, settings);
    const QDateTime morning = utc(2025, 3, 3, 10, 0);

    StudyQueue queue = store.queue(lib->doc, morning);
    CHECK(queue.fresh == 3);
    CHECK(queue.learning == 0);
    CHECK(queue.cards.size() == 3);
    const QList<StudyCard> firstThree = queue.cards;

    // Answering them: Good puts each into its ten-minute step; no new cards are left for today.
    for (const StudyCard &c : firstThree)
        store.review(c.id, Rating::Good, morning);
    queue = store.queue(lib->doc, morning.addSecs(60));
    CHECK(queue.cards.isEmpty());
    queue = store.queue(lib->doc, morning.addSecs(601));
    CHECK(queue.learning == 3);
    CHECK(queue.fresh == 0);
    for (const StudyCard &c : firstThree)
        store.review(c.id, Rating::Good, morning.addSecs(601));

    // Next day: the three graduated cards are due for review (2 days at most), and three new ones.
    const QDateTime later = morning.addDays(3);
    queue = store.queue(lib->doc, later);
    CHECK(queue.review == 3);
    CHECK(queue.fresh == 2); // the daily limit of 5 leaves room for two
    CHECK(queue.cards.front().schedule.phase == CardPhase::Review);

    // Filters narrow the queue: the measures deck has no reviews due.
    CardFilter measures;
    measures.deck = StudyDeck::Measures;
    queue = store.queue(lib->doc, later, measures);
    CHECK(queue.review == 0);
    for (const StudyCard &c : queue.cards)
        CHECK(c.deck == StudyDeck::Measures);
}

TEST_CASE("storage: filters by deck, framework level and tag", "[study][storage]")
{
    const auto lib = bundledStudyLibrary();
    CardStore store(*lib->library);
    store.refresh(lib->doc);
    CardFilter filter;
    filter.level = FrameworkLevel::Dilemmas;
    const QList<StudyCard> dilemmas = store.cards(lib->doc, filter);
    REQUIRE_FALSE(dilemmas.isEmpty());
    for (const StudyCard &c : dilemmas)
        CHECK(c.level == FrameworkLevel::Dilemmas);
    filter = {};
    filter.tag = QStringLiteral("law");
    const QList<StudyCard> laws = store.cards(lib->doc, filter);
    int lawMeasures = 0;
    for (const Measure &m : MeasureStore(*lib->library).measures(lib->doc))
        lawMeasures += m.kind == u"law" ? 1 : 0;
    CHECK(laws.size() == 3 * lawMeasures);
}

TEST_CASE("storage: removing a paper removes its cards, memory, reviews and settings", "[study][storage]")
{
    const auto lib = bundledStudyLibrary();
    CardStore store(*lib->library);
    store.refresh(lib->doc);
    store.review(store.cards(lib->doc).front().id, Rating::Good, utc(2025, 3, 1));
    store.setSettings(lib->doc, StudySettings{0.8, 10, 100});
    REQUIRE(lib->library->removeDocument(lib->doc));
    for (const char *table : studyTables) {
        INFO(table);
        CHECK(count(*lib->library, table) == 0);
    }
}
