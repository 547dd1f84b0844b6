#pragma once

#include "align/alignment.h"
#include "align/sourcedocument.h"
#include "model/paper.h"

namespace duizhao {

// An alignment of two documents as Duizhao's paper: written out as AlignedText (what
// `duizhao-cli align` prints, to check or edit in a text editor and import with `import FILE`),
// and as the Paper `import --en --zh` stores, which is defined as reading that text back, so
// both ways give the same units and notes.
class AlignedPaper final
{
public:
    // What the two files say about the paper, nothing invented: the English side's title, date
    // (its year), publisher and URL, the Chinese side's title and date (the original's); authors
    // paired by position when both sides list the same number. Empty where neither says.
    static PaperMeta metaOf(const SourceDocument &en, const SourceDocument &zh);

    // Throws Error(Usage) when the links do not take every paragraph of both documents once, in
    // order (an alignment of other documents).
    static QString text(const Alignment &alignment, const SourceDocument &en, const SourceDocument &zh,
                        const PaperMeta &meta);

    static Paper paper(const Alignment &alignment, const SourceDocument &en, const SourceDocument &zh,
                       const PaperMeta &meta, const QString &sourceName);
};

} // namespace duizhao
