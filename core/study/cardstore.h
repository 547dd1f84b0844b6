#pragma once

#include "study/scheduler.h"
#include "study/studycard.h"

#include <optional>

namespace duizhao {

class Database;
class Library;
class Statement;

// What storing freshly built cards changed.
struct SyncResult
{
    int added = 0;     // new keys
    int changed = 0;   // same key, new content: the text is updated, the schedule kept
    int unchanged = 0; // same key, same content
    int gone = 0;      // keys no longer built: suspended as "gone", their reviews kept
    int returned = 0;  // gone cards whose data is back, with their progress
    bool wrote() const { return added + changed + gone + returned > 0; }
};

// One answer as the review log holds it.
struct ReviewRecord
{
    qint64 id = 0;
    qint64 cardId = 0;
    QDateTime at; // UTC
    Rating rating = Rating::Good;
    int elapsedDays = 0;
    CardSchedule before;
    CardSchedule after;
};

// The cards of one study session, in the order to show them: learning cards that are due, then the
// reviews due today, then new cards, within the day's limits. The cards carry their schedules, not
// their text (see CardStore::schedules); CardStore::next() or cards(ids) read the text.
struct StudyQueue
{
    QList<StudyCard> cards;
    int learning = 0;
    int review = 0;
    int fresh = 0;
};

// A paper's cards, their memory state, the review log and the study settings in the library.
// refresh() regenerates the cards from the data; review() records one answer in one transaction, so
// a crash loses at most the answer being given. Reads never write; a read-only library is read.
class CardStore final
{
public:
    explicit CardStore(Library &library);

    Library &library() const { return m_library; }

    // Builds the paper's decks from what the library holds and stores them (see sync()).
    SyncResult refresh(qint64 documentId, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Stores built cards by key, in one transaction and only when something changed:
    //  - a new key is added;
    //  - a known key with the same content hash is left alone;
    //  - a known key with new content gets the new text and keeps its schedule and reviews: what
    //    changes is wording (a definition, a label, the user's own note), and the memory is of the
    //    same thing; the card's `updated` time tells it changed since its last review;
    //  - a key no longer built is suspended as "gone", not deleted, so its reviews stay in the
    //    statistics and it comes back with its progress if its data returns.
    // A read-only library is left as it is.
    SyncResult sync(qint64 documentId, const QList<StudyCard> &built, const QDateTime &now);

    QList<StudyCard> cards(qint64 documentId, const CardFilter &filter = {}) const;
    // The same cards without their text (prompt, hint, answer, english, chinese, details are empty):
    // what counting and scheduling need, read several times faster.
    QList<StudyCard> schedules(qint64 documentId, const CardFilter &filter = {}) const;
    // These cards with their text, in the order given; ids that do not exist are left out.
    QList<StudyCard> cards(const QList<qint64> &ids) const;
    std::optional<StudyCard> card(qint64 cardId) const;
    // Throws Error(Usage) naming the card when there is none with that id.
    StudyCard requireCard(qint64 cardId) const;

    StudyQueue queue(qint64 documentId, const QDateTime &now, const CardFilter &filter = {}) const;
    // The card to show next, with its text: the review page's step after each answer.
    std::optional<StudyCard> next(qint64 documentId, const QDateTime &now, const CardFilter &filter = {}) const;

    // Records an answer: the new schedule and a review log row, in one transaction. Refuses (Usage) an
    // unknown or suspended card and a time before the card's last review; nothing is written then.
    ReviewRecord review(qint64 cardId, Rating rating, const QDateTime &at);
    // The fuzz seed review() schedules a card's next answer with: the card and how often it was
    // answered, so the same history gives the same schedule, and a preview of the four answers
    // (the review page's buttons) shows the intervals an answer will get.
    static quint64 fuzzSeed(qint64 cardId, int reps);

    QList<ReviewRecord> reviews(qint64 cardId) const;
    // Every review of the paper's cards at or after `from`, oldest first.
    QList<ReviewRecord> reviewsSince(qint64 documentId, const QDateTime &from) const;

    void setSuspended(qint64 cardId, bool suspended);

    StudySettings settings(qint64 documentId) const;
    // Throws Error(Usage) for values out of range; one transaction.
    void setSettings(qint64 documentId, const StudySettings &settings);
    Scheduler scheduler(qint64 documentId) const;

private:
    enum class Content
    {
        Full,
        Schedule,
    };
    QList<StudyCard> select(const QString &where, std::optional<qint64> value, Content content) const;
    void writeUnits(const StudyCard &card, qint64 id);

    Library &m_library;
    Database &m_db;
};

} // namespace duizhao
