#include "fsrs.h"

#include <algorithm>
#include <cmath>

namespace duizhao {

namespace {

double clampStability(double s)
{
    return std::clamp(s, Fsrs::MinStability, Fsrs::MaxStability);
}

double clampDifficulty(double d)
{
    return std::clamp(d, 1.0, 10.0);
}

} // namespace

const Fsrs::Parameters &Fsrs::defaultParameters()
{
    static const Parameters w = {0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
                                 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    return w;
}

Fsrs::Fsrs(const Parameters &w)
    : m_w(w)
{}

double Fsrs::factor() const
{
    // Chosen so that R(S, S) = 0.9 whatever the decay.
    return std::pow(0.9, 1.0 / decay()) - 1.0;
}

MemoryState Fsrs::initial(Rating rating) const
{
    return {clampStability(m_w[int(rating) - 1]), clampDifficulty(initialDifficulty(rating))};
}

MemoryState Fsrs::next(const MemoryState &memory, int elapsedDays, Rating rating) const
{
    double stability = 0;
    if (elapsedDays <= 0) {
        stability = shortTermStability(memory.stability, rating);
    } else {
        const double r = retrievability(elapsedDays, memory.stability);
        stability = rating == Rating::Again ? forgetStability(memory.difficulty, memory.stability, r)
                                            : recallStability(memory.difficulty, memory.stability, r, rating);
    }
    return {clampStability(stability), nextDifficulty(memory.difficulty, rating)};
}

double Fsrs::retrievability(double elapsedDays, double stability) const
{
    return std::pow(1.0 + factor() * std::max(elapsedDays, 0.0) / std::max(stability, MinStability), decay());
}

double Fsrs::interval(double stability, double desiredRetention) const
{
    return std::max(stability, MinStability) / factor() * (std::pow(desiredRetention, 1.0 / decay()) - 1.0);
}

double Fsrs::initialDifficulty(Rating rating) const
{
    return m_w[4] - std::exp(m_w[5] * (int(rating) - 1)) + 1.0;
}

double Fsrs::nextDifficulty(double difficulty, Rating rating) const
{
    // Linear damping: the closer to 10, the smaller the step up; then mean reversion towards D0(Easy).
    const double delta = -m_w[6] * (int(rating) - 3);
    const double damped = difficulty + delta * (10.0 - difficulty) / 9.0;
    return clampDifficulty(m_w[7] * initialDifficulty(Rating::Easy) + (1.0 - m_w[7]) * damped);
}

double Fsrs::recallStability(double difficulty, double stability, double retrievability, Rating rating) const
{
    const double hardPenalty = rating == Rating::Hard ? m_w[15] : 1.0;
    const double easyBonus = rating == Rating::Easy ? m_w[16] : 1.0;
    return stability * (1.0 + std::exp(m_w[8]) * (11.0 - difficulty) * std::pow(stability, -m_w[9]) *
                                  (std::exp((1.0 - retrievability) * m_w[10]) - 1.0) * hardPenalty * easyBonus);
}

double Fsrs::forgetStability(double difficulty, double stability, double retrievability) const
{
    const double longTerm = m_w[11] * std::pow(difficulty, -m_w[12]) * (std::pow(stability + 1.0, m_w[13]) - 1.0) *
                            std::exp((1.0 - retrievability) * m_w[14]);
    // FSRS-6: a lapse never leaves the card more stable than a same-day Again would.
    const double shortTerm = stability / std::exp(m_w[17] * m_w[18]);
    return std::min(longTerm, shortTerm);
}

double Fsrs::shortTermStability(double stability, Rating rating) const
{
    double increase = std::exp(m_w[17] * (int(rating) - 3 + m_w[18])) * std::pow(stability, -m_w[19]);
    // The fsrs-rs variant (see the class comment): every pass keeps at least the stability it had.
    if (rating != Rating::Again)
        increase = std::max(increase, 1.0);
    return stability * increase;
}

} // namespace duizhao
