#include "studystatistics.h"

#include "study/cardstore.h"

#include <QHash>

#include <algorithm>

namespace duizhao {

bool StudyStatistics::isMature(const CardSchedule &schedule)
{
    return schedule.phase == CardPhase::Review && schedule.lastReview.isValid() &&
           schedule.lastReview.secsTo(schedule.due) >= qint64(MatureDays) * 86400;
}

StudyProgress StudyStatistics::compute(const CardStore &store, qint64 documentId, const QDateTime &now,
                                       int weakSpotLimit)
{
    StudyProgress progress;
    progress.at = now.toUTC();
    const QDateTime dayStart = studyDayStart(now);
    const QDateTime dayEnd = dayStart.addDays(1);
    const Scheduler scheduler = store.scheduler(documentId);

    CardFilter everything;
    everything.includeSuspended = true;
    const QList<StudyCard> cards = store.schedules(documentId, everything);

    QHash<StudyDeck, DeckSummary> decks;
    QHash<FrameworkLevel, LevelMastery> levels;
    QHash<qint64, const StudyCard *> byId;
    for (const StudyCard &card : cards) {
        byId.insert(card.id, &card);
        DeckSummary &deck = decks[card.deck];
        deck.deck = card.deck;
        if (card.suspension != Suspension::None) {
            ++progress.suspended;
            ++deck.suspended;
            continue;
        }
        ++progress.total;
        ++deck.total;
        const CardSchedule &s = card.schedule;
        const bool mature = isMature(s);
        switch (s.phase) {
        case CardPhase::New:
            ++progress.fresh;
            ++deck.fresh;
            break;
        case CardPhase::Learning:
        case CardPhase::Relearning:
            ++progress.learning;
            ++deck.learning;
            break;
        case CardPhase::Review:
            ++(mature ? progress.mature : progress.young);
            ++(mature ? deck.mature : deck.young);
            break;
        }
        if (s.phase != CardPhase::New && s.due < dayEnd) {
            ++progress.dueToday;
            ++deck.due;
        }
        LevelMastery &level = levels[card.level];
        level.level = card.level;
        ++level.cards;
        level.mature += mature ? 1 : 0;
        level.recall += scheduler.retrievability(s, now);
    }
    for (StudyDeck deck : allDecks()) {
        if (decks.contains(deck))
            progress.decks.append(decks.value(deck));
    }
    QList<FrameworkLevel> order = frameworkLevels();
    order.append(FrameworkLevel::None);
    for (FrameworkLevel level : order) {
        if (!levels.contains(level))
            continue;
        LevelMastery mastery = levels.value(level);
        mastery.recall /= mastery.cards;
        progress.mastery.append(mastery);
    }

    progress.newToday = store.queue(documentId, now).fresh;
    const QList<ReviewRecord> recent = store.reviewsSince(documentId, progress.at.addDays(-RetentionDays));
    int passed = 0;
    for (const ReviewRecord &r : recent) {
        if (r.at > progress.at)
            continue;
        if (r.at >= dayStart)
            ++progress.reviewedToday;
        if (r.before.phase != CardPhase::Review)
            continue;
        ++progress.retentionAnswers;
        passed += r.rating == Rating::Again ? 0 : 1;
    }
    if (progress.retentionAnswers > 0)
        progress.retention = double(passed) / progress.retentionAnswers;

    QHash<qint64, WeakSpot> failures;
    for (const ReviewRecord &r : store.reviewsSince(documentId, QDateTime::fromSecsSinceEpoch(0, Qt::UTC))) {
        const StudyCard *card = byId.value(r.cardId);
        if (r.rating != Rating::Again || r.at > progress.at || !card || card->suspension != Suspension::None)
            continue;
        WeakSpot &spot = failures[r.cardId];
        spot.card.id = r.cardId;
        ++spot.failures;
        spot.lastFailure = r.at; // the log comes oldest first
    }
    QList<WeakSpot> spots = failures.values();
    std::sort(spots.begin(), spots.end(), [](const WeakSpot &a, const WeakSpot &b) {
        if (a.failures != b.failures)
            return a.failures > b.failures;
        if (a.lastFailure != b.lastFailure)
            return a.lastFailure > b.lastFailure;
        return a.card.id < b.card.id;
    });
    progress.weakSpots = spots.mid(0, std::max(0, weakSpotLimit));
    // Their text, to show them: only these few are read in full.
    QList<qint64> ids;
    for (const WeakSpot &spot : progress.weakSpots)
        ids.append(spot.card.id);
    const QList<StudyCard> full = store.cards(ids);
    for (qsizetype i = 0; i < full.size() && i < progress.weakSpots.size(); ++i)
        progress.weakSpots[i].card = full[i];
    return progress;
}

} // namespace duizhao
