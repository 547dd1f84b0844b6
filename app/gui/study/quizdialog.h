#pragma once

#include "study/quizsession.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QVBoxLayout;

namespace duizhao::gui {

// A quiz of N questions: multiple choice (distractors from QuizBuilder) or a typed term (checked by
// AnswerMatcher), each answer told right or wrong at once, then a result page that lists the misses,
// each leading to its paragraph. Kept apart from scheduling: nothing is written.
class QuizDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit QuizDialog(QList<QuizQuestion> questions, QWidget *parent = nullptr);

    const QuizSession &session() const { return m_session; }
    // What the buttons and the field do, for tests and keys.
    void answerChoice(int index);
    void answerText(const QString &text);
    void next(); // after an answer: the next question, or the result
    bool showsResult() const;
    QTreeWidget *misses() const { return m_misses; }

signals:
    void unitActivated(int unitSeq);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showQuestion();
    void answered(bool right, const QuizQuestion &question);
    void showResult();
    void retranslate();

    QuizSession m_session;
    bool m_waitingForNext = false;
    QStackedWidget *m_pages;
    QLabel *m_progress;
    QLabel *m_prompt;
    QWidget *m_choices;
    QVBoxLayout *m_choicesLayout;
    QWidget *m_typed;
    QLineEdit *m_field;
    QPushButton *m_check;
    QLabel *m_feedback;
    QPushButton *m_next;
    QLabel *m_score;
    QTreeWidget *m_misses;
    QPushButton *m_close;
};

} // namespace duizhao::gui
