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

// Version 2: a paper's framework as data, tied to its units. Curated data (framework.json,
// measures.json, glossary.json) gives framework nodes and the relations between the three powers,
// Table 1, measures and glossary terms; Duizhao finds their mentions in both languages and each
// unit's framework level. Papers without curated data get measure candidates the user accepts,
// edits or rejects. Every row cascades from its document, and every link to a unit from the unit.
void createFramework(Database &db)
{
    db.exec(R"sql(
-- One row per document once Duizhao has looked for its data: curated = 1 when curated data is
-- attached (source names where it came from), 0 when there was none and candidates were proposed.
CREATE TABLE framework_sets (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    curated     INTEGER NOT NULL,
    source      TEXT NOT NULL,
    title_en    TEXT NOT NULL,
    data_hash   TEXT NOT NULL,
    loaded_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- A rowid table, not WITHOUT ROWID: rows carry summaries in two languages, larger than the
-- twentieth of a page WITHOUT ROWID tables are good for.
CREATE TABLE framework_nodes (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    key         TEXT NOT NULL,
    parent_idx  INTEGER,
    goal_idx    INTEGER,
    kind        TEXT NOT NULL CHECK (kind IN ('concept', 'power', 'competition', 'initiative', 'feature',
                                             'dilemma', 'dilemma-point', 'countermeasure', 'countermeasure-point')),
    level       TEXT NOT NULL CHECK (level IN ('none', 'power', 'order', 'values', 'dilemmas', 'countermeasures')),
    label_en    TEXT NOT NULL,
    label_zh    TEXT NOT NULL,
    summary_en  TEXT NOT NULL,
    summary_zh  TEXT NOT NULL,
    UNIQUE (document_id, idx),
    UNIQUE (document_id, key),
    FOREIGN KEY (document_id, parent_idx) REFERENCES framework_nodes(document_id, idx),
    FOREIGN KEY (document_id, goal_idx) REFERENCES framework_nodes(document_id, idx)
);

-- Anchors resolved: where the English text states the node.
CREATE TABLE framework_node_units (
    document_id INTEGER NOT NULL,
    node_idx    INTEGER NOT NULL,
    unit_seq    INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    length      INTEGER NOT NULL,
    PRIMARY KEY (document_id, node_idx, unit_seq, start),
    FOREIGN KEY (document_id, node_idx) REFERENCES framework_nodes(document_id, idx) ON DELETE CASCADE,
    FOREIGN KEY (document_id, unit_seq) REFERENCES units(document_id, seq) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE framework_relations (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    from_idx    INTEGER NOT NULL,
    to_idx      INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('foundation', 'space', 'endorsement')),
    label_en    TEXT NOT NULL,
    label_zh    TEXT NOT NULL,
    PRIMARY KEY (document_id, idx),
    FOREIGN KEY (document_id, from_idx) REFERENCES framework_nodes(document_id, idx),
    FOREIGN KEY (document_id, to_idx) REFERENCES framework_nodes(document_id, idx)
) WITHOUT ROWID;

CREATE TABLE framework_relation_units (
    document_id  INTEGER NOT NULL,
    relation_idx INTEGER NOT NULL,
    unit_seq     INTEGER NOT NULL,
    start        INTEGER NOT NULL,
    length       INTEGER NOT NULL,
    PRIMARY KEY (document_id, relation_idx, unit_seq, start),
    FOREIGN KEY (document_id, relation_idx) REFERENCES framework_relations(document_id, idx) ON DELETE CASCADE,
    FOREIGN KEY (document_id, unit_seq) REFERENCES units(document_id, seq) ON DELETE CASCADE
) WITHOUT ROWID;

-- The level the structure tree colours each unit with.
CREATE TABLE framework_unit_levels (
    document_id INTEGER NOT NULL,
    unit_seq    INTEGER NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('none', 'power', 'order', 'values', 'dilemmas', 'countermeasures')),
    PRIMARY KEY (document_id, unit_seq),
    FOREIGN KEY (document_id, unit_seq) REFERENCES units(document_id, seq) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE measures (
    id              INTEGER PRIMARY KEY,
    document_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    key             TEXT NOT NULL,
    origin          TEXT NOT NULL CHECK (origin IN ('curated', 'candidate')),
    name_en         TEXT NOT NULL,
    name_zh         TEXT NOT NULL,
    acronym         TEXT NOT NULL,
    aliases_en      TEXT NOT NULL,  -- JSON array of strings
    aliases_zh      TEXT NOT NULL,
    kind            TEXT NOT NULL,
    actor_en        TEXT NOT NULL,
    actor_zh        TEXT NOT NULL,
    date            TEXT NOT NULL,  -- '', 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'
    level           TEXT NOT NULL CHECK (level IN ('none', 'power', 'order', 'values', 'dilemmas', 'countermeasures')),
    category        TEXT NOT NULL,
    figures         TEXT NOT NULL,  -- JSON array of {"en": …, "zh": …}
    note_en         TEXT NOT NULL,
    note_zh         TEXT NOT NULL,
    name_en_in_text INTEGER NOT NULL,
    UNIQUE (document_id, key)
);

CREATE TABLE measure_mentions (
    measure_id  INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL,
    unit_seq    INTEGER NOT NULL,
    lang        TEXT NOT NULL CHECK (lang IN ('en', 'zh')),
    start       INTEGER NOT NULL,
    length      INTEGER NOT NULL,
    PRIMARY KEY (measure_id, unit_seq, lang, start),
    FOREIGN KEY (document_id, unit_seq) REFERENCES units(document_id, seq) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE table1_items (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    level       TEXT NOT NULL CHECK (level IN ('power', 'order', 'values')),
    column_name TEXT NOT NULL CHECK (column_name IN ('initiatives', 'features', 'measures')),
    position    INTEGER NOT NULL,
    node_idx    INTEGER,
    measure_id  INTEGER REFERENCES measures(id) ON DELETE CASCADE,
    PRIMARY KEY (document_id, level, column_name, position),
    FOREIGN KEY (document_id, node_idx) REFERENCES framework_nodes(document_id, idx) ON DELETE CASCADE,
    CHECK ((node_idx IS NULL) <> (measure_id IS NULL))
) WITHOUT ROWID;

CREATE TABLE glossary_terms (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    key           TEXT NOT NULL,
    term_en       TEXT NOT NULL,
    term_zh       TEXT NOT NULL,
    aliases_en    TEXT NOT NULL,  -- JSON array of strings
    aliases_zh    TEXT NOT NULL,
    definition_en TEXT NOT NULL,
    definition_zh TEXT NOT NULL,
    category      TEXT NOT NULL,
    UNIQUE (document_id, key)
);

-- gloss = 1: the term in the other language, inside this text ("[话语权 (voice, influence)]").
CREATE TABLE glossary_occurrences (
    term_id     INTEGER NOT NULL REFERENCES glossary_terms(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL,
    unit_seq    INTEGER NOT NULL,
    lang        TEXT NOT NULL CHECK (lang IN ('en', 'zh')),
    start       INTEGER NOT NULL,
    length      INTEGER NOT NULL,
    gloss       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (term_id, unit_seq, lang, start),
    FOREIGN KEY (document_id, unit_seq) REFERENCES units(document_id, seq) ON DELETE CASCADE
) WITHOUT ROWID;

-- match_key: both names normalised, so finding candidates again keeps what the user decided.
CREATE TABLE measure_candidates (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    match_key   TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    name_zh     TEXT NOT NULL,
    acronym     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    level       TEXT NOT NULL DEFAULT 'none'
                CHECK (level IN ('none', 'power', 'order', 'values', 'dilemmas', 'countermeasures')),
    category    TEXT NOT NULL DEFAULT '',
    actor_en    TEXT NOT NULL DEFAULT '',
    actor_zh    TEXT NOT NULL DEFAULT '',
    date        TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'rejected')),
    measure_id  INTEGER REFERENCES measures(id) ON DELETE SET NULL,
    UNIQUE (document_id, match_key)
);

CREATE TABLE candidate_mentions (
    candidate_id INTEGER NOT NULL REFERENCES measure_candidates(id) ON DELETE CASCADE,
    document_id  INTEGER NOT NULL,
    unit_seq     INTEGER NOT NULL,
    lang         TEXT NOT NULL CHECK (lang IN ('en', 'zh')),
    start        INTEGER NOT NULL,
    length       INTEGER NOT NULL,
    PRIMARY KEY (candidate_id, unit_seq, lang, start),
    FOREIGN KEY (document_id, unit_seq) REFERENCES units(document_id, seq) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE INDEX measures_by_document ON measures(document_id, position);
CREATE INDEX measure_mentions_by_unit ON measure_mentions(document_id, unit_seq);
CREATE INDEX glossary_terms_by_document ON glossary_terms(document_id, position);
CREATE INDEX glossary_occurrences_by_unit ON glossary_occurrences(document_id, unit_seq);
CREATE INDEX measure_candidates_by_document ON measure_candidates(document_id, status);
CREATE INDEX candidate_mentions_by_unit ON candidate_mentions(document_id, unit_seq);
CREATE INDEX table1_items_by_measure ON table1_items(measure_id);
)sql");
}

// Version 3: the reader's annotations and the tags that code them.
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

-- The paper's own framework as a ready code set (power / order / values, dilemmas, countermeasures),
-- in the colours the framework levels have everywhere else (framework/frameworklevel.cpp).
INSERT INTO tags (name, name_zh, color, builtin) VALUES
    ('power', '实力竞争', '#D6604D', 1),
    ('order', '秩序竞争', '#3D85C6', 1),
    ('values', '价值观竞争', '#9B6BC4', 1),
    ('dilemmas', '困境', '#C08A1E', 1),
    ('countermeasures', '对策', '#2E9E6E', 1);
)sql");
}

// Version 4: study mode. Cards made from a paper's data (decks of terms, measures, the framework,
// Table 1, key sentences, headings and the reader's own highlights), each with a stable key derived
// from what it is made of, so that regenerating the cards keeps a card's progress; the paragraphs
// each card comes from; FSRS memory state per card; every review with the state before and after;
// and the study settings of each paper. Self-contained: it only adds tables, and everything cascades
// from the paper (and the paragraph links from their units).
void createStudy(Database &db)
{
    db.exec(R"sql(
CREATE TABLE study_cards (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    deck         TEXT NOT NULL CHECK (deck IN ('terms', 'measures', 'framework', 'table1', 'sentences',
                                               'headings', 'mine')),
    kind         TEXT NOT NULL,
    key          TEXT NOT NULL,
    direction    TEXT NOT NULL DEFAULT '' CHECK (direction IN ('', 'en-zh', 'zh-en')),
    content_hash TEXT NOT NULL,
    prompt       TEXT NOT NULL,  -- the question side: prompt and hint
    hint         TEXT NOT NULL,
    answer       TEXT NOT NULL,  -- the answer side
    english      TEXT NOT NULL,
    chinese      TEXT NOT NULL,
    details      TEXT NOT NULL,
    tags         TEXT NOT NULL,  -- JSON array of strings
    level        TEXT NOT NULL CHECK (level IN ('none', 'power', 'order', 'values', 'dilemmas', 'countermeasures')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    -- 'user': set aside by the user; 'gone': its data is no longer there (kept with its reviews).
    suspended    TEXT NOT NULL DEFAULT '' CHECK (suspended IN ('', 'user', 'gone')),
    UNIQUE (document_id, key)
);

CREATE TABLE study_card_units (
    card_id     INTEGER NOT NULL REFERENCES study_cards(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL,
    unit_seq    INTEGER NOT NULL,
    PRIMARY KEY (card_id, unit_seq),
    FOREIGN KEY (document_id, unit_seq) REFERENCES units(document_id, seq) ON DELETE CASCADE
) WITHOUT ROWID;

-- One row per card once it has been answered; a card without one is new.
CREATE TABLE study_memory (
    card_id     INTEGER PRIMARY KEY REFERENCES study_cards(id) ON DELETE CASCADE,
    phase       TEXT NOT NULL CHECK (phase IN ('learning', 'review', 'relearning')),
    step        INTEGER NOT NULL,
    stability   REAL NOT NULL,
    difficulty  REAL NOT NULL,
    due         TEXT NOT NULL,  -- UTC ISO 8601
    last_review TEXT NOT NULL,
    reps        INTEGER NOT NULL,
    lapses      INTEGER NOT NULL
);

-- Every answer. The state before is NULL-able: a new card has no stability, difficulty or due time.
CREATE TABLE study_reviews (
    id                INTEGER PRIMARY KEY,
    card_id           INTEGER NOT NULL REFERENCES study_cards(id) ON DELETE CASCADE,
    reviewed_at       TEXT NOT NULL,
    rating            INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    elapsed_days      INTEGER NOT NULL,
    phase_before      TEXT NOT NULL CHECK (phase_before IN ('new', 'learning', 'review', 'relearning')),
    stability_before  REAL,
    difficulty_before REAL,
    due_before        TEXT,
    phase_after       TEXT NOT NULL CHECK (phase_after IN ('learning', 'review', 'relearning')),
    stability_after   REAL NOT NULL,
    difficulty_after  REAL NOT NULL,
    due_after         TEXT NOT NULL
);

CREATE TABLE study_settings (
    document_id       INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    desired_retention REAL NOT NULL CHECK (desired_retention BETWEEN 0.7 AND 0.99),
    new_per_day       INTEGER NOT NULL CHECK (new_per_day BETWEEN 0 AND 9999),
    daily_limit       INTEGER NOT NULL CHECK (daily_limit BETWEEN 0 AND 9999)
);

CREATE INDEX study_cards_by_document ON study_cards(document_id, deck);
CREATE INDEX study_card_units_by_unit ON study_card_units(document_id, unit_seq);
CREATE INDEX study_memory_by_due ON study_memory(due);
CREATE INDEX study_reviews_by_card ON study_reviews(card_id, reviewed_at);
CREATE INDEX study_reviews_by_time ON study_reviews(reviewed_at);
)sql");
}

} // namespace

const QList<Migration> &libraryMigrations()
{
    static const QList<Migration> steps = {
        {1, "papers, their structure, citations, footnotes, alignment notes and the search index", createPapers},
        {2, "the framework as data: nodes, relations, Table 1, measures, glossary, unit levels, candidates",
         createFramework},
        {3, "annotations (highlights, notes, whole-unit codes) and their tags, seeded with the framework's codes",
         createAnnotations},
        {4, "study mode: cards with stable keys, their paragraphs, FSRS memory, the review log, settings per paper",
         createStudy},
    };
    return steps;
}

} // namespace duizhao
