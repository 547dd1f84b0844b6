// duizhao-cli import --en FILE --zh FILE and align --en FILE --zh FILE (issue 12 §3, §5): a
// translation and its original in two files, aligned and stored as one paper; bad input refused
// with exit 2, the file named and the library untouched.

#include "aligncases.h"
#include "cli/clirunner.h"
#include "support/testsupport.h"

#include "library/library.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

#include <csignal>

#include <signal.h>

using namespace duizhao;
using namespace duizhao::test;

namespace {

QString alignFixture(const char *name)
{
    return fixture(QStringLiteral("align/") + QString::fromLatin1(name));
}

// A library file of its own, created (empty) by the first command that opens it.
struct EmptyLibrary
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("pair.duizhao"));

    CliRun operator()(QStringList args) const
    {
        args.prepend(path);
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    }
    int documents() const { return int(duizhao::Library(path, duizhao::Library::Access::ReadOnly).documents().size()); }
};

QStringList pair(const QString &en, const QString &zh)
{
    return {QStringLiteral("--en"), en, QStringLiteral("--zh"), zh};
}

// What a reader sees of a stored paper: each unit's number, kind and texts, and the notes.
struct Seen
{
    QList<std::tuple<int, int, QString, QString>> units;
    QList<std::tuple<int, QString, QString>> notes;
    friend bool operator==(const Seen &, const Seen &) = default;
};

Seen seen(const QString &libraryPath, qint64 id)
{
    const Paper paper = duizhao::Library(libraryPath, duizhao::Library::Access::ReadOnly).loadPaper(id);
    Seen s;
    for (const Unit &unit : paper.units)
        s.units.append({unit.seq, int(unit.kind), unit.en, unit.zh});
    for (const AlignmentNote &note : paper.notes)
        s.notes.append({note.unitSeq, note.kind, note.message});
    return s;
}

} // namespace

TEST_CASE("cli: import --en --zh aligns a saved web page and a PDF into one paper", "[cli][align]")
{
    EmptyLibrary lib;
    REQUIRE(lib({QStringLiteral("list")}).exitCode == 0);
    REQUIRE(lib.documents() == 0);
    const CliRun run = lib(QStringList{QStringLiteral("import"), QStringLiteral("--json")} +
                           pair(alignFixture("paper-en.html"), alignFixture("paper-zh.pdf")));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = run.json().object();
    const qint64 id = json[u"id"].toInteger();
    CHECK(id > 0);
    CHECK(json[u"added"].toBool());
    CHECK(lib.documents() == 1);
    const Paper paper = duizhao::Library(lib.path, duizhao::Library::Access::ReadOnly).loadPaper(id);
    CHECK(json[u"units"].toInt() == paper.units.size());
    int byKind = 0;
    const QJsonObject kinds = json[u"links"].toObject();
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        CHECK(QStringList{u"1-1"_qs, u"1-2"_qs, u"2-1"_qs, u"1-0"_qs, u"0-1"_qs}.contains(it.key()));
        byKind += it.value().toInt();
    }
    CHECK(byKind == paper.units.size());
    CHECK(kinds[u"1-1"].toInt() >= paper.units.size() - 2); // the summary has no Chinese
    CHECK(json[u"sure"].toInt() <= paper.units.size());
    CHECK(json[u"sure"].toInt() * 10 >= paper.units.size() * 8);
    // What the page's <meta> tags say, nothing more: no Chinese title there, the PDF's own.
    CHECK(paper.meta.titleEn.startsWith(u"U.S. Technology Competition with China"));
    REQUIRE(paper.meta.authors.size() == 2);
    CHECK(paper.meta.authors[0].nameEn == u"Gu Xueming");
    CHECK(paper.meta.year == 2023);
    CHECK(paper.meta.url.startsWith(u"https://interpret.csis.org/"));
    CHECK(paper.units.front().zh.contains(u"技术权力视角下"));

    // Plain text files say nothing about the paper: nothing is invented, the user's fields are kept.
    const CliRun plain = lib(QStringList{QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--year"),
                                         QStringLiteral("2023"), QStringLiteral("--authors"),
                                         QStringLiteral("Gu Xueming / 顾学明; 刘一鸣"), QStringLiteral("--title-zh"),
                                         QStringLiteral("技术权力")} +
                             pair(alignFixture("paper-en.txt"), alignFixture("paper-zh.txt")));
    INFO(plain.err.toStdString());
    REQUIRE(plain.exitCode == 0);
    const Paper fromText = duizhao::Library(lib.path, duizhao::Library::Access::ReadOnly)
                               .loadPaper(plain.json().object()[u"id"].toInteger());
    CHECK(fromText.meta.year == 2023);
    CHECK(fromText.meta.titleZh == u"技术权力");
    CHECK(fromText.meta.url.isEmpty());
    CHECK(fromText.meta.publisher.isEmpty());
    REQUIRE(fromText.meta.authors.size() == 2);
    CHECK(fromText.meta.authors[0] == Author{u"Gu Xueming"_qs, u"顾学明"_qs});
    CHECK(fromText.meta.authors[1] == Author{QString(), u"刘一鸣"_qs});
    CHECK(lib.documents() == 2);

    // The same pair again: found in the library, not stored twice.
    const CliRun again =
        lib(QStringList{QStringLiteral("import")} + pair(alignFixture("paper-en.html"), alignFixture("paper-zh.pdf")));
    CHECK(again.exitCode == 0);
    CHECK(again.text().contains(u"already in the library as document %1"_qs.arg(id)));
    CHECK(lib.documents() == 2);
}

TEST_CASE("cli: align then import gives the units and notes import --en --zh gives", "[cli][align]")
{
    EmptyLibrary direct;
    EmptyLibrary viaText;
    // A perturbed document, so that there are notes: the English PDF, the Chinese pdftotext dump.
    const QStringList files = pair(alignFixture("paper-en.pdf"), alignFixture("paper-zh.pdftotext.txt"));
    const CliRun imported = direct(QStringList{QStringLiteral("import"), QStringLiteral("--json")} + files);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    const QString aligned = viaText.dir.filePath(QStringLiteral("aligned.txt"));
    const CliRun align = runCli(QStringList{QStringLiteral("align"), QStringLiteral("-o"), aligned} + files);
    INFO(align.err.toStdString());
    REQUIRE(align.exitCode == 0);
    CHECK(align.out.isEmpty());
    CHECK(align.err.contains(aligned));
    REQUIRE(readFile(aligned).startsWith("#duizhao: 1\n"));
    // Without -o the same text goes to standard output.
    CHECK(runCli(QStringList{QStringLiteral("align")} + files).out == readFile(aligned));

    const CliRun fromText = viaText({QStringLiteral("import"), QStringLiteral("--json"), aligned});
    INFO(fromText.err.toStdString());
    REQUIRE(fromText.exitCode == 0);
    const Seen a = seen(direct.path, imported.json().object()[u"id"].toInteger());
    const Seen b = seen(viaText.path, fromText.json().array().at(0)[u"id"].toInteger());
    CHECK(a.units.size() == imported.json().object()[u"units"].toInt());
    CHECK_FALSE(a.notes.isEmpty());
    CHECK(a == b);
}

TEST_CASE("cli: align --json describes every link and what decided it", "[cli][align]")
{
    const CliRun run = runCli(QStringList{QStringLiteral("align"), QStringLiteral("--json")} +
                              pair(alignFixture("paper-en.html"), alignFixture("paper-zh.pdf")));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = run.json().object();
    const int enParagraphs = json[u"en"][u"paragraphs"].toInt();
    const int zhParagraphs = json[u"zh"][u"paragraphs"].toInt();
    CHECK(json[u"en"][u"format"].toString() == u"html");
    CHECK(json[u"zh"][u"format"].toString() == u"pdf");
    const QJsonArray links = json[u"links"].toArray();
    REQUIRE(links.size() == json[u"units"].toInt());
    int nextEn = 1;
    int nextZh = 1;
    int sure = 0;
    int unpaired = 0;
    for (qsizetype k = 0; k < links.size(); ++k) {
        const QJsonObject link = links[k].toObject();
        INFO("link " << k + 1);
        CHECK(link[u"unit"].toInt() == k + 1);
        const QJsonObject en = link[u"en"].toObject();
        const QJsonObject zh = link[u"zh"].toObject();
        CHECK(link[u"kind"].toString() == u"%1-%2"_qs.arg(en[u"count"].toInt()).arg(zh[u"count"].toInt()));
        // Paragraph ranges, 1-based, in order, none left out.
        if (en[u"count"].toInt() > 0) {
            CHECK(en[u"first"].toInt() == nextEn);
            CHECK(en[u"line"].toInt() > 0); // where the paragraph starts in the page
            nextEn = en[u"last"].toInt() + 1;
        }
        if (zh[u"count"].toInt() > 0) {
            CHECK(zh[u"first"].toInt() == nextZh);
            CHECK(zh[u"page"].toInt() > 0); // and on which page of the PDF
            nextZh = zh[u"last"].toInt() + 1;
        }
        const double confidence = link[u"confidence"].toDouble();
        CHECK(confidence >= 0);
        CHECK(confidence <= 1);
        CHECK(link[u"pinned"].toBool() == false);
        sure += link[u"sure"].toBool() ? 1 : 0;
        unpaired += en[u"count"].toInt() == 0 || zh[u"count"].toInt() == 0 ? 1 : 0;
        const QJsonArray evidence = link[u"evidence"].toArray();
        REQUIRE_FALSE(evidence.isEmpty());
        QStringList names;
        for (const QJsonValue &signal : evidence) {
            names.append(signal[u"signal"].toString());
            CHECK(signal[u"weight"].isDouble());
            CHECK(signal[u"detail"].isString());
        }
        CHECK(names.contains(u"prior"));
        if (en[u"count"].toInt() > 0 && zh[u"count"].toInt() > 0)
            CHECK(names.contains(u"length"));
    }
    CHECK(nextEn == enParagraphs + 1);
    CHECK(nextZh == zhParagraphs + 1);
    CHECK(sure == json[u"sure"].toInt());
    // A note for every unpaired or unsure link.
    CHECK(json[u"notes"].toArray().size() >= unpaired);
    CHECK(json[u"ratio"].toDouble() > 0);
}

TEST_CASE("cli: align -o into a folder that cannot be written leaves no file and fails", "[cli][align][faults]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a-file"));
    writeFile(file, "not a folder\n");
    const QStringList files = pair(alignFixture("paper-en.txt"), alignFixture("paper-zh.txt"));
    for (const QString &output :
         {dir.filePath(QStringLiteral("missing/aligned.txt")), QString(file + u"/aligned.txt")}) {
        const CliRun run = runCli(QStringList{QStringLiteral("align"), QStringLiteral("-o"), output} + files);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(output));
        CHECK(run.out.isEmpty());
    }
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) ==
          QStringList{QStringLiteral("a-file")});
    CHECK(readFile(file) == "not a folder\n");
}

TEST_CASE("cli: bad input to import --en --zh and align: exit 2, the file named, the library unchanged",
          "[cli][align][badinput]")
{
    CliLibrary lib; // with the bundled paper
    const QByteArray before = libraryFingerprint(lib.path);
    QTemporaryDir dir;
    const QString en = alignFixture("regulation-en.html");
    const QString zh = alignFixture("regulation-zh.pdf");
    const QByteArray english = readFile(alignFixture("regulation-en-wrapped.txt"));
    QByteArray invalid = english;
    invalid.insert(english.indexOf("Article 2"), "\xC3\x28");
    const int invalidLine = int(english.left(english.indexOf("Article 2")).count('\n')) + 1;
    const QByteArray chinese = readFile(alignFixture("regulation-zh-wrapped.txt"));
    const QByteArray cut = chinese.left(chinese.indexOf(QStringLiteral("第二条").toUtf8()) + 1);
    const int cutLine = int(cut.count('\n')) + 1;
    const QByteArray pdf = readFile(zh);

    struct Case
    {
        QString name;
        QByteArray bytes; // written to dir/name; empty name: the fixture `path` as it is
        Lang side;
        QString expected; // in the message, after "FILE:LINE: " when line > 0
        int line = 0;
        QString path = {};
    };
    const QList<Case> cases = {
        {u"empty.txt"_qs, {}, Lang::En, u"the file is empty"_qs, 1},
        {u"binary.bin"_qs, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), Lang::En, u"binary data"_qs, 2},
        {u"invalid.txt"_qs, invalid, Lang::En, u"invalid UTF-8"_qs, invalidLine},
        {u"truncated.txt"_qs, cut, Lang::Zh, u"ends in the middle of a character"_qs, cutLine},
        {u"navigation.html"_qs,
         "<!DOCTYPE html><html><head><title>T</title></head><body><nav><ul><li><a href=\"/\">Home</a></li></ul>"
         "</nav><footer><p>&copy; CSIS</p></footer></body></html>",
         Lang::En, u"the web page has no article text"_qs},
        {{}, {}, Lang::Zh, u"no text layer"_qs, 0, alignFixture("scan.pdf")},
        {{}, {}, Lang::Zh, u"encrypted and needs a password"_qs, 0, alignFixture("encrypted.pdf")},
        {u"cut-short.pdf"_qs, pdf.left(pdf.size() / 2), Lang::Zh, u"damaged or cut short"_qs},
        {u"huge.txt"_qs, QByteArray(17 * 1024 * 1024, 'a'), Lang::En, u"at most 16 MB"_qs},
        // A Chinese file as the English side: the message says so and suggests swapping.
        {{}, {}, Lang::En, u"swap the two files (--en and --zh)"_qs, 0, alignFixture("regulation-zh-wrapped.txt")},
        // The same file for both sides, by path and by content.
        {{}, {}, Lang::Zh, u"the same file was given as the English side"_qs, 0, en},
        {u"copy.html"_qs, readFile(en), Lang::Zh, u"the same file was given as the English side"_qs},
    };
    for (const Case &c : cases) {
        const QString path = c.name.isEmpty() ? c.path : dir.filePath(c.name);
        if (!c.name.isEmpty())
            writeFile(path, c.bytes);
        const QStringList files = c.side == Lang::En ? pair(path, zh) : pair(en, path);
        for (const QString &command : {u"import"_qs, u"align"_qs}) {
            const CliRun run = lib(QStringList{command} + files);
            INFO(command.toStdString() << " " << files.join(u' ').toStdString() << "\n" << run.err.toStdString());
            CHECK(run.exitCode == 2);
            if (c.line > 0)
                CHECK(run.err.contains(u"%1:%2: "_qs.arg(path).arg(c.line)));
            else
                CHECK(run.err.contains(path + u": "));
            CHECK(run.err.contains(c.expected));
            CHECK(run.out.isEmpty());
        }
    }
    CHECK(libraryFingerprint(lib.path) == before);
}

TEST_CASE("cli: --en without --zh, and the other way round, is a usage error", "[cli][align]")
{
    const QString en = alignFixture("paper-en.txt");
    const QString zh = alignFixture("paper-zh.txt");
    CliLibrary lib;
    const QByteArray before = libraryFingerprint(lib.path);
    const QList<QStringList> calls = {
        {u"import"_qs, u"--en"_qs, en},
        {u"import"_qs, u"--zh"_qs, zh},
        {u"align"_qs, u"--en"_qs, en},
        {u"align"_qs, u"--zh"_qs, zh},
        {u"align"_qs},
        {u"import"_qs, u"--title-en"_qs, u"A title"_qs, fixture(u"papers/chapters.txt"_qs)},
        {u"import"_qs, u"--en"_qs, en, u"--zh"_qs, zh, fixture(u"papers/chapters.txt"_qs)},
        {u"import"_qs, u"--en"_qs, en, u"--zh"_qs, zh, u"--year"_qs, u"last year"_qs},
        {u"import"_qs, u"--en"_qs, en, u"--zh"_qs, zh, u"--bundled"_qs},
    };
    for (const QStringList &args : calls) {
        const CliRun run = lib(args);
        INFO(args.join(u' ').toStdString() << "\n" << run.err.toStdString());
        // The CLI's usage errors all exit with 1 (duizhao-cli --help), bad input with 2.
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(args.contains(u"--year"_qs) ? u"--year must be a year"_qs : u"--en"_qs));
        CHECK(run.out.isEmpty());
    }
    CHECK(libraryFingerprint(lib.path) == before);
}

// Ctrl+C while a long import runs: the work stops, nothing is stored, and the shell hears 130.
TEST_CASE("cli: Ctrl+C during import --en --zh leaves the library as it was", "[cli][align][faults]")
{
    QTemporaryDir dir;
    QByteArray en;
    QByteArray zh;
    for (const GoldUnit &unit : lawUnits(7, 2000)) {
        for (const QString &p : unit.en)
            en += p.toUtf8() + "\n\n";
        for (const QString &p : unit.zh)
            zh += p.toUtf8() + "\n\n";
    }
    writeFile(dir.filePath(QStringLiteral("law-en.txt")), en);
    writeFile(dir.filePath(QStringLiteral("law-zh.txt")), zh);
    CliLibrary lib;
    const QByteArray before = libraryFingerprint(lib.path);
    // Interrupted while aligning, and while storing inside the open transaction.
    for (const QString &when : {u"aligning: "_qs, u"% stored"_qs}) {
        QProcess process;
        process.start(
            QStringLiteral(DUIZHAO_CLI),
            QStringList{QStringLiteral("--db"), lib.path, QStringLiteral("import"), QStringLiteral("--progress")} +
                pair(dir.filePath(QStringLiteral("law-en.txt")), dir.filePath(QStringLiteral("law-zh.txt"))));
        // Wake on stderr, where the progress is, not on stdout's timeout: the storing phase lasts a
        // fraction of a second.
        process.setReadChannel(QProcess::StandardError);
        REQUIRE(process.waitForStarted());
        QString err;
        while (!err.contains(when) && process.state() == QProcess::Running) {
            process.waitForReadyRead(100);
            err += QString::fromUtf8(process.readAllStandardError());
        }
        INFO(when.toStdString() << "\n" << err.toStdString());
        REQUIRE(process.state() == QProcess::Running);
        ::kill(pid_t(process.processId()), SIGINT);
        REQUIRE(process.waitForFinished(60000));
        err += QString::fromUtf8(process.readAllStandardError());
        INFO(err.toStdString());
        CHECK(process.exitStatus() == QProcess::NormalExit);
        CHECK(process.exitCode() == 130);
        CHECK(err.contains(u"Cancelled: nothing was imported."));
        CHECK(process.readAllStandardOutput().isEmpty());
        CHECK(libraryFingerprint(lib.path) == before);
    }
}
