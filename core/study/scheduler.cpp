#include "scheduler.h"

#include "error.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace duizhao {

namespace {

constexpr qint64 SecondsPerDay = 86400;

// Anki's fuzz: ±15% of the part of an interval between 2.5 and 7 days, ±10% between 7 and 20, ±5% beyond.
std::pair<int, int> fuzzRange(int days, int maximum)
{
    struct Range
    {
        double start, end, factor;
    };
    constexpr Range ranges[] = {{2.5, 7.0, 0.15}, {7.0, 20.0, 0.1}, {20.0, 1e9, 0.05}};
    double delta = 1.0;
    for (const Range &r : ranges)
        delta += r.factor * std::max(std::min(double(days), r.end) - r.start, 0.0);
    int low = int(std::lround(days - delta));
    int high = int(std::lround(days + delta));
    low = std::max(2, low);
    high = std::min(high, maximum);
    low = std::min(low, high);
    return {low, high};
}

} // namespace

Scheduler::Scheduler(const SchedulerOptions &options, const Fsrs &fsrs)
    : m_options(options)
    , m_fsrs(fsrs)
{}

int Scheduler::elapsedDays(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    return int(std::max<qint64>(from.secsTo(to), 0) / SecondsPerDay);
}

double Scheduler::retrievability(const CardSchedule &schedule, const QDateTime &at) const
{
    if (!schedule.memory || !schedule.lastReview.isValid())
        return 0;
    return m_fsrs.retrievability(elapsedDays(schedule.lastReview, at), schedule.memory->stability);
}

int Scheduler::intervalDays(double stability, quint64 fuzzSeed) const
{
    const double exact = m_fsrs.interval(stability, m_options.desiredRetention);
    const int days = std::clamp(int(std::lround(exact)), 1, m_options.maximumInterval);
    if (!m_options.fuzz || days < 3)
        return days;
    const auto [low, high] = fuzzRange(days, m_options.maximumInterval);
    QRandomGenerator random(quint32(fuzzSeed ^ (fuzzSeed >> 32)));
    return std::min(int(std::floor(random.generateDouble() * (high - low + 1) + low)), high);
}

qint64 Scheduler::stepSeconds(const QList<int> &steps, CardSchedule &next, Rating rating, double stability,
                              quint64 fuzzSeed) const
{
    auto graduate = [&] {
        next.phase = CardPhase::Review;
        next.step = 0;
        return intervalDays(stability, fuzzSeed) * SecondsPerDay;
    };
    // A step past the end (the steps were shortened since) graduates on any pass.
    if (steps.isEmpty() || (next.step >= steps.size() && rating != Rating::Again))
        return graduate();
    switch (rating) {
    case Rating::Again:
        next.step = 0;
        return steps[0];
    case Rating::Hard:
        // Stays on its step; on the first, halfway to the second (or 1.5 times the only one).
        if (next.step == 0)
            return steps.size() == 1 ? qint64(std::lround(steps[0] * 1.5)) : (steps[0] + steps[1]) / 2;
        return steps[next.step];
    case Rating::Good:
        if (next.step + 1 >= steps.size())
            return graduate();
        ++next.step;
        return steps[next.step];
    case Rating::Easy:
        break;
    }
    return graduate();
}

CardSchedule Scheduler::review(const CardSchedule &schedule, Rating rating, const QDateTime &at, quint64 fuzzSeed) const
{
    const QDateTime now = at.toUTC();
    if (schedule.lastReview.isValid() && now < schedule.lastReview) {
        throw Error(Error::Kind::Usage, QStringLiteral("the review time %1 is before the card's last review (%2)")
                                            .arg(now.toString(Qt::ISODate), schedule.lastReview.toString(Qt::ISODate)));
    }
    CardSchedule next = schedule;
    next.memory = schedule.memory ? m_fsrs.next(*schedule.memory, elapsedDays(schedule.lastReview, now), rating)
                                  : m_fsrs.initial(rating);
    const double stability = next.memory->stability;

    qint64 seconds = 0;
    switch (schedule.phase) {
    case CardPhase::New:
        next.phase = CardPhase::Learning;
        next.step = 0;
        seconds = stepSeconds(m_options.learningSteps, next, rating, stability, fuzzSeed);
        break;
    case CardPhase::Learning:
        seconds = stepSeconds(m_options.learningSteps, next, rating, stability, fuzzSeed);
        break;
    case CardPhase::Relearning:
        seconds = stepSeconds(m_options.relearningSteps, next, rating, stability, fuzzSeed);
        break;
    case CardPhase::Review:
        if (rating == Rating::Again) {
            ++next.lapses;
            if (!m_options.relearningSteps.isEmpty()) {
                next.phase = CardPhase::Relearning;
                next.step = 0;
                seconds = m_options.relearningSteps[0];
                break;
            }
        }
        seconds = intervalDays(stability, fuzzSeed) * SecondsPerDay;
        break;
    }
    ++next.reps;
    next.lastReview = now;
    next.due = now.addSecs(seconds);
    return next;
}

} // namespace duizhao
