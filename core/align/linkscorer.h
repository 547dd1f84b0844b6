#pragma once

#include "align/alignment.h"
#include "align/alignmentfeatures.h"

namespace duizhao {

// The cost of one candidate link, in nats (a negative log-probability, up to a constant): how
// unlikely it is that a translator turned these English paragraphs into these Chinese ones.
// Made of a prior for the link's shape, a Gale–Church length term under the document's own
// ratio of Chinese characters to English letters, the numbering and heading shape of both sides,
// and the tokens they share (or fail to share).
class LinkScorer final
{
public:
    struct LengthModel
    {
        double ratio = 0.27;  // Chinese characters per English letter or digit
        double spread = 0.15; // relative standard deviation of that ratio between paired paragraphs
        double noise = 4.0;   // variance per English letter, Gale and Church's s²: short texts vary more
    };

    LinkScorer(const AlignmentFeatures &features, LengthModel model);

    // enCount and zhCount are 0, 1 or 2, not both 0, not both 2.
    double cost(int enFirst, int enCount, int zhFirst, int zhCount) const;
    // The parts of the same cost, for people: each signal's weight is minus its share of the cost.
    QList<AlignmentSignal> explain(int enFirst, int enCount, int zhFirst, int zhCount) const;

    const LengthModel &model() const { return m_model; }
    // The English letters a Chinese text of `han` Han characters and `letters` Latin ones
    // stands for under the model.
    double expectedLetters(int han, int letters) const { return han / m_model.ratio + letters; }

private:
    double evaluate(int enFirst, int enCount, int zhFirst, int zhCount, QList<AlignmentSignal> *explanation) const;

    const AlignmentFeatures &m_features;
    LengthModel m_model;
};

} // namespace duizhao
