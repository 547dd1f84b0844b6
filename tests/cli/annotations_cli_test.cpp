// The annotation commands of duizhao-cli end to end, and the durability promise: an annotation
// whose id was printed survives the writer being killed.

#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

#include <sqlite3.h>

#include <csignal>
#include <unistd.h>

using namespace duizhao::test;

namespace {

// duizhao-cli on the library `db`; stderr as text, for the messages.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QString &db, const QStringList &args)
{
    const ProcessResult r = runProcess(QStringLiteral(DUIZHAO_CLI), QStringList{QStringLiteral("--db"), db} + args);
    return {r.exitCode, r.out, QString::fromUtf8(r.err)};
}

struct CliLibrary
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("cli.duizhao"));
    CliLibrary() { REQUIRE(cli(path, {QStringLiteral("import"), QStringLiteral("--bundled")}).exitCode == 0); }
    Run operator()(const QStringList &args) const { return cli(path, args); }
};

// One value from the library, read with the plain SQLite API (no tokenizer needed for these).
QByteArray scalarText(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    const QByteArray value(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

} // namespace

TEST_CASE("cli: annotate finds the words, or says how often they occur", "[cli][annotations]")
{
    CliLibrary lib;
    const Run twice =
        lib({QStringLiteral("annotate"), QStringLiteral("--unit"), QStringLiteral("12"), QStringLiteral("--lang"),
             QStringLiteral("en"), QStringLiteral("--text"), QStringLiteral("small yard, high fence")});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(u"occurs 2 times in unit 12"));
    const Run none =
        lib({QStringLiteral("annotate"), QStringLiteral("--unit"), QStringLiteral("12"), QStringLiteral("--lang"),
             QStringLiteral("zh"), QStringLiteral("--text"), QStringLiteral("不存在的词")});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(u"0 matches"));
    CHECK(lib({QStringLiteral("annotate"), QStringLiteral("--unit"), QStringLiteral("12")}).exitCode == 1);
    CHECK(lib({QStringLiteral("annotate"), QStringLiteral("--unit"), QStringLiteral("99"), QStringLiteral("--whole")})
              .exitCode == 1);
    CHECK(lib({QStringLiteral("annotate"), QStringLiteral("--unit"), QStringLiteral("2"), QStringLiteral("--whole"),
               QStringLiteral("--color"), QStringLiteral("black")})
              .err.contains(u"yellow, green"));

    const Run added =
        lib({QStringLiteral("annotate"), QStringLiteral("--unit"), QStringLiteral("12"), QStringLiteral("--lang"),
             QStringLiteral("zh"), QStringLiteral("--text"), QStringLiteral("小院高墙” 政策"),
             QStringLiteral("--color"), QStringLiteral("pink"), QStringLiteral("--note"), QStringLiteral("two\nlines"),
             QStringLiteral("--tag"), QStringLiteral("power"), QStringLiteral("--tag"), QStringLiteral("mine")});
    CHECK(added.exitCode == 0);
    CHECK(added.out.trimmed() == "1");
    CHECK(lib({QStringLiteral("annotate"), QStringLiteral("--unit"), QStringLiteral("13"), QStringLiteral("--whole"),
               QStringLiteral("--tag"), QStringLiteral("dilemmas")})
              .exitCode == 0);

    const QJsonArray list =
        QJsonDocument::fromJson(lib({QStringLiteral("annotations"), QStringLiteral("--json")}).out).array();
    REQUIRE(list.size() == 2);
    const QJsonObject first = list[0].toObject();
    CHECK(first[u"unit"].toInt() == 12);
    CHECK(first[u"lang"].toString() == u"zh");
    CHECK(first[u"quote"].toString() == u"小院高墙” 政策");
    CHECK(first[u"note"].toString() == u"two\nlines");
    CHECK(first[u"color_name"].toString() == u"pink");
    CHECK(first[u"tags"].toArray().size() == 2);
    CHECK(list[1].toObject()[u"scope"].toString() == u"unit");
    CHECK(
        QString::fromUtf8(lib({QStringLiteral("annotations"), QStringLiteral("--tag"), QStringLiteral("dilemmas")}).out)
            .contains(u"unit 13 (whole)"));
}

TEST_CASE("cli: export and import annotations as JSON and XFDF", "[cli][annotations]")
{
    CliLibrary source;
    REQUIRE(source({QStringLiteral("annotate"), QStringLiteral("--unit"), QStringLiteral("2"), QStringLiteral("--lang"),
                    QStringLiteral("en"), QStringLiteral("--text"),
                    QStringLiteral("Strategic competition among great powers"), QStringLiteral("--note"),
                    QStringLiteral("n")})
                .exitCode == 0);
    REQUIRE(
        source({QStringLiteral("annotate"), QStringLiteral("--unit"), QStringLiteral("13"), QStringLiteral("--whole")})
            .exitCode == 0);
    const QString json = source.dir.filePath(QStringLiteral("a.json"));
    const QString xfdf = source.dir.filePath(QStringLiteral("a.xfdf"));
    CHECK(source({QStringLiteral("export-annotations"), QStringLiteral("-o"), json}).exitCode == 0);
    const Run x = source({QStringLiteral("export-annotations"), QStringLiteral("--xfdf"), QStringLiteral("-o"), xfdf});
    INFO(x.err.toStdString());
    CHECK(x.exitCode == 0);
    CHECK(readFile(xfdf).contains("<highlight"));

    CliLibrary target;
    const Run imported = target({QStringLiteral("import-annotations"), json, QStringLiteral("--json")});
    CHECK(imported.exitCode == 0);
    CHECK(QJsonDocument::fromJson(imported.out).object()[u"added"].toInt() == 2);
    CHECK(QJsonDocument::fromJson(target({QStringLiteral("import-annotations"), json, QStringLiteral("--json")}).out)
              .object()[u"added"]
              .toInt() == 0);
    CHECK(QJsonDocument::fromJson(target({QStringLiteral("import-annotations"), xfdf, QStringLiteral("--json")}).out)
              .object()[u"skipped"]
              .toInt() == 2);

    // Bad files: exit 2, the file named, the library unchanged.
    const QByteArray before = libraryFingerprint(target.path);
    const QString bad = target.dir.filePath(QStringLiteral("bad.json"));
    writeFile(bad, "{\"format\": \"duizhao-annotations\", \"version\": 1, \"paper\": {\"content_hash\": \"abc\"}");
    const Run refused = target({QStringLiteral("import-annotations"), bad});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(bad + u":1:"));
    writeFile(bad, QByteArray("\x00\x01\x02", 3));
    CHECK(target({QStringLiteral("import-annotations"), bad}).exitCode == 2);
    CHECK(
        target({QStringLiteral("import-annotations"), target.dir.filePath(QStringLiteral("missing.json"))}).exitCode ==
        2);
    CHECK(libraryFingerprint(target.path) == before);
}

TEST_CASE("cli: export-pdf writes a PDF and refuses a bad target", "[cli][pdf]")
{
    CliLibrary lib;
    const QString pdf = lib.dir.filePath(QStringLiteral("paper.pdf"));
    const Run ok = lib({QStringLiteral("export-pdf"), QStringLiteral("-o"), pdf, QStringLiteral("--layout"),
                        QStringLiteral("interleaved"), QStringLiteral("--paper"), QStringLiteral("letter"),
                        QStringLiteral("--json")});
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK(QJsonDocument::fromJson(ok.out).object()[u"pages"].toInt() > 10);
    CHECK(readFile(pdf).startsWith("%PDF-"));
    // The measures appendix comes from the library's framework data: every curated measure.
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(60000));
    QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    text.remove(u' ').remove(u'\n');
    const qsizetype appendix = text.indexOf(u"Measures措施");
    REQUIRE(appendix >= 0);
    const Run measures = lib({QStringLiteral("measures"), QStringLiteral("--json")});
    REQUIRE(measures.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(measures.out).array();
    REQUIRE(list.size() >= 30);
    int listed = 0;
    for (const QJsonValue &m : list) {
        const QString name = m[u"name_en"].toString().remove(u' ');
        INFO(name.toStdString());
        REQUIRE_FALSE(name.isEmpty());
        listed += text.indexOf(name.left(20), appendix) >= 0 ? 1 : 0;
    }
    CHECK(listed == list.size());
    // US Letter, as asked, not the A4 default: 8.5 × 11 inches.
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(pdfinfo.waitForFinished(60000));
    const QString info = QString::fromUtf8(pdfinfo.readAllStandardOutput());
    CHECK(info.contains(u"612 x 792 pts"));
    CHECK(lib({QStringLiteral("export-pdf"), QStringLiteral("-o"), pdf, QStringLiteral("--layout"),
               QStringLiteral("columns")})
              .exitCode == 1);
    CHECK(lib({QStringLiteral("export-pdf")}).exitCode == 1);
    const Run unwritable =
        lib({QStringLiteral("export-pdf"), QStringLiteral("-o"), lib.dir.filePath(QStringLiteral("no/dir/x.pdf"))});
    CHECK(unwritable.exitCode == 2);
    CHECK(unwritable.err.contains(u"folder does not exist"));
}

TEST_CASE("cli: every acknowledged annotation survives SIGKILL mid-burst", "[cli][durability]")
{
    CliLibrary lib;
    QProcess burst;
    burst.start(QStringLiteral(DUIZHAO_BURST), {lib.path, QStringLiteral("100000")});
    REQUIRE(burst.waitForStarted());
    QByteArray printed;
    // Wait for a good number of acknowledged writes, then kill the writer wherever it is.
    while (printed.count('\n') < 150) {
        REQUIRE(burst.waitForReadyRead(30000));
        printed += burst.readAllStandardOutput();
    }
    ::kill(pid_t(burst.processId()), SIGKILL);
    REQUIRE(burst.waitForFinished(30000));
    printed += burst.readAllStandardOutput();
    CHECK(burst.exitStatus() == QProcess::CrashExit);

    // Only complete lines are acknowledgements.
    QList<qint64> acknowledged;
    const QList<QByteArray> lines = printed.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        acknowledged.append(lines[i].toLongLong());
    REQUIRE(acknowledged.size() >= 150);

    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(lib.path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    sqlite3_stmt *check = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &check, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(check) == SQLITE_ROW);
    CHECK(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(check, 0))) == "ok");
    sqlite3_finalize(check);
    sqlite3_stmt *find = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT count(*) FROM annotations WHERE id = ?1", -1, &find, nullptr) == SQLITE_OK);
    int missing = 0;
    for (qint64 id : acknowledged) {
        sqlite3_bind_int64(find, 1, id);
        sqlite3_step(find);
        missing += sqlite3_column_int(find, 0) == 1 ? 0 : 1;
        sqlite3_reset(find);
    }
    sqlite3_finalize(find);
    sqlite3_close(db);
    CHECK(missing == 0);
}

TEST_CASE("cli: killing duizhao-cli in a burst of annotate calls loses no acknowledged annotation", "[cli][durability]")
{
    CliLibrary lib;
    // One annotate call after another, as a script would make them. Each prints the new id once
    // the annotation is saved: that line is the acknowledgement.
    QProcess burst;
    burst.setChildProcessModifier([] { ::setpgid(0, 0); }); // its own group: the kill takes the CLI too
    burst.start(QStringLiteral("bash"),
                {QStringLiteral("-c"),
                 QStringLiteral("i=0; while :; do \"$0\" --db \"$1\" annotate --unit $((1 + i % 57)) --whole "
                                "--note \"burst $i\" --tag power || exit 1; i=$((i+1)); done"),
                 QStringLiteral(DUIZHAO_CLI), lib.path});
    REQUIRE(burst.waitForStarted());
    QByteArray printed;
    while (printed.count('\n') < 40) {
        REQUIRE(burst.waitForReadyRead(60000));
        printed += burst.readAllStandardOutput();
    }
    ::kill(-pid_t(burst.processId()), SIGKILL); // bash and the duizhao-cli it is running, wherever it is
    REQUIRE(burst.waitForFinished(30000));
    printed += burst.readAllStandardOutput();

    // Read-write, as the next program to open it would: recovering the killed writer's WAL needs it.
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(lib.path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    sqlite3_busy_timeout(db, 10000); // the killed CLI's locks go when the kernel has reaped it
    auto single = [db](const QByteArray &sql) {
        sqlite3_stmt *stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
        const QByteArray value(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        return value;
    };
    CHECK(single("PRAGMA integrity_check") == "ok");
    const QList<QByteArray> lines = printed.split('\n'); // the last, unterminated one is no acknowledgement
    REQUIRE(lines.size() > 40);
    int missing = 0;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const qlonglong id = lines[i].trimmed().toLongLong();
        REQUIRE(id > 0);
        const QByteArray sql = "SELECT count(*) FROM annotations WHERE id = " + QByteArray::number(id);
        missing += single(sql) == "1" ? 0 : 1;
    }
    sqlite3_close(db);
    CHECK(missing == 0);
}

TEST_CASE("cli: two programs writing annotations at once lose nothing and corrupt nothing", "[cli][concurrency]")
{
    CliLibrary lib;
    QProcess first;
    QProcess second;
    first.start(QStringLiteral(DUIZHAO_BURST), {lib.path, QStringLiteral("300")});
    second.start(QStringLiteral(DUIZHAO_BURST), {lib.path, QStringLiteral("300")});
    REQUIRE(first.waitForFinished(120000));
    REQUIRE(second.waitForFinished(120000));
    INFO(first.readAllStandardError().toStdString() << second.readAllStandardError().toStdString());
    CHECK(first.exitStatus() == QProcess::NormalExit);
    CHECK(first.exitCode() == 0);
    CHECK(second.exitStatus() == QProcess::NormalExit);
    CHECK(second.exitCode() == 0);
    QSet<qint64> ids;
    for (QProcess *p : {&first, &second}) {
        for (const QByteArray &line : p->readAllStandardOutput().split('\n')) {
            if (!line.isEmpty())
                ids.insert(line.toLongLong());
        }
    }
    CHECK(ids.size() == 600); // every write acknowledged, no id given twice
    const QJsonArray all =
        QJsonDocument::fromJson(lib({QStringLiteral("annotations"), QStringLiteral("--json")}).out).array();
    CHECK(all.size() == 600);
    CHECK(scalarText(lib.path, "PRAGMA integrity_check") == "ok");
}

TEST_CASE("cli: a process killed in the middle of an import leaves no half paper", "[cli][durability]")
{
    CliLibrary lib;
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.txt"));
    writeFile(big, repeatedPaper(40)); // 2,300 units: storing them takes a good second
    QProcess import;
    import.start(QStringLiteral(DUIZHAO_CLI),
                 {QStringLiteral("--db"), lib.path, QStringLiteral("import"), QStringLiteral("--progress"), big});
    REQUIRE(import.waitForStarted());
    import.setReadChannel(QProcess::StandardError); // the progress comes on stderr
    // Wait until it reports that part of the paper is stored, then kill it without warning.
    QByteArray progress;
    while (!progress.contains("20% stored")) {
        REQUIRE(import.waitForReadyRead(60000));
        progress += import.readAllStandardError();
    }
    ::kill(pid_t(import.processId()), SIGKILL);
    REQUIRE(import.waitForFinished(30000));
    CHECK(import.exitStatus() == QProcess::CrashExit);

    // The library holds the bundled paper it had, and nothing of the killed import.
    const QJsonArray docs =
        QJsonDocument::fromJson(lib({QStringLiteral("list"), QStringLiteral("--json")}).out).array();
    CHECK(docs.size() == 1);
    CHECK(scalarText(lib.path, "SELECT count(*) FROM units") == "57");
    CHECK(scalarText(lib.path, "PRAGMA integrity_check") == "ok");
}

TEST_CASE("cli: many files report files and MB, and Ctrl+C in the middle leaves the library as it was",
          "[cli][durability][import]")
{
    CliLibrary lib;
    const QByteArray before = libraryFingerprint(lib.path);
    QTemporaryDir dir;
    QStringList files;
    qint64 bytes = 0;
    for (int i = 0; i < 100; ++i) {
        QByteArray paper = bundledSource();
        paper.insert(paper.indexOf('\n'), QByteArray(" (copy ") + QByteArray::number(i) + ")");
        files.append(dir.filePath(QStringLiteral("paper-%1.txt").arg(i)));
        writeFile(files.back(), paper);
        bytes += paper.size();
    }
    QProcess import;
    import.start(QStringLiteral(DUIZHAO_CLI),
                 QStringList{QStringLiteral("--db"), lib.path, QStringLiteral("import"), QStringLiteral("--progress")} +
                     files);
    REQUIRE(import.waitForStarted());
    import.setReadChannel(QProcess::StandardError);
    // The first line counts from nothing; wait for one that says some files are done.
    QString progress;
    static const QRegularExpression done(QStringLiteral("([1-9][0-9]*) of 100 files, [0-9]+ of ([0-9]+) MB"));
    while (!done.match(progress).hasMatch() && import.state() == QProcess::Running) {
        import.waitForReadyRead(100);
        progress += QString::fromUtf8(import.readAllStandardError());
    }
    INFO(progress.toStdString());
    CHECK(progress.startsWith(u"0 of 100 files, 0 of "));
    REQUIRE(import.state() == QProcess::Running);
    CHECK(done.match(progress).captured(2).toLongLong() == (bytes + 500000) / 1000000);
    ::kill(pid_t(import.processId()), SIGINT);
    REQUIRE(import.waitForFinished(60000));
    progress += QString::fromUtf8(import.readAllStandardError());
    CHECK(import.exitStatus() == QProcess::NormalExit);
    CHECK(import.exitCode() == 130);
    CHECK(progress.contains(u"Cancelled: nothing was imported."));
    CHECK(libraryFingerprint(lib.path) == before);
}
