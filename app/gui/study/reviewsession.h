#pragma once

#include "study/cardstore.h"

#include <optional>

namespace duizhao::gui {

// One review session of a paper's cards, as the review page runs it: today's queue read once, then
// each answer written through CardStore at once (one transaction) and the next card picked from
// what the session holds, without reading the deck again. A card that the scheduler puts back into
// its same-day learning steps (Again on a new card, a lapse) returns in this session when its step
// is due, or earlier once nothing else is left (Anki's learn-ahead limit of 20 minutes).
class ReviewSession final
{
public:
    static constexpr int LearnAheadSeconds = 20 * 60;

    ReviewSession(CardStore &store, qint64 documentId, const CardFilter &filter);

    // Reads today's queue and shows its first card.
    void start(const QDateTime &now);

    // The card shown, with its text; empty when the session is done.
    const std::optional<StudyCard> &current() const { return m_current; }
    bool done() const { return !m_current.has_value(); }

    // The schedule `rating` would give the current card at `at`, nothing written: the buttons'
    // intervals. The same scheduler and fuzz as CardStore::review(), so the interval shown is the
    // one the answer gets.
    CardSchedule preview(Rating rating, const QDateTime &at) const;

    // Records the answer to the current card (CardStore::review: one transaction), then shows the
    // next card. Throws what CardStore::review throws; the session is unchanged then.
    ReviewRecord answer(Rating rating, const QDateTime &at);

    // What is left, the card shown included.
    int newCount() const;
    int learningCount() const;
    int reviewCount() const;
    int answered() const { return m_answered; }

    // When the next card of this filter falls due after the session is done (invalid: none).
    QDateTime nextDue(const QDateTime &now) const;

private:
    void advance(const QDateTime &now);
    void addLearning(StudyCard card);
    int countCurrent(bool learning, CardPhase phase) const;

    CardStore &m_store;
    qint64 m_documentId;
    CardFilter m_filter;
    Scheduler m_scheduler;
    QDateTime m_dayEnd;
    QList<StudyCard> m_learning; // in same-day steps, by due time (schedules only)
    QList<StudyCard> m_queue;    // reviews due today, then new cards (schedules only)
    std::optional<StudyCard> m_current;
    bool m_currentLearning = false;
    int m_answered = 0;
};

} // namespace duizhao::gui
