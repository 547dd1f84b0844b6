#pragma once

#include "study/fsrs.h"

namespace duizhao {

struct SchedulerOptions
{
    double desiredRetention = 0.9;
    // Same-day steps, in seconds, before a new card (or a lapsed one) gets a schedule of days. FSRS-6's
    // short-term stability models these same-day reviews, so the steps only decide when they happen;
    // the defaults are Anki's and py-fsrs's.
    QList<int> learningSteps = {60, 600};
    QList<int> relearningSteps = {600};
    int maximumInterval = 36500; // days
    // Spreads intervals of 3 days and more by a few percent (Anki's fuzz ranges), so cards learnt
    // together do not stay together. Deterministic: seeded per card and review.
    bool fuzz = true;
};

// FSRS-6 scheduling of one card: the memory update of Fsrs plus phases, learning steps, intervals
// and due times, as py-fsrs schedules them (new → learning → review ↔ relearning).
class Scheduler final
{
public:
    explicit Scheduler(const SchedulerOptions &options = {}, const Fsrs &fsrs = Fsrs());

    const SchedulerOptions &options() const { return m_options; }
    const Fsrs &fsrs() const { return m_fsrs; }

    // The schedule after answering with `rating` at `at`. `fuzzSeed` picks the fuzz; the same seed
    // gives the same interval. Throws Error(Usage) when `at` is before the card's last review.
    CardSchedule review(const CardSchedule &schedule, Rating rating, const QDateTime &at, quint64 fuzzSeed = 0) const;

    // Whole days (24-hour periods) from one review to the next: 0 means the same day, which FSRS
    // models with short-term stability.
    static int elapsedDays(const QDateTime &from, const QDateTime &to);

    // Probability of recalling the card at `at`; 0 for a card never reviewed.
    double retrievability(const CardSchedule &schedule, const QDateTime &at) const;

    // Days until the next review for a card of this stability, rounded, 1…maximumInterval, fuzzed
    // when the options say so.
    int intervalDays(double stability, quint64 fuzzSeed) const;

private:
    qint64 stepSeconds(const QList<int> &steps, CardSchedule &next, Rating rating, double stability,
                       quint64 fuzzSeed) const;

    SchedulerOptions m_options;
    Fsrs m_fsrs;
};

} // namespace duizhao
