#pragma once

#include "model/paper.h"

namespace duizhao {

// Places where the two languages of a paper disagree in ways a reader should know about,
// found by looking at the paper as a whole. They are reported, never repaired:
//  - "truncated": a heading shorter than its parallel siblings ("…主要特" beside "…主要特征");
//  - "gap": English with a hole where a name was lost ("based on the ."), with the Chinese
//    name that probably belongs there.
// Numbering mismatches and unpaired blocks are found by the parser while it pairs blocks.
QList<AlignmentNote> findTruncatedHeadings(const Paper &paper);
QList<AlignmentNote> findTextGaps(const Paper &paper);

} // namespace duizhao
