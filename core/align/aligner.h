#pragma once

#include "align/alignment.h"
#include "align/sourcedocument.h"

namespace duizhao {

// Pairs a translation's paragraphs with its original's, in order: 1–1, 2–1, 1–2, 1–0 and 0–1
// links, found by a dynamic programme over both paragraph sequences (see LinkScorer for what a
// link costs). The programme runs in a band around a line through anchors — paragraphs that
// share a token no other paragraph has, such as "Article 12" / "第十二条" or a year named once —
// so its time grows with the number of paragraphs times the band's width, not with their
// square; the band widens by itself where the best path runs along its edge. The ratio of
// Chinese characters to English letters is estimated from the two documents: from their totals
// first, then from the 1–1 links the first pass is sure of.
//
// Every link's confidence is its posterior probability over all alignments in the band
// (forward–backward), so a link that several alignments would make differently is unsure.
class Aligner final
{
public:
    // Aligns everything. Throws Error(Cancelled) when options.progress returns false.
    static Alignment align(const QList<SourceParagraph> &en, const QList<SourceParagraph> &zh,
                           const AlignOptions &options = {});

    // Keeps the pinned links as they are (any shape, in order, not overlapping) and aligns only
    // the paragraphs between them: the review's "pin a link and re-align the rest". Throws
    // Error(Usage) when the pins are out of order, overlap or name paragraphs that do not exist.
    static Alignment align(const QList<SourceParagraph> &en, const QList<SourceParagraph> &zh,
                           const AlignOptions &options, const QList<AlignmentLink> &pins);

    // The notes Alignment::notes holds, made again after links were edited by hand.
    static QList<AlignmentNote> notesFor(const QList<AlignmentLink> &links, const QList<SourceParagraph> &en,
                                         const QList<SourceParagraph> &zh);
};

} // namespace duizhao
