#pragma once

#include "model/paper.h"
#include "text/textfilecheck.h"

namespace duizhao {

// Reads a paper from a file or from bytes, refusing what is not a UTF-8 bilingual paper with a
// message naming the file and the line: empty files, directories, binary data, UTF-16, invalid or
// truncated UTF-8, files too large to be a paper.
class PaperReader final
{
public:
    // Ten times the largest paper we know of; a 100 MB file is not a paper.
    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;
    static constexpr TextFileCheck::Kind FileKind{"a paper", MaxFileSize};

    static Paper readFile(const QString &path);
    static Paper parseBytes(const QByteArray &bytes, const QString &sourceName);
};

} // namespace duizhao
