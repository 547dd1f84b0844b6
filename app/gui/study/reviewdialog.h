#pragma once

#include "study/studycard.h"

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace duizhao {
class CardStore;
}

namespace duizhao::gui {

class ReviewSession;

// The review page: a card's question, Show Answer (Space), then Again / Hard / Good / Easy (keys 1–4)
// on buttons that show the interval each answer gives; "Show in paper" on the answer side. Each
// answer is written at once; the next card shows in the same frame. Ends on "No more cards due
// today".
class ReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    ReviewDialog(CardStore &store, qint64 documentId, const CardFilter &filter, QWidget *parent = nullptr);
    ~ReviewDialog() override;

    // Tests set the time reviews are made at (default: now).
    void setClock(Clock clock);
    void start();

    ReviewSession *session() const { return m_session.get(); }
    bool answerShown() const { return m_answerShown; }
    void showAnswer();
    void rate(Rating rating);

signals:
    void unitActivated(int unitSeq);
    void answered(); // a review was written: the Study panel's counts changed

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showCard();
    void retranslate();
    QDateTime now() const;

    std::unique_ptr<ReviewSession> m_session;
    Clock m_clock;
    bool m_answerShown = false;
    QStackedWidget *m_pages;
    QLabel *m_counts;
    QLabel *m_deck;
    QLabel *m_question;
    QLabel *m_hint;
    QWidget *m_answerSide;
    QLabel *m_answer;
    QLabel *m_pair;
    QLabel *m_details;
    QPushButton *m_showInPaper;
    QStackedWidget *m_buttons;
    QPushButton *m_showAnswer;
    QList<QPushButton *> m_ratings; // Again, Hard, Good, Easy
    QLabel *m_done;
    QPushButton *m_close;
};

// "1 min", "10 min", "3 d", "2 mo": how long until `due`, as the rating buttons show it.
QString intervalText(const QDateTime &from, const QDateTime &due);

} // namespace duizhao::gui
