#pragma once

#include "study/studycard.h"

#include <optional>

namespace duizhao {

struct StudySource;

enum class QuizKind
{
    Choice, // pick one of several
    Typed,  // type a short term
};

struct QuizQuestion
{
    QuizKind kind = QuizKind::Choice;
    QString category; // what it asks: term, term-typed, measure, competition
    QString key;      // what it is about: "term:technology-power", "measure:ecra", "node:…"
    QString prompt;
    QStringList choices;  // Choice: the answer among distractors of the same category, shuffled
    int correct = -1;     // Choice: index into choices
    QString answer;       // the right answer as shown after answering
    QStringList accepted; // Typed: every form that counts (the term and its aliases)
    QList<int> units;     // the paragraphs to read again after a miss
    FrameworkLevel level = FrameworkLevel::None;
};

struct QuizOptions
{
    int count = 10;
    quint64 seed = 0;              // the same seed and data give the same quiz
    std::optional<StudyDeck> deck; // terms, measures or framework questions only
    std::optional<FrameworkLevel> level;
    int choices = 4;
};

// Questions for a quiz, made from the same data as the cards but kept apart from scheduling: a quiz
// never reads or writes a card's schedule. Distractors come from the same category, so a wrong
// choice is a plausible one:
//  - a term's Chinese among the Chinese of other terms of the same framework level (then of the same
//    glossary category, then any);
//  - a measure's Chinese name among the names of other measures of the same kind (then the same level);
//  - an initiative's or feature's competition among the competitions;
// and typed answers for short terms (up to four English words or eight Chinese characters), either
// way.
class QuizBuilder final
{
public:
    static QList<QuizQuestion> build(const StudySource &source, const QuizOptions &options);
};

} // namespace duizhao
