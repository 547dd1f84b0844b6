#include "migrations.h"

#include "database.h"

namespace duizhao {

namespace {

// Version 1: papers as the importer sees them — documents, aligned units, the heading tree,
// citations and the works they cite, footnote markers, alignment notes — and the full-text index.
// Text offsets are UTF-16 indexes into units.en / units.zh.
void createPapers(Database &db)
{
    db.exec(R"sql(
CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,
    source_name   TEXT NOT NULL,
    title_en      TEXT NOT NULL,
    title_zh      TEXT NOT NULL,
    summary_en    TEXT NOT NULL,
    year          INTEGER NOT NULL,
    publisher     TEXT NOT NULL,
    original_date TEXT NOT NULL,
    url           TEXT NOT NULL,
    citation      TEXT NOT NULL,
    imported_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE authors (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name_en     TEXT NOT NULL,
    name_zh     TEXT NOT NULL,
    PRIMARY KEY (document_id, position)
) WITHOUT ROWID;

CREATE TABLE units (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('heading', 'body')),
    en          TEXT NOT NULL,
    zh          TEXT NOT NULL,
    en_line     INTEGER NOT NULL,
    zh_line     INTEGER NOT NULL,
    node_idx    INTEGER,
    section_idx INTEGER,
    UNIQUE (document_id, seq)
);

CREATE TABLE nodes (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    parent_idx  INTEGER,
    unit_seq    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('chapter', 'part', 'section', 'subsection', 'point', 'article')),
    depth       INTEGER NOT NULL,
    number_en   TEXT NOT NULL,
    number_zh   TEXT NOT NULL,
    label_en    TEXT NOT NULL,
    label_zh    TEXT NOT NULL,
    PRIMARY KEY (document_id, idx),
    FOREIGN KEY (document_id, parent_idx) REFERENCES nodes(document_id, idx),
    FOREIGN KEY (document_id, unit_seq) REFERENCES units(document_id, seq)
) WITHOUT ROWID;

CREATE TABLE works (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    author_en   TEXT NOT NULL,
    author_zh   TEXT NOT NULL,
    year        TEXT NOT NULL,
    PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;

CREATE TABLE citations (
    document_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx             INTEGER NOT NULL,
    unit_seq        INTEGER NOT NULL,
    lang            TEXT NOT NULL CHECK (lang IN ('en', 'zh')),
    start           INTEGER NOT NULL,
    length          INTEGER NOT NULL,
    author          TEXT NOT NULL,
    year            TEXT NOT NULL,
    narrative       INTEGER NOT NULL,
    work_idx        INTEGER NOT NULL,
    counterpart_idx INTEGER,
    PRIMARY KEY (document_id, idx),
    FOREIGN KEY (document_id, unit_seq) REFERENCES units(document_id, seq),
    FOREIGN KEY (document_id, work_idx) REFERENCES works(document_id, idx)
) WITHOUT ROWID;

CREATE TABLE footnotes (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    unit_seq    INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    length      INTEGER NOT NULL,
    attached_to TEXT NOT NULL,
    PRIMARY KEY (document_id, number),
    FOREIGN KEY (document_id, unit_seq) REFERENCES units(document_id, seq)
) WITHOUT ROWID;

CREATE TABLE alignment_notes (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    unit_seq    INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    message     TEXT NOT NULL,
    detail_en   TEXT NOT NULL,
    detail_zh   TEXT NOT NULL,
    FOREIGN KEY (document_id, unit_seq) REFERENCES units(document_id, seq)
);

CREATE INDEX units_by_document ON units(document_id, seq);
CREATE INDEX alignment_notes_by_document ON alignment_notes(document_id, unit_seq);

-- One row per unit and language; rowid = units.id * 2 (+1 for Chinese), so deleting a unit
-- finds its rows without scanning.
CREATE VIRTUAL TABLE search_index USING fts5(
    text, document_id UNINDEXED, unit_seq UNINDEXED, lang UNINDEXED,
    tokenize = 'duizhao'
);

CREATE TRIGGER units_delete_search AFTER DELETE ON units BEGIN
    DELETE FROM search_index WHERE rowid IN (old.id * 2, old.id * 2 + 1);
END;
)sql");
    db.exec(QStringLiteral("PRAGMA application_id = %1").arg(LibraryApplicationId).toUtf8().constData());
}

// Version 3: the reader's annotations and the tags that code them. (Version 2 is the framework
// data's step, written on another branch; the migrator runs whichever steps a file lacks.)
// unit_id cascades, so removing a paper removes its marks; unit_seq is kept beside it because
// exports and imports name units by their number. A range keeps the words it marked (quote) so a
// mark can be checked, and moved, should the offsets stop matching the text.
void createAnnotations(Database &db)
{
    db.exec(R"sql(
CREATE TABLE tags (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    name_zh TEXT NOT NULL DEFAULT '',
    color   TEXT NOT NULL CHECK (color GLOB '#[0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F]'),
    builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))
);

CREATE TABLE annotations (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    unit_id     INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    unit_seq    INTEGER NOT NULL,
    scope       TEXT NOT NULL CHECK (scope IN ('range', 'unit')),
    lang        TEXT CHECK (lang IN ('en', 'zh')),
    start       INTEGER,
    length      INTEGER,
    quote       TEXT NOT NULL DEFAULT '',
    color       TEXT NOT NULL CHECK (color GLOB '#[0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F]'),
    note        TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    CHECK ((scope = 'range' AND lang IS NOT NULL AND start >= 0 AND length > 0)
        OR (scope = 'unit' AND lang IS NULL AND start IS NULL AND length IS NULL))
);

CREATE TABLE annotation_tags (
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    tag_id        INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, tag_id)
) WITHOUT ROWID;

CREATE INDEX annotations_by_document ON annotations(document_id, unit_seq);
CREATE INDEX annotations_by_unit ON annotations(unit_id);
CREATE INDEX annotation_tags_by_tag ON annotation_tags(tag_id);

-- The paper's own framework as a ready code set (power / order / values, dilemmas, countermeasures).
INSERT INTO tags (name, name_zh, color, builtin) VALUES
    ('power', '实力竞争', '#D1495B', 1),
    ('order', '秩序竞争', '#2E86AB', 1),
    ('values', '价值观竞争', '#8E5DB5', 1),
    ('dilemmas', '困境', '#E08E0B', 1),
    ('countermeasures', '对策', '#3F9C35', 1);
)sql");
}

} // namespace

const QList<Migration> &libraryMigrations()
{
    static const QList<Migration> steps = {
        {1, "papers, their structure, citations, footnotes, alignment notes and the search index", createPapers},
        {3, "annotations (highlights, notes, whole-unit codes) and their tags, seeded with the framework's codes",
         createAnnotations},
    };
    return steps;
}

} // namespace duizhao
