#include "quizsession.h"

#include "error.h"
#include "study/answermatcher.h"

namespace duizhao {

QuizSession::QuizSession(QList<QuizQuestion> questions)
    : m_questions(std::move(questions))
{}

const QuizQuestion &QuizSession::current() const
{
    if (finished())
        throw Error(Error::Kind::Usage, QStringLiteral("the quiz is over"));
    return m_questions[m_position];
}

bool QuizSession::answerChoice(int index)
{
    const QuizQuestion &q = current();
    const bool right = q.kind == QuizKind::Choice && index == q.correct;
    return record(right, index >= 0 && index < q.choices.size() ? q.choices[index] : QString());
}

bool QuizSession::answerText(const QString &text)
{
    const QuizQuestion &q = current();
    const QStringList accepted = q.kind == QuizKind::Typed ? q.accepted : QStringList{q.answer};
    return record(AnswerMatcher::matches(text, accepted), text);
}

bool QuizSession::record(bool right, const QString &given)
{
    ++m_result.asked;
    if (right)
        ++m_result.correct;
    else
        m_result.misses.append({m_questions[m_position], given});
    ++m_position;
    return right;
}

} // namespace duizhao
