#pragma once

#include <QByteArray>
#include <QString>

namespace duizhao {

// The one reader of the text files Duizhao imports (papers, curated framework data, annotation
// files), with the one set of messages users see: a missing file, a directory, a file too large,
// UTF-16, binary data, invalid or truncated UTF-8, an empty file, each naming the file and, where
// there is one, the line. Parsers start from the text it returns and add their own messages.
class TextFileCheck final
{
public:
    // What a file should be: named in messages ("a paper", "an annotations file"), and the most
    // bytes it may have.
    struct Kind
    {
        const char *what;
        qint64 maxSize;
    };

    // Reads the whole file, refusing missing files, directories and files larger than the kind's
    // limit (without reading them).
    static QByteArray read(const QString &path, const Kind &kind);
    // Checks bytes from read(), a resource or a buffer the way read() checks a file (size), then
    // decodes them as UTF-8 (a byte-order mark is dropped). Throws Error(Data) with the line for
    // UTF-16, binary data, invalid or truncated UTF-8, and text that is empty or only blank.
    static QString decode(const QByteArray &bytes, const QString &sourceName, const Kind &kind);
    // read() and decode() in one.
    static QString readText(const QString &path, const Kind &kind);
    // 1-based line of the byte at `offset`.
    static int lineAt(const QByteArray &bytes, qsizetype offset);
};

} // namespace duizhao
