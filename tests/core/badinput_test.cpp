// Bad input: each gets a clear message naming the file (and the line where there is one), and
// leaves the library exactly as it was.

#include "annotations/annotationjson.h"
#include "annotations/annotationstore.h"
#include "error.h"
#include "export/xfdf.h"
#include "framework/frameworkdatareader.h"
#include "import/paperreader.h"
#include "library/library.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>

using namespace duizhao;
using namespace duizhao::test;

namespace {

struct BadInput
{
    const char *name;
    QByteArray bytes;
    const char16_t *expected; // part of the message
    int line;                 // 0: no line applies
};

QByteArray englishOnly()
{
    // The bundled paper with every Chinese block removed.
    QList<QByteArray> kept;
    for (const QByteArray &line : bundledSource().split('\n')) {
        const QString text = QString::fromUtf8(line);
        int han = 0;
        for (QChar ch : text)
            han += (ch.unicode() >= 0x4E00 && ch.unicode() <= 0x9FFF) ? 1 : 0;
        if (text.isEmpty() || han * 3 < text.size() || text.contains(u"https://"))
            kept.append(line);
    }
    return kept.join('\n');
}

QList<BadInput> badInputs()
{
    const QByteArray paper = bundledSource();
    QByteArray invalid = paper;
    // An invalid byte at the start of line 8 ("一、 引言").
    const qsizetype line8 = paper.indexOf("\xE4\xB8\x80\xE3\x80\x81");
    invalid.insert(line8, "\xFF");
    QByteArray cutInCharacter = paper.left(line8 + 1);                              // the first byte of 一
    QByteArray cutAtLine = paper.left(paper.indexOf("(i) Competition over Power")); // last block: line 20

    return {
        {"empty.txt", QByteArray(), u"the file is empty", 1},
        {"blank.txt", QByteArray("\n \n\t\n\xC2\xA0\n"), u"the file is empty", 1},
        {"binary.png", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), u"binary data", 2},
        {"invalid-utf8.txt", invalid, u"invalid UTF-8 (byte 0xff", 8},
        {"truncated-character.txt", cutInCharacter, u"ends in the middle of a character", 8},
        {"truncated-line.txt", cutAtLine, u"does not end with its citation line", 20},
        {"english-only.txt", englishOnly(), u"no Chinese paragraphs", 4},
        {"utf16.txt", QByteArray("\xFF\xFEU\0.\0S\0.\0", 10), u"UTF-16", 1},
        // Not a paper at all: that is what the message says first, not that the citation line is missing.
        {"title-only.txt", QByteArray("Just a title\n"), u"not a bilingual paper: no Chinese text in its one paragraph",
         1},
        {"hello.txt", QByteArray("hello"), u"not a bilingual paper: no Chinese text", 1},
        {"english-notes.txt", QByteArray("\nShopping\n\nmilk, eggs\n\nbread\n"),
         u"not a bilingual paper: no Chinese text in any of its 3 paragraphs", 2},
        {"one-pair.txt", QByteArray("Hello\n\n\xE4\xBD\xA0\xE5\xA5\xBD\n"),
         u"not a bilingual paper: only two paragraphs", 1},
    };
}

} // namespace

TEST_CASE("bad input gives a clear message with the file and the line", "[badinput]")
{
    QTemporaryDir dir;
    for (const BadInput &bad : badInputs()) {
        const QString path = dir.filePath(QString::fromLatin1(bad.name));
        writeFile(path, bad.bytes);
        INFO(bad.name);
        try {
            PaperReader::readFile(path);
            FAIL("no error for " << bad.name);
        } catch (const Error &error) {
            CHECK(error.kind() == Error::Kind::Data);
            CHECK(error.file() == path);
            CHECK(error.line() == bad.line);
            CHECK(error.message().contains(QStringView(bad.expected)));
            CHECK(error.text().startsWith(path + u':' + QString::number(bad.line) + u':'));
        }
    }
}

TEST_CASE("a file that is not a paper says so first, and what a paper file looks like", "[badinput]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hello.txt"));
    writeFile(path, QByteArray("hello\n"));
    try {
        PaperReader::readFile(path);
        FAIL("\"hello\" was read as a paper");
    } catch (const Error &error) {
        const QString message = error.message();
        INFO(message.toStdString());
        CHECK(message.startsWith(u"not a bilingual paper"));
        // Not the misleading guess that a paper was cut short.
        CHECK_FALSE(message.contains(u"truncated"));
        // One line on the format: English paragraphs each followed by the Chinese, the citation line.
        CHECK(message.contains(u"each English paragraph followed by its Chinese translation"));
        CHECK(message.contains(u"citation line"));
        CHECK_FALSE(message.contains(u'\n'));
    }
}

TEST_CASE("a file of 100 MB is refused without being read", "[badinput]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(100LL * 1024 * 1024)); // sparse: costs no disk
    file.close();
    try {
        PaperReader::readFile(path);
        FAIL("no error");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Data);
        CHECK(error.file() == path);
        CHECK(error.message().contains(u"100.0 MB"));
    }
}

TEST_CASE("a directory and a missing file are refused", "[badinput]")
{
    QTemporaryDir dir;
    try {
        PaperReader::readFile(dir.path());
        FAIL("no error");
    } catch (const Error &error) {
        CHECK(error.file() == dir.path());
        CHECK(error.message().contains(u"directory"));
    }
    try {
        PaperReader::readFile(dir.filePath(QStringLiteral("missing.txt")));
        FAIL("no error");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Io);
        CHECK(error.message().contains(u"no such file"));
    }
}

TEST_CASE("a failed import leaves the library exactly as it was", "[badinput][library]")
{
    QTemporaryDir dir;
    const QString libraryPath = dir.filePath(QStringLiteral("library.duizhao"));
    {
        Library library(libraryPath);
        library.addPaper(PaperReader::readFile(fixture(QStringLiteral("papers/no-summary.txt"))));
    }
    const QByteArray before = libraryFingerprint(libraryPath);
    for (const BadInput &bad : badInputs()) {
        const QString path = dir.filePath(QString::fromLatin1(bad.name));
        writeFile(path, bad.bytes);
        Library library(libraryPath);
        CHECK_THROWS_AS(library.addPaper(PaperReader::readFile(path)), Error);
    }
    CHECK(libraryFingerprint(libraryPath) == before);
}

TEST_CASE("every kind of text file is refused with the same message for the same bad bytes", "[badinput]")
{
    // One reader of text files: a paper, a framework data file, an annotations file and an XFDF
    // file with the same broken bytes get the same words and the same line, naming their kind.
    const QString data = sourceDir() + QStringLiteral("/resources/framework/technology-power/");
    const FrameworkDataReader::Source framework{data + QStringLiteral("framework.json"),
                                                readFile(data + QStringLiteral("framework.json"))};
    const FrameworkDataReader::Source glossary{data + QStringLiteral("glossary.json"),
                                               readFile(data + QStringLiteral("glossary.json"))};
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("texts.duizhao")));
    AnnotationStore store(library);
    struct Reader
    {
        const char *kind;
        std::function<void(const QByteArray &, const QString &)> read;
    };
    const QList<Reader> readers = {
        {"a paper", [](const QByteArray &b, const QString &name) { PaperReader::parseBytes(b, name); }},
        {"a framework data file",
         [&](const QByteArray &b, const QString &name) {
             FrameworkDataReader::parse(framework, {name, b}, glossary);
         }},
        {"an annotations file",
         [&](const QByteArray &b, const QString &name) { AnnotationJson::importBytes(store, b, name); }},
        {"an XFDF file", [&](const QByteArray &b, const QString &name) { Xfdf::importBytes(store, b, name); }},
    };
    struct Bad
    {
        const char *name;
        QByteArray bytes;
        const char16_t *message; // "%1": the kind of file
        int line;
    };
    const QList<Bad> bads = {
        {"empty", QByteArray(), u"the file is empty", 1},
        {"blank", QByteArray("\xEF\xBB\xBF \n\t\r\n\xC2\xA0\n"), u"the file is empty", 1},
        {"UTF-16", QByteArray("\xFF\xFE{\0}\0", 6), u"the file is UTF-16 text; save it as UTF-8 and import it again",
         1},
        {"binary", QByteArray("{\n  \"a\": 1,\n\x01\x02", 14), u"binary data (byte 0x01 at column 1); %1 is UTF-8 text",
         3},
        {"invalid", QByteArray("{\n\n  \"\xE5\xB0\x8F\xC0\" }\n"),
         u"invalid UTF-8 (byte 0xc0 at column 5); save the file as UTF-8", 3},
        {"truncated", QByteArray("{\n  \"\xE5\xB0"), u"the file ends in the middle of a character; it may be truncated",
         2},
    };
    for (const Reader &reader : readers) {
        for (const Bad &bad : bads) {
            INFO(reader.kind << ": " << bad.name);
            const QString name = dir.filePath(QString::fromLatin1(bad.name));
            try {
                reader.read(bad.bytes, name);
                FAIL("no error");
            } catch (const Error &error) {
                CHECK(error.kind() == Error::Kind::Data);
                CHECK(error.file() == name);
                CHECK(error.line() == bad.line);
                const QString expected = QString::fromUtf16(bad.message);
                CHECK(error.message() ==
                      (expected.contains(u"%1") ? expected.arg(QString::fromLatin1(reader.kind)) : expected));
            }
        }
    }
}
