// Deck building: the cards a student gets from the bundled paper's curated data, and from a paper
// without any (headings, accepted measures, highlights). Expected counts come from the library's own
// data (glossary, measures, framework nodes), never from the builder's output.

#include "framework/frameworkstore.h"
#include "framework/glossarystore.h"
#include "storage/database.h"
#include "studyfixtures.h"

#include <QSet>

using namespace duizhao;
using namespace duizhao::test;

namespace {

QList<StudyCard> build(StudyLibrary &lib)
{
    return DeckBuilder::build(StudySource::load(*lib.library, lib.doc));
}

int countOf(const QString &text, const QString &needle)
{
    return int(text.count(needle));
}

} // namespace

TEST_CASE("decks: the bundled paper gets every deck its data allows", "[study][decks]")
{
    const auto lib = bundledStudyLibrary();
    const QList<StudyCard> cards = build(*lib);
    const QList<GlossaryTerm> terms = GlossaryStore(*lib->library).terms(lib->doc);
    const QList<Measure> measures = MeasureStore(*lib->library).measures(lib->doc);
    REQUIRE(terms.size() == 72);
    REQUIRE(measures.size() == 50);

    CHECK(cardsOf(cards, StudyDeck::Terms).size() == 2 * terms.size());
    CHECK(cardsOf(cards, StudyDeck::Measures).size() == 3 * measures.size());
    CHECK(cardsOf(cards, StudyDeck::Table1).size() == 9); // 3 levels × initiatives, features, measures
    CHECK(cardsOf(cards, StudyDeck::Headings).isEmpty()); // its structure is in the framework deck
    CHECK(cardsOf(cards, StudyDeck::Mine).isEmpty());     // no highlights yet
    // A key sentence per term and language where the term is used in both languages of a paragraph.
    const QList<StudyCard> sentences = cardsOf(cards, StudyDeck::Sentences);
    CHECK(sentences.size() % 2 == 0);
    CHECK(sentences.size() >= terms.size()); // most terms occur in both languages somewhere

    QSet<QString> keys;
    for (const StudyCard &c : cards) {
        INFO(c.key.toStdString());
        CHECK_FALSE(keys.contains(c.key));
        keys.insert(c.key);
        CHECK_FALSE(c.prompt.trimmed().isEmpty());
        CHECK_FALSE(c.answer.trimmed().isEmpty());
        CHECK(c.contentHash.size() == 40);
        CHECK(c.tags.contains(deckCode(c.deck)));
        // Every card links back to the paragraph(s) it comes from, and they exist.
        CHECK_FALSE(c.units.isEmpty());
        for (int seq : c.units) {
            CHECK(seq >= 1);
            CHECK(seq <= lib->paper.units.size());
        }
    }
}

TEST_CASE("decks: a term is two cards, one per direction, with its definition and paragraph on the answer side",
          "[study][decks]")
{
    const auto lib = bundledStudyLibrary();
    const QList<StudyCard> cards = build(*lib);
    const StudyCard *enZh = withKey(cards, u"term:technology-power:en-zh");
    const StudyCard *zhEn = withKey(cards, u"term:technology-power:zh-en");
    REQUIRE(enZh);
    REQUIRE(zhEn);
    CHECK(enZh->prompt == u"technology power");
    CHECK(enZh->answer == u"技术权力");
    CHECK(zhEn->prompt == u"技术权力");
    CHECK(zhEn->answer == u"technology power");
    CHECK(enZh->pairKey() == zhEn->pairKey());
    CHECK(enZh->details.contains(u"combination of technological, institutional and interpretative power"));
    // The paragraph it is used in, in both languages: the first body paragraph with both.
    REQUIRE(enZh->units.size() == 1);
    const Unit &unit = lib->paper.units[enZh->units.front() - 1];
    CHECK(unit.kind == UnitKind::Body);
    CHECK(unit.en.contains(u"technology power", Qt::CaseInsensitive));
    CHECK(unit.zh.contains(u"技术权力"));
    // Nothing on the question side gives the answer away: no paragraph, no definition.
    for (const StudyCard *c : {enZh, zhEn}) {
        CHECK(c->hint.isEmpty());
        CHECK_FALSE(c->prompt.contains(c->answer));
    }
}

TEST_CASE("decks: measures ask who, when, what kind and which level, and the name both ways", "[study][decks]")
{
    const auto lib = bundledStudyLibrary();
    const QList<StudyCard> cards = build(*lib);
    const std::optional<Measure> chips = [&]() -> std::optional<Measure> {
        for (const Measure &m : MeasureStore(*lib->library).measures(lib->doc)) {
            if (m.key == u"chips-and-science-act")
                return m;
        }
        return std::nullopt;
    }();
    REQUIRE(chips);
    const StudyCard *facts = withKey(cards, u"measure:chips-and-science-act:facts");
    REQUIRE(facts);
    CHECK(facts->prompt.contains(chips->nameEn));
    CHECK(facts->answer.contains(chips->actorEn));
    CHECK(facts->answer.contains(chips->date));
    CHECK(facts->answer.contains(levelName(chips->level, Lang::En)));
    CHECK_FALSE(facts->prompt.contains(chips->actorEn));
    CHECK(facts->level == chips->level);
    CHECK(facts->units == unitsOf(chips->mentions));
    const StudyCard *zhEn = withKey(cards, u"measure:chips-and-science-act:zh-en");
    REQUIRE(zhEn);
    CHECK(zhEn->prompt == chips->nameZh);
    CHECK(zhEn->answer == chips->nameEn);
}

TEST_CASE("decks: dilemmas and countermeasures are learnt as overlapping cloze", "[study][decks]")
{
    const auto lib = bundledStudyLibrary();
    const QList<StudyCard> cards = build(*lib);
    QList<FrameworkNode> dilemmas;
    for (const FrameworkNode &n : FrameworkStore(*lib->library).nodes(lib->doc)) {
        if (n.kind == u"dilemma")
            dilemmas.append(n);
    }
    REQUIRE(dilemmas.size() == 4);
    for (const FrameworkNode &item : dilemmas) {
        const StudyCard *c = withKey(cards, QString(u"framework:cloze:-:dilemma:" + item.key));
        REQUIRE(c);
        INFO(c->prompt.toStdString());
        // One blank at a time; the others shown.
        CHECK(countOf(c->prompt, DeckBuilder::blank()) == 1);
        CHECK_FALSE(c->prompt.contains(item.labelEn));
        for (const FrameworkNode &other : dilemmas) {
            if (other.key != item.key)
                CHECK(c->prompt.contains(other.labelEn));
        }
        CHECK(c->answer.contains(item.labelEn));
        CHECK(c->answer.contains(item.labelZh));
        CHECK(c->level == FrameworkLevel::Dilemmas);
    }
    // Each countermeasure's points are a list too.
    int points = 0;
    for (const StudyCard &c : cards)
        points += c.key.startsWith(u"framework:cloze:countermeasure-mutual-respect:countermeasure-point:") ? 1 : 0;
    CHECK(points == 7);
}

TEST_CASE("decks: framework cards ask the competition, the goal and the relations of the three powers",
          "[study][decks]")
{
    const auto lib = bundledStudyLibrary();
    const QList<StudyCard> cards = build(*lib);
    const StudyCard *exportControls = withKey(cards, u"framework:competition:power-export-controls");
    REQUIRE(exportControls);
    CHECK(exportControls->prompt.contains(u"Export controls"));
    CHECK(exportControls->answer == u"Competition over power · 实力竞争");
    const StudyCard *goal = withKey(cards, u"framework:goal:competition-over-order");
    REQUIRE(goal);
    CHECK(goal->answer == u"Institutional power · 制度性权力");
    const StudyCard *foundation =
        withKey(cards, u"framework:relation:technological-power:foundation:institutional-power");
    REQUIRE(foundation);
    CHECK(
        foundation->answer.contains(u"Technological power is the foundation for the existence of institutional power"));
    CHECK(foundation->answer.contains(u"技术性权力是制度性权力存在的根基"));
    const StudyCard *endorses =
        withKey(cards, u"framework:relation:interpretative-power:endorsement:technological-power");
    REQUIRE(endorses);
    CHECK(endorses->chinese == u"解释性权力为技术性权力“背书”");
}

TEST_CASE("decks: a Table 1 card blanks its cell and names its row and column", "[study][decks]")
{
    const auto lib = bundledStudyLibrary();
    const QList<StudyCard> cards = build(*lib);
    const QList<Table1Row> table = FrameworkStore(*lib->library).table1(lib->doc);
    REQUIRE(table.size() == 3);
    const Table1Row &order = table[1];
    const StudyCard *c = withKey(cards, u"table1:order:features");
    REQUIRE(c);
    CHECK(c->prompt.contains(order.labelEn));
    CHECK(c->prompt.contains(u"Features"));
    CHECK(c->prompt.contains(DeckBuilder::blank()));
    for (const Table1Item &item : order.features.items) {
        CHECK(c->answer.contains(item.labelEn));
        CHECK_FALSE(c->prompt.contains(item.labelEn));
        CHECK_FALSE(c->hint.contains(item.labelEn));
    }
    // The row's other cells are shown.
    CHECK(c->hint.contains(order.initiatives.items.front().labelEn));
    CHECK(c->units == order.features.units());
}

TEST_CASE("decks: a key sentence blanks the term in one language and shows the other as the hint", "[study][decks]")
{
    const auto lib = bundledStudyLibrary();
    const QList<StudyCard> cards = build(*lib);
    for (const StudyCard &c : cardsOf(cards, StudyDeck::Sentences)) {
        INFO(c.key.toStdString());
        REQUIRE(c.units.size() == 1);
        const Unit &unit = lib->paper.units[c.units.front() - 1];
        const bool english = c.key.endsWith(u":en");
        CHECK(c.hint == (english ? unit.zh : unit.en));
        CHECK(c.prompt.contains(DeckBuilder::blank()));
        const QString &text = english ? unit.en : unit.zh;
        const QStringList forms = c.answer.split(u" / "_qs);
        for (const QString &form : forms) {
            CHECK(text.contains(form));
            CHECK_FALSE(c.prompt.contains(form, Qt::CaseInsensitive));
        }
        // With one form, the blanked paragraph is the paragraph with the answer put back.
        if (forms.size() == 1) {
            QString restored = c.prompt;
            restored.replace(DeckBuilder::blank(), c.answer, Qt::CaseInsensitive);
            CHECK(restored.compare(text, Qt::CaseInsensitive) == 0);
        }
    }
    const StudyCard *smallYard = withKey(cards, u"sentence:small-yard-high-fence:zh");
    REQUIRE(smallYard);
    CHECK(smallYard->answer.contains(u"小院高墙"));
    CHECK_FALSE(smallYard->prompt.contains(u"小院高墙"));
}

TEST_CASE("decks: a paper without curated data gets headings, accepted measures and highlights", "[study][decks]")
{
    const auto lib = plainStudyLibrary();
    const QList<StudyCard> cards = build(*lib);
    int headings = 0;
    for (const TreeNode &node : lib->paper.nodes)
        headings += isHeadingKind(node.kind) ? 1 : 0;
    REQUIRE(headings == 2);
    const QList<StudyCard> headingCards = cardsOf(cards, StudyDeck::Headings);
    CHECK(headingCards.size() == 2 * headings);
    const StudyCard *first = withKey(cards, u"heading:1:en-zh");
    REQUIRE(first);
    CHECK(first->prompt == u"I. Measures");
    CHECK(first->answer == u"一、措施");
    CHECK(first->units == QList<int>{1});

    // Only the accepted candidate is a measure.
    const QList<StudyCard> measureCards = cardsOf(cards, StudyDeck::Measures);
    CHECK(measureCards.size() == 3);
    for (const StudyCard &c : measureCards)
        CHECK(c.english == u"Foreign Direct Product Rule");

    const QList<StudyCard> mine = cardsOf(cards, StudyDeck::Mine);
    REQUIRE(mine.size() == 1);
    CHECK(mine.front().prompt == u"Entity List");
    CHECK(mine.front().answer == u"The Commerce Department's list of firms that need a licence.");
    CHECK(mine.front().tags.contains(u"export-controls"));
    CHECK(mine.front().units == QList<int>{2});

    for (StudyDeck deck : {StudyDeck::Terms, StudyDeck::Framework, StudyDeck::Table1, StudyDeck::Sentences})
        CHECK(cardsOf(cards, deck).isEmpty());
}

TEST_CASE("decks: a highlight without a note, or a whole-unit code, makes no card", "[study][decks]")
{
    const auto lib = plainStudyLibrary();
    AnnotationStore store(*lib->library);
    markWords(store, lib->paper, lib->doc, 3, Lang::En, QStringLiteral("Chips Subsidy Program"));
    Annotation whole;
    whole.documentId = lib->doc;
    whole.unitSeq = 5;
    whole.scope = AnnotationScope::Unit;
    whole.note = QStringLiteral("A whole paragraph is not a question.");
    store.add(whole);
    CHECK(cardsOf(build(*lib), StudyDeck::Mine).size() == 1);
}

TEST_CASE("decks: building is deterministic and keys survive the data being stored again", "[study][decks]")
{
    const auto lib = bundledStudyLibrary();
    const QList<StudyCard> before = build(*lib);
    CHECK(build(*lib).size() == before.size());
    // Bundled data attached again (as when a newer Duizhao ships it): every row id changes.
    lib->library->database().exec("UPDATE framework_sets SET data_hash = 'from-an-older-build'");
    FrameworkLoader::attachMissing(*lib->library);
    const QList<StudyCard> after = build(*lib);
    REQUIRE(after.size() == before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        CHECK(after[i].key == before[i].key);
        CHECK(after[i].contentHash == before[i].contentHash);
    }
}
