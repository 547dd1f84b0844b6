// FSRS-6 against the vectors the reference implementations publish in their unit tests: fsrs-rs
// (model tests of each formula, the memory state after a review history), py-fsrs (the intervals of a
// thirteen-review history with learning steps, the learning steps themselves, difficulty reaching its
// floor) — and the one place they differ, a same-day Hard, where we follow fsrs-rs.

#include "error.h"
#include "study/fsrs.h"
#include "study/scheduler.h"
#include "support/testsupport.h"

#include <QTimeZone>

#include <cmath>

using namespace duizhao;
using namespace duizhao::test;

namespace {

using Approx = Catch::Detail::Approx;

const QDateTime start = QDateTime(QDate(2022, 11, 29), QTime(12, 30), QTimeZone::utc());

// Walks a history of (rating, days since the previous review) through the memory model alone.
MemoryState walk(const Fsrs &fsrs, const QList<std::pair<Rating, int>> &history)
{
    std::optional<MemoryState> memory;
    for (const auto &[rating, days] : history)
        memory = memory ? fsrs.next(*memory, days, rating) : fsrs.initial(rating);
    return *memory;
}

Scheduler withoutFuzz()
{
    SchedulerOptions options;
    options.fuzz = false;
    return Scheduler(options);
}

} // namespace

TEST_CASE("FSRS-6: Again then Good five times ends at the published stability and difficulty", "[study][fsrs]")
{
    // fsrs-rs inference tests, py-fsrs test_memo_state, ts-fsrs "memory state": days 0, 0, 1, 3, 8, 21.
    const QList<std::pair<Rating, int>> history = {{Rating::Again, 0}, {Rating::Good, 0}, {Rating::Good, 1},
                                                   {Rating::Good, 3},  {Rating::Good, 8}, {Rating::Good, 21}};
    const MemoryState memory = walk(Fsrs(), history);
    CHECK(memory.stability == Approx(53.62691).margin(1e-4));
    CHECK(memory.difficulty == Approx(6.3574867).margin(1e-4));

    // The same history without the same-day (short-term) terms w17-w19, as fsrs-rs checks it.
    Fsrs::Parameters frozen = Fsrs::defaultParameters();
    frozen[17] = frozen[18] = frozen[19] = 0;
    const MemoryState longTermOnly = walk(Fsrs(frozen), history);
    CHECK(longTermOnly.stability == Approx(53.335106).margin(1e-4));
    CHECK(longTermOnly.difficulty == Approx(6.3574867).margin(1e-4));
}

TEST_CASE("FSRS-6: the first answer sets the published stability and difficulty for each rating", "[study][fsrs]")
{
    const Fsrs fsrs;
    const double stability[] = {0.212, 1.2931, 2.3065, 8.2956};
    const double difficulty[] = {6.4133, 5.11217071, 2.11810397, 1.0};
    for (Rating rating : allRatings()) {
        INFO(ratingCode(rating).toStdString());
        const MemoryState memory = fsrs.initial(rating);
        CHECK(memory.stability == Approx(stability[int(rating) - 1]).margin(1e-9));
        CHECK(memory.difficulty == Approx(difficulty[int(rating) - 1]).margin(1e-6));
    }
}

TEST_CASE("FSRS-6: each formula matches fsrs-rs's model tests", "[study][fsrs]")
{
    const Fsrs fsrs;
    SECTION("forgetting curve: 0.9 at t = S, falling with time")
    {
        const double t[] = {0, 1, 2, 3, 4, 5};
        const double s[] = {1, 2, 3, 4, 4, 2};
        const double r[] = {1.0, 0.9403443, 0.9253786, 0.9185229, 0.9, 0.8261359};
        for (int i = 0; i < 6; ++i)
            CHECK(fsrs.retrievability(t[i], s[i]) == Approx(r[i]).margin(1e-6));
    }
    SECTION("next difficulty from 5 (linear damping and mean reversion)")
    {
        const double d[] = {8.341763, 6.6659956, 4.990228, 3.3144615};
        for (Rating rating : allRatings())
            CHECK(fsrs.nextDifficulty(5.0, rating) == Approx(d[int(rating) - 1]).margin(1e-5));
    }
    SECTION("stability after a recall and after a lapse")
    {
        const double d[] = {1, 2, 3, 4};
        const double r[] = {0.9, 0.8, 0.7, 0.6};
        const double recall[] = {25.602541, 28.226582, 58.656002, 127.226685};
        const double forget[] = {1.0525396, 1.1894329, 1.3680838, 1.584989};
        for (int i = 0; i < 4; ++i) {
            CHECK(fsrs.recallStability(d[i], 5.0, r[i], Rating(i + 1)) == Approx(recall[i]).margin(1e-3));
            CHECK(fsrs.forgetStability(d[i], 5.0, r[i]) == Approx(forget[i]).margin(1e-5));
        }
    }
    SECTION("two answers a day or two apart, from new")
    {
        // fsrs-rs test_forward: ratings 1-4 at days 0 then 1, and 1-2 at days 0 then 2.
        const struct
        {
            Rating rating;
            int days;
            double stability, difficulty;
        } cases[] = {{Rating::Again, 1, 0.10088589, 8.806304},  {Rating::Hard, 1, 3.2494123, 6.7404594},
                     {Rating::Good, 1, 7.3153, 2.1112142},      {Rating::Easy, 1, 18.014914, 1.0},
                     {Rating::Again, 2, 0.112798266, 8.806304}, {Rating::Hard, 2, 4.4694576, 6.7404594}};
        for (const auto &c : cases) {
            INFO(ratingCode(c.rating).toStdString() << " after " << c.days << " days");
            const MemoryState memory = walk(fsrs, {{c.rating, 0}, {c.rating, c.days}});
            CHECK(memory.stability == Approx(c.stability).margin(1e-4));
            CHECK(memory.difficulty == Approx(c.difficulty).margin(1e-5));
        }
    }
}

TEST_CASE("FSRS-6: a same-day Hard keeps the stability, as in fsrs-rs (py-fsrs would lower it)", "[study][fsrs]")
{
    // fsrs-rs model test: short-term stability from 5 for ratings 1-4 is 1.596818, 5.0, 5.0, 8.12961.
    const Fsrs fsrs;
    CHECK(fsrs.shortTermStability(5.0, Rating::Again) == Approx(1.596818).margin(1e-5));
    CHECK(fsrs.shortTermStability(5.0, Rating::Hard) == 5.0);
    CHECK(fsrs.shortTermStability(5.0, Rating::Good) == 5.0);
    CHECK(fsrs.shortTermStability(5.0, Rating::Easy) == Approx(8.12961).margin(1e-4));
    // py-fsrs and ts-fsrs clamp only Good and Easy: their Hard gives S·e^(w17·(w18−1))·S^(−w19).
    const Fsrs::Parameters &w = Fsrs::defaultParameters();
    const double pyFsrsHard = 5.0 * std::exp(w[17] * (w[18] - 1)) * std::pow(5.0, -w[19]);
    CHECK(pyFsrsHard == Approx(2.747).margin(1e-3));
    CHECK(fsrs.next({5.0, 5.0}, 0, Rating::Hard).stability > pyFsrsHard);
}

TEST_CASE("FSRS-6: at the desired retention of 0.9 the interval is the stability", "[study][fsrs]")
{
    const Fsrs fsrs;
    for (double s : {0.5, 1.0, 2.3065, 53.62691, 1000.0})
        CHECK(fsrs.interval(s, 0.9) == Approx(s).epsilon(1e-12));
    // Asking for more recall means reviewing sooner; the curve agrees with itself.
    CHECK(fsrs.interval(10, 0.95) < 10);
    CHECK(fsrs.interval(10, 0.8) > 10);
    CHECK(fsrs.retrievability(fsrs.interval(10, 0.8), 10) == Approx(0.8).epsilon(1e-12));
}

TEST_CASE("Scheduler: the py-fsrs review history gives its published intervals", "[study][fsrs]")
{
    // py-fsrs test_review_card: each answer given when the card is due, learning steps 1 and 10
    // minutes, relearning 10 minutes, no fuzz.
    const Scheduler scheduler = withoutFuzz();
    const QList<Rating> ratings = {Rating::Good, Rating::Good,  Rating::Good,  Rating::Good, Rating::Good,
                                   Rating::Good, Rating::Again, Rating::Again, Rating::Good, Rating::Good,
                                   Rating::Good, Rating::Good,  Rating::Good};
    CardSchedule card;
    QDateTime at = start;
    QList<int> intervals;
    for (Rating rating : ratings) {
        card = scheduler.review(card, rating, at);
        intervals.append(int(card.lastReview.secsTo(card.due) / 86400));
        at = card.due;
    }
    CHECK(intervals == QList<int>{0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21});
    CHECK(card.phase == CardPhase::Review);
    CHECK(card.reps == 13);
    CHECK(card.lapses == 1); // the first Again lapsed a review card; the second was in relearning
}

TEST_CASE("Scheduler: learning steps for each first answer", "[study][fsrs]")
{
    const Scheduler scheduler = withoutFuzz();
    SECTION("Again: the first step, a minute")
    {
        const CardSchedule card = scheduler.review({}, Rating::Again, start);
        CHECK(card.phase == CardPhase::Learning);
        CHECK(card.step == 0);
        CHECK(start.secsTo(card.due) == 60);
    }
    SECTION("Hard: halfway between the first two steps, 5.5 minutes")
    {
        const CardSchedule card = scheduler.review({}, Rating::Hard, start);
        CHECK(card.phase == CardPhase::Learning);
        CHECK(card.step == 0);
        CHECK(start.secsTo(card.due) == 330);
    }
    SECTION("Good: the second step, ten minutes, then a schedule of days")
    {
        CardSchedule card = scheduler.review({}, Rating::Good, start);
        CHECK(card.phase == CardPhase::Learning);
        CHECK(card.step == 1);
        CHECK(start.secsTo(card.due) == 600);
        card = scheduler.review(card, Rating::Good, card.due);
        CHECK(card.phase == CardPhase::Review);
        CHECK(card.lastReview.secsTo(card.due) >= 86400);
    }
    SECTION("Easy: straight to a schedule of days (the initial stability, 8.2956, rounded)")
    {
        const CardSchedule card = scheduler.review({}, Rating::Easy, start);
        CHECK(card.phase == CardPhase::Review);
        CHECK(start.secsTo(card.due) == 8 * 86400);
    }
    SECTION("Again on a review card: relearning, ten minutes, one lapse")
    {
        CardSchedule card = scheduler.review({}, Rating::Easy, start);
        card = scheduler.review(card, Rating::Again, card.due);
        CHECK(card.phase == CardPhase::Relearning);
        CHECK(card.lastReview.secsTo(card.due) == 600);
        CHECK(card.lapses == 1);
    }
}

TEST_CASE("Scheduler: ten same-day Easy answers take difficulty to its floor of 1", "[study][fsrs]")
{
    // py-fsrs test_repeated_correct_reviews.
    const Scheduler scheduler = withoutFuzz();
    CardSchedule card;
    for (int i = 0; i < 10; ++i)
        card = scheduler.review(card, Rating::Easy, start.addSecs(i));
    CHECK(card.memory->difficulty == 1.0);
}

TEST_CASE("Scheduler: a review before the card's last one is refused", "[study][fsrs]")
{
    const Scheduler scheduler = withoutFuzz();
    const CardSchedule card = scheduler.review({}, Rating::Good, start);
    CHECK_THROWS_AS(scheduler.review(card, Rating::Good, start.addSecs(-1)), Error);
    // The same moment is fine: two answers within a second.
    CHECK_NOTHROW(scheduler.review(card, Rating::Good, start));
}

TEST_CASE("Scheduler: fuzz stays in Anki's range, repeats for a seed and leaves short intervals alone", "[study][fsrs]")
{
    const Scheduler fuzzed;
    const Scheduler plain = withoutFuzz();
    // 46 days: ±(1 + 0.15·4.5 + 0.1·13 + 0.05·26) = ±4.275, so 42…50.
    QSet<int> seen;
    for (quint64 seed = 1; seed <= 200; ++seed) {
        const int days = fuzzed.intervalDays(46.0, seed * 7919);
        CHECK(days >= 42);
        CHECK(days <= 50);
        CHECK(days == fuzzed.intervalDays(46.0, seed * 7919));
        seen.insert(days);
    }
    CHECK(seen.size() >= 5); // it does spread
    CHECK(plain.intervalDays(46.0, 1) == 46);
    for (quint64 seed = 1; seed <= 50; ++seed)
        CHECK(fuzzed.intervalDays(2.2, seed) == 2);
}
