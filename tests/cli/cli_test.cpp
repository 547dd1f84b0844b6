// duizhao-cli end to end, as a script would use it: exit codes, JSON that parses, messages on
// stderr that name the file and the line, and a library untouched by a failed import.

#include "cli/clirunner.h"
#include "storage/backups.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>

#include <sqlite3.h>

#include <unistd.h>

using namespace duizhao::test;

namespace {

using Run = CliRun;
using Library = CliLibrary;

Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return runCli(args, env);
}

} // namespace

TEST_CASE("cli: version, help and usage errors", "[cli]")
{
    const Run version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(QString::fromUtf8(version.out).startsWith(u"duizhao-cli " DUIZHAO_TEST_VERSION));
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    // Every command is listed and every summary starts in the same column, however long the name.
    const QString helpText = QString::fromUtf8(help.out);
    const QStringList commands =
        helpText.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0).split(u'\n');
    CHECK(commands.size() == 24);
    const QRegularExpression row(QStringLiteral("^  (\\S+) +(\\S)"));
    QSet<qsizetype> columns;
    for (const QString &line : commands) {
        const QRegularExpressionMatch m = row.match(line);
        INFO(line.toStdString());
        REQUIRE(m.hasMatch());
        columns.insert(m.capturedStart(2));
    }
    CHECK(columns.size() == 1);
    CHECK(helpText.contains(u"  export-annotations  Write"));
    CHECK(cli({}).exitCode == 1);
    const Run unknown = cli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"unknown command"));
    CHECK(cli({QStringLiteral("stats"), QStringLiteral("--no-such-option")}).exitCode == 1);
    CHECK(cli({QStringLiteral("search"), QStringLiteral("--help")}).exitCode == 0);
}

TEST_CASE("cli: import, list and stats", "[cli]")
{
    Library lib;
    const QJsonArray list = lib({QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    REQUIRE(list.size() == 1);
    const QJsonObject doc = list[0].toObject();
    CHECK(doc[u"title_zh"].toString() == u"技术权力视角下美国对华技术竞争及中国应对");
    CHECK(doc[u"year"].toInt() == 2023);
    CHECK(doc[u"authors"].toArray()[0].toObject()[u"zh"].toString() == u"顾学明");

    const Run stats = lib({QStringLiteral("stats"), QStringLiteral("--json")});
    CHECK(stats.exitCode == 0);
    const QJsonObject s = stats.json().object();
    CHECK(s[u"units"].toInt() == 57);
    CHECK(s[u"headings"].toInt() == 21);
    CHECK(s[u"body"].toInt() == 36);
    CHECK(s[u"points"].toInt() == 24);
    CHECK(s[u"footnotes"].toInt() == 9);
    CHECK(s[u"citations_en"].toInt() == 23);
    CHECK(s[u"citations_zh"].toInt() == 23);
    CHECK(s[u"works"].toInt() == 20);
    CHECK(s[u"alignment_notes"].toInt() >= 3);
    CHECK(QString::fromUtf8(lib({QStringLiteral("stats")}).out).contains(u"units           57"));

    // Importing the same file again adds nothing; a second paper gets a new id.
    const Run again =
        lib({QStringLiteral("import"), QStringLiteral("--json"), sourceDir() + u"/resources/technology-power.txt"});
    CHECK(again.exitCode == 0);
    CHECK(again.json().array()[0].toObject()[u"added"].toBool() == false);
    const Run second = lib({QStringLiteral("import"), fixture(QStringLiteral("papers/chapters.txt"))});
    CHECK(second.exitCode == 0);
    CHECK(QString::fromUtf8(second.out).contains(u"imported as document 2"));
    CHECK(lib({QStringLiteral("stats"), QStringLiteral("--doc"), QStringLiteral("2"), QStringLiteral("--json")})
              .json()
              .object()[u"units"]
              .toInt() == 8);
    CHECK(lib({QStringLiteral("stats"), QStringLiteral("--doc"), QStringLiteral("9")}).exitCode == 1);
}

TEST_CASE("cli: list shows a page of the library when asked for one", "[cli][scale]")
{
    Library lib({QStringLiteral("--bundled"), fixture(QStringLiteral("papers/chapters.txt")),
                 fixture(QStringLiteral("papers/two-levels.txt"))});
    const QJsonArray all = lib({QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    REQUIRE(all.size() == 3);
    const QJsonArray first =
        lib({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--json")})
            .json()
            .array();
    REQUIRE(first.size() == 2);
    CHECK(first[0].toObject() == all[0].toObject());
    CHECK(first[1].toObject() == all[1].toObject());
    // The next page starts after the last id shown.
    const QString last = QString::number(first[1].toObject()[u"id"].toInteger());
    const QJsonArray next =
        lib({QStringLiteral("list"), QStringLiteral("--after"), last, QStringLiteral("--json")}).json().array();
    REQUIRE(next.size() == 1);
    CHECK(next[0].toObject() == all[2].toObject());
    const Run past =
        lib({QStringLiteral("list"), QStringLiteral("--after"), QString::number(all[2].toObject()[u"id"].toInteger())});
    CHECK(past.exitCode == 0);
    CHECK(past.text().contains(u"has no papers after"));
    for (const QString &bad : {u"0"_qs, u"-2"_qs, u"many"_qs}) {
        const Run refused = lib({QStringLiteral("list"), QStringLiteral("--limit"), bad});
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(u"--limit takes a positive number"));
        CHECK(refused.out.isEmpty());
    }
    CHECK(lib({QStringLiteral("list"), QStringLiteral("--after"), QStringLiteral("x")}).exitCode == 1);
}

TEST_CASE("cli: tree, show, citations, notes", "[cli]")
{
    Library lib;
    const QJsonArray tree = lib({QStringLiteral("tree"), QStringLiteral("--json")}).json().array();
    REQUIRE(tree.size() == 4);
    CHECK(tree[0].toObject()[u"label_zh"].toString() == u"引言");
    const QJsonObject part2 = tree[1].toObject();
    CHECK(part2[u"number_en"].toString() == u"II.");
    CHECK(part2[u"children"].toArray().size() == 3);
    const QJsonObject power = part2[u"children"].toArray()[0].toObject();
    CHECK(power[u"kind"].toString() == u"section");
    CHECK(power[u"children"].toArray()[1].toObject()[u"children"].toArray().size() == 3); // points (1)–(3)

    const QJsonObject show =
        lib({QStringLiteral("show"), QStringLiteral("12"), QStringLiteral("--json")}).json().object();
    CHECK(show[u"en"].toString().startsWith(u"(2) There is a shift from “full decoupling”"));
    CHECK(show[u"zh"].toString().startsWith(u"其二, 由“ 全面脱钩”"));
    const QJsonArray path = show[u"path"].toArray();
    REQUIRE(path.size() == 3);
    CHECK(path[2].toObject()[u"label_en"].toString() == u"Main Features of the Competition over Power");
    CHECK(show[u"footnotes"].toArray().size() == 2);
    const Run missing = lib({QStringLiteral("show"), QStringLiteral("999")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(u"units 1 to 57"));

    const QJsonArray works = lib({QStringLiteral("citations"), QStringLiteral("--json")}).json().array();
    REQUIRE(works.size() == 20);
    bool han = false;
    for (const QJsonValue &w : works) {
        const QJsonObject work = w.toObject();
        if (work[u"author_zh"].toString() == u"韩可卫") {
            han = true;
            CHECK(work[u"forms_en"].toArray().size() == 2); // "Han Kewei" and "Han"
            CHECK(work[u"units"].toArray().size() == 2);
        }
    }
    CHECK(han);

    const QJsonArray notes = lib({QStringLiteral("notes"), QStringLiteral("--json")}).json().array();
    QStringList kinds;
    for (const QJsonValue &n : notes)
        kinds.append(n.toObject()[u"kind"].toString());
    CHECK(kinds.contains(u"numbering"));
    CHECK(kinds.contains(u"truncated"));
    CHECK(kinds.contains(u"gap"));
}

TEST_CASE("cli: search in both languages, hostile input, options", "[cli]")
{
    Library lib;
    const Run run = lib({QStringLiteral("search"), QStringLiteral("脱钩"), QStringLiteral("--json")});
    CHECK(run.exitCode == 0);
    const QJsonArray hits = run.json().array();
    REQUIRE(hits.size() >= 5);
    for (const QJsonValue &h : hits) {
        const QJsonObject hit = h.toObject();
        CHECK(hit[u"snippet"].toString().contains(u"«"));
        CHECK(hit[u"unit"].toInt() >= 1);
        CHECK((hit[u"lang"].toString() == u"zh"));
    }
    const QJsonArray english =
        lib({QStringLiteral("search"), QStringLiteral("small"), QStringLiteral("yard"), QStringLiteral("--lang"),
             QStringLiteral("en"), QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--json")})
            .json()
            .array();
    CHECK(english.size() == 2);
    for (const QString &hostile : {u"\""_qs, u"(("_qs, u"NOT"_qs, u"*"_qs, u"'; DROP TABLE units; --"_qs}) {
        const Run h = lib({QStringLiteral("search"), hostile, QStringLiteral("--json")});
        CHECK(h.exitCode == 0);
        CHECK(h.json().isArray());
    }
    CHECK(
        lib({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--lang"), QStringLiteral("fr")}).exitCode ==
        1);
    CHECK(QString::fromUtf8(lib({QStringLiteral("search"), QStringLiteral("qwertyuiop")}).out).contains(u"No results"));
}

TEST_CASE("cli: bad input gives exit 2, the file and line on stderr, and an unchanged library", "[cli][badinput]")
{
    Library lib;
    const QByteArray before = libraryFingerprint(lib.path);
    QTemporaryDir dir;
    QByteArray invalid = bundledSource();
    invalid.insert(invalid.indexOf("\xE4\xB8\x80\xE3\x80\x81"), "\xC3\x28"); // bad continuation byte, line 8
    struct Case
    {
        QString name;
        QByteArray bytes;
        QString expected;
    };
    const QList<Case> cases = {
        {u"empty.txt"_qs, {}, u":1: the file is empty"_qs},
        {u"binary.bin"_qs, QByteArray("\0\1\2\3", 4), u":1: binary data"_qs},
        {u"invalid.txt"_qs, invalid, u":8: invalid UTF-8"_qs},
        {u"truncated.txt"_qs, bundledSource().left(3000), u"truncated"_qs},
    };
    for (const Case &c : cases) {
        const QString path = dir.filePath(c.name);
        writeFile(path, c.bytes);
        const Run run = lib({QStringLiteral("import"), path});
        INFO(c.name.toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(path + c.expected.left(c.expected.startsWith(u':') ? c.expected.size() : 0)));
        CHECK(run.err.contains(c.expected));
        CHECK(run.out.isEmpty());
    }
    const Run directory = lib({QStringLiteral("import"), dir.path()});
    CHECK(directory.exitCode == 2);
    CHECK(directory.err.contains(dir.path()));
    // One bad file in a batch: nothing is imported.
    const Run batch =
        lib({QStringLiteral("import"), fixture(QStringLiteral("papers/chapters.txt")), dir.filePath(u"empty.txt"_qs)});
    CHECK(batch.exitCode == 2);
    CHECK(batch.err.contains(u"Nothing was imported"));
    CHECK(libraryFingerprint(lib.path) == before);
}

TEST_CASE("cli: a library from a newer Duizhao and a file that is not a library", "[cli]")
{
    QTemporaryDir dir;
    const QString notLibrary = dir.filePath(QStringLiteral("paper.txt"));
    writeFile(notLibrary, bundledSource());
    const Run run = cli({QStringLiteral("--db"), notLibrary, QStringLiteral("list")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(notLibrary));
    CHECK(run.err.contains(u"not a Duizhao library"));
    CHECK(readFile(notLibrary) == bundledSource());

    // A library whose schema is newer than this program's is refused and left exactly as it was.
    const QString newer = dir.filePath(QStringLiteral("newer.duizhao"));
    REQUIRE(cli({QStringLiteral("--db"), newer, QStringLiteral("import"), QStringLiteral("--bundled")}).exitCode == 0);
    {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(newer.toUtf8().constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 999", nullptr, nullptr,
                             nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    const QByteArray before = readFile(newer);
    const Run refused = cli({QStringLiteral("--db"), newer, QStringLiteral("list")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(newer));
    CHECK(refused.err.contains(u"newer version of Duizhao"));
    CHECK(readFile(newer) == before);
    CHECK_FALSE(QFile::exists(newer + QStringLiteral("-wal")));
}

TEST_CASE("cli: without --db, the per-user library is created with the bundled paper", "[cli]")
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const Run first = cli({QStringLiteral("stats"), QStringLiteral("--json")}, env);
    CHECK(first.exitCode == 0);
    CHECK(first.json().object()[u"units"].toInt() == 57);
    CHECK(first.err.contains(u"Created the library"));
    CHECK(QFile::exists(home.filePath(QStringLiteral("data/org.duizhao/Duizhao/library.duizhao"))));
    const Run second = cli({QStringLiteral("list"), QStringLiteral("--json")}, env);
    CHECK(second.json().array().size() == 1);
    CHECK_FALSE(second.err.contains(u"Created"));
}

TEST_CASE("cli: a library the user may not write opens read-only: it reads, it refuses imports", "[cli][faults]")
{
    // Tests run as root, whom permissions do not stop: the program runs as "nobody" here.
    if (::geteuid() != 0) {
        WARN("not root: cannot switch to another user; skipped");
        return;
    }
    Library lib;
    const QByteArray before = libraryFingerprint(lib.path);
    // "nobody" may not reach the build tree (a checkout in a private folder): the program and the
    // paper it imports are copied beside the library, where it may.
    const QString cli = lib.dir.filePath(QStringLiteral("duizhao-cli"));
    const QString paper = lib.dir.filePath(QStringLiteral("chapters.txt"));
    REQUIRE(QFile::copy(QStringLiteral(DUIZHAO_CLI), cli));
    REQUIRE(QFile::copy(fixture(QStringLiteral("papers/chapters.txt")), paper));
    QFile::setPermissions(cli, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                   QFileDevice::ExeOther);
    QFile::setPermissions(paper, QFileDevice::ReadOwner | QFileDevice::ReadOther);
    QFile::setPermissions(lib.dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                              QFileDevice::ReadOther | QFileDevice::ExeOther);
    QFile::setPermissions(lib.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    auto asNobody = [&](const QStringList &args) {
        QProcess process;
        process.setChildProcessModifier([] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
        process.setProcessEnvironment(env);
        process.start(cli, QStringList{QStringLiteral("--db"), lib.path} + args);
        INFO(process.errorString().toStdString());
        REQUIRE(process.waitForFinished(60000));
        Run run;
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    };
    const Run stats = asNobody({QStringLiteral("stats"), QStringLiteral("--json")});
    INFO(stats.err.toStdString());
    REQUIRE(stats.exitCode == 0);
    CHECK(stats.json().object()[u"units"].toInt() == 57);
    const Run search = asNobody({QStringLiteral("search"), QStringLiteral("脱钩"), QStringLiteral("--json")});
    CHECK(search.exitCode == 0);
    CHECK_FALSE(search.json().array().isEmpty());
    const Run import = asNobody({QStringLiteral("import"), paper});
    CHECK(import.exitCode == 2);
    CHECK(import.err.contains(u"read-only"));
    CHECK(libraryFingerprint(lib.path) == before);
}

TEST_CASE("cli: the program and the commands run in the tests' process print and exit alike", "[cli]")
{
    // Most CLI tests run the commands in the test's process; these runs check that duizhao-cli
    // itself gives what they see: the exit code, the bytes on stdout and the text on stderr.
    Library lib;
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.txt"));
    struct Expected
    {
        QStringList args;
        int exitCode;
        QString inOut; // what stdout must hold
        QString inErr; // what stderr must hold
    };
    const QList<Expected> runs = {
        {{}, 1, QString(), QStringLiteral("Usage: duizhao-cli")},
        {{QStringLiteral("--version")}, 0, QStringLiteral("duizhao-cli " DUIZHAO_TEST_VERSION), QString()},
        {{QStringLiteral("frobnicate")}, 1, QString(), QStringLiteral("unknown command \"frobnicate\"")},
        {{QStringLiteral("list"), QStringLiteral("--no-such-option")}, 1, QString(), QStringLiteral("no-such-option")},
        {{QStringLiteral("--db"), lib.path, QStringLiteral("import"), missing}, 2, QString(), missing},
        {{QStringLiteral("--db"), lib.path, QStringLiteral("list"), QStringLiteral("--json")},
         0,
         QStringLiteral("U.S. Technology Competition with China"),
         QString()},
        {{QStringLiteral("--db"), lib.path, QStringLiteral("search"), QStringLiteral("脱钩")},
         0,
         QStringLiteral("脱钩"),
         QString()},
    };
    for (const Expected &expected : runs) {
        INFO(expected.args.join(u' ').toStdString());
        const Run process = runCliProcess(expected.args);
        const Run inProcess = runCliInProcess(expected.args);
        CHECK(process.exitCode == expected.exitCode);
        CHECK(QString::fromUtf8(process.out).contains(expected.inOut));
        CHECK(process.err.contains(expected.inErr));
        CHECK(inProcess.exitCode == process.exitCode);
        CHECK(inProcess.out == process.out);
        // The help names the per-user library, which the tests' process keeps elsewhere (test mode).
        const QRegularExpression defaultPath(QStringLiteral("\\(default: [^)]*\\)"));
        CHECK(QString(inProcess.err).replace(defaultPath, QString()) ==
              QString(process.err).replace(defaultPath, QString()));
    }
    // A library the import refused is left as it was, whichever way the command ran.
    CHECK(lib({QStringLiteral("list"), QStringLiteral("--json")}).json().array().size() == 1);
}

TEST_CASE("cli: no daily backup before a command; backups lists the complete ones and restores the latest",
          "[cli][backups]")
{
    Library lib; // imported the bundled paper
    const QString folder = duizhao::Backups::folderFor(lib.path);
    CHECK(lib({QStringLiteral("stats")}).exitCode == 0);
    CHECK(QDir(folder).entryList(QDir::Files).isEmpty());

    // One complete backup, and the half of one a kill left behind, newer by its name.
    const duizhao::BackupInfo good = duizhao::Backups::create(lib.path, QStringLiteral("daily"));
    const QString partial = QDir(folder).filePath(QStringLiteral("library-29991231-000000-daily.duizhao.partial"));
    {
        QFile source(good.path);
        REQUIRE(source.open(QIODevice::ReadOnly));
        QFile cut(partial);
        REQUIRE(cut.open(QIODevice::WriteOnly));
        cut.write(source.read(source.size() / 2));
    }
    const Run listed = lib({QStringLiteral("backups")});
    CHECK(listed.exitCode == 0);
    CHECK(listed.text().contains(good.path));
    CHECK_FALSE(listed.text().contains(u".partial"));
    CHECK(listed.text().contains(QStringLiteral("Backups: 1, ")));
    CHECK(listed.text().contains(folder));
    const QJsonArray json = lib({QStringLiteral("backups"), QStringLiteral("--json")}).json().array();
    REQUIRE(json.size() == 1);
    CHECK(json[0].toObject()[QStringLiteral("bytes")].toInteger() == QFileInfo(good.path).size());

    // The library is damaged: restore latest brings back the complete one.
    {
        QFile file(lib.path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.resize(file.size() / 3));
    }
    CHECK(lib({QStringLiteral("stats")}).exitCode != 0);
    const Run restored = lib({QStringLiteral("backups"), QStringLiteral("--restore"), QStringLiteral("latest")});
    CHECK(restored.exitCode == 0);
    CHECK(restored.text().contains(good.path));
    const Run stats = lib({QStringLiteral("stats"), QStringLiteral("--json")});
    CHECK(stats.exitCode == 0);
}
