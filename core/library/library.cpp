#include "library.h"

#include "error.h"
#include "search/searchquery.h"
#include "search/tokenizer.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/fts5hits.h"
#include "storage/fts5tokenizer.h"
#include "storage/migrations.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <string>

namespace duizhao {

namespace {

QString orEmpty(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Throws when the file is an SQLite database that is not ours, or no database at all.
void checkIsLibrary(Database &db)
{
    Statement probe(db, "SELECT count(*) FROM sqlite_schema");
    probe.step();
    const int objects = probe.integer(0);
    Statement appId(db, "PRAGMA application_id");
    appId.step();
    const int id = appId.integer(0);
    if ((id != 0 && id != LibraryApplicationId) || (id == 0 && objects > 0 && db.userVersion() == 0)) {
        throw Error(Error::Kind::Data,
                    QStringLiteral("this SQLite file is not a Duizhao library; it was left untouched"), db.path());
    }
}

void writeAuthors(Database &db, qint64 id, const QList<Author> &authors)
{
    Statement insertAuthor(db, "INSERT INTO authors (document_id, position, name_en, name_zh) VALUES (?1, ?2, ?3, ?4)");
    for (int i = 0; i < authors.size(); ++i) {
        insertAuthor.bind(1, id).bind(2, i).bind(3, orEmpty(authors[i].nameEn)).bind(4, orEmpty(authors[i].nameZh));
        insertAuthor.run();
        insertAuthor.reset();
    }
}

// What the importer derives from the units: the heading tree, cited works and their citations,
// footnote markers and alignment notes.
void writeStructure(Database &db, qint64 id, const Paper &paper)
{
    Statement insertNode(db, "INSERT INTO nodes (document_id, idx, parent_idx, unit_seq, kind, depth, number_en, "
                             "number_zh, label_en, label_zh) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    for (int i = 0; i < paper.nodes.size(); ++i) {
        const TreeNode &node = paper.nodes[i];
        insertNode.bind(1, id).bind(2, i);
        node.parent >= 0 ? insertNode.bind(3, node.parent) : insertNode.bindNull(3);
        insertNode.bind(4, node.unitSeq).bind(5, nodeKindCode(node.kind)).bind(6, node.depth);
        insertNode.bind(7, orEmpty(node.numberEn)).bind(8, orEmpty(node.numberZh));
        insertNode.bind(9, orEmpty(node.labelEn)).bind(10, orEmpty(node.labelZh));
        insertNode.run();
        insertNode.reset();
    }

    Statement insertWork(
        db, "INSERT INTO works (document_id, idx, author_en, author_zh, year) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (int i = 0; i < paper.works.size(); ++i) {
        const CitedWork &work = paper.works[i];
        insertWork.bind(1, id)
            .bind(2, i)
            .bind(3, orEmpty(work.authorEn))
            .bind(4, orEmpty(work.authorZh))
            .bind(5, work.year);
        insertWork.run();
        insertWork.reset();
    }

    Statement insertCitation(
        db, "INSERT INTO citations (document_id, idx, unit_seq, lang, start, length, author, year, "
            "narrative, work_idx, counterpart_idx) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    for (int i = 0; i < paper.citations.size(); ++i) {
        const CitationOccurrence &c = paper.citations[i];
        insertCitation.bind(1, id).bind(2, i).bind(3, c.unitSeq).bind(4, langCode(c.lang)).bind(5, c.start);
        insertCitation.bind(6, c.length)
            .bind(7, c.author)
            .bind(8, c.year)
            .bind(9, c.narrative ? 1 : 0)
            .bind(10, c.work);
        c.counterpart >= 0 ? insertCitation.bind(11, c.counterpart) : insertCitation.bindNull(11);
        insertCitation.run();
        insertCitation.reset();
    }

    Statement insertFootnote(db, "INSERT INTO footnotes (document_id, number, unit_seq, start, length, attached_to) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const FootnoteMarker &f : paper.footnotes) {
        insertFootnote.bind(1, id).bind(2, f.number).bind(3, f.unitSeq).bind(4, f.start).bind(5, f.length);
        insertFootnote.bind(6, f.attachedTo).run();
        insertFootnote.reset();
    }

    Statement insertNote(db, "INSERT INTO alignment_notes (document_id, unit_seq, kind, message, detail_en, detail_zh) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const AlignmentNote &note : paper.notes) {
        insertNote.bind(1, id).bind(2, note.unitSeq).bind(3, note.kind).bind(4, note.message);
        insertNote.bind(5, orEmpty(note.detailEn)).bind(6, orEmpty(note.detailZh)).run();
        insertNote.reset();
    }
}

// The rows writeStructure() writes, which name units by their number: they go before units do.
void removeStructure(Database &db, qint64 id)
{
    for (const char *sql :
         {"DELETE FROM alignment_notes WHERE document_id = ?1", "DELETE FROM footnotes WHERE document_id = ?1",
          "DELETE FROM citations WHERE document_id = ?1", "DELETE FROM works WHERE document_id = ?1",
          "DELETE FROM nodes WHERE document_id = ?1"}) {
        Statement(db, sql).bind(1, id).run();
    }
}

} // namespace

Library::Library(const QString &path, Access access)
{
    if (access == Access::ReadWrite && path != u":memory:") {
        const QFileInfo info(path);
        if (info.isDir())
            throw Error(Error::Kind::Usage, QStringLiteral("is a directory, not a library file"), path);
        if (!info.exists() && !QDir().mkpath(info.absolutePath()))
            throw Error(Error::Kind::Io, QStringLiteral("cannot create the folder for the library"), path);
    }
    // What opening may leave behind on a full disk: SQLite creates the -wal and a -shm it cannot
    // grow (3 bytes). Those it made and could not use are removed again.
    const QString shm = path + QStringLiteral("-shm");
    const QString wal = path + QStringLiteral("-wal");
    const bool hadShm = QFileInfo::exists(shm);
    const bool hadWal = QFileInfo::exists(wal);
    const bool hadFile = QFileInfo::exists(path);
    try {
        open(path, access);
    } catch (const Error &) {
        const bool diskFull = m_db && m_db->lastErrorWasDiskFull();
        m_db.reset();
        if (!diskFull || path == u":memory:")
            throw;
        // A wal-index is 32 KiB at least; a shorter -shm is the one this open could not grow.
        if (!hadShm && QFileInfo(shm).size() < 32768)
            QFile::remove(shm);
        if (!hadWal && QFileInfo::exists(wal) && QFileInfo(wal).size() == 0)
            QFile::remove(wal);
        if (!hadFile && QFileInfo::exists(path) && QFileInfo(path).size() == 0)
            QFile::remove(path); // a new library that could not be started
        openOnFullDisk(path);
    }
}

void Library::openOnFullDisk(const QString &path)
{
    const QString reason = Database::diskFullMessage(path);
    // Saved changes still in a -wal file are part of the library; a read that skipped them would
    // show an older library, so without the room to read them there is nothing to show.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (!QFileInfo::exists(path) || (wal.exists() && wal.size() > 0)) {
        throw Error(Error::Kind::Io, QStringLiteral("%1; free some space there and open the library again").arg(reason),
                    path);
    }
    // The file alone holds everything saved: it can be read without writing a byte.
    m_db = std::make_unique<Database>(path, Database::Access::Snapshot);
    m_db->setReadOnlyReason(reason);
    registerFts5Tokenizer(*m_db, "duizhao", search::tokenizeForIndex);
    registerFts5HitsFunction(*m_db);
    checkIsLibrary(*m_db);
    Migrator::refuseNewer(*m_db, libraryMigrations());
    if (m_db->userVersion() != schemaVersion()) {
        throw Error(Error::Kind::Io,
                    QStringLiteral("%1, and the library needs upgrading to schema %2 before it can be read")
                        .arg(reason)
                        .arg(schemaVersion()),
                    path);
    }
}

void Library::open(const QString &path, Access access)
{
    m_db = std::make_unique<Database>(path, access == Access::ReadOnly ? Database::Access::ReadOnly
                                                                       : Database::Access::ReadWrite);
    registerFts5Tokenizer(*m_db, "duizhao", search::tokenizeForIndex);
    registerFts5HitsFunction(*m_db);
    checkIsLibrary(*m_db);
    // Read the version before anything writes: a newer file must stay exactly as it was.
    Migrator::refuseNewer(*m_db, libraryMigrations());
    // A file without write permission opens read-only even when asked for writing.
    if (access == Access::ReadWrite && m_db->isReadOnly())
        access = Access::ReadOnly;
    if (access == Access::ReadOnly) {
        if (m_db->userVersion() != schemaVersion()) {
            throw Error(
                Error::Kind::Data,
                QStringLiteral("the library needs upgrading to schema %1 but is opened read-only").arg(schemaVersion()),
                path);
        }
        return;
    }
    // WAL lets readers go on while one writer writes; a second program waits (busy timeout).
    m_db->exec("PRAGMA journal_mode = WAL");
    m_db->exec("PRAGMA synchronous = FULL");
    // A copy before every migration: an upgrade that goes wrong must not cost the user the file.
    Migrator::migrate(*m_db, libraryMigrations(), [this](int from, int) {
        if (from > 0)
            Backups::create(*m_db, QStringLiteral("before-migration"));
    });
    // The daily backup is not taken here: opening stays quick however large the library is. The
    // program takes it in the background once its window is up (Backups::createDailyIfDue).
}

Library::~Library() = default;

QString Library::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.duizhao");
}

int Library::schemaVersion()
{
    return Migrator::latestVersion(libraryMigrations());
}

const QString &Library::path() const
{
    return m_db->path();
}

bool Library::isReadOnly() const
{
    return m_db->isReadOnly();
}

const QString &Library::readOnlyReason() const
{
    return m_db->readOnlyReason();
}

AddResult Library::addPaper(const Paper &paper, const Progress &progress, Indexing indexing)
{
    Database &db = *m_db;
    {
        Statement existing(db, "SELECT id FROM documents WHERE content_hash = ?1");
        existing.bind(1, QString::fromLatin1(paper.contentHash));
        if (existing.step())
            return {existing.int64(0), false};
    }

    // Units are most of the work; the rest is counted as one step.
    const int total = int(paper.units.size()) + 1;
    auto report = [&](int done) {
        if (progress && !progress(done, total))
            throw Error(Error::Kind::Cancelled, QStringLiteral("import cancelled"), paper.meta.sourceName);
    };
    report(0);

    Transaction transaction(db);
    const PaperMeta &meta = paper.meta;
    Statement insertDocument(db, "INSERT INTO documents (content_hash, source_name, title_en, title_zh, summary_en, "
                                 "year, publisher, original_date, url, citation) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    insertDocument.bind(1, QString::fromLatin1(paper.contentHash))
        .bind(2, orEmpty(QFileInfo(meta.sourceName).fileName()))
        .bind(3, orEmpty(meta.titleEn))
        .bind(4, orEmpty(meta.titleZh))
        .bind(5, orEmpty(meta.summaryEn))
        .bind(6, meta.year)
        .bind(7, orEmpty(meta.publisher))
        .bind(8, orEmpty(meta.originalDate.isValid() ? meta.originalDate.toString(Qt::ISODate) : QString()))
        .bind(9, orEmpty(meta.url))
        .bind(10, orEmpty(meta.citation))
        .run();
    const qint64 id = db.lastInsertRowId();

    writeAuthors(db, id, meta.authors);

    Statement insertUnit(db,
                         "INSERT INTO units (document_id, seq, kind, en, zh, en_line, zh_line, node_idx, section_idx) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    for (const Unit &unit : paper.units) {
        insertUnit.bind(1, id).bind(2, unit.seq).bind(3, unitKindCode(unit.kind));
        insertUnit.bind(4, orEmpty(unit.en)).bind(5, orEmpty(unit.zh)).bind(6, unit.enLine).bind(7, unit.zhLine);
        unit.node >= 0 ? insertUnit.bind(8, unit.node) : insertUnit.bindNull(8);
        unit.section >= 0 ? insertUnit.bind(9, unit.section) : insertUnit.bindNull(9);
        insertUnit.run();
        insertUnit.reset();
        report(unit.seq);
    }
    if (indexing == Indexing::Now)
        indexPapers(id, id);

    writeStructure(db, id, paper);

    report(total);
    transaction.commit();
    return {id, true};
}

void Library::indexPapers(qint64 firstId, qint64 lastId)
{
    // One statement per language for all the papers: inside a transaction FTS5 writes what it
    // holds to a new segment at the end of every statement, so a statement per row (or per paper)
    // left thousands of small segments to write and merge. Rows go in by unit id, which is their
    // order in the index too.
    Transaction transaction(*m_db);
    for (const char *sql :
         {"INSERT INTO search_index (rowid, text, document_id, unit_seq, lang) SELECT id * 2, en, document_id, seq, "
          "'en' FROM units WHERE document_id BETWEEN ?1 AND ?2 AND en <> '' ORDER BY id",
          "INSERT INTO search_index (rowid, text, document_id, unit_seq, lang) SELECT id * 2 + 1, zh, document_id, "
          "seq, 'zh' FROM units WHERE document_id BETWEEN ?1 AND ?2 AND zh <> '' ORDER BY id"}) {
        Statement(*m_db, sql).bind(1, firstId).bind(2, lastId).run();
    }
    transaction.commit();
}

bool Library::removeDocument(qint64 id)
{
    Transaction transaction(*m_db);
    // Dependent rows go first: their foreign keys name units, and units cascade from documents.
    removeStructure(*m_db, id);
    for (const char *sql : {"DELETE FROM units WHERE document_id = ?1", "DELETE FROM authors WHERE document_id = ?1"})
        Statement(*m_db, sql).bind(1, id).run();
    Statement remove(*m_db, "DELETE FROM documents WHERE id = ?1");
    remove.bind(1, id).run();
    const bool removed = m_db->changes() > 0;
    transaction.commit();
    return removed;
}

void Library::replacePaper(qint64 id, const Paper &paper, const Progress &progress,
                           const std::function<void()> &beforeTrim)
{
    Database &db = *m_db;
    const int total = int(paper.units.size()) + 1;
    auto report = [&](int done) {
        if (progress && !progress(done, total))
            throw Error(Error::Kind::Cancelled, QStringLiteral("re-aligning cancelled"), paper.meta.sourceName);
    };
    report(0);

    Transaction transaction(db);
    const PaperMeta &meta = paper.meta;
    // The content hash and the source name stay: they say where the paper came from, so importing
    // that file again still finds it in the library.
    Statement updateDocument(db, "UPDATE documents SET title_en = ?2, title_zh = ?3, summary_en = ?4, year = ?5, "
                                 "publisher = ?6, original_date = ?7, url = ?8, citation = ?9 WHERE id = ?1");
    updateDocument.bind(1, id)
        .bind(2, orEmpty(meta.titleEn))
        .bind(3, orEmpty(meta.titleZh))
        .bind(4, orEmpty(meta.summaryEn))
        .bind(5, meta.year)
        .bind(6, orEmpty(meta.publisher))
        .bind(7, orEmpty(meta.originalDate.isValid() ? meta.originalDate.toString(Qt::ISODate) : QString()))
        .bind(8, orEmpty(meta.url))
        .bind(9, orEmpty(meta.citation))
        .run();
    if (db.changes() == 0)
        throw Error(Error::Kind::Usage, QStringLiteral("there is no document %1 in the library").arg(id), path());
    Statement(db, "DELETE FROM authors WHERE document_id = ?1").bind(1, id).run();
    writeAuthors(db, id, meta.authors);
    removeStructure(db, id);

    // Units keep their row where their number stays, so rows keyed on the unit id survive.
    QHash<int, qint64> unitIds;
    {
        Statement select(db, "SELECT seq, id FROM units WHERE document_id = ?1");
        select.bind(1, id);
        while (select.step())
            unitIds.insert(select.integer(0), select.int64(1));
    }
    Statement updateUnit(db, "UPDATE units SET kind = ?2, en = ?3, zh = ?4, en_line = ?5, zh_line = ?6, node_idx = ?7, "
                             "section_idx = ?8 WHERE id = ?1");
    Statement insertUnit(db,
                         "INSERT INTO units (document_id, seq, kind, en, zh, en_line, zh_line, node_idx, section_idx) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    // The index in three statements, not two per unit: inside a savepoint FTS5 flushes what it
    // holds at every statement, and a flush per row made this four times slower than the units.
    Statement unindex(db, "DELETE FROM search_index WHERE rowid IN (SELECT id * 2 FROM units WHERE document_id = ?1 "
                          "UNION ALL SELECT id * 2 + 1 FROM units WHERE document_id = ?1)");
    unindex.bind(1, id).run();
    for (const Unit &unit : paper.units) {
        const qint64 unitId = unitIds.value(unit.seq);
        if (unitId > 0) {
            updateUnit.bind(1, unitId).bind(2, unitKindCode(unit.kind)).bind(3, orEmpty(unit.en));
            updateUnit.bind(4, orEmpty(unit.zh)).bind(5, unit.enLine).bind(6, unit.zhLine);
            unit.node >= 0 ? updateUnit.bind(7, unit.node) : updateUnit.bindNull(7);
            unit.section >= 0 ? updateUnit.bind(8, unit.section) : updateUnit.bindNull(8);
            updateUnit.run();
            updateUnit.reset();
        } else {
            insertUnit.bind(1, id).bind(2, unit.seq).bind(3, unitKindCode(unit.kind));
            insertUnit.bind(4, orEmpty(unit.en)).bind(5, orEmpty(unit.zh)).bind(6, unit.enLine).bind(7, unit.zhLine);
            unit.node >= 0 ? insertUnit.bind(8, unit.node) : insertUnit.bindNull(8);
            unit.section >= 0 ? insertUnit.bind(9, unit.section) : insertUnit.bindNull(9);
            insertUnit.run();
            insertUnit.reset();
        }
        report(unit.seq);
    }

    if (beforeTrim)
        beforeTrim();
    // Units past the new end go, and with them (cascading) whatever still points at them.
    Statement trim(db, "DELETE FROM units WHERE document_id = ?1 AND seq > ?2");
    trim.bind(1, id).bind(2, qint64(paper.units.size())).run();
    indexPapers(id, id);
    writeStructure(db, id, paper);

    report(total);
    transaction.commit();
}

namespace {

// Reads documents with their authors: `select` yields the columns of DocumentColumns, `authors`
// is bound to each document in turn.
constexpr char DocumentColumns[] =
    "SELECT d.id, d.content_hash, d.source_name, d.title_en, d.title_zh, d.summary_en, d.year, d.publisher, "
    "d.original_date, d.url, d.citation, d.imported_at, "
    "(SELECT count(*) FROM units u WHERE u.document_id = d.id) FROM documents d ";

QList<DocumentInfo> readDocuments(Database &db, Statement &select)
{
    QList<DocumentInfo> list;
    Statement authors(db, "SELECT name_en, name_zh FROM authors WHERE document_id = ?1 ORDER BY position");
    while (select.step()) {
        DocumentInfo info;
        info.id = select.int64(0);
        info.contentHash = select.text(1).toLatin1();
        info.meta.sourceName = select.text(2);
        info.meta.titleEn = select.text(3);
        info.meta.titleZh = select.text(4);
        info.meta.summaryEn = select.text(5);
        info.meta.year = select.integer(6);
        info.meta.publisher = select.text(7);
        info.meta.originalDate = QDate::fromString(select.text(8), Qt::ISODate);
        info.meta.url = select.text(9);
        info.meta.citation = select.text(10);
        info.importedAt = QDateTime::fromString(select.text(11), Qt::ISODate);
        info.unitCount = select.integer(12);
        authors.bind(1, info.id);
        while (authors.step())
            info.meta.authors.append({authors.text(0), authors.text(1)});
        authors.reset();
        list.append(info);
    }
    return list;
}

QList<DocumentInfo> selectDocuments(Database &db, const char *tail, const std::function<void(Statement &)> &bind)
{
    const std::string sql = std::string(DocumentColumns) + tail;
    Statement select(db, sql);
    bind(select);
    return readDocuments(db, select);
}

} // namespace

QList<DocumentInfo> Library::documents() const
{
    return documents(0, -1);
}

QList<DocumentInfo> Library::documents(qint64 afterId, int limit) const
{
    // Keyset paging on the primary key: a page costs the same wherever it starts.
    return selectDocuments(*m_db, "WHERE d.id > ?1 ORDER BY d.id LIMIT ?2",
                           [&](Statement &s) { s.bind(1, afterId).bind(2, limit < 0 ? qint64(-1) : qint64(limit)); });
}

int Library::documentCount() const
{
    Statement count(*m_db, "SELECT count(*) FROM documents");
    count.step();
    return count.integer(0);
}

int Library::documentsBefore(qint64 id) const
{
    Statement count(*m_db, "SELECT count(*) FROM documents WHERE id < ?1");
    count.bind(1, id);
    count.step();
    return count.integer(0);
}

std::optional<DocumentInfo> Library::document(qint64 id) const
{
    const QList<DocumentInfo> found = selectDocuments(*m_db, "WHERE d.id = ?1", [&](Statement &s) { s.bind(1, id); });
    return found.isEmpty() ? std::nullopt : std::optional<DocumentInfo>(found.front());
}

std::optional<DocumentInfo> Library::documentWithHash(const QByteArray &contentHash) const
{
    const QList<DocumentInfo> found = selectDocuments(
        *m_db, "WHERE d.content_hash = ?1", [&](Statement &s) { s.bind(1, QString::fromLatin1(contentHash)); });
    return found.isEmpty() ? std::nullopt : std::optional<DocumentInfo>(found.front());
}

qint64 Library::defaultDocumentId() const
{
    Statement first(*m_db, "SELECT min(id) FROM documents");
    first.step();
    return first.isNull(0) ? 0 : first.int64(0);
}

Paper Library::loadPaper(qint64 id) const
{
    const std::optional<DocumentInfo> info = document(id);
    if (!info)
        throw Error(Error::Kind::Usage, QStringLiteral("there is no document %1 in the library").arg(id), path());
    Paper paper;
    paper.meta = info->meta;
    paper.contentHash = info->contentHash;

    Statement units(*m_db, "SELECT seq, kind, en, zh, en_line, zh_line, node_idx, section_idx FROM units "
                           "WHERE document_id = ?1 ORDER BY seq");
    units.bind(1, id);
    while (units.step()) {
        Unit unit;
        unit.seq = units.integer(0);
        unit.kind = unitKindFromCode(units.text(1));
        unit.en = units.text(2);
        unit.zh = units.text(3);
        unit.enLine = units.integer(4);
        unit.zhLine = units.integer(5);
        unit.node = units.isNull(6) ? -1 : units.integer(6);
        unit.section = units.isNull(7) ? -1 : units.integer(7);
        paper.units.append(unit);
    }

    Statement nodes(*m_db, "SELECT parent_idx, unit_seq, kind, depth, number_en, number_zh, label_en, label_zh "
                           "FROM nodes WHERE document_id = ?1 ORDER BY idx");
    nodes.bind(1, id);
    while (nodes.step()) {
        TreeNode node;
        node.parent = nodes.isNull(0) ? -1 : nodes.integer(0);
        node.unitSeq = nodes.integer(1);
        node.kind = nodeKindFromCode(nodes.text(2)).value_or(NodeKind::Part);
        node.depth = nodes.integer(3);
        node.numberEn = nodes.text(4);
        node.numberZh = nodes.text(5);
        node.labelEn = nodes.text(6);
        node.labelZh = nodes.text(7);
        paper.nodes.append(node);
    }

    Statement works(*m_db, "SELECT author_en, author_zh, year FROM works WHERE document_id = ?1 ORDER BY idx");
    works.bind(1, id);
    while (works.step())
        paper.works.append({works.text(0), works.text(1), works.text(2), {}});

    Statement citations(*m_db,
                        "SELECT unit_seq, lang, start, length, author, year, narrative, work_idx, counterpart_idx "
                        "FROM citations WHERE document_id = ?1 ORDER BY idx");
    citations.bind(1, id);
    while (citations.step()) {
        CitationOccurrence c;
        c.unitSeq = citations.integer(0);
        c.lang = langFromCode(citations.text(1)).value_or(Lang::En);
        c.start = citations.integer(2);
        c.length = citations.integer(3);
        c.author = citations.text(4);
        c.year = citations.text(5);
        c.narrative = citations.integer(6) != 0;
        c.work = citations.integer(7);
        c.counterpart = citations.isNull(8) ? -1 : citations.integer(8);
        if (c.work >= 0 && c.work < paper.works.size())
            paper.works[c.work].occurrences.append(int(paper.citations.size()));
        paper.citations.append(c);
    }

    Statement footnotes(*m_db, "SELECT unit_seq, start, length, number, attached_to FROM footnotes "
                               "WHERE document_id = ?1 ORDER BY number");
    footnotes.bind(1, id);
    while (footnotes.step()) {
        paper.footnotes.append({footnotes.integer(0), footnotes.integer(1), footnotes.integer(2), footnotes.integer(3),
                                footnotes.text(4)});
    }

    Statement notes(*m_db, "SELECT unit_seq, kind, message, detail_en, detail_zh FROM alignment_notes "
                           "WHERE document_id = ?1 ORDER BY unit_seq, id");
    notes.bind(1, id);
    while (notes.step())
        paper.notes.append({notes.integer(0), notes.text(1), notes.text(2), notes.text(3), notes.text(4)});
    return paper;
}

QList<SearchHit> Library::search(const SearchQuery &query, const SearchOptions &options) const
{
    QList<SearchHit> hits;
    search(query, options, std::max(1, options.limit), [&hits](QList<SearchHit> batch) {
        hits += batch;
        return true;
    });
    return hits;
}

namespace {

// Where a search looks: the row ids of the full-text index it covers (unit id × 2 + language) and,
// for one document, the rows it has.
struct SearchScope
{
    qint64 first = 0;
    qint64 last = -1;
    qint64 rows = 0; // 0: the whole index (FTS5 knows how many)
};

SearchScope searchScope(Database &db, qint64 documentId)
{
    SearchScope scope;
    if (documentId > 0) {
        Statement range(db, "SELECT min(id) * 2, max(id) * 2 + 1, total(en != '') + total(zh != '') FROM units "
                            "WHERE document_id = ?1");
        range.bind(1, documentId);
        if (range.step() && !range.isNull(0)) {
            scope.first = range.int64(0);
            scope.last = range.int64(1);
            scope.rows = qint64(range.real(2));
        }
    } else {
        Statement range(db, "SELECT min(id) * 2, max(id) * 2 + 1 FROM units");
        if (range.step() && !range.isNull(0)) {
            scope.first = range.int64(0);
            scope.last = range.int64(1);
        }
    }
    return scope;
}

// A filter on the rows of one document: its units' ids can interleave with another's when a paper
// was re-aligned, so the id range alone is not enough.
constexpr const char *InDocument = " AND rowid / 2 IN (SELECT id FROM units WHERE document_id = ?4)";

// How many rows of the scope contain the term (bm25's n): counted up to RarityCount, beyond that
// estimated from how far into the scope the first RarityCount rows reach.
double rowsContaining(Database &db, const SearchTerm &term, const SearchScope &scope, qint64 documentId)
{
    QByteArray sql = "SELECT rowid FROM search_index WHERE search_index MATCH ?1 AND rowid BETWEEN ?2 AND ?3";
    if (documentId > 0)
        sql += InDocument;
    sql = "SELECT count(*), max(rowid) FROM (" + sql + " ORDER BY rowid LIMIT ?5)";
    Statement select(db, std::string_view(sql.constData(), std::size_t(sql.size())));
    select.bind(1, SearchQuery::matchExpression(term)).bind(2, scope.first).bind(3, scope.last);
    if (documentId > 0)
        select.bind(4, documentId);
    select.bind(5, Library::RarityCount);
    qint64 count = 0;
    qint64 lastRow = scope.first;
    if (select.step() && !select.isNull(1)) {
        count = select.int64(0);
        lastRow = select.int64(1);
    }
    if (count < Library::RarityCount || lastRow <= scope.first)
        return double(count);
    return double(count) * double(scope.last - scope.first + 1) / double(lastRow - scope.first + 1);
}

struct Ranked
{
    qint64 row = 0;
    double score = 0;
};

} // namespace

bool Library::search(const SearchQuery &query, const SearchOptions &options, int batchSize,
                     const SearchBatch &batch) const
{
    if (query.isEmpty() || options.limit <= 0)
        return true;
    batchSize = std::max(1, batchSize);
    const SearchScope scope = searchScope(*m_db, options.documentId);
    if (scope.last < scope.first)
        return true;
    const QList<SearchTerm> phrases = query.phrases();
    QList<double> containing;
    for (const SearchTerm &term : phrases)
        containing.append(rowsContaining(*m_db, term, scope, options.documentId));

    // The matches a window at a time, in row-id order, which FTS5 gives without sorting and stops
    // giving at the LIMIT; each row with its phrase counts, ranked here.
    QByteArray windowSql = "SELECT rowid, duizhao_hits(search_index) FROM search_index WHERE search_index MATCH ?1 "
                           "AND rowid BETWEEN ?2 AND ?3";
    if (options.lang)
        windowSql += " AND rowid % 2 = ?6";
    if (options.documentId > 0)
        windowSql += InDocument;
    windowSql += " ORDER BY rowid LIMIT ?5";
    Statement window(*m_db, std::string_view(windowSql.constData(), std::size_t(windowSql.size())));
    Statement row(*m_db, "SELECT document_id, unit_seq, lang, text FROM search_index WHERE rowid = ?1");
    const QString match = query.toMatchExpression();
    const Highlighter highlighter(query);

    // bm25 as FTS5 computes it (k1 = 1.2, b = 0.75, idf floored at 1e-6), with n and N of the scope.
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    QList<double> idf;
    double averageTokens = 0;

    int delivered = 0;
    QList<SearchHit> pending;
    qint64 from = scope.first;
    while (delivered < options.limit) {
        window.reset();
        window.bind(1, match).bind(2, from).bind(3, scope.last).bind(5, RankWindow);
        if (options.lang)
            window.bind(6, *options.lang == Lang::Zh ? 1 : 0);
        if (options.documentId > 0)
            window.bind(4, options.documentId);
        QList<Ranked> ranked;
        while (window.step()) {
            const Fts5RowHits hits = Fts5RowHits::fromBlob(window.blob(1));
            if (idf.isEmpty()) {
                const double rows = double(scope.rows > 0 ? scope.rows : hits.indexRows);
                averageTokens = hits.indexRows > 0 ? double(hits.indexTokens) / double(hits.indexRows) : 1.0;
                for (const double n : containing)
                    idf.append(std::max(1e-6, std::log((rows - n + 0.5) / (n + 0.5))));
            }
            double score = 0;
            const double lengthNorm = k1 * (1 - b + b * double(hits.rowTokens) / std::max(1.0, averageTokens));
            for (qsizetype i = 0; i < hits.phraseHits.size() && i < idf.size(); ++i) {
                const double tf = hits.phraseHits[i];
                score += idf[i] * tf * (k1 + 1) / (tf + lengthNorm);
            }
            ranked.append({window.int64(0), -score});
        }
        if (ranked.isEmpty())
            break;
        from = ranked.back().row + 1;
        const bool lastWindow = ranked.size() < RankWindow;
        std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
            return a.score < b.score || (a.score == b.score && a.row < b.row);
        });
        for (const Ranked &r : ranked) {
            if (delivered == options.limit)
                break;
            row.reset();
            row.bind(1, r.row);
            if (!row.step())
                continue;
            SearchHit hit;
            hit.documentId = row.int64(0);
            hit.unitSeq = row.integer(1);
            hit.lang = langFromCode(row.text(2)).value_or(Lang::En);
            hit.score = r.score;
            const QString text = row.text(3);
            hit.matches = highlighter.matches(text);
            hit.snippet = Highlighter::snippet(text, hit.matches);
            pending.append(hit);
            ++delivered;
            if (pending.size() == batchSize && !batch(std::exchange(pending, {})))
                return false;
        }
        if (lastWindow)
            break;
    }
    if (!pending.isEmpty() && !batch(std::exchange(pending, {})))
        return false;
    return true;
}

} // namespace duizhao
