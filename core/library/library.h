#pragma once

#include "model/paper.h"
#include "search/highlighter.h"

#include <QDateTime>

#include <functional>
#include <memory>
#include <optional>

namespace duizhao {

class Database;
class SearchQuery;

struct DocumentInfo
{
    qint64 id = 0;
    PaperMeta meta;
    QByteArray contentHash;
    QDateTime importedAt;
    int unitCount = 0;
};

struct AddResult
{
    qint64 documentId = 0;
    bool added = false; // false: the same paper was already in the library
};

struct SearchOptions
{
    std::optional<Lang> lang;
    qint64 documentId = 0; // 0: every document
    int limit = 50;
};

struct SearchHit
{
    qint64 documentId = 0;
    int unitSeq = 0;
    Lang lang = Lang::En;
    double score = 0; // bm25: lower is better
    Snippet snippet;
    QList<TextRange> matches; // in the unit's text of that language
};

// Hits as they are ready, a batch at a time, in the order search() returns them. Returning false
// stops the search.
using SearchBatch = std::function<bool(QList<SearchHit> batch)>;

// Reports progress of a long operation: done out of total steps. Returning false cancels it.
using Progress = std::function<bool(int done, int total)>;

// A library file: many papers in one SQLite database. Opening runs the schema migrations (and
// refuses a file from a newer Duizhao without touching it). Every write is one transaction.
// One Library per thread: it owns its connection.
class Library final
{
    Q_DISABLE_COPY_MOVE(Library)

public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    explicit Library(const QString &path, Access access = Access::ReadWrite);
    ~Library();

    // The per-user library in the platform's data folder.
    static QString defaultPath();
    // The schema version this program writes.
    static int schemaVersion();

    const QString &path() const;
    bool isReadOnly() const;
    // Why a library opened for writing is read-only when that is not its permissions: on a full
    // disk it opens read-only, and this says so ("the disk is full: no space left on …"). Empty otherwise.
    const QString &readOnlyReason() const;
    // The connection, for core's services (stores, the importer, the framework loader) and tests:
    // app/ goes through those services and never reaches it (tests/check-layers.sh).
    Database &database() const { return *m_db; }

    // When a stored paper's search rows are written: with the paper, or by indexPapers() later,
    // for many papers at once (the importer's batches: the index is written faster in large
    // statements). Until then the paper is in the library but not found by search.
    enum class Indexing
    {
        Now,
        Later
    };

    // Stores a parsed paper. A paper with the same content hash is not stored twice.
    AddResult addPaper(const Paper &paper, const Progress &progress = {}, Indexing indexing = Indexing::Now);
    // Writes the search rows of the papers with ids firstId…lastId that were added with
    // Indexing::Later (and of no others: a paper indexed twice would be found twice).
    void indexPapers(qint64 firstId, qint64 lastId);
    bool removeDocument(qint64 id);
    // Replaces the text of a stored paper with `paper` (the same paper aligned anew), keeping its
    // id, content hash and source name: metadata, units, search rows, tree, citations, footnotes
    // and alignment notes are rewritten. A unit keeps its row where its number stays. `beforeTrim`
    // runs once the new units are written and before the units past the new end are removed
    // (their rows cascade), so a caller can move what points at units; it may throw. One
    // transaction, nested in the caller's when there is one.
    void replacePaper(qint64 id, const Paper &paper, const Progress &progress = {},
                      const std::function<void()> &beforeTrim = {});

    // Every document, in id order: a walk over the whole library, for commands that list it all.
    QList<DocumentInfo> documents() const;
    // At most `limit` documents (-1: all) with an id above `afterId`, in id order: one page of
    // the library, costing the same wherever it starts.
    QList<DocumentInfo> documents(qint64 afterId, int limit) const;
    int documentCount() const;
    // How many documents come before `id` in id order: its row in a list of them all.
    int documentsBefore(qint64 id) const;
    // One document, looked up by its key (id or content hash) without reading the others.
    std::optional<DocumentInfo> document(qint64 id) const;
    std::optional<DocumentInfo> documentWithHash(const QByteArray &contentHash) const;
    // The id a command means when it names none: the only or the first document; 0 if empty.
    qint64 defaultDocumentId() const;
    Paper loadPaper(qint64 id) const;

    // Full-text search, ranked by bm25 (lower is better; ties in library order: document, unit,
    // language). The work is bounded so that it does not grow with the library:
    //  - the matches are ranked a window of RankWindow at a time, in library order (documents in the
    //    order they were imported), so the first hits are the best of the first RankWindow matches;
    //    a query with fewer matches (one paper, nearly always) is ranked as a whole;
    //  - a phrase's rarity (bm25's idf) is counted in the search's scope: the document searched, or
    //    the library, where a phrase with more than RarityCount rows is estimated from how far into
    //    the library its first RarityCount rows reach.
    // So searching one paper ranks it as if it were alone in the library, at the same cost.
    QList<SearchHit> search(const SearchQuery &query, const SearchOptions &options = {}) const;
    // The same hits, handed to `batch` a batch of at most `batchSize` at a time as soon as each is
    // ready. Returns false when `batch` stopped it.
    bool search(const SearchQuery &query, const SearchOptions &options, int batchSize, const SearchBatch &batch) const;
    static constexpr int RankWindow = 1000;
    static constexpr int RarityCount = 2000;

private:
    void open(const QString &path, Access access);
    void openOnFullDisk(const QString &path);

    std::unique_ptr<Database> m_db;
};

} // namespace duizhao
