#pragma once

#include <Qt>

namespace duizhao {

// Roles the framework models share, so a view or a delegate reads a level or a unit list the same
// way from every one of them.
namespace FrameworkRole {
enum : int
{
    Id = Qt::UserRole + 1, // qint64: the row's id in the library (measures, terms)
    Key,                   // QString: the data key ("chips-and-science-act")
    Level,                 // int: a FrameworkLevel
    LevelColor,            // QColor: levelColor(Level)
    Units,                 // QList<int>: the units the row links to, sorted
    Spans,                 // QList<UnitSpan>: the mentions or occurrences themselves
    Year,                  // int: 0 when undated
    Kind,                  // QString: the kind code ("law", "initiative")
    Category,              // QString
    Actor,                 // QString, in the model's language
    SearchText,            // QString: every name, alias and note in both languages, for filtering
    SortKey,               // QVariant: what a column sorts by when its text would sort wrongly
    TextEn,                // QString: the cell in English, whatever the model's language
    TextZh,                // QString: the cell in Chinese
    Summary,               // QString: a node's summary or a term's definition, in the model's language
};
} // namespace FrameworkRole

} // namespace duizhao
