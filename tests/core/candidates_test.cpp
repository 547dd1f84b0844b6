// Measure candidates for papers without curated data: 《…》 titles, acronyms with their expansions
// and named acts, strategies, lists, reports and programmes, paired across the two languages of a
// unit; the user accepts, edits or rejects them and the decisions survive finding them again.

#include "bundledpaper.h"
#include "error.h"
#include "framework/candidatefinder.h"
#include "framework/frameworklinker.h"
#include "framework/frameworkloader.h"
#include "framework/frameworkstore.h"
#include "framework/measurestore.h"
#include "import/paperreader.h"
#include "library/library.h"
#include "support/testsupport.h"

#include <QRegularExpression>

using namespace duizhao;
using namespace duizhao::test;

namespace {

Paper bundledPaper()
{
    return PaperReader::parseBytes(BundledPaper::bytes(), BundledPaper::fileName());
}

Paper fixturePaper()
{
    return PaperReader::readFile(fixture(QStringLiteral("papers/measures.txt")));
}

QString textOf(const Paper &paper, const UnitSpan &span)
{
    const Unit &unit = paper.units[span.unitSeq - 1];
    return (span.lang == Lang::En ? unit.en : unit.zh).mid(span.start, span.length);
}

const MeasureCandidate *byName(const QList<MeasureCandidate> &list, QStringView nameEn, QStringView nameZh = {})
{
    for (const MeasureCandidate &c : list) {
        if ((!nameEn.isEmpty() && c.nameEn == nameEn) || (nameEn.isEmpty() && c.nameZh == nameZh))
            return &c;
    }
    return nullptr;
}

} // namespace

TEST_CASE("candidates are found in both languages of a paper without curated data", "[candidates]")
{
    const Paper paper = fixturePaper();
    const QList<MeasureCandidate> found = CandidateFinder::find(paper);

    // What tests/fixtures/papers/measures.txt names, as it names it.
    struct Expected
    {
        const char16_t *nameEn;
        const char16_t *nameZh;
        const char16_t *acronym;
        const char16_t *kind;
    };
    const QList<Expected> expected = {
        {u"Entity List", u"《实体清单》", u"", u"control-list"},
        {u"Semiconductor Supply Chain Report", u"《半导体供应链报告》", u"", u"report"},
        {u"Foreign Direct Product Rule", u"外国直接产品规则", u"FDPR", u"law"},
        {u"National Semiconductor Strategy of 2023", u"《2023 年国家半导体战略》", u"", u"executive-strategy"},
        {u"Chips Subsidy Program", u"《芯片补贴计划》", u"", u"subsidy-program"},
        {u"Chip Security Act", u"《芯片安全法案》", u"CSA", u"law"},
        {u"", u"《出口管制条例》", u"", u"law"},
    };
    CHECK(found.size() == expected.size());
    for (const Expected &e : expected) {
        INFO(QString::fromUtf16(e.nameEn).toStdString() << " / " << QString::fromUtf16(e.nameZh).toStdString());
        const MeasureCandidate *c = byName(found, e.nameEn, e.nameZh);
        REQUIRE(c);
        CHECK(c->nameZh == QStringView(e.nameZh));
        CHECK(c->acronym == QStringView(e.acronym));
        CHECK(c->kind == QStringView(e.kind));
        CHECK(c->status == u"proposed");
        // Every mention is the name as written, in the language it is written in.
        for (const UnitSpan &span : c->mentions) {
            const QString text = textOf(paper, span);
            CHECK((text.startsWith(c->nameEn) || text == c->nameZh || text == c->acronym));
        }
    }
    // The same name in two units is one candidate with mentions in both, in both languages.
    const MeasureCandidate *entity = byName(found, u"Entity List");
    REQUIRE(entity);
    CHECK(unitsOf(entity->mentions) == QList<int>{2, 5});
    CHECK(entity->mentions.size() == 4);
    // Not candidates: a sentence-initial "The Strategy", a lower-case "plan", "Commerce Department".
    for (const MeasureCandidate &c : found) {
        CHECK_FALSE(c.nameEn.contains(u"Commerce"));
        CHECK_FALSE(c.nameEn.contains(u"Korea"));
        CHECK(c.nameEn != u"Strategy");
    }
}

TEST_CASE("every 《…》 title of the bundled paper is a curated measure", "[candidates][framework]")
{
    const Paper paper = bundledPaper();
    const LinkedFramework linked = FrameworkLinker::link(FrameworkLoader::bundledData().front(), paper);
    const QList<MeasureCandidate> missed = CandidateFinder::find(paper, linked.data.measures);
    QStringList titles;
    for (const MeasureCandidate &c : missed) {
        if (!c.nameZh.isEmpty())
            titles.append(c.nameZh);
    }
    INFO(titles.join(u", ").toStdString());
    CHECK(titles.isEmpty());
    // The paper's titles, counted from the text itself.
    static const QRegularExpression title(QStringLiteral("《[^》]+》"));
    int all = 0;
    for (const Unit &unit : paper.units)
        all += int(unit.zh.count(title));
    CHECK(all == 17);
    const QList<MeasureCandidate> everything = CandidateFinder::find(paper);
    int covered = 0;
    for (const MeasureCandidate &c : everything) {
        for (const UnitSpan &span : c.mentions)
            covered += span.lang == Lang::Zh && textOf(paper, span).startsWith(u'《') ? 1 : 0;
    }
    CHECK(covered == all);
}

TEST_CASE("candidates are stored, accepted, edited and rejected", "[candidates][library]")
{
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("c.duizhao")));
    const qint64 doc = library.addPaper(fixturePaper()).documentId;
    const AttachResult attached = FrameworkLoader::attachTo(library, doc);
    CHECK_FALSE(attached.curated);
    CHECK(attached.candidates == 7);
    CHECK_FALSE(FrameworkStore(library).hasFramework(doc));

    MeasureStore store(library);
    QList<MeasureCandidate> candidates = store.candidates(doc);
    REQUIRE(candidates.size() == 7);
    CHECK(store.measures(doc).isEmpty());

    // Accept: the candidate becomes a measure, its mentions found again from its names.
    REQUIRE(byName(candidates, u"Foreign Direct Product Rule"));
    // Ids, not pointers into `candidates`: the list is read again below.
    const qint64 fdpr = byName(candidates, u"Foreign Direct Product Rule")->id;
    const qint64 measureId = store.accept(fdpr);
    CHECK(store.accept(fdpr) == measureId);
    std::optional<Measure> measure = store.measure(measureId);
    REQUIRE(measure);
    CHECK(measure->origin == u"candidate");
    CHECK(measure->acronym == u"FDPR");
    // "FDPR" alone in unit 6, in both languages, is a mention too.
    CHECK(unitsOf(measure->mentions) == QList<int>{2, 6});
    CHECK(store.candidate(fdpr)->status == u"accepted");
    CHECK(store.candidate(fdpr)->measureId == measureId);

    // Edit: names, kind, level and date change on the candidate and on its measure.
    CandidateEdit edit;
    edit.nameEn = QStringLiteral("Foreign Direct Product Rule (FDPR)");
    edit.kind = QStringLiteral("agency-action");
    edit.level = FrameworkLevel::Power;
    edit.date = QStringLiteral("2020-05");
    edit.category = QStringLiteral("defensive / export control");
    store.edit(fdpr, edit);
    measure = store.measure(measureId);
    CHECK(measure->nameEn == u"Foreign Direct Product Rule (FDPR)");
    CHECK(measure->kind == u"agency-action");
    CHECK(measure->level == FrameworkLevel::Power);
    CHECK(measure->year() == 2020);
    CHECK(store.candidate(fdpr)->category == u"defensive / export control");

    CandidateEdit badKind;
    badKind.kind = QStringLiteral("decree");
    CHECK_THROWS_AS(store.edit(fdpr, badKind), Error);
    CandidateEdit badDate;
    badDate.date = QStringLiteral("May 2020");
    CHECK_THROWS_AS(store.edit(fdpr, badDate), Error);
    CHECK_THROWS_AS(store.accept(999), Error);

    // Reject: kept, marked, not proposed again.
    REQUIRE(byName(candidates, u"Semiconductor Supply Chain Report"));
    const qint64 report = byName(candidates, u"Semiconductor Supply Chain Report")->id;
    store.reject(report);
    CHECK(store.candidates(doc, QStringLiteral("rejected")).size() == 1);
    CHECK(store.candidates(doc, QStringLiteral("proposed")).size() == 5);

    // Finding candidates again keeps every decision and every edit.
    FrameworkLoader::attachTo(library, doc);
    candidates = store.candidates(doc);
    CHECK(candidates.size() == 7);
    CHECK(store.candidate(fdpr)->status == u"accepted");
    CHECK(store.candidate(fdpr)->nameEn == u"Foreign Direct Product Rule (FDPR)");
    CHECK(store.candidate(report)->status == u"rejected");
    const QList<Measure> measures = store.measures(doc);
    REQUIRE(measures.size() == 1);
    CHECK(measures.front().id == measureId);

    // Rejecting an accepted candidate takes its measure away.
    store.reject(fdpr);
    CHECK(store.measures(doc).isEmpty());
}
