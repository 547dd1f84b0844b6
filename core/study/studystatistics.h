#pragma once

#include "study/studycard.h"

#include <optional>

namespace duizhao {

class CardStore;

struct DeckSummary
{
    StudyDeck deck = StudyDeck::Terms;
    int total = 0; // not suspended
    int fresh = 0;
    int learning = 0;
    int young = 0;
    int mature = 0;
    int due = 0; // due before the study day ends (new cards not counted)
    int suspended = 0;
};

struct LevelMastery
{
    FrameworkLevel level = FrameworkLevel::None;
    int cards = 0;
    int mature = 0;
    // Mean predicted probability of recall today (FSRS retrievability), new cards counting as 0: how
    // much of the level a student could answer now.
    double recall = 0;
};

struct WeakSpot
{
    StudyCard card;   // its units are the paragraphs to read again
    int failures = 0; // answers rated Again
    QDateTime lastFailure;
};

// A paper's study progress at one moment, as the Study panel and `study stats` show it.
struct StudyProgress
{
    QDateTime at;
    int total = 0; // cards not suspended
    int fresh = 0;
    int learning = 0; // learning or relearning
    int young = 0;    // review phase, interval under 21 days
    int mature = 0;   // review phase, interval of 21 days or more (Anki's definition)
    int suspended = 0;
    int dueToday = 0;      // learning and review cards due before the study day ends
    int newToday = 0;      // new cards today's limits still let in
    int reviewedToday = 0; // answers given since the study day began
    // Retention over the last 30 days: the share of answers not rated Again among the answers to
    // cards past learning (in the review phase when answered). Same-day learning steps are left out:
    // they measure learning, not memory. Empty when there were none.
    std::optional<double> retention;
    int retentionAnswers = 0;
    QList<LevelMastery> mastery; // the framework's levels in the paper's order, then cards of no level
    QList<WeakSpot> weakSpots;   // most failed first
    QList<DeckSummary> decks;    // decks that have cards, in deck order
};

// Statistics from the cards and the review log; reads only.
class StudyStatistics final
{
public:
    static constexpr int MatureDays = 21;
    static constexpr int RetentionDays = 30;

    static StudyProgress compute(const CardStore &store, qint64 documentId, const QDateTime &now,
                                 int weakSpotLimit = 10);
    static bool isMature(const CardSchedule &schedule);
};

} // namespace duizhao
