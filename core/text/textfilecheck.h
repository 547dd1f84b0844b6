#pragma once

#include <QByteArray>
#include <QString>

namespace duizhao {

// The checks every importer makes before it parses a text file, with the messages users see:
// a missing file, a directory, a file too large, UTF-16, binary data, invalid or truncated UTF-8,
// each naming the file and the line. `what` names the kind of file in messages: "a paper",
// "an annotations file".
class TextFileCheck final
{
public:
    // Reads the whole file, refusing directories and files larger than maxSize bytes.
    static QByteArray read(const QString &path, qint64 maxSize, const QString &what);
    // Decodes UTF-8 text (a byte-order mark is dropped); throws Error(Data) with the line for
    // anything else. Does not check for emptiness: what empty means is the caller's.
    static QString decode(const QByteArray &bytes, const QString &sourceName, const QString &what);
    // 1-based line of the byte at `offset`.
    static int lineAt(const QByteArray &bytes, qsizetype offset);
};

} // namespace duizhao
