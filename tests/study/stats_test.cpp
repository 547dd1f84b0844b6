// Progress from the review log: counts by phase, due today, retention over the last 30 days, mastery
// per framework level and weak spots, after a scripted history whose expected values the test works
// out from the answers it gave.

#include "study/cardstore.h"
#include "study/studystatistics.h"
#include "studyfixtures.h"

#include <QSet>

using namespace duizhao;
using namespace duizhao::test;
using Catch::Detail::Approx;

namespace {

struct Answer
{
    QDateTime at;
    CardPhase before;
    Rating rating;
};

struct History
{
    CardStore &store;
    QList<Answer> answers;

    ReviewRecord answer(qint64 id, Rating rating, const QDateTime &at)
    {
        const ReviewRecord r = store.review(id, rating, at);
        answers.append({r.at, r.before.phase, rating});
        return r;
    }
};

qint64 idOf(const QList<StudyCard> &cards, QStringView key)
{
    const StudyCard *c = withKey(cards, key);
    INFO(key.toString().toStdString());
    REQUIRE(c);
    return c->id;
}

} // namespace

TEST_CASE("stats: counts, retention, mastery and weak spots follow the review log", "[study][stats]")
{
    const auto lib = bundledStudyLibrary();
    CardStore store(*lib->library);
    store.refresh(lib->doc);
    const QList<StudyCard> cards = store.cards(lib->doc);
    const qint64 a = idOf(cards, u"term:technology-power:en-zh");
    const qint64 b = idOf(cards, u"measure:chips-and-science-act:facts");
    const qint64 c = idOf(cards, u"framework:cloze:-:dilemma:dilemma-hard-decoupling");
    const qint64 d = idOf(cards, u"table1:values:features");
    const qint64 e = idOf(cards, u"term:decoupling:zh-en");
    History h{store, {}};
    const QDateTime t0 = utc(2025, 3, 1, 10, 0);

    // E lapsed long ago: outside the 30-day window, still a weak spot.
    ReviewRecord r = h.answer(e, Rating::Easy, t0.addDays(-60));
    h.answer(e, Rating::Again, r.after.due);
    // A: learnt, lapsed once at its first review, relearnt.
    h.answer(a, Rating::Good, t0);
    r = h.answer(a, Rating::Good, t0.addSecs(600));
    r = h.answer(a, Rating::Again, r.after.due);
    h.answer(a, Rating::Good, r.after.due);
    // B: easy, then remembered.
    r = h.answer(b, Rating::Easy, t0);
    h.answer(b, Rating::Good, r.after.due);
    // C: failed twice, still learning.
    h.answer(c, Rating::Again, t0);
    h.answer(c, Rating::Again, t0.addSecs(60));
    // D: easy, then remembered at every review until its interval reaches three weeks.
    r = h.answer(d, Rating::Easy, t0);
    while (r.after.lastReview.secsTo(r.after.due) < 21 * 86400)
        r = h.answer(d, Rating::Good, r.after.due);
    const QDateTime now = r.at.addSecs(3600);

    const StudyProgress p = StudyStatistics::compute(store, lib->doc, now);

    // Retention: answers in the last 30 days to cards in the review phase, not rated Again.
    int answered = 0, passed = 0, today = 0;
    for (const Answer &answer : h.answers) {
        if (answer.at >= studyDayStart(now) && answer.at <= now)
            ++today;
        if (answer.at < now.addDays(-30) || answer.at > now || answer.before != CardPhase::Review)
            continue;
        ++answered;
        passed += answer.rating == Rating::Again ? 0 : 1;
    }
    REQUIRE(answered > 0);
    CHECK(p.retentionAnswers == answered);
    REQUIRE(p.retention);
    CHECK(*p.retention == Approx(double(passed) / answered));
    CHECK(p.reviewedToday == today);

    // Counts by phase.
    CHECK(p.total == cards.size());
    CHECK(p.fresh == cards.size() - 5);
    CHECK(p.learning == 2); // C, and E still in relearning after its lapse
    CHECK(p.young + p.mature == 3);
    CHECK(p.mature >= 1); // D at least
    CHECK(p.fresh + p.learning + p.young + p.mature == p.total);
    CHECK(p.newToday == StudySettings{}.newPerDay); // nothing new answered on the last day
    int due = 0;
    for (const StudyCard &card : store.cards(lib->doc)) {
        if (card.schedule.phase != CardPhase::New && card.schedule.due < studyDayStart(now).addDays(1))
            ++due;
    }
    CHECK(p.dueToday == due);
    CHECK(p.dueToday >= 1); // C's next step is long past

    // Weak spots: most failures first, then the most recent failure.
    REQUIRE(p.weakSpots.size() == 3);
    CHECK(p.weakSpots[0].card.id == c);
    CHECK(p.weakSpots[0].failures == 2);
    CHECK(p.weakSpots[1].card.id == a);
    CHECK(p.weakSpots[2].card.id == e);
    CHECK_FALSE(p.weakSpots[0].card.units.isEmpty()); // its paragraphs, to read again

    // Mastery per level, in the paper's order; a level whose cards are all new has nothing to recall.
    QSet<FrameworkLevel> studied;
    for (const StudyCard &card : cards) {
        if (QList<qint64>{a, b, c, d, e}.contains(card.id))
            studied.insert(card.level);
    }
    CHECK(studied.size() < p.mastery.size()); // so the check below runs
    REQUIRE_FALSE(p.mastery.isEmpty());
    QList<FrameworkLevel> seen;
    for (const LevelMastery &m : p.mastery)
        seen.append(m.level);
    QList<FrameworkLevel> expected;
    for (FrameworkLevel level : frameworkLevels() + QList<FrameworkLevel>{FrameworkLevel::None}) {
        if (std::any_of(cards.begin(), cards.end(), [&](const StudyCard &card) { return card.level == level; }))
            expected.append(level);
    }
    CHECK(seen == expected);
    for (const LevelMastery &m : p.mastery) {
        INFO(levelCode(m.level).toStdString());
        CHECK(m.cards ==
              std::count_if(cards.begin(), cards.end(), [&](const StudyCard &x) { return x.level == m.level; }));
        CHECK(m.recall >= 0);
        CHECK(m.recall <= 1);
        if (!studied.contains(m.level)) {
            CHECK(m.recall == 0);
            CHECK(m.mature == 0);
        }
        if (m.level == FrameworkLevel::Values) {
            CHECK(m.mature == 1);
            CHECK(m.recall > 0);
        }
    }

    // Per deck.
    int deckTotal = 0;
    for (const DeckSummary &deck : p.decks)
        deckTotal += deck.total;
    CHECK(deckTotal == p.total);
}

TEST_CASE("stats: a library without reviews has no retention and everything new", "[study][stats]")
{
    const auto lib = plainStudyLibrary();
    CardStore store(*lib->library);
    store.refresh(lib->doc);
    const StudyProgress p = StudyStatistics::compute(store, lib->doc, utc(2025, 3, 1));
    CHECK_FALSE(p.retention);
    CHECK(p.retentionAnswers == 0);
    CHECK(p.fresh == p.total);
    CHECK(p.total == store.cards(lib->doc).size());
    CHECK(p.weakSpots.isEmpty());
    CHECK(p.dueToday == 0);
    CHECK(p.newToday == std::min(p.total, StudySettings{}.newPerDay));
    REQUIRE(p.mastery.size() == 1);
    CHECK(p.mastery.front().level == FrameworkLevel::None); // no curated levels
    CHECK(p.mastery.front().recall == 0);
}
