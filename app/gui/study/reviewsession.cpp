#include "reviewsession.h"

#include <algorithm>

namespace duizhao::gui {

namespace {

bool inSteps(const CardSchedule &schedule)
{
    return schedule.phase == CardPhase::Learning || schedule.phase == CardPhase::Relearning;
}

} // namespace

ReviewSession::ReviewSession(CardStore &store, qint64 documentId, const CardFilter &filter)
    : m_store(store)
    , m_documentId(documentId)
    , m_filter(filter)
    , m_scheduler(store.scheduler(documentId))
{}

void ReviewSession::start(const QDateTime &now)
{
    m_scheduler = m_store.scheduler(m_documentId);
    m_dayEnd = studyDayStart(now).addDays(1);
    m_learning.clear();
    m_queue.clear();
    m_answered = 0;
    for (StudyCard &card : m_store.queue(m_documentId, now, m_filter).cards) {
        if (inSteps(card.schedule))
            m_learning.append(std::move(card));
        else
            m_queue.append(std::move(card));
    }
    advance(now);
}

void ReviewSession::addLearning(StudyCard card)
{
    const auto at =
        std::upper_bound(m_learning.begin(), m_learning.end(), card,
                         [](const StudyCard &a, const StudyCard &b) { return a.schedule.due < b.schedule.due; });
    m_learning.insert(at, std::move(card));
}

void ReviewSession::advance(const QDateTime &now)
{
    m_current.reset();
    m_currentLearning = false;
    auto take = [this](QList<StudyCard> &from, bool learning) {
        const qint64 id = from.front().id;
        from.removeFirst();
        m_current = m_store.card(id); // the one card's text: a single row
        m_currentLearning = learning;
    };
    while (!m_current) {
        if (!m_learning.isEmpty() && m_learning.front().schedule.due <= now)
            take(m_learning, true);
        else if (!m_queue.isEmpty())
            take(m_queue, false);
        else if (!m_learning.isEmpty() && m_learning.front().schedule.due <= now.addSecs(LearnAheadSeconds))
            take(m_learning, true);
        else
            return;
        // A card suspended or removed since the queue was read is passed over.
        if (m_current && m_current->suspension != Suspension::None)
            m_current.reset();
    }
}

CardSchedule ReviewSession::preview(Rating rating, const QDateTime &at) const
{
    if (!m_current)
        return {};
    const StudyCard &card = *m_current;
    QDateTime when = at.toUTC();
    if (card.schedule.lastReview.isValid() && when < card.schedule.lastReview)
        when = card.schedule.lastReview;
    return m_scheduler.review(card.schedule, rating, when, CardStore::fuzzSeed(card.id, card.schedule.reps));
}

ReviewRecord ReviewSession::answer(Rating rating, const QDateTime &at)
{
    Q_ASSERT(m_current);
    const ReviewRecord record = m_store.review(m_current->id, rating, at);
    ++m_answered;
    StudyCard answered = std::move(*m_current);
    answered.schedule = record.after;
    if (inSteps(record.after) && record.after.due < m_dayEnd)
        addLearning(std::move(answered));
    advance(record.at);
    return record;
}

int ReviewSession::countCurrent(bool learning, CardPhase phase) const
{
    if (!m_current)
        return 0;
    if (learning)
        return m_currentLearning ? 1 : 0;
    return !m_currentLearning && m_current->schedule.phase == phase ? 1 : 0;
}

int ReviewSession::newCount() const
{
    const auto fresh = std::count_if(m_queue.cbegin(), m_queue.cend(),
                                     [](const StudyCard &c) { return c.schedule.phase == CardPhase::New; });
    return int(fresh) + countCurrent(false, CardPhase::New);
}

int ReviewSession::learningCount() const
{
    return int(m_learning.size()) + countCurrent(true, CardPhase::Learning);
}

int ReviewSession::reviewCount() const
{
    const auto due = std::count_if(m_queue.cbegin(), m_queue.cend(),
                                   [](const StudyCard &c) { return c.schedule.phase != CardPhase::New; });
    return int(due) + countCurrent(false, CardPhase::Review);
}

QDateTime ReviewSession::nextDue(const QDateTime &now) const
{
    if (!m_learning.isEmpty())
        return m_learning.front().schedule.due;
    QDateTime next;
    bool fresh = false;
    for (const StudyCard &card : m_store.schedules(m_documentId, m_filter)) {
        if (card.schedule.phase == CardPhase::New) {
            fresh = true;
            continue;
        }
        if (card.schedule.due > now && (!next.isValid() || card.schedule.due < next))
            next = card.schedule.due;
    }
    // New cards wait for the next study day's allowance.
    if (fresh && (!next.isValid() || next > m_dayEnd))
        next = m_dayEnd;
    return next;
}

} // namespace duizhao::gui
