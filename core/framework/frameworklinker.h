#pragma once

#include "framework/frameworkdata.h"

#include <QHash>

namespace duizhao {

// Curated data tied to one paper's units.
struct LinkedFramework
{
    FrameworkData data;                    // spans, mentions and occurrences filled in
    QHash<int, FrameworkLevel> unitLevels; // every unit of the paper
    QStringList warnings;                  // names or terms that match no unit, one per line
};

// Ties curated data to a paper: resolves every anchor to the one unit it quotes (an anchor that
// matches no unit or several is an error naming it), finds every measure's and term's mentions in
// both languages, and derives each unit's framework level.
class FrameworkLinker final
{
public:
    static LinkedFramework link(FrameworkData data, const Paper &paper);

    // The mentions of one measure in a paper's units: its names, aliases and acronym, each in its
    // own language (the acronym in both).
    static QList<UnitSpan> findMentions(const Measure &measure, const QList<Unit> &units);

    // Each unit's level. A unit takes the level of the framework nodes anchored in it when they
    // agree (and None when they disagree, as in the introduction, which states all three powers).
    // A heading takes the one level its section's units agree on; a unit with no anchor of its own
    // takes the level of the nearest heading above it that has one.
    static QHash<int, FrameworkLevel> unitLevels(const Paper &paper, const QList<FrameworkNode> &nodes);
};

} // namespace duizhao
