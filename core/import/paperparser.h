#pragma once

#include "model/paper.h"

namespace duizhao {

// Turns the text of a bilingual paper into aligned units, a heading tree, citations, footnote
// markers and alignment notes. The format: a title, blank lines, an optional English summary,
// then English and Chinese blocks in turn, separated by blank lines, ending with a citation line;
// or the same with a header instead of title and citation line (AlignedText).
// Nothing here knows the bundled paper: no counts, titles or offsets.
class PaperParser final
{
public:
    // text is decoded (no BOM). Throws Error(Data, …, sourceName, line) when the text is not a
    // bilingual paper at all; smaller disagreements become alignment notes instead.
    // A file whose first line is "#duizhao: 1" is read as AlignedText (what `align` writes).
    static Paper parse(QStringView text, const QString &sourceName);

private:
    // What every paper gets once its units are paired: tree, citations, footnotes, notes, hash.
    static Paper finish(Paper paper, QList<AlignmentNote> notes, QStringView text);
};

} // namespace duizhao
