#pragma once

#include "framework/frameworklevel.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Plain value types of study mode: the cards Duizhao makes from a paper's data, their memory state
// under FSRS, and what a review changes. The GUI's review page and Study panel and the CLI's study
// command show exactly these.
namespace duizhao {

// The four answers of a review, numbered as FSRS and Anki number them (1-4).
enum class Rating
{
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
};
QString ratingCode(Rating rating); // "again", "hard", "good", "easy"
std::optional<Rating> ratingFromCode(QStringView code);
QList<Rating> allRatings();

// Where a card stands in its learning: never reviewed, in its first same-day steps, on a schedule of
// days, or back in short steps after a lapse.
enum class CardPhase
{
    New,
    Learning,
    Review,
    Relearning,
};
QString phaseCode(CardPhase phase); // "new", "learning", "review", "relearning"
std::optional<CardPhase> phaseFromCode(QStringView code);

// The decks of a paper, in the order a list shows them.
enum class StudyDeck
{
    Terms,     // glossary terms, EN→ZH and ZH→EN
    Measures,  // measure → who, when, kind, level; Chinese name ↔ English name
    Framework, // competitions, the relations of the three powers, dilemmas and countermeasures (cloze)
    Table1,    // a cell of Table 1 blanked
    Sentences, // a paragraph pair with a glossary term blanked in one language
    Headings,  // the paper's headings, EN ↔ ZH (papers without curated data)
    Mine,      // the reader's highlights with notes
};
QList<StudyDeck> allDecks();
QString deckCode(StudyDeck deck);                // "terms", "measures", …: the stable code in the library and CLI
QString deckName(StudyDeck deck, Lang language); // "Key terms" / "关键术语"
std::optional<StudyDeck> deckFromCode(QStringView code);

// Which way a bilingual pair is asked: the two directions of a pair are two cards scheduled on
// their own, and one Anki note with two card templates.
enum class CardDirection
{
    None,
    EnToZh,
    ZhToEn,
};

// FSRS's memory model of one card: stability (days until recall falls to 90%) and difficulty (1-10).
struct MemoryState
{
    double stability = 0;
    double difficulty = 0;

    friend bool operator==(const MemoryState &, const MemoryState &) = default;
};

// A card's schedule: its phase, learning step, memory and when it is due. A new card has no memory
// and no due time (it is due once the day's new-card allowance reaches it).
struct CardSchedule
{
    CardPhase phase = CardPhase::New;
    int step = 0; // index into the learning or relearning steps
    std::optional<MemoryState> memory;
    QDateTime due;        // UTC; invalid for a new card
    QDateTime lastReview; // UTC; invalid before the first review
    int reps = 0;
    int lapses = 0; // Again in the review phase

    friend bool operator==(const CardSchedule &, const CardSchedule &) = default;
};

// Why a card is not offered: the user set it aside, or what it was made of is no longer in the data
// (a term removed from the glossary, a highlight deleted). A gone card keeps its reviews and comes
// back with its progress if its data returns.
enum class Suspension
{
    None,
    User,
    Gone,
};
QString suspensionCode(Suspension suspension); // "", "user", "gone"
Suspension suspensionFromCode(QStringView code);

// One card. The question side is prompt and hint; everything else belongs on the answer side, the
// source paragraphs above all ("Show in paper"): context on the question side gives answers away.
struct StudyCard
{
    qint64 id = 0; // in the library; 0 before it is stored
    qint64 documentId = 0;
    StudyDeck deck = StudyDeck::Terms;
    QString
        kind; // term, measure-facts, measure-name, competition, goal, relation, cloze, table1, sentence, heading, mine
    // Stable across regeneration: what the card is made of, never a row id ("term:technology-power:en-zh").
    QString key;
    CardDirection direction = CardDirection::None;
    QString prompt; // the question
    QString hint;   // shown with the question (a row and column, the other language's paragraph); may be empty
    QString answer;
    QString english; // the bilingual pair the card is about, shown with the answer
    QString chinese;
    QString details;  // definition, a measure's facts, the other items of a list…
    QList<int> units; // the paragraphs it comes from, sorted
    QStringList tags;
    FrameworkLevel level = FrameworkLevel::None;
    QByteArray contentHash; // hex SHA-1 of everything above that a user sees

    // Stored state, filled by CardStore.
    QDateTime created;
    QDateTime updated; // when its content last changed
    Suspension suspension = Suspension::None;
    CardSchedule schedule;

    // The key without its direction: what the two directions of a pair share ("term:technology-power").
    QString pairKey() const;
    // Computes contentHash from the visible fields.
    void updateHash();
};

// What a list of cards is narrowed to; every set field narrows it.
struct CardFilter
{
    std::optional<StudyDeck> deck;
    std::optional<FrameworkLevel> level;
    QString tag;
    bool includeSuspended = false;

    bool accepts(const StudyCard &card) const;
};

// Per paper, stored in the library and adjustable in the Study panel and with `study settings`.
struct StudySettings
{
    double desiredRetention = 0.9; // FSRS schedules each card for this probability of recall
    int newPerDay = 20;            // new cards introduced per study day
    int dailyLimit = 200;          // cards answered per study day, new ones included

    static constexpr double MinRetention = 0.70;
    static constexpr double MaxRetention = 0.99;
    static constexpr int MaxPerDay = 9999;

    friend bool operator==(const StudySettings &, const StudySettings &) = default;
};

// A study day starts at 4 a.m. local time, as in Anki, so a session after midnight counts for the
// evening before. Returns the start of the study day `moment` falls in, in UTC.
QDateTime studyDayStart(const QDateTime &moment);

} // namespace duizhao
