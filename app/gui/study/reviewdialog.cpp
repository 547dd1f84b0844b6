#include "reviewdialog.h"

#include "dialogs.h"
#include "error.h"
#include "languagemanager.h"
#include "reviewsession.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>

#include <cmath>

namespace duizhao::gui {

namespace {

QLabel *textLabel(const char *name, qreal scale = 1.0, bool bold = false)
{
    auto *label = new QLabel;
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText); // card text is data, never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

} // namespace

QString intervalText(const QDateTime &from, const QDateTime &due)
{
    const qint64 seconds = std::max<qint64>(0, from.secsTo(due));
    const double days = seconds / 86400.0;
    if (seconds < 60)
        return ReviewDialog::tr("<1 min");
    if (seconds < 3600)
        return ReviewDialog::tr("%1 min").arg(std::lround(seconds / 60.0));
    if (seconds < 86400)
        return ReviewDialog::tr("%1 h").arg(std::lround(seconds / 3600.0));
    if (days < 30)
        return ReviewDialog::tr("%1 d").arg(std::lround(days));
    if (days < 365)
        return ReviewDialog::tr("%1 mo").arg(QLocale().toString(days / 30.0, 'f', 1));
    return ReviewDialog::tr("%1 y").arg(QLocale().toString(days / 365.0, 'f', 1));
}

ReviewDialog::ReviewDialog(CardStore &store, qint64 documentId, const CardFilter &filter, QWidget *parent)
    : QDialog(parent)
    , m_session(std::make_unique<ReviewSession>(store, documentId, filter))
    , m_pages(new QStackedWidget)
    , m_counts(textLabel("reviewCounts", 0.9))
    , m_deck(textLabel("reviewDeck", 0.9))
    , m_question(textLabel("reviewQuestion", 1.5, true))
    , m_hint(textLabel("reviewHint"))
    , m_answerSide(new QWidget)
    , m_answer(textLabel("reviewAnswer", 1.5, true))
    , m_pair(textLabel("reviewPair", 1.1))
    , m_details(textLabel("reviewDetails"))
    , m_showInPaper(new QPushButton)
    , m_buttons(new QStackedWidget)
    , m_showAnswer(new QPushButton)
    , m_done(textLabel("reviewDone", 1.2))
    , m_close(new QPushButton)
{
    setObjectName(QStringLiteral("reviewDialog"));
    resize(640, 520);
    m_showInPaper->setObjectName(QStringLiteral("reviewShowInPaper"));
    m_showAnswer->setObjectName(QStringLiteral("reviewShowAnswer"));
    m_close->setObjectName(QStringLiteral("reviewClose"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_deck->setForegroundRole(QPalette::PlaceholderText);
    m_deck->setAlignment(Qt::AlignRight);
    m_done->setAlignment(Qt::AlignCenter);

    // The card: the question on top, the answer side below a rule.
    auto *card = new QWidget;
    auto *cardLayout = new QVBoxLayout(card);
    auto *top = new QHBoxLayout;
    top->addWidget(m_counts, 1);
    top->addWidget(m_deck, 1);
    cardLayout->addLayout(top);
    cardLayout->addWidget(m_question);
    cardLayout->addWidget(m_hint);
    auto *answerLayout = new QVBoxLayout(m_answerSide);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    auto *rule = new QFrame;
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    answerLayout->addWidget(rule);
    answerLayout->addWidget(m_answer);
    answerLayout->addWidget(m_pair);
    answerLayout->addWidget(m_details);
    auto *paperRow = new QHBoxLayout;
    paperRow->addWidget(m_showInPaper);
    paperRow->addStretch(1);
    answerLayout->addLayout(paperRow);
    cardLayout->addWidget(m_answerSide);
    cardLayout->addStretch(1);

    // Below it: Show Answer, or the four answers.
    auto *showPage = new QWidget;
    auto *showLayout = new QHBoxLayout(showPage);
    showLayout->setContentsMargins(0, 0, 0, 0);
    showLayout->addStretch(1);
    showLayout->addWidget(m_showAnswer);
    showLayout->addStretch(1);
    m_buttons->addWidget(showPage);
    auto *ratePage = new QWidget;
    auto *rateLayout = new QHBoxLayout(ratePage);
    rateLayout->setContentsMargins(0, 0, 0, 0);
    for (Rating rating : allRatings()) {
        auto *button = new QPushButton;
        button->setObjectName(QStringLiteral("reviewRate") + ratingCode(rating));
        button->setMinimumHeight(button->sizeHint().height() * 2);
        connect(button, &QPushButton::clicked, this, [this, rating] { rate(rating); });
        rateLayout->addWidget(button);
        m_ratings.append(button);
    }
    m_buttons->addWidget(ratePage);
    cardLayout->addWidget(m_buttons);
    m_pages->addWidget(card);

    auto *donePage = new QWidget;
    auto *doneLayout = new QVBoxLayout(donePage);
    doneLayout->addStretch(1);
    doneLayout->addWidget(m_done);
    auto *closeRow = new QHBoxLayout;
    closeRow->addStretch(1);
    closeRow->addWidget(m_close);
    closeRow->addStretch(1);
    doneLayout->addLayout(closeRow);
    doneLayout->addStretch(1);
    m_pages->addWidget(donePage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    for (QPushButton *button : m_ratings + QList<QPushButton *>{m_showAnswer, m_showInPaper, m_close}) {
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::NoFocus); // the keys belong to the card, not to a button
    }
    connect(m_showAnswer, &QPushButton::clicked, this, &ReviewDialog::showAnswer);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_showInPaper, &QPushButton::clicked, this, [this] {
        const ReviewSession *s = m_session.get();
        if (s->current() && !s->current()->units.isEmpty())
            emit unitActivated(s->current()->units.front());
    });
    retranslate();
}

ReviewDialog::~ReviewDialog() = default;

void ReviewDialog::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime ReviewDialog::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void ReviewDialog::start()
{
    m_session->start(now());
    showCard();
}

void ReviewDialog::showCard()
{
    m_answerShown = false;
    const ReviewSession &s = *m_session;
    if (s.done()) {
        const QDateTime next = s.nextDue(now());
        m_done->setText(next.isValid() ? tr("No more cards due today; next due %1.")
                                             .arg(QLocale().toString(next.toLocalTime(), QLocale::ShortFormat))
                                       : tr("No more cards due today; none are waiting."));
        m_pages->setCurrentIndex(1);
        return;
    }
    const StudyCard &card = *s.current();
    m_counts->setText(
        tr("New %1 · Learning %2 · Review %3").arg(s.newCount()).arg(s.learningCount()).arg(s.reviewCount()));
    m_deck->setText(deckName(card.deck, LanguageManager::lang()));
    m_question->setText(card.prompt);
    m_hint->setText(card.hint);
    m_hint->setVisible(!card.hint.isEmpty());
    m_answer->setText(card.answer);
    QStringList pair;
    for (const QString &side : {card.english, card.chinese}) {
        if (!side.isEmpty() && side != card.answer && side != card.prompt)
            pair.append(side);
    }
    m_pair->setText(pair.join(QStringLiteral(" · ")));
    m_pair->setVisible(!pair.isEmpty());
    m_details->setText(card.details);
    m_details->setVisible(!card.details.isEmpty());
    m_showInPaper->setEnabled(!card.units.isEmpty());
    m_answerSide->setVisible(false);
    m_buttons->setCurrentIndex(0);
    m_pages->setCurrentIndex(0);
}

void ReviewDialog::showAnswer()
{
    if (m_session->done() || m_answerShown)
        return;
    m_answerShown = true;
    const QDateTime at = now();
    for (Rating rating : allRatings()) {
        const CardSchedule next = m_session->preview(rating, at);
        m_ratings[int(rating) - 1]->setText(m_ratings[int(rating) - 1]->property("name").toString() + u'\n' +
                                            intervalText(at, next.due));
    }
    m_answerSide->setVisible(true);
    m_buttons->setCurrentIndex(1);
}

void ReviewDialog::rate(Rating rating)
{
    if (!m_answerShown || m_session->done())
        return;
    try {
        m_session->answer(rating, now());
    } catch (const Error &error) {
        Dialogs::show(this, Dialogs::Kind::Error, tr("Answer Not Saved"),
                      tr("The answer could not be saved:\n%1").arg(error.text()));
        return;
    }
    showCard(); // the next card first: the panel's counts can follow
    emit answered();
}

void ReviewDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) {
        QDialog::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_answerShown)
            showAnswer();
        else if (event->key() != Qt::Key_Space)
            rate(Rating::Good);
        return;
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
    case Qt::Key_4:
        rate(Rating(event->key() - Qt::Key_0));
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}

void ReviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReviewDialog::retranslate()
{
    setWindowTitle(tr("Review"));
    m_showAnswer->setText(tr("Show Answer (Space)"));
    m_showInPaper->setText(tr("Show in Paper"));
    m_showInPaper->setToolTip(tr("Go to the paragraph this card comes from"));
    m_close->setText(tr("Close"));
    const QStringList names = {tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    for (int i = 0; i < m_ratings.size(); ++i) {
        m_ratings[i]->setProperty("name", QStringLiteral("%1 (%2)").arg(names[i]).arg(i + 1));
        m_ratings[i]->setText(m_ratings[i]->property("name").toString());
    }
    if (m_session->current() || m_pages->currentIndex() == 1) {
        const bool shown = m_answerShown;
        showCard();
        if (shown)
            showAnswer();
    }
}

} // namespace duizhao::gui
