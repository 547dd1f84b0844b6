// The library file under faults: cut short, corrupted, read-only, a full disk, automatic backups.
// Each test fails if the behaviour it guards regresses; none of them loses what was saved.

#include "bundledpaper.h"
#include "error.h"
#include "import/paperreader.h"
#include "library/library.h"
#include "search/searchquery.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

using namespace duizhao;
using namespace duizhao::test;

namespace {

Paper bundled()
{
    return PaperReader::parseBytes(BundledPaper::bytes(), BundledPaper::fileName());
}

// A library with the bundled paper, closed cleanly (no WAL file left), and its bytes.
QString makeLibrary(const QTemporaryDir &dir, const QString &name = QStringLiteral("l.duizhao"))
{
    const QString path = dir.filePath(name);
    {
        Library library(path);
        library.addPaper(bundled());
    }
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    return path;
}

QString integrity(const QString &path)
{
    Database db(path, Database::Access::ReadOnly);
    Statement check(db, "PRAGMA integrity_check");
    REQUIRE(check.step());
    return check.text(0);
}

} // namespace

TEST_CASE("a library cut short is reported as damaged and left as it is", "[faults]")
{
    QTemporaryDir dir;
    const QString path = makeLibrary(dir);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    // Half the file, or only its last page.
    const bool lastPage = GENERATE(false, true);
    REQUIRE(file.resize(lastPage ? size - 4096 : size / 2));
    file.close();
    const QByteArray before = readFile(path);
    try {
        Library library(path);
        library.loadPaper(library.defaultDocumentId());
        FAIL("a truncated library opened");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Damaged);
        CHECK(error.file() == path);
        CHECK(error.message().contains(u"damaged"));
    }
    CHECK(readFile(path) == before);
}

TEST_CASE("a corrupted library is reported as damaged, not as a crash", "[faults]")
{
    QTemporaryDir dir;
    const QString path = makeLibrary(dir);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    // Scribble over every page but the first (the schema): the data pages are gone.
    const qint64 size = file.size();
    for (qint64 offset = 4096; offset < size; offset += 4096) {
        file.seek(offset);
        file.write(QByteArray(64, '\xA5'));
    }
    file.close();
    try {
        Library library(path);
        library.loadPaper(library.defaultDocumentId());
        FAIL("a corrupted library was read");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Damaged);
        CHECK(error.message().contains(u"damaged"));
    }
}

TEST_CASE("automatic backups: daily at most, only after a change, and one restores a damaged library",
          "[faults][backups]")
{
    QTemporaryDir dir;
    const QString path = makeLibrary(dir);
    // Opening a library takes no backup: that would put a copy of the whole file before the first frame.
    {
        Library opened(path);
        CHECK(opened.defaultDocumentId() > 0);
    }
    CHECK(Backups::list(path).isEmpty());
    CHECK(Backups::dailyDue(path) == Backups::Due::Yes);
    const std::optional<BackupInfo> first = Backups::createDailyIfDue(path);
    REQUIRE(first);
    QList<BackupInfo> backups = Backups::list(path);
    REQUIRE(backups.size() == 1);
    CHECK(backups.front().reason == u"daily");
    CHECK(backups.front().path == first->path);
    CHECK(backups.front().bytes == QFileInfo(first->path).size());
    // The same day: not again.
    CHECK(Backups::dailyDue(path) == Backups::Due::No);
    CHECK_FALSE(Backups::createDailyIfDue(path));

    // The backup is a complete, consistent library.
    {
        Library copy(backups.front().path, Library::Access::ReadOnly);
        CHECK(statsOf(copy.loadPaper(copy.defaultDocumentId())).units == 57);
    }
    CHECK(integrity(backups.front().path) == u"ok");

    // A day later, but the library was only opened and read since: no second copy of the same file.
    const QString renamed =
        QDir(Backups::folderFor(path)).filePath(QStringLiteral("library-20200101-000000-daily.duizhao"));
    REQUIRE(QFile::rename(backups.front().path, renamed));
    {
        Library reading(path);
        CHECK(reading.documents().size() == 1);
    }
    CHECK(Backups::dailyDue(path) == Backups::Due::Unchanged);
    CHECK_FALSE(Backups::createDailyIfDue(path));
    CHECK(Backups::list(path).size() == 1);

    // Once something is saved, the next one is taken.
    {
        Library writing(path);
        writing.addPaper(PaperReader::readFile(fixture(QStringLiteral("papers/no-summary.txt"))));
    }
    CHECK(Backups::dailyDue(path) == Backups::Due::Yes);
    REQUIRE(Backups::createDailyIfDue(path));
    CHECK(Backups::list(path).size() == 2);
    {
        Library newest(Backups::latest(path)->path, Library::Access::ReadOnly);
        CHECK(newest.documents().size() == 2);
    }

    // Damage the library, restore the newest backup: the papers are back, the damaged file kept.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.resize(file.size() / 3));
    file.close();
    CHECK_THROWS_AS(Library(path), Error);
    const QString keptAs = Backups::restore(path, Backups::latest(path)->path);
    CHECK(QFile::exists(keptAs));
    Library restored(path);
    CHECK(restored.documents().size() == 2);
    CHECK(statsOf(restored.loadPaper(restored.defaultDocumentId())).units == 57);
}

TEST_CASE("backups are pruned: the newest few daily ones, and a few of every other reason", "[faults][backups]")
{
    QTemporaryDir dir;
    const QString path = makeLibrary(dir);
    Library library(path);
    for (int i = 0; i < Backups::KeepDaily + 2; ++i)
        Backups::create(path, QStringLiteral("daily"));
    for (int i = 0; i < Backups::KeepOther + 2; ++i)
        Backups::create(library.database(), QStringLiteral("before-migration"));
    const QList<BackupInfo> backups = Backups::list(path);
    CHECK(std::count_if(backups.begin(), backups.end(), [](const BackupInfo &b) { return b.reason == u"daily"; }) ==
          Backups::KeepDaily);
    CHECK(std::count_if(backups.begin(), backups.end(),
                        [](const BackupInfo &b) { return b.reason == u"before-migration"; }) == Backups::KeepOther);
    // What Preferences and `backups` show: the files that are there, and their size.
    const BackupUsage usage = Backups::usage(path);
    CHECK(usage.count == Backups::KeepDaily + Backups::KeepOther);
    qint64 bytes = 0;
    for (const QFileInfo &f : QDir(usage.folder).entryInfoList({QStringLiteral("*.duizhao")}, QDir::Files))
        bytes += f.size();
    CHECK(usage.bytes == bytes);
    CHECK(usage.bytes >= usage.count * QFileInfo(path).size() / 2);
}

TEST_CASE("a backup cancelled midway leaves no file that list() or restore latest could pick", "[faults][backups]")
{
    QTemporaryDir dir;
    const QString path = makeLibrary(dir);
    const QString folder = Backups::folderFor(path);
    int steps = 0;
    qint64 copiedAtCancel = 0, total = 0;
    try {
        // 16 pages a step: the bundled paper's library takes dozens; stop halfway.
        Backups::create(
            path, QStringLiteral("daily"),
            [&](qint64 copied, qint64 all) {
                ++steps;
                total = all;
                copiedAtCancel = copied;
                return copied < all / 2;
            },
            16);
        FAIL("the cancelled backup completed");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Cancelled);
    }
    CHECK(steps > 1);
    CHECK(copiedAtCancel < total);
    CHECK(Backups::list(path).isEmpty());
    CHECK_FALSE(Backups::latest(path));
    CHECK(QDir(folder).entryList(QDir::Files).isEmpty()); // not even the .partial
    // Nothing recorded either: the day's backup is still due.
    CHECK(Backups::dailyDue(path) == Backups::Due::Yes);
}

TEST_CASE("a partial backup left by a kill is never restored and is cleared once stale", "[faults][backups]")
{
    QTemporaryDir dir;
    const QString path = makeLibrary(dir);
    const BackupInfo good = Backups::create(path, QStringLiteral("daily"));
    // A copy killed halfway: newer than the good one by its name, and only half a file.
    const QString partial =
        QDir(Backups::folderFor(path)).filePath(QStringLiteral("library-29991231-000000-daily.duizhao.partial"));
    {
        QFile source(good.path);
        REQUIRE(source.open(QIODevice::ReadOnly));
        QFile cut(partial);
        REQUIRE(cut.open(QIODevice::WriteOnly));
        cut.write(source.read(source.size() / 2));
    }
    REQUIRE(Backups::latest(path));
    CHECK(Backups::latest(path)->path == good.path);
    CHECK(Backups::list(path).size() == 1);
    // What `backups --restore latest` does: the good one comes back.
    const QString keptAs = Backups::restore(path, Backups::latest(path)->path);
    CHECK(QFile::exists(keptAs));
    {
        Library restored(path);
        CHECK(statsOf(restored.loadPaper(restored.defaultDocumentId())).units == 57);
    }
    // One being written is left alone; one not written for a while is from a killed copy.
    CHECK(QFile::exists(partial));
    {
        QFile old(partial);
        REQUIRE(old.open(QIODevice::ReadWrite));
        REQUIRE(old.setFileTime(QDateTime::currentDateTime().addSecs(-Backups::StalePartialSecs - 60),
                                QFileDevice::FileModificationTime));
    }
    CHECK(Backups::list(path).size() == 1);
    CHECK_FALSE(QFile::exists(partial));
}

TEST_CASE("saving during a backup neither waits for it nor gets into the copy halfway", "[faults][backups]")
{
    QTemporaryDir dir;
    const QString path = makeLibrary(dir);
    Library library(path); // the user's connection, as in the program
    bool saved = false;
    QElapsedTimer clock;
    qint64 saveMs = -1;
    const BackupInfo backup = Backups::create(
        path, QStringLiteral("daily"),
        [&](qint64, qint64) {
            if (!saved) {
                saved = true;
                clock.start();
                // A second paper, saved while the copy is between two steps.
                library.addPaper(PaperReader::readFile(fixture(QStringLiteral("papers/no-summary.txt"))));
                saveMs = clock.elapsed();
            }
            return true;
        },
        16);
    REQUIRE(saved);
    CHECK(library.documents().size() == 2);
    // It did not wait for the busy timeout (5 s): the copy holds no lock that blocks a writer.
    CHECK(saveMs < 4000);
    // The copy is the library as it was when the copy began: one paper, consistent.
    CHECK(integrity(backup.path) == u"ok");
    Library copy(backup.path, Library::Access::ReadOnly);
    CHECK(copy.documents().size() == 1);
}

TEST_CASE("a full disk fails the operation with a clear message and loses nothing saved", "[faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.duizhao"));
    Library library(path);
    library.addPaper(PaperReader::readFile(fixture(QStringLiteral("papers/no-summary.txt"))));
    // The library may not grow by more than a few pages: the bundled paper needs far more.
    Statement pages(library.database(), "PRAGMA page_count");
    REQUIRE(pages.step());
    const QByteArray limit = QByteArray("PRAGMA max_page_count = ") + QByteArray::number(pages.int64(0) + 4);
    library.database().exec(limit.constData());
    const QByteArray before = libraryFingerprint(path);
    try {
        library.addPaper(bundled());
        FAIL("the import fitted");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Io);
        CHECK(error.message().contains(u"full"));
        CHECK(error.file() == path);
    }
    CHECK(libraryFingerprint(path) == before);
    CHECK(library.documents().size() == 1);
    CHECK(integrity(path) == u"ok");
}

TEST_CASE("a library opened read-only can be read and searched but not changed", "[faults]")
{
    QTemporaryDir dir;
    const QString path = makeLibrary(dir);
    const QByteArray before = libraryFingerprint(path);
    Library library(path, Library::Access::ReadOnly);
    CHECK(library.isReadOnly());
    CHECK(statsOf(library.loadPaper(library.defaultDocumentId())).units == 57);
    try {
        library.addPaper(PaperReader::readFile(fixture(QStringLiteral("papers/chapters.txt"))));
        FAIL("wrote to a read-only library");
    } catch (const Error &error) {
        CHECK(error.message().contains(u"read-only"));
    }
    CHECK(libraryFingerprint(path) == before);
}

namespace {

// Writes to `path` until the disk refuses another byte.
void fillDisk(const QString &path)
{
    QFile filler(path);
    REQUIRE(filler.open(QIODevice::WriteOnly));
    const QByteArray chunk(4096, 'x');
    while (filler.write(chunk) == chunk.size() && filler.flush()) {
    }
    filler.close();
    QFile probe(path + QStringLiteral(".probe"));
    REQUIRE(probe.open(QIODevice::WriteOnly));
    CHECK_FALSE((probe.write("x", 1) == 1 && probe.flush()));
    probe.close();
    probe.remove();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

TEST_CASE("on a full disk a library opens read-only, the message names the disk, and nothing is left behind",
          "[faults][diskfull]")
{
    // A real full disk: a small tmpfs, filled.
    TmpfsMount disk(QStringLiteral("size=8m"));
    if (!disk.mounted) {
        WARN("mount not permitted here: the full-disk case is not run");
        return;
    }
    const QString folder = disk.dir.path();
    const QString path = disk.dir.filePath(QStringLiteral("l.duizhao"));
    {
        Library library(path);
        library.addPaper(bundled());
    }
    REQUIRE(filesIn(folder) == QStringList{u"l.duizhao"_qs});
    fillDisk(disk.dir.filePath(QStringLiteral("filler")));
    const QByteArray before = readFile(path);

    for (const Library::Access access : {Library::Access::ReadWrite, Library::Access::ReadOnly}) {
        INFO((access == Library::Access::ReadWrite ? "read-write" : "read-only"));
        {
            Library library(path, access);
            // Reading works: the paper, its search.
            CHECK(library.isReadOnly());
            CHECK(statsOf(library.loadPaper(library.defaultDocumentId())).units == 57);
            CHECK_FALSE(library.search(SearchQuery::parse(QStringLiteral("technology"))).isEmpty());
            // Why it is read-only, and where: the disk, by its mount point.
            CHECK(library.readOnlyReason().startsWith(u"the disk is full"));
            CHECK(library.readOnlyReason().contains(QStringLiteral("no space left on %1").arg(folder)));
            try {
                library.addPaper(PaperReader::readFile(fixture(QStringLiteral("papers/chapters.txt"))));
                FAIL("wrote to a full disk");
            } catch (const Error &error) {
                CHECK(error.file() == path);
                CHECK(error.message().contains(u"the disk is full"));
            }
        }
        // No 3-byte -shm, no empty -wal: the folder holds what it held.
        CHECK(filesIn(folder) == QStringList{u"filler"_qs, u"l.duizhao"_qs});
        CHECK(readFile(path) == before);
    }

    // A new library cannot be started there: the message says so, and no empty file is left.
    const QString fresh = disk.dir.filePath(QStringLiteral("new.duizhao"));
    try {
        Library library(fresh);
        FAIL("a library was created on a full disk");
    } catch (const Error &error) {
        INFO(error.message().toStdString());
        CHECK(error.kind() == Error::Kind::Io);
        CHECK(error.file() == fresh);
        CHECK(error.message().startsWith(QStringLiteral("the disk is full: no space left on %1").arg(folder)));
        CHECK_FALSE(error.message().contains(u"preparing"));
    }
    CHECK(filesIn(folder) == QStringList{u"filler"_qs, u"l.duizhao"_qs});

    // With room again it opens for writing as before.
    REQUIRE(QFile::remove(disk.dir.filePath(QStringLiteral("filler"))));
    Library library(path);
    CHECK_FALSE(library.isReadOnly());
    CHECK(library.readOnlyReason().isEmpty());
}
