#include "sourcereader.h"

#include "align/htmlsourcereader.h"
#include "align/pdfsourcereader.h"
#include "align/textsourcereader.h"
#include "error.h"
#include "text/script.h"
#include "text/textfilecheck.h"

#include <QFileInfo>

namespace duizhao {

namespace {

const QString What = QStringLiteral("a translation or an original");
constexpr TextFileCheck::Kind FileKind{"a translation or an original", SourceReader::MaxFileSize};

// Refuses a file whose script is the other side's: mostly Han given as the English side, or
// mostly Latin given as the Chinese one.
void checkLanguage(const SourceDocument &document)
{
    script::ScriptCounts counts;
    for (const SourceParagraph &paragraph : document.paragraphs) {
        const script::ScriptCounts c = script::countScripts(paragraph.text);
        counts.han += c.han;
        counts.latin += c.latin;
    }
    if (counts.han == 0 && counts.latin == 0) {
        throw Error(Error::Kind::Data,
                    QStringLiteral("the file has no words in either language, only numbers and signs"),
                    document.fileName);
    }
    // One Han character stands for about a word, three or more Latin letters: the same weighing
    // as script::isMostlyChinese.
    const bool chinese = counts.han * 3 >= counts.latin;
    if (document.lang == Lang::En && chinese) {
        throw Error(Error::Kind::Data,
                    QStringLiteral("the file is mostly Chinese (%1 Han characters, %2 Latin letters) but was given "
                                   "as the English side; swap the two files (--en and --zh)")
                        .arg(counts.han)
                        .arg(counts.latin),
                    document.fileName);
    }
    if (document.lang == Lang::Zh && !chinese) {
        throw Error(Error::Kind::Data,
                    QStringLiteral("the file is mostly in Latin letters (%1, and %2 Han characters) but was given as "
                                   "the Chinese side; swap the two files (--en and --zh)")
                        .arg(counts.latin)
                        .arg(counts.han),
                    document.fileName);
    }
}

void checkSize(qint64 size, const QString &fileName)
{
    if (size > SourceReader::MaxFileSize) {
        throw Error(Error::Kind::Data,
                    QStringLiteral("the file is %1 MB; %2 can be at most %3 MB")
                        .arg(QString::number(double(size) / (1024.0 * 1024.0), 'f', 1), What)
                        .arg(SourceReader::MaxFileSize / (1024 * 1024)),
                    fileName);
    }
}

SourceDocument readText(const QByteArray &bytes, const QString &fileName, Lang lang)
{
    if (fileName.endsWith(u".pdf", Qt::CaseInsensitive)) {
        // Named a PDF, but without the header every PDF starts with: a damaged download is more
        // likely than text with the wrong name, and "binary data" would not say why.
        for (const char c : bytes.left(64)) {
            if (static_cast<unsigned char>(c) < 0x09)
                throw Error(Error::Kind::Data, QStringLiteral("the file is not a PDF: it does not start with %PDF-"),
                            fileName);
        }
    }
    const QString text = TextFileCheck::decode(bytes, fileName, FileKind);
    if (script::trimmed(text).isEmpty())
        throw Error(Error::Kind::Data, QStringLiteral("the file is empty"), fileName, 1);
    SourceDocument document;
    document.fileName = fileName;
    document.lang = lang;
    document.format = QStringLiteral("text");
    document.paragraphs = TextSourceReader::paragraphs(text, lang);
    if (document.paragraphs.isEmpty()) {
        throw Error(Error::Kind::Data, QStringLiteral("the file has no text besides page numbers and running heads"),
                    fileName);
    }
    return document;
}

} // namespace

QString SourceReader::detectFormat(const QByteArray &bytes)
{
    // The PDF standard lets the header come anywhere in the first kilobyte.
    if (bytes.left(1024).contains("%PDF-"))
        return QStringLiteral("pdf");
    QByteArray head = bytes.left(2048);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    head = head.trimmed().toLower();
    if (!head.startsWith('<'))
        return QStringLiteral("text");
    for (const char *mark :
         {"<!doctype html", "<html", "<head", "<body", "<p", "<meta", "<title", "<div", "<article"}) {
        if (head.contains(mark))
            return QStringLiteral("html");
    }
    return QStringLiteral("text");
}

SourceDocument SourceReader::read(const QString &path, Lang expected)
{
    // Before reading: a file of a gigabyte is refused without being read.
    const QFileInfo info(path);
    if (info.isFile())
        checkSize(info.size(), path);
    return readBytes(TextFileCheck::read(path, FileKind), path, expected);
}

SourceDocument SourceReader::readBytes(const QByteArray &bytes, const QString &fileName, Lang expected)
{
    checkSize(bytes.size(), fileName);
    const QString format = detectFormat(bytes);
    SourceDocument document;
    if (format == u"pdf")
        document = PdfSourceReader::read(bytes, fileName, expected, MaxPdfPages);
    else if (format == u"html")
        document = HtmlSourceReader::read(bytes, fileName, expected);
    else
        document = readText(bytes, fileName, expected);
    checkLanguage(document);
    return document;
}

} // namespace duizhao
