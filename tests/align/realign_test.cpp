// Editing the alignment of a paper already in the library (issue 12 §4, Tools → Edit Alignment…):
// the stored paper read back as a draft and written back in its place. What the reader sees must
// follow: marks stay on their words, search finds the new units and nothing stale, the framework
// stays linked, and a failure or a cancel leaves the library exactly as it was.

#include "align/aligner.h"
#include "align/realigner.h"
#include "annotations/annotationstore.h"
#include "error.h"
#include "framework/frameworkstore.h"
#include "library/paperimporter.h"
#include "search/searchquery.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "support/testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace duizhao;
using namespace duizhao::test;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("library.duizhao"));
    std::unique_ptr<Library> library = std::make_unique<Library>(path);
    qint64 id = 0;
    Paper paper;

    Fixture()
    {
        // Through the importer, as the program does: the bundled paper with its curated framework.
        const ImportResult result = PaperImporter(*library).import({PaperSource::bundled()});
        REQUIRE(result.errors.isEmpty());
        id = result.papers.front().documentId;
        paper = library->loadPaper(id);
    }
};

// Two neighbouring body units, both one English and one Chinese paragraph, after the first few.
int ordinaryPair(const Paper &paper)
{
    for (int seq = 8; seq < paper.units.size(); ++seq) {
        const Unit &a = paper.units[seq - 1];
        const Unit &b = paper.units[seq];
        if (a.kind == UnitKind::Body && b.kind == UnitKind::Body && !a.en.isEmpty() && !a.zh.isEmpty() &&
            !b.en.isEmpty() && !b.zh.isEmpty() && !a.en.contains(u'\n') && !b.en.contains(u'\n'))
            return seq;
    }
    FAIL("no two ordinary units in a row");
    return 0;
}

// Words from the middle of a text that occur once in it.
QString wordsIn(const QString &text, int length)
{
    for (int at = int(text.size()) / 2; at + length <= text.size(); ++at) {
        const QString words = text.mid(at, length);
        if (AnnotationStore::occurrences(text, words).size() == 1 && !words.front().isSpace() &&
            !words.back().isSpace())
            return words;
    }
    FAIL("no unique words");
    return {};
}

// What a reader sees of a mark: where it is and the words under it.
struct Seen
{
    QString uuid;
    int unit = 0;
    QString scope;
    int start = 0;
    int length = 0;
    QString words;
    friend bool operator==(const Seen &, const Seen &) = default;
};

// Unit by unit and field by field, so a difference says where it is. `lines`: the source lines
// too, which a paper read from another file (or a paragraph that was inside a unit) does not keep.
void checkSameUnits(const QList<Unit> &actual, const QList<Unit> &expected, bool lines = true)
{
    REQUIRE(actual.size() == expected.size());
    for (qsizetype k = 0; k < actual.size(); ++k) {
        INFO("unit " << k + 1);
        CHECK(actual[k].seq == expected[k].seq);
        CHECK(actual[k].kind == expected[k].kind);
        CHECK(actual[k].en == expected[k].en);
        CHECK(actual[k].zh == expected[k].zh);
        if (lines) {
            CHECK(actual[k].enLine == expected[k].enLine);
            CHECK(actual[k].zhLine == expected[k].zhLine);
        }
        CHECK(actual[k].node == expected[k].node);
        CHECK(actual[k].section == expected[k].section);
    }
}

// A word of unit `seq`'s English that no other unit's English has.
QString rareWord(const Paper &paper, int seq)
{
    static const QRegularExpression word(QStringLiteral("\\b[A-Za-z]{8,}\\b"));
    for (QRegularExpressionMatchIterator it = word.globalMatch(paper.units[seq - 1].en); it.hasNext();) {
        const QString candidate = it.next().captured();
        const auto elsewhere = std::count_if(paper.units.begin(), paper.units.end(), [&](const Unit &unit) {
            return unit.en.contains(candidate, Qt::CaseInsensitive);
        });
        if (elsewhere == 1)
            return candidate;
    }
    FAIL("no rare word");
    return {};
}

QList<Seen> marksSeen(Library &library, qint64 id)
{
    const Paper paper = library.loadPaper(id);
    AnnotationFilter filter;
    filter.documentId = id;
    QList<Seen> seen;
    for (const Annotation &a : AnnotationStore(library).list(filter)) {
        const Unit &unit = paper.units[a.unitSeq - 1];
        const QString &text = a.lang == Lang::En ? unit.en : unit.zh;
        seen.append({a.uuid, a.unitSeq, annotationScopeCode(a.scope), a.start, a.length,
                     a.isUnitScope() ? QString() : text.mid(a.start, a.length)});
    }
    return seen;
}

QList<std::pair<int, QString>> hitsFor(Library &library, qint64 id, const QString &query)
{
    SearchOptions options;
    options.documentId = id;
    options.limit = 1000;
    QList<std::pair<int, QString>> hits;
    for (const SearchHit &hit : library.search(SearchQuery::parse(query), options))
        hits.append({hit.unitSeq, langCode(hit.lang)});
    std::sort(hits.begin(), hits.end());
    return hits;
}

// The review's "merge with the next link", as the alignment review does it.
void mergeWithNext(AlignmentDraft &draft, int link)
{
    QList<AlignmentLink> &links = draft.alignment.links;
    links[link].enCount += links[link + 1].enCount;
    links[link].zhCount += links[link + 1].zhCount;
    links.removeAt(link + 1);
    draft.alignment.notes = Aligner::notesFor(links, draft.en.paragraphs, draft.zh.paragraphs);
}

// Splits a link of two paragraphs a side into two 1–1 links.
void splitInTwo(AlignmentDraft &draft, int link)
{
    QList<AlignmentLink> &links = draft.alignment.links;
    REQUIRE(links[link].enCount == 2);
    REQUIRE(links[link].zhCount == 2);
    AlignmentLink second = links[link];
    links[link].enCount = links[link].zhCount = 1;
    second.enFirst += 1;
    second.zhFirst += 1;
    second.enCount = second.zhCount = 1;
    links.insert(link + 1, second);
    draft.alignment.notes = Aligner::notesFor(links, draft.en.paragraphs, draft.zh.paragraphs);
}

} // namespace

TEST_CASE("reading a stored paper back gives one link per unit, every paragraph once", "[realign]")
{
    Fixture f;
    const AlignmentDraft draft = Realigner::load(*f.library, f.id);
    CHECK(draft.documentId == f.id);
    CHECK(draft.meta.titleEn == f.paper.meta.titleEn);
    REQUIRE(draft.alignment.links.size() == f.paper.units.size());
    int en = 0;
    int zh = 0;
    for (qsizetype k = 0; k < draft.alignment.links.size(); ++k) {
        const AlignmentLink &link = draft.alignment.links[k];
        const Unit &unit = f.paper.units[k];
        CHECK(link.enFirst == en);
        CHECK(link.zhFirst == zh);
        CHECK(link.enCount == (unit.en.isEmpty() ? 0 : 1));
        CHECK(link.zhCount == (unit.zh.isEmpty() ? 0 : 1));
        const bool noted = std::any_of(f.paper.notes.begin(), f.paper.notes.end(), [&](const AlignmentNote &n) {
            return n.unitSeq == unit.seq && (n.kind == u"unpaired" || n.kind == u"link");
        });
        CHECK(link.sure == !noted);
        CHECK_FALSE(link.pinned);
        en += link.enCount;
        zh += link.zhCount;
    }
    CHECK(en == draft.en.paragraphs.size());
    CHECK(zh == draft.zh.paragraphs.size());
}

TEST_CASE("re-aligning without an edit changes nothing a reader sees", "[realign]")
{
    Fixture f;
    AnnotationStore store(*f.library);
    const int seq = ordinaryPair(f.paper);
    const Unit &unit = f.paper.units[seq - 1];
    markWords(store, f.paper, f.id, seq, Lang::En, wordsIn(unit.en, 24), QStringLiteral("yellow"),
              QStringLiteral("a note"), {QStringLiteral("power")});
    markWords(store, f.paper, f.id, seq + 1, Lang::Zh, wordsIn(f.paper.units[seq].zh, 6));
    Annotation whole;
    whole.documentId = f.id;
    whole.unitSeq = seq + 2;
    whole.scope = AnnotationScope::Unit;
    store.add(whole);
    const QList<Seen> marks = marksSeen(*f.library, f.id);
    const QString phrase = rareWord(f.paper, seq);
    const auto searchBefore = hitsFor(*f.library, f.id, QStringLiteral("technology"));
    const auto phraseBefore = hitsFor(*f.library, f.id, phrase);
    FrameworkStore frameworks(*f.library);
    const QList<FrameworkNode> nodesBefore = frameworks.nodes(f.id);
    const QHash<int, FrameworkLevel> levelsBefore = frameworks.unitLevels(f.id);
    REQUIRE_FALSE(nodesBefore.isEmpty());

    const RealignResult result = Realigner::apply(*f.library, Realigner::load(*f.library, f.id));

    CHECK(result.documentId == f.id);
    CHECK(result.unitsBefore == f.paper.units.size());
    CHECK(result.unitsAfter == f.paper.units.size());
    CHECK(result.annotationsKept == 3);
    CHECK(result.moved.isEmpty());
    CHECK(result.orphans.isEmpty());
    const Paper after = f.library->loadPaper(f.id);
    checkSameUnits(after.units, f.paper.units);
    CHECK(after.nodes == f.paper.nodes);
    CHECK(after.citations == f.paper.citations);
    CHECK(after.works.size() == f.paper.works.size());
    CHECK(after.footnotes == f.paper.footnotes);
    CHECK(after.notes == f.paper.notes);
    CHECK(after.meta == f.paper.meta);
    CHECK(marksSeen(*f.library, f.id) == marks);
    CHECK(hitsFor(*f.library, f.id, QStringLiteral("technology")) == searchBefore);
    CHECK(hitsFor(*f.library, f.id, phrase) == phraseBefore);
    CHECK(frameworks.nodes(f.id) == nodesBefore);
    CHECK(frameworks.unitLevels(f.id) == levelsBefore);
    CHECK(f.library->documents().size() == 1);
}

TEST_CASE("merging two units keeps a mark in the second on its words, and splitting puts it back", "[realign]")
{
    Fixture f;
    AnnotationStore store(*f.library);
    const int seq = ordinaryPair(f.paper);
    const Unit first = f.paper.units[seq - 1];
    const Unit second = f.paper.units[seq];
    const QString enWords = wordsIn(second.en, 30);
    const QString zhWords = wordsIn(second.zh, 8);
    const Annotation enMark = markWords(store, f.paper, f.id, seq + 1, Lang::En, enWords);
    const Annotation zhMark = markWords(store, f.paper, f.id, seq + 1, Lang::Zh, zhWords);
    // A mark further on moves up by one unit; one before stays where it is.
    const Unit &later = f.paper.units[seq + 3];
    const Annotation laterMark = markWords(store, f.paper, f.id, seq + 4, Lang::En, wordsIn(later.en, 20));
    const Annotation earlierMark =
        markWords(store, f.paper, f.id, seq - 2, Lang::En, wordsIn(f.paper.units[seq - 3].en, 20));
    const QList<Seen> original = marksSeen(*f.library, f.id);

    AlignmentDraft draft = Realigner::load(*f.library, f.id);
    mergeWithNext(draft, seq - 1);
    const RealignResult merged = Realigner::apply(*f.library, draft);

    CHECK(merged.unitsAfter == merged.unitsBefore - 1);
    CHECK(merged.orphans.isEmpty());
    CHECK(merged.moved.size() == 3);
    CHECK(merged.annotationsKept == 1);
    const Paper after = f.library->loadPaper(f.id);
    const Unit &joined = after.units[seq - 1];
    CHECK(joined.en == first.en + QStringLiteral("\n\n") + second.en);
    CHECK(joined.zh == first.zh + QStringLiteral("\n\n") + second.zh);
    const std::optional<Annotation> en = store.get(enMark.id);
    REQUIRE(en);
    CHECK(en->unitSeq == seq);
    CHECK(en->quote == enWords);
    CHECK(en->start == first.en.size() + 2 + enMark.start);
    CHECK(joined.en.mid(en->start, en->length) == enWords);
    const std::optional<Annotation> zh = store.get(zhMark.id);
    REQUIRE(zh);
    CHECK(zh->unitSeq == seq);
    CHECK(joined.zh.mid(zh->start, zh->length) == zhWords);
    CHECK(store.get(laterMark.id)->unitSeq == seq + 3);
    CHECK(store.get(earlierMark.id)->unitSeq == seq - 2);
    // The merged unit reads as two paragraphs a side and is noted as such.
    CHECK(std::any_of(after.notes.begin(), after.notes.end(),
                      [&](const AlignmentNote &n) { return n.unitSeq == seq && n.kind == u"link"; }));

    AlignmentDraft back = Realigner::load(*f.library, f.id);
    REQUIRE(back.alignment.links[seq - 1].enCount == 2);
    splitInTwo(back, seq - 1);
    const RealignResult split = Realigner::apply(*f.library, back);
    CHECK(split.unitsAfter == f.paper.units.size());
    CHECK(split.orphans.isEmpty());
    CHECK(marksSeen(*f.library, f.id) == original);
    checkSameUnits(f.library->loadPaper(f.id).units, f.paper.units, false);
}

TEST_CASE("after a merge, search finds the words in the new unit and nothing stale", "[realign]")
{
    Fixture f;
    const int seq = ordinaryPair(f.paper);
    const QString phrase = rareWord(f.paper, seq + 1);
    const QString last = rareWord(f.paper, int(f.paper.units.size()));
    REQUIRE(hitsFor(*f.library, f.id, phrase).contains(std::pair(seq + 1, QStringLiteral("en"))));

    AlignmentDraft draft = Realigner::load(*f.library, f.id);
    mergeWithNext(draft, seq - 1);
    Realigner::apply(*f.library, draft);

    const auto hits = hitsFor(*f.library, f.id, phrase);
    CHECK(hits.contains(std::pair(seq, QStringLiteral("en"))));
    CHECK_FALSE(hits.contains(std::pair(seq + 1, QStringLiteral("en"))));
    const int units = int(f.paper.units.size());
    const auto lastHits = hitsFor(*f.library, f.id, last);
    CHECK(lastHits.contains(std::pair(units - 1, QStringLiteral("en"))));
    // The last unit's old number is gone from the index with the unit.
    for (const auto &hit : hitsFor(*f.library, f.id, QStringLiteral("technology")))
        CHECK(hit.first <= units - 1);
    // Each unit's text is indexed once per language: as many rows as texts.
    const Paper after = f.library->loadPaper(f.id);
    qsizetype texts = 0;
    for (const Unit &unit : after.units)
        texts += (unit.en.isEmpty() ? 0 : 1) + (unit.zh.isEmpty() ? 0 : 1);
    Statement rows(f.library->database(), "SELECT count(*) FROM search_index WHERE document_id = ?1");
    rows.bind(1, f.id).step();
    CHECK(rows.integer(0) == texts);
}

TEST_CASE("a mark whose words an edit removed is kept on its unit and reported", "[realign]")
{
    Fixture f;
    AnnotationStore store(*f.library);
    const int seq = ordinaryPair(f.paper);
    const QString words = wordsIn(f.paper.units[seq - 1].en, 24);
    const Annotation mark = markWords(store, f.paper, f.id, seq, Lang::En, words, {}, QStringLiteral("keep me"));

    // The user rewrites those words in the text the CLI exported.
    QString text = Realigner::text(Realigner::load(*f.library, f.id));
    REQUIRE(text.count(words) == 1);
    text.replace(words, QStringLiteral("words the user wrote instead"));
    const RealignResult result =
        Realigner::apply(*f.library, Realigner::fromText(*f.library, f.id, text, QStringLiteral("edited.txt")));

    REQUIRE(result.orphans.size() == 1);
    CHECK(result.orphans.front().uuid == mark.uuid);
    CHECK(result.orphans.front().quote == words);
    const std::optional<Annotation> kept = store.get(mark.id);
    REQUIRE(kept);
    CHECK(kept->unitSeq == seq);
    CHECK(kept->isUnitScope());
    CHECK(kept->note == u"keep me");
    CHECK(kept->quote == words);
    CHECK(f.library->loadPaper(f.id).units[seq - 1].en.contains(u"words the user wrote instead"));
    // The source name is the stored paper's, not the edited file's.
    CHECK(f.library->loadPaper(f.id).meta.sourceName == f.paper.meta.sourceName);
}

TEST_CASE("a re-alignment that fails or is cancelled leaves the library as it was", "[realign][faults]")
{
    Fixture f;
    AnnotationStore store(*f.library);
    const int seq = ordinaryPair(f.paper);
    markWords(store, f.paper, f.id, seq + 1, Lang::En, wordsIn(f.paper.units[seq].en, 20));
    AlignmentDraft draft = Realigner::load(*f.library, f.id);
    mergeWithNext(draft, seq - 1);
    const QByteArray before = libraryFingerprint(f.path);

    SECTION("the framework cannot be written (the last step)")
    {
        f.library->database().exec("CREATE TEMP TRIGGER fail_links BEFORE INSERT ON main.framework_node_units "
                                   "BEGIN SELECT RAISE(ABORT, 'disk full'); END");
        try {
            Realigner::apply(*f.library, draft);
            FAIL("applied");
        } catch (const Error &error) {
            CHECK(error.message().contains(u"disk full"));
        }
    }
    SECTION("cancelled halfway through the units")
    {
        try {
            Realigner::apply(*f.library, draft, [](int done, int total) { return done < total / 2; });
            FAIL("not cancelled");
        } catch (const Error &error) {
            CHECK(error.kind() == Error::Kind::Cancelled);
        }
    }
    SECTION("links that do not take every paragraph")
    {
        draft.alignment.links.removeLast();
        try {
            Realigner::apply(*f.library, draft);
            FAIL("applied");
        } catch (const Error &error) {
            CHECK(error.kind() == Error::Kind::Usage);
        }
    }
    CHECK(libraryFingerprint(f.path) == before);
    checkSameUnits(f.library->loadPaper(f.id).units, f.paper.units);
}

TEST_CASE("the exported text read back re-aligns to the same paper", "[realign]")
{
    Fixture f;
    const QString text = Realigner::text(Realigner::load(*f.library, f.id));
    CHECK(text.startsWith(u"#duizhao: 1\n"));
    const AlignmentDraft draft = Realigner::fromText(*f.library, f.id, text, QStringLiteral("exported.txt"));
    CHECK(Realigner::text(draft) == text);
    const RealignResult result = Realigner::apply(*f.library, draft);
    CHECK(result.unitsAfter == f.paper.units.size());
    checkSameUnits(f.library->loadPaper(f.id).units, f.paper.units, false);
    CHECK(f.library->loadPaper(f.id).notes == f.paper.notes);
}

TEST_CASE("a mark across a line break of a hard-wrapped paragraph survives its re-alignment", "[realign]")
{
    // The older interleaved text keeps a paragraph's line breaks; Duizhao's text form writes them
    // as spaces, so the marked words come back with a space where the break was.
    const QByteArray text = "A Tiny Paper on Export Controls\n\n"
                            "I. Background\n\n一、 背景\n\n"
                            "The United States tightened export\ncontrols in 2022 (Smith, 2021).\n\n"
                            "美国在 2022 年收紧了出口管制(史密斯, 2021)。\n\n"
                            "史密斯 (Smith John) (2024). \"A Tiny Paper on Export Controls [关于出口管制的小论文]\". "
                            "Example Press, https://example.org/tiny\n";
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("l.duizhao")));
    const ImportResult imported =
        PaperImporter(library).import({PaperSource::bytes(text, QStringLiteral("wrapped.txt"))});
    REQUIRE(imported.errors.isEmpty());
    const qint64 id = imported.papers.front().documentId;
    const Paper paper = library.loadPaper(id);
    REQUIRE(paper.units[1].en.contains(u"export\ncontrols"));
    AnnotationStore store(library);
    const Annotation mark = markWords(store, paper, id, 2, Lang::En, QStringLiteral("tightened export\ncontrols"));

    const RealignResult result = Realigner::apply(library, Realigner::load(library, id));

    CHECK(result.orphans.isEmpty());
    const std::optional<Annotation> after = store.get(mark.id);
    REQUIRE(after);
    CHECK(after->unitSeq == 2);
    CHECK_FALSE(after->isUnitScope());
    CHECK(after->quote == u"tightened export controls");
    CHECK(library.loadPaper(id).units[1].en.mid(after->start, after->length) == after->quote);
}

TEST_CASE("study cards keep the paragraphs they come from", "[realign][study]")
{
    Fixture f;
    const int seq = ordinaryPair(f.paper);
    Database &db = f.library->database();
    Statement insertCard(db, "INSERT INTO study_cards (document_id, deck, kind, key, content_hash, prompt, hint, "
                             "answer, english, chinese, details, tags, level, created_at, updated_at) VALUES (?1, "
                             "'sentences', 'sentence', 'k', 'h', 'p', '', 'a', 'e', 'c', '', '[]', 'none', "
                             "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
    insertCard.bind(1, f.id).run();
    const qint64 card = db.lastInsertRowId();
    Statement link(db, "INSERT INTO study_card_units (card_id, document_id, unit_seq) VALUES (?1, ?2, ?3)");
    for (int unit : {seq + 1, seq + 4, int(f.paper.units.size())}) {
        link.bind(1, card).bind(2, f.id).bind(3, unit).run();
        link.reset();
    }

    AlignmentDraft draft = Realigner::load(*f.library, f.id);
    mergeWithNext(draft, seq - 1);
    Realigner::apply(*f.library, draft);

    Statement units(db, "SELECT unit_seq FROM study_card_units WHERE card_id = ?1 ORDER BY unit_seq");
    units.bind(1, card);
    QList<int> found;
    while (units.step())
        found.append(units.integer(0));
    CHECK(found == QList<int>{seq, seq + 3, int(f.paper.units.size()) - 1});
}
