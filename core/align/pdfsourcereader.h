#pragma once

#include "align/sourcedocument.h"

#include <QByteArray>
#include <QString>

namespace duizhao {

// A PDF's text layer, read through Poppler's Qt binding: words into lines, lines into
// paragraphs by indentation, vertical gaps and where a line stops short, in reading order (column
// by column where a page has columns), without running heads, footers and page numbers. Refuses,
// with Error(Data) naming the file and the page, a PDF that is damaged or cut short, encrypted,
// longer than maxPages, or without a text layer.
class PdfSourceReader final
{
public:
    static SourceDocument read(const QByteArray &bytes, const QString &fileName, Lang lang, int maxPages);
};

} // namespace duizhao
