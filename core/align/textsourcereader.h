#pragma once

#include "align/sourcedocument.h"

#include <QList>
#include <QString>

namespace duizhao {

// Paragraphs of a plain text: one per line or per block of lines between blank lines, or, for
// text hard-wrapped the way a PDF text dump or a fixed-width editor leaves it, lines joined back
// into paragraphs. Which of the two a file is, and how wide its lines are, is read from the file's
// own line lengths. Page numbers, running heads and form feeds are dropped.
class TextSourceReader final
{
public:
    // `text` is decoded already; its lines are numbered from 1 in the result.
    static QList<SourceParagraph> paragraphs(const QString &text, Lang lang);
};

} // namespace duizhao
