#pragma once

#include "model/paper.h"

#include <QColor>
#include <QString>

#include <optional>

namespace duizhao {

// Where a unit, a framework node or a measure stands in the paper's framework: the three levels of
// U.S. competition (power, order, values), the U.S. dilemmas and China's countermeasures. The
// order is the paper's order and the order of every list and legend.
enum class FrameworkLevel
{
    None,
    Power,
    Order,
    Values,
    Dilemmas,
    Countermeasures,
};

// The five levels that have a colour, in the paper's order (None is left out).
QList<FrameworkLevel> frameworkLevels();

QString levelCode(FrameworkLevel level); // "power", …, "none": the code in data files and the library
std::optional<FrameworkLevel> levelFromCode(QStringView code);
QString levelName(FrameworkLevel level, Lang lang); // "Power" / "实力竞争"

// One colour per level, defined here and nowhere else, so the structure tree, the tables, the map
// and the timeline agree. Mid-tone colours that keep a contrast of at least 3:1 (what WCAG asks of
// graphical marks) against both a white and a near-black background. None is a neutral grey.
QColor levelColor(FrameworkLevel level);

} // namespace duizhao
