#include "studydock.h"

#include "dialogs.h"
#include "error.h"
#include "languagemanager.h"
#include "library/library.h"
#include "masterychart.h"
#include "study/cardstore.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>

#include <cmath>

namespace duizhao::gui {

namespace {

constexpr int UnitRole = Qt::UserRole + 1;

QLabel *valueLabel(const char *name)
{
    auto *label = new QLabel(QStringLiteral("–"));
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    label->setFont(font);
    return label;
}

QLabel *heading()
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

StudyDock::StudyDock(QWidget *parent)
    : LazyDock(parent)
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("studyDock"));
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &StudyDock::refresh);
    retranslate();
}

void StudyDock::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime StudyDock::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void StudyDock::buildContent()
{
    emit contentNeeded();
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    m_review = new QPushButton;
    m_review->setObjectName(QStringLiteral("studyReviewButton"));
    m_quiz = new QPushButton;
    m_quiz->setObjectName(QStringLiteral("studyQuizButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_review, 2);
    buttons->addWidget(m_quiz, 1);
    layout->addLayout(buttons);

    // The counts: a number over its name.
    auto *counts = new QGridLayout;
    m_due = valueLabel("studyDueCount");
    m_new = valueLabel("studyNewCount");
    m_learning = valueLabel("studyLearningCount");
    m_young = valueLabel("studyYoungCount");
    m_mature = valueLabel("studyMatureCount");
    m_today = valueLabel("studyAnsweredToday");
    const QList<std::pair<QLabel *, const char *>> cells = {
        {m_due, QT_TR_NOOP("due today")}, {m_new, QT_TR_NOOP("new")},       {m_learning, QT_TR_NOOP("learning")},
        {m_young, QT_TR_NOOP("young")},   {m_mature, QT_TR_NOOP("mature")}, {m_today, QT_TR_NOOP("answered today")},
    };
    for (int i = 0; i < cells.size(); ++i) {
        auto *caption = new QLabel;
        caption->setProperty("source", QByteArray(cells[i].second));
        caption->setForegroundRole(QPalette::PlaceholderText);
        m_captions.append(caption);
        counts->addWidget(cells[i].first, (i / 3) * 2, i % 3, Qt::AlignHCenter);
        counts->addWidget(caption, (i / 3) * 2 + 1, i % 3, Qt::AlignHCenter);
    }
    layout->addLayout(counts);

    m_retention = new QLabel;
    m_retention->setObjectName(QStringLiteral("studyRetention"));
    m_retention->setTextFormat(Qt::PlainText);
    m_retention->setWordWrap(true);
    layout->addWidget(m_retention);

    auto addHeading = [&](const char *source) {
        QLabel *label = heading();
        label->setProperty("source", QByteArray(source));
        m_captions.append(label);
        layout->addWidget(label);
    };
    addHeading(QT_TR_NOOP("Mastery by framework level"));
    m_chart = new MasteryChart;
    layout->addWidget(m_chart);

    addHeading(QT_TR_NOOP("Weak spots"));
    m_weakSpots = new QTreeWidget;
    m_weakSpots->setObjectName(QStringLiteral("studyWeakSpots"));
    m_weakSpots->setColumnCount(3);
    m_weakSpots->setRootIsDecorated(false);
    m_weakSpots->header()->setStretchLastSection(false);
    m_weakSpots->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_weakSpots->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_weakSpots->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_weakSpots->setMinimumHeight(m_weakSpots->fontMetrics().height() * 7);
    layout->addWidget(m_weakSpots);

    addHeading(QT_TR_NOOP("Study only"));
    auto *filters = new QFormLayout;
    m_deck = new QComboBox;
    m_deck->setObjectName(QStringLiteral("studyDeckFilter"));
    m_level = new QComboBox;
    m_level->setObjectName(QStringLiteral("studyLevelFilter"));
    m_tag = new QComboBox;
    m_tag->setObjectName(QStringLiteral("studyTagFilter"));
    for (QComboBox *box : {m_deck, m_level, m_tag}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
        auto *caption = new QLabel;
        caption->setProperty("source", QByteArray(box == m_deck    ? QT_TR_NOOP("Deck:")
                                                  : box == m_level ? QT_TR_NOOP("Level:")
                                                                   : QT_TR_NOOP("Tag:")));
        m_captions.append(caption);
        filters->addRow(caption, box);
    }
    layout->addLayout(filters);

    addHeading(QT_TR_NOOP("Limits"));
    auto *limits = new QFormLayout;
    m_newPerDay = new QSpinBox;
    m_newPerDay->setObjectName(QStringLiteral("studyNewPerDay"));
    m_dailyLimit = new QSpinBox;
    m_dailyLimit->setObjectName(QStringLiteral("studyDailyLimit"));
    for (QSpinBox *box : {m_newPerDay, m_dailyLimit}) {
        box->setRange(0, StudySettings::MaxPerDay);
        box->setKeyboardTracking(false); // saved once the number is typed, not per digit
    }
    m_desiredRetention = new QDoubleSpinBox;
    m_desiredRetention->setObjectName(QStringLiteral("studyDesiredRetention"));
    m_desiredRetention->setRange(StudySettings::MinRetention, StudySettings::MaxRetention);
    m_desiredRetention->setSingleStep(0.01);
    m_desiredRetention->setDecimals(2);
    m_desiredRetention->setKeyboardTracking(false);
    m_quizSize = new QSpinBox;
    m_quizSize->setObjectName(QStringLiteral("studyQuizSize"));
    m_quizSize->setRange(1, 100);
    m_quizSize->setValue(10);
    const QList<std::pair<QWidget *, const char *>> rows = {
        {m_newPerDay, QT_TR_NOOP("New cards per day:")},
        {m_dailyLimit, QT_TR_NOOP("Answers per day at most:")},
        {m_desiredRetention, QT_TR_NOOP("Desired retention:")},
        {m_quizSize, QT_TR_NOOP("Quiz questions:")},
    };
    for (const auto &[widget, source] : rows) {
        auto *caption = new QLabel;
        caption->setProperty("source", QByteArray(source));
        m_captions.append(caption);
        limits->addRow(caption, widget);
    }
    layout->addLayout(limits);
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    setWidget(scroll);

    connect(m_review, &QPushButton::clicked, this, &StudyDock::reviewRequested);
    connect(m_quiz, &QPushButton::clicked, this, &StudyDock::quizRequested);
    connect(m_weakSpots, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const int unit = item->data(0, UnitRole).toInt();
        if (unit > 0)
            emit unitActivated(unit);
    });
    for (QComboBox *box : {m_deck, m_level, m_tag}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                updateReviewButton();
        });
    }
    for (QSpinBox *box : {m_newPerDay, m_dailyLimit})
        connect(box, &QSpinBox::valueChanged, this, &StudyDock::saveSettings);
    connect(m_desiredRetention, &QDoubleSpinBox::valueChanged, this, &StudyDock::saveSettings);

    retranslate();
    loadTags();
    fillFilters();
    refresh();
}

void StudyDock::setStore(CardStore *store, qint64 documentId)
{
    m_store = store;
    m_documentId = store ? documentId : 0;
    m_progress = StudyProgress();
    if (!hasContent())
        return; // read when the panel is first shown
    loadTags();
    fillFilters();
    refresh();
}

void StudyDock::loadTags()
{
    m_tags.clear();
    if (!m_store)
        return;
    QSet<QString> tags;
    try {
        for (const StudyCard &card : m_store->schedules(m_documentId))
            tags.unite(QSet<QString>(card.tags.cbegin(), card.tags.cend()));
    } catch (const Error &) {
        return; // refresh() says what could not be read
    }
    m_tags = QStringList(tags.cbegin(), tags.cend());
    m_tags.sort();
}

void StudyDock::refreshSoon()
{
    if (hasContent())
        m_refreshTimer->start();
}

void StudyDock::refresh()
{
    m_refreshTimer->stop();
    m_progress = StudyProgress();
    m_dueWithFilter = 0;
    if (!hasContent())
        return;
    if (m_store) {
        try {
            const QDateTime at = now();
            m_progress = StudyStatistics::compute(*m_store, m_documentId, at);
            m_dueWithFilter = int(m_store->queue(m_documentId, at, filter()).cards.size());
        } catch (const Error &error) {
            m_retention->setText(tr("The study progress could not be read: %1").arg(error.text()));
            return;
        }
    }
    fillProgress();
}

CardFilter StudyDock::filter() const
{
    CardFilter f;
    if (!m_deck)
        return f;
    if (m_deck->currentIndex() > 0)
        f.deck = deckFromCode(m_deck->currentData().toString());
    if (m_level->currentIndex() > 0)
        f.level = levelFromCode(m_level->currentData().toString());
    if (m_tag->currentIndex() > 0)
        f.tag = m_tag->currentData().toString();
    return f;
}

int StudyDock::quizSize() const
{
    return m_quizSize ? m_quizSize->value() : 10;
}

void StudyDock::fillFilters()
{
    if (!m_deck)
        return;
    m_filling = true;
    const QString deck = m_deck->currentData().toString();
    const QString level = m_level->currentData().toString();
    const QString tag = m_tag->currentData().toString();
    const Lang lang = LanguageManager::lang();
    m_deck->clear();
    m_deck->addItem(tr("All decks"));
    for (StudyDeck d : allDecks())
        m_deck->addItem(deckName(d, lang), deckCode(d));
    m_level->clear();
    m_level->addItem(tr("All levels"));
    for (FrameworkLevel l : frameworkLevels() + QList<FrameworkLevel>{FrameworkLevel::None})
        m_level->addItem(MasteryChart::levelLabel(l), levelCode(l));
    m_tag->clear();
    m_tag->addItem(tr("All tags"));
    for (const QString &t : m_tags)
        m_tag->addItem(t, t);
    for (const auto &[box, value] : {std::pair{m_deck, deck}, std::pair{m_level, level}, std::pair{m_tag, tag}})
        box->setCurrentIndex(std::max(0, box->findData(value)));
    m_filling = false;
}

void StudyDock::fillProgress()
{
    const StudyProgress &p = m_progress;
    const bool open = m_store != nullptr;
    m_due->setText(open ? QString::number(p.dueToday) : QStringLiteral("–"));
    m_new->setText(open ? QString::number(p.fresh) : QStringLiteral("–"));
    m_learning->setText(open ? QString::number(p.learning) : QStringLiteral("–"));
    m_young->setText(open ? QString::number(p.young) : QStringLiteral("–"));
    m_mature->setText(open ? QString::number(p.mature) : QStringLiteral("–"));
    m_today->setText(open ? QString::number(p.reviewedToday) : QStringLiteral("–"));
    if (!open)
        m_retention->setText(tr("No paper is open."));
    else if (p.retention)
        m_retention->setText(tr("Retention over the last 30 days: %1% (answers to cards past learning: %2)")
                                 .arg(std::lround(*p.retention * 100))
                                 .arg(p.retentionAnswers));
    else
        m_retention->setText(tr("Retention over the last 30 days: no answers to cards past learning yet."));
    m_chart->setMastery(p.mastery);

    m_weakSpots->clear();
    for (const WeakSpot &w : p.weakSpots) {
        auto *item = new QTreeWidgetItem(m_weakSpots);
        item->setText(0, w.card.prompt.simplified());
        item->setToolTip(0, w.card.prompt + u'\n' + w.card.answer);
        item->setText(1, QString::number(w.failures));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (!w.card.units.isEmpty()) {
            item->setText(2, tr("¶ %1").arg(w.card.units.front()));
            item->setData(0, UnitRole, w.card.units.front());
            item->setForeground(2, palette().link());
            item->setToolTip(2, tr("Show this paragraph in the paper"));
        }
    }
    if (p.weakSpots.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_weakSpots);
        item->setText(0, tr("No card failed yet."));
        item->setFlags(Qt::NoItemFlags);
    }

    m_filling = true;
    const bool writable = open && !m_store->library().isReadOnly();
    for (QWidget *w : QList<QWidget *>{m_newPerDay, m_dailyLimit, m_desiredRetention})
        w->setEnabled(writable);
    if (open) {
        try {
            const StudySettings s = m_store->settings(m_documentId);
            m_newPerDay->setValue(s.newPerDay);
            m_dailyLimit->setValue(s.dailyLimit);
            m_desiredRetention->setValue(s.desiredRetention);
        } catch (const Error &) {
            // The counts above say what could not be read.
        }
    }
    m_filling = false;
    m_quiz->setEnabled(open);
    updateReviewButton();
}

void StudyDock::updateReviewButton()
{
    if (!m_review)
        return;
    if (m_store && !m_filling) {
        try {
            m_dueWithFilter = int(m_store->queue(m_documentId, now(), filter()).cards.size());
        } catch (const Error &) {
            m_dueWithFilter = 0;
        }
    }
    m_review->setText(tr("Review (%1)").arg(m_dueWithFilter));
    m_review->setEnabled(m_store && !m_store->library().isReadOnly());
}

void StudyDock::saveSettings()
{
    if (m_filling || !m_store)
        return;
    StudySettings s;
    s.newPerDay = m_newPerDay->value();
    s.dailyLimit = m_dailyLimit->value();
    s.desiredRetention = m_desiredRetention->value();
    try {
        m_store->setSettings(m_documentId, s);
    } catch (const Error &error) {
        Dialogs::show(this, Dialogs::Kind::Error, tr("Not Saved"),
                      tr("The study settings could not be saved:\n%1").arg(error.text()));
    }
    refresh(); // the day's allowance of new cards changed
}

void StudyDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    LazyDock::changeEvent(event);
}

void StudyDock::retranslate()
{
    setWindowTitle(tr("Study"));
    if (!m_review)
        return;
    for (QLabel *caption : std::as_const(m_captions))
        caption->setText(tr(caption->property("source").toByteArray().constData()));
    m_quiz->setText(tr("Quiz"));
    m_review->setToolTip(tr("Review the cards due today (F7)"));
    m_quiz->setToolTip(tr("A quiz of multiple-choice and typed questions; it does not change the schedule (Shift+F7)"));
    m_weakSpots->setHeaderLabels({tr("Most failed cards"), tr("Misses"), tr("Paragraph")});
    fillFilters();
    if (m_store)
        fillProgress();
}

} // namespace duizhao::gui
