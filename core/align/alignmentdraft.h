#pragma once

#include "align/alignment.h"
#include "align/sourcedocument.h"
#include "model/paper.h"

// An alignment that is not in the library yet, or not in it any more: what the alignment review
// edits before anything is written. Made by importing a translation and its original (documentId
// 0) or by reading back a paper the library holds (Tools → Edit Alignment…, documentId set).
namespace duizhao {

struct AlignmentDraft
{
    SourceDocument en;
    SourceDocument zh;
    Alignment alignment;   // every paragraph of en and zh in exactly one link, in order
    PaperMeta meta;        // what the files (or the stored paper) say; the user may complete it
    qint64 documentId = 0; // 0: a new paper; otherwise the library paper this re-aligns
};

} // namespace duizhao
