#pragma once

#include <Qt>

namespace duizhao {

// Item data roles shared by the core models, so views and tests ask every model the same way.
enum ModelRole
{
    UnitSeqRole = Qt::UserRole + 1, // int: the aligned unit an item points to
    LangRole,                       // QString "en" / "zh" / "" (both)
    TextStartRole,                  // int: UTF-16 start within the unit's text
    TextLengthRole,                 // int
    NodeKindRole,                   // QString: "part", "section", … (structure tree)
    FrameworkLevelRole,             // QString: "power", "order", "values", "dilemmas", "countermeasures" or ""
    DocumentIdRole,                 // qint64
    WorkRole,                       // int: index of a cited work
    MarkedTextRole,                 // QString: the text with hits marked «like this»
    SortRole,                       // a value to sort by
    CitationRole,                   // int: index of a citation occurrence
};

} // namespace duizhao
