#pragma once

#include "study/quizbuilder.h"

namespace duizhao {

struct QuizMiss
{
    QuizQuestion question; // its units are the paragraphs to read again
    QString given;         // the choice picked or the text typed
};

struct QuizResult
{
    int asked = 0;
    int correct = 0;
    QList<QuizMiss> misses; // in the order they were asked
};

// One run through a list of questions: answer each in turn, then read the result. Knows nothing of
// the library: a quiz never changes a card's schedule.
class QuizSession final
{
public:
    explicit QuizSession(QList<QuizQuestion> questions);

    int size() const { return int(m_questions.size()); }
    int position() const { return m_position; }
    bool finished() const { return m_position >= size(); }
    const QuizQuestion &current() const;

    // Answers the current question and moves on; returns whether the answer was right. An index out
    // of range or an empty text counts as wrong.
    bool answerChoice(int index);
    bool answerText(const QString &text);

    QuizResult result() const { return m_result; }

private:
    bool record(bool right, const QString &given);

    QList<QuizQuestion> m_questions;
    int m_position = 0;
    QuizResult m_result;
};

} // namespace duizhao
