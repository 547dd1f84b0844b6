#include "quizdialog.h"

#include <QBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>

namespace duizhao::gui {

namespace {

constexpr int UnitRole = Qt::UserRole + 1;

QLabel *plainLabel(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText); // questions are data, never markup
    label->setWordWrap(true);
    return label;
}

} // namespace

QuizDialog::QuizDialog(QList<QuizQuestion> questions, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(questions))
    , m_pages(new QStackedWidget)
    , m_progress(plainLabel("quizProgress"))
    , m_prompt(plainLabel("quizPrompt"))
    , m_choices(new QWidget)
    , m_choicesLayout(new QVBoxLayout(m_choices))
    , m_typed(new QWidget)
    , m_field(new QLineEdit)
    , m_check(new QPushButton)
    , m_feedback(plainLabel("quizFeedback"))
    , m_next(new QPushButton)
    , m_score(plainLabel("quizScore"))
    , m_misses(new QTreeWidget)
    , m_close(new QPushButton)
{
    setObjectName(QStringLiteral("quizDialog"));
    resize(640, 480);
    m_field->setObjectName(QStringLiteral("quizField"));
    m_check->setObjectName(QStringLiteral("quizCheck"));
    m_next->setObjectName(QStringLiteral("quizNext"));
    m_misses->setObjectName(QStringLiteral("quizMisses"));
    m_close->setObjectName(QStringLiteral("quizClose"));
    QFont big = m_prompt->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_prompt->setFont(big);
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    m_choicesLayout->setContentsMargins(0, 0, 0, 0);

    auto *question = new QWidget;
    auto *questionLayout = new QVBoxLayout(question);
    questionLayout->addWidget(m_progress);
    questionLayout->addWidget(m_prompt);
    questionLayout->addWidget(m_choices);
    auto *typedLayout = new QHBoxLayout(m_typed);
    typedLayout->setContentsMargins(0, 0, 0, 0);
    typedLayout->addWidget(m_field, 1);
    typedLayout->addWidget(m_check);
    questionLayout->addWidget(m_typed);
    questionLayout->addWidget(m_feedback);
    auto *nextRow = new QHBoxLayout;
    nextRow->addStretch(1);
    nextRow->addWidget(m_next);
    questionLayout->addLayout(nextRow);
    questionLayout->addStretch(1);
    m_pages->addWidget(question);

    auto *result = new QWidget;
    auto *resultLayout = new QVBoxLayout(result);
    QFont scoreFont = m_score->font();
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 1.3);
    scoreFont.setBold(true);
    m_score->setFont(scoreFont);
    resultLayout->addWidget(m_score);
    m_misses->setColumnCount(4);
    m_misses->setRootIsDecorated(false);
    m_misses->setWordWrap(true);
    m_misses->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_misses->header()->setStretchLastSection(false);
    m_misses->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_misses->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    resultLayout->addWidget(m_misses, 1);
    auto *closeRow = new QHBoxLayout;
    closeRow->addStretch(1);
    closeRow->addWidget(m_close);
    resultLayout->addLayout(closeRow);
    m_pages->addWidget(result);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    for (QPushButton *button : {m_check, m_next, m_close})
        button->setAutoDefault(false);
    connect(m_check, &QPushButton::clicked, this, [this] { answerText(m_field->text()); });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_waitingForNext)
            next();
        else
            answerText(m_field->text());
    });
    connect(m_next, &QPushButton::clicked, this, &QuizDialog::next);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    // A miss leads to its paragraph.
    connect(m_misses, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const int unit = item->data(0, UnitRole).toInt();
        if (unit > 0)
            emit unitActivated(unit);
    });
    retranslate();
    showQuestion();
}

bool QuizDialog::showsResult() const
{
    return m_pages->currentIndex() == 1;
}

void QuizDialog::showQuestion()
{
    m_waitingForNext = false;
    if (m_session.finished()) {
        showResult();
        return;
    }
    const QuizQuestion &q = m_session.current();
    m_progress->setText(tr("Question %1 of %2").arg(m_session.position() + 1).arg(m_session.size()));
    m_prompt->setText(q.prompt);
    while (QLayoutItem *item = m_choicesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const bool choice = q.kind == QuizKind::Choice;
    m_choices->setVisible(choice);
    m_typed->setVisible(!choice);
    if (choice) {
        for (int i = 0; i < q.choices.size(); ++i) {
            // The number keys pick a choice, as 1-4 rate a card.
            auto *button = new QPushButton(
                QStringLiteral("&%1  %2").arg(i + 1).arg(QString(q.choices[i]).replace(u'&', QStringLiteral("&&"))));
            button->setObjectName(QStringLiteral("quizChoice%1").arg(i));
            button->setAutoDefault(false);
            button->setStyleSheet(QStringLiteral("text-align: left; padding: 6px;"));
            connect(button, &QPushButton::clicked, this, [this, i] { answerChoice(i); });
            m_choicesLayout->addWidget(button);
        }
    } else {
        m_field->clear();
        m_field->setEnabled(true);
        m_check->setEnabled(true);
        m_field->setFocus();
    }
    m_feedback->clear();
    m_feedback->hide();
    m_next->hide();
}

void QuizDialog::answerChoice(int index)
{
    if (m_waitingForNext || m_session.finished() || m_session.current().kind != QuizKind::Choice)
        return;
    const QuizQuestion question = m_session.current();
    const bool right = m_session.answerChoice(index);
    for (int i = 0; i < m_choicesLayout->count(); ++i) {
        QWidget *button = m_choicesLayout->itemAt(i)->widget();
        button->setEnabled(false);
        if (i == question.correct)
            button->setStyleSheet(button->styleSheet() + QStringLiteral("font-weight: bold;"));
    }
    answered(right, question);
}

void QuizDialog::answerText(const QString &text)
{
    if (m_waitingForNext || m_session.finished() || m_session.current().kind != QuizKind::Typed)
        return;
    const QuizQuestion question = m_session.current();
    const bool right = m_session.answerText(text);
    m_field->setEnabled(false);
    m_check->setEnabled(false);
    answered(right, question);
}

void QuizDialog::answered(bool right, const QuizQuestion &question)
{
    m_waitingForNext = true;
    m_feedback->setText(right ? tr("Right.") : tr("Not quite: the answer is %1.").arg(question.answer));
    m_feedback->show();
    m_next->setText(m_session.finished() ? tr("See Result") : tr("Next Question"));
    m_next->show();
    m_next->setFocus();
}

void QuizDialog::next()
{
    if (m_waitingForNext)
        showQuestion();
}

void QuizDialog::showResult()
{
    const QuizResult result = m_session.result();
    m_score->setText(
        result.misses.isEmpty()
            ? tr("%1 of %2 right: no misses.").arg(result.correct).arg(result.asked)
            : tr("%1 of %2 right. Read again where the misses come from:").arg(result.correct).arg(result.asked));
    m_misses->clear();
    for (const QuizMiss &miss : result.misses) {
        auto *item = new QTreeWidgetItem(m_misses);
        item->setText(0, miss.question.prompt);
        item->setToolTip(0, miss.question.prompt); // elided in the column
        item->setText(1, miss.given);
        item->setText(2, miss.question.answer);
        if (!miss.question.units.isEmpty()) {
            item->setText(3, tr("¶ %1").arg(miss.question.units.front()));
            item->setData(0, UnitRole, miss.question.units.front());
            item->setToolTip(3, tr("Show this paragraph in the paper"));
            item->setForeground(3, palette().link());
        }
    }
    m_misses->setVisible(!result.misses.isEmpty());
    m_pages->setCurrentIndex(1);
}

void QuizDialog::keyPressEvent(QKeyEvent *event)
{
    // 1-9 pick a choice, as 1-4 answer a card; Enter goes on after an answer. A typed answer's
    // field takes its own keys first.
    const int key = event->key();
    if (!(event->modifiers() & ~Qt::KeypadModifier)) {
        if (key >= Qt::Key_1 && key <= Qt::Key_9 && !m_waitingForNext && !m_session.finished() &&
            m_session.current().kind == QuizKind::Choice) {
            answerChoice(key - Qt::Key_1);
            return;
        }
        if ((key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) && m_waitingForNext) {
            next();
            return;
        }
    }
    QDialog::keyPressEvent(event);
}

void QuizDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void QuizDialog::retranslate()
{
    setWindowTitle(tr("Quiz"));
    m_field->setPlaceholderText(tr("Type your answer"));
    m_check->setText(tr("Check"));
    m_close->setText(tr("Close"));
    m_misses->setHeaderLabels({tr("Question"), tr("Your answer"), tr("Answer"), tr("Paragraph")});
    if (showsResult())
        showResult();
}

} // namespace duizhao::gui
