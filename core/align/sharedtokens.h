#pragma once

#include "search/highlighter.h"

#include <QList>
#include <QString>
#include <QStringList>

// What the two sides of a link visibly have in common, for the alignment review to highlight:
// numbers (digits, full-width ones read as the same) and Latin words or acronyms that the Chinese
// text keeps ("WTO", "G20", "Huawei"). A reader sees at a glance that "2022" and "15%" are on both
// sides; the aligner's own, finer signals (Chinese numerals, article references) are in its evidence.
namespace duizhao {

struct SharedTokens
{
    QStringList tokens;  // each once, in the order the English text has them: "2022", "WTO"
    QList<TextRange> en; // every occurrence of a shared token in the English text
    QList<TextRange> zh; // and in the Chinese text
};

SharedTokens sharedTokens(const QString &en, const QString &zh);

} // namespace duizhao
