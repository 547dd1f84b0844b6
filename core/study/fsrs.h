#pragma once

#include "study/studycard.h"

#include <array>

namespace duizhao {

// The FSRS-6 memory model, written from the published formulas: how stability and difficulty change
// with each answer, how recall decays, and the interval that meets a desired retention. Pure
// arithmetic; Scheduler adds phases, learning steps and due times.
//
// Where the reference implementations differ — a Hard answer on the same day — this follows fsrs-rs,
// the implementation Anki schedules with: a same-day Hard, like Good and Easy, never lowers stability
// (py-fsrs and ts-fsrs let it fall). Hard is a successful recall; losing stability for it would
// punish a pass, and the schedules stay the ones Anki computes for the same history.
class Fsrs final
{
public:
    using Parameters = std::array<double, 21>;

    // FSRS-6's published default parameters w0…w20.
    static const Parameters &defaultParameters();

    static constexpr double MinStability = 0.001;
    static constexpr double MaxStability = 36500;

    explicit Fsrs(const Parameters &w = defaultParameters());

    const Parameters &parameters() const { return m_w; }

    // The first answer: S0 = w[G-1], D0 clamped to 1…10.
    MemoryState initial(Rating rating) const;
    // The memory after an answer `elapsedDays` whole days after the last one; 0 is a same-day review,
    // which uses the short-term stability formula.
    MemoryState next(const MemoryState &memory, int elapsedDays, Rating rating) const;

    // Probability of recall after `elapsedDays`: (1 + factor·t/S)^(-w20), 0.9 at t = S.
    double retrievability(double elapsedDays, double stability) const;
    // Days until recall falls to `desiredRetention` (not rounded).
    double interval(double stability, double desiredRetention) const;

    // The formula pieces, public so the reference implementations' vectors can test each one.
    double initialDifficulty(Rating rating) const; // unclamped: mean reversion aims at D0(Easy) as is
    double nextDifficulty(double difficulty, Rating rating) const;
    double recallStability(double difficulty, double stability, double retrievability, Rating rating) const;
    double forgetStability(double difficulty, double stability, double retrievability) const;
    double shortTermStability(double stability, Rating rating) const;

private:
    double decay() const { return -m_w[20]; }
    double factor() const;

    Parameters m_w;
};

} // namespace duizhao
