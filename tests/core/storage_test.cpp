// The SQLite wrapper, migrations and the library file: foreign keys, WAL and busy timeout on,
// statements refusing trailing SQL, transactions that roll back, migrations that stop cleanly,
// a newer file refused untouched, a failed import leaving no trace, no duplicate papers.

#include "bundledpaper.h"
#include "error.h"
#include "import/paperreader.h"
#include "library/library.h"
#include "library/openlibrary.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/migrator.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "support/testsupport.h"

#include <QFile>
#include <QStandardPaths>

using namespace duizhao;
using namespace duizhao::test;

namespace {
int scalar(Database &db, std::string_view sql)
{
    Statement s(db, sql);
    REQUIRE(s.step());
    return s.integer(0);
}

QString pragmaText(Database &db, std::string_view sql)
{
    Statement s(db, sql);
    REQUIRE(s.step());
    return s.text(0);
}

Paper bundledPaper()
{
    return PaperReader::parseBytes(BundledPaper::bytes(), BundledPaper::fileName());
}
} // namespace

TEST_CASE("a connection has foreign keys and a busy timeout; a library uses WAL", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("l.duizhao"));
    Library library(path);
    Database &db = library.database();
    CHECK(scalar(db, "PRAGMA foreign_keys") == 1);
    CHECK(scalar(db, "PRAGMA busy_timeout") >= 1000);
    CHECK(pragmaText(db, "PRAGMA journal_mode") == u"wal");
    CHECK(scalar(db, "PRAGMA user_version") == Library::schemaVersion());
    CHECK(scalar(db, "PRAGMA application_id") == LibraryApplicationId);
}

TEST_CASE("a statement refuses trailing SQL and binds text exactly", "[storage]")
{
    Database db(QStringLiteral(":memory:"));
    CHECK_THROWS_AS(Statement(db, "SELECT 1; DROP TABLE x"), Error);
    CHECK_NOTHROW(Statement(db, "SELECT 1;  "));
    db.exec("CREATE TABLE t (s TEXT)");
    const QString text = QStringLiteral("“小院高墙”\u00a0 'quoted' \"double\" 🙂");
    Statement(db, "INSERT INTO t VALUES (?1)").bind(1, text).run();
    Statement read(db, "SELECT s FROM t");
    REQUIRE(read.step());
    CHECK(read.text(0) == text);
    CHECK_FALSE(read.step());
}

TEST_CASE("a transaction rolls back unless committed, and nests", "[storage]")
{
    Database db(QStringLiteral(":memory:"));
    db.exec("CREATE TABLE t (n INTEGER)");
    {
        Transaction t(db);
        db.exec("INSERT INTO t VALUES (1)");
    }
    CHECK(scalar(db, "SELECT count(*) FROM t") == 0);
    {
        Transaction outer(db);
        db.exec("INSERT INTO t VALUES (1)");
        {
            Transaction inner(db);
            db.exec("INSERT INTO t VALUES (2)");
        } // inner rolled back
        {
            Transaction inner(db);
            db.exec("INSERT INTO t VALUES (3)");
            inner.commit();
        }
        outer.commit();
    }
    CHECK(pragmaText(db, "SELECT group_concat(n, ',') FROM (SELECT n FROM t ORDER BY n)") == u"1,3");
}

TEST_CASE("migrations run in order, each in its own transaction, and stop cleanly", "[storage][migrations]")
{
    Database db(QStringLiteral(":memory:"));
    QList<int> ran;
    const QList<Migration> steps = {
        {1, "first",
         [&](Database &d) {
             d.exec("CREATE TABLE a (x)");
             ran.append(1);
         }},
        {2, "second",
         [&](Database &d) {
             d.exec("CREATE TABLE b (x)");
             ran.append(2);
         }},
        {3, "fails halfway",
         [&](Database &d) {
             d.exec("CREATE TABLE c (x)");
             throw Error(Error::Kind::Io, QStringLiteral("disk on fire"));
         }},
    };
    int backups = 0;
    CHECK_THROWS_AS(Migrator::migrate(db, steps,
                                      [&](int from, int to) {
                                          CHECK(from == 0);
                                          CHECK(to == 3);
                                          ++backups;
                                      }),
                    Error);
    CHECK(ran == QList<int>{1, 2});
    CHECK(backups == 1);
    CHECK(db.userVersion() == 2);
    CHECK(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'c'") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'b'") == 1);

    // Run again with the step fixed: only step 3 runs.
    QList<Migration> fixed = steps;
    fixed[2].apply = [&](Database &d) {
        d.exec("CREATE TABLE c (x)");
        ran.append(3);
    };
    CHECK(Migrator::migrate(db, fixed) == 2);
    CHECK(ran == QList<int>{1, 2, 3});
    CHECK(db.userVersion() == 3);
    // Up to date: nothing runs, no backup.
    CHECK(Migrator::migrate(db, fixed, [&](int, int) { ++backups; }) == 3);
    CHECK(backups == 1);
}

TEST_CASE("the library schema is created from an empty file", "[storage][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.duizhao"));
    Library library(path);
    for (const char *table :
         {"documents", "units", "nodes", "citations", "works", "footnotes", "alignment_notes", "search_index"}) {
        INFO(table);
        Statement s(library.database(), "SELECT count(*) FROM sqlite_schema WHERE name = ?1");
        s.bind(1, QString::fromLatin1(table));
        REQUIRE(s.step());
        CHECK(s.integer(0) == 1);
    }
}

TEST_CASE("a library from a newer Duizhao is refused and left untouched", "[storage][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.duizhao"));
    {
        Library library(path);
        library.addPaper(bundledPaper());
        library.database().exec("PRAGMA user_version = 99");
        library.database().exec("PRAGMA journal_mode = DELETE");
    }
    const QByteArray before = readFile(path);
    try {
        Library library(path);
        FAIL("opened a newer file");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Data);
        CHECK(error.file() == path);
        CHECK(error.message().contains(u"newer version of Duizhao"));
        CHECK(error.message().contains(u"99"));
    }
    CHECK(readFile(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a file that is not a Duizhao library is refused and left untouched", "[storage]")
{
    QTemporaryDir dir;
    SECTION("text")
    {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        writeFile(path, QByteArray(4096, 'x'));
        CHECK_THROWS_AS(Library(path), Error);
        CHECK(readFile(path) == QByteArray(4096, 'x'));
    }
    SECTION("another program's SQLite file")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            Database other(path);
            other.exec("CREATE TABLE contacts (name TEXT)");
        }
        const QByteArray before = readFile(path);
        try {
            Library library(path);
            FAIL("opened another program's file");
        } catch (const Error &error) {
            CHECK(error.message().contains(u"not a Duizhao library"));
        }
        CHECK(readFile(path) == before);
    }
}

TEST_CASE("the same paper is not stored twice", "[storage][import]")
{
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("l.duizhao")));
    const AddResult first = library.addPaper(bundledPaper());
    CHECK(first.added);
    const AddResult second = library.addPaper(bundledPaper());
    CHECK_FALSE(second.added);
    CHECK(second.documentId == first.documentId);
    // The same text with Windows line endings is the same paper.
    QByteArray windows = BundledPaper::bytes();
    windows.replace("\n", "\r\n");
    CHECK_FALSE(library.addPaper(PaperReader::parseBytes(windows, QStringLiteral("w.txt"))).added);
    CHECK(library.documents().size() == 1);
}

TEST_CASE("a stored paper loads back exactly", "[storage][import]")
{
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("l.duizhao")));
    for (const QString &name :
         {QStringLiteral("papers/two-levels.txt"), QStringLiteral("papers/trailing-unpaired.txt")}) {
        const Paper parsed = PaperReader::readFile(fixture(name));
        const Paper loaded = library.loadPaper(library.addPaper(parsed).documentId);
        CHECK(loaded.units == parsed.units);
        CHECK(loaded.nodes == parsed.nodes);
        CHECK(loaded.citations == parsed.citations);
        CHECK(loaded.works == parsed.works);
        CHECK(loaded.footnotes == parsed.footnotes);
        CHECK(loaded.notes == parsed.notes);
        CHECK(loaded.meta.authors == parsed.meta.authors);
        CHECK(loaded.meta.titleZh == parsed.meta.titleZh);
        CHECK(loaded.meta.originalDate == parsed.meta.originalDate);
        CHECK(loaded.contentHash == parsed.contentHash);
    }
    const Paper bundled = bundledPaper();
    const Paper loaded = library.loadPaper(library.addPaper(bundled).documentId);
    CHECK(statsOf(loaded) == statsOf(bundled));
    CHECK(loaded.units == bundled.units);
}

TEST_CASE("a cancelled import leaves no trace", "[storage][import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("l.duizhao"));
    {
        Library library(path);
        library.addPaper(PaperReader::readFile(fixture(QStringLiteral("papers/no-summary.txt"))));
    }
    const QByteArray before = libraryFingerprint(path);
    Library library(path);
    int calls = 0;
    try {
        library.addPaper(bundledPaper(), [&](int done, int total) {
            ++calls;
            CHECK(done <= total);
            return done < 30; // cancel halfway through the units
        });
        FAIL("not cancelled");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Cancelled);
    }
    CHECK(calls == 31);
    CHECK(libraryFingerprint(path) == before);
    CHECK(library.documents().size() == 1);
}

TEST_CASE("removing a paper removes its units and its search rows", "[storage]")
{
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("l.duizhao")));
    const qint64 a = library.addPaper(bundledPaper()).documentId;
    const qint64 b =
        library.addPaper(PaperReader::readFile(fixture(QStringLiteral("papers/no-summary.txt")))).documentId;
    CHECK(library.removeDocument(a));
    CHECK_FALSE(library.removeDocument(a));
    CHECK(scalar(library.database(), "SELECT count(*) FROM units") == 5);
    CHECK(scalar(library.database(), "SELECT count(*) FROM search_index") == 10);
    CHECK(library.defaultDocumentId() == b);
    CHECK_FALSE(Statement(library.database(), "PRAGMA foreign_key_check").step());
}

TEST_CASE("the default library is created on first use with the bundled paper", "[storage]")
{
    // Test mode (see catchmain.cpp) points the data folder into ~/.qttest.
    QFile::remove(Library::defaultPath());
    REQUIRE(Library::defaultPath().contains(u".qttest"));
    OpenedLibrary first = openLibrary(QString());
    CHECK(first.created);
    CHECK(first.bundledDocumentId > 0);
    CHECK(first.library->documents().size() == 1);
    first.library.reset();
    OpenedLibrary again = openLibrary(QString());
    CHECK_FALSE(again.created);
    CHECK(again.bundledDocumentId == 0);
    CHECK(again.library->documents().size() == 1);
    again.library.reset();
    QFile::remove(Library::defaultPath());

    // A library the user names starts empty.
    QTemporaryDir dir;
    OpenedLibrary named = openLibrary(dir.filePath(QStringLiteral("mine.duizhao")));
    CHECK(named.created);
    CHECK(named.library->documents().isEmpty());
}
