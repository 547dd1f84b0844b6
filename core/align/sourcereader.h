#pragma once

#include "align/sourcedocument.h"
#include "import/paperreader.h"

#include <QByteArray>
#include <QString>

namespace duizhao {

// Reads one side of a translation — the English or the Chinese — from a plain text file, a saved
// web page or a PDF, told apart by their content, not by the file name. Refuses, with
// Error(Error::Kind::Data) naming the file and the line or page, what it cannot read: empty,
// binary or badly encoded files, pages without article text, PDFs without a text layer, encrypted,
// damaged or too long, files too large, and a file in the other language than the side it was
// given for.
class SourceReader final
{
public:
    // The same limit as for a paper: a 100 MB file is not a translation either.
    static constexpr qint64 MaxFileSize = PaperReader::MaxFileSize;
    static constexpr int MaxPdfPages = 500;

    static SourceDocument read(const QString &path, Lang expected);
    // The same from bytes already in memory; fileName is used in messages and to name the result.
    static SourceDocument readBytes(const QByteArray &bytes, const QString &fileName, Lang expected);

    // "pdf", "html" or "text", from the first bytes.
    static QString detectFormat(const QByteArray &bytes);
};

} // namespace duizhao
