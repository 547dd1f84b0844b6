// AlignmentDrafter: two files in, a draft out — the one way `align`, `import --en --zh` and the
// import dialog get from a translation and its original to an alignment.

#include "support/testsupport.h"

#include "align/alignedpaper.h"
#include "align/alignmentdrafter.h"
#include "align/sourcereader.h"
#include "error.h"
#include "import/paperparser.h"

#include <QTemporaryDir>

using namespace duizhao;
using namespace duizhao::test;

namespace {

QString alignFixture(const char *name)
{
    return fixture(QStringLiteral("align/") + QString::fromLatin1(name));
}

bool hasTermEvidence(const Alignment &alignment)
{
    for (const AlignmentLink &link : alignment.links) {
        for (const AlignmentSignal &signal : link.evidence) {
            if (signal.name == u"shared" && signal.detail.contains(u"technology power / 技术权力"))
                return true;
        }
    }
    return false;
}

Error draftError(const QString &en, const QString &zh)
{
    try {
        AlignmentDrafter::draft(en, zh);
    } catch (const Error &error) {
        return error;
    }
    FAIL("the draft of " << en.toStdString() << " and " << zh.toStdString() << " was not refused");
    return Error(Error::Kind::Usage, QString());
}

} // namespace

TEST_CASE("a saved web page and a PDF become a draft: the files' details, the user's over them", "[align][drafter]")
{
    const QString en = alignFixture("paper-en.html");
    const QString zh = alignFixture("paper-zh.pdf");
    const SourceDocument page = SourceReader::read(en, Lang::En);
    REQUIRE_FALSE(page.meta.title.isEmpty());
    REQUIRE(page.meta.authors.size() == 2);

    const AlignmentDraft draft = AlignmentDrafter::draft(en, zh);
    CHECK(draft.documentId == 0);
    CHECK(draft.en.format == u"html");
    CHECK(draft.zh.format == u"pdf");
    CHECK(draft.en.paragraphs == page.paragraphs);
    CHECK(draft.meta == AlignedPaper::metaOf(draft.en, draft.zh));
    CHECK(draft.meta.titleEn == page.meta.title.simplified());
    CHECK(draft.meta.authors.size() == 2);
    CHECK(draft.alignment.sureCount() * 10 >= draft.alignment.links.size() * 8);
    // The title names the bundled paper, whose glossary is then evidence of the links.
    CHECK(hasTermEvidence(draft.alignment));

    DraftOptions options;
    options.meta.titleZh = QStringLiteral("用户给的标题");
    options.meta.year = 1999;
    options.meta.url = QStringLiteral("https://example.org/paper");
    options.frameworkLexicon = false;
    const AlignmentDraft given = AlignmentDrafter::draft(en, zh, options);
    CHECK(given.meta.titleEn == draft.meta.titleEn); // not given: the file's
    CHECK(given.meta.authors == draft.meta.authors); // not given: the file's
    CHECK(given.meta.titleZh == u"用户给的标题");    // given: the user's
    CHECK(given.meta.year == 1999);
    CHECK(given.meta.url == u"https://example.org/paper");
    CHECK_FALSE(hasTermEvidence(given.alignment));

    // The paper it becomes is the aligned text read back.
    const Paper paper = AlignmentDrafter::paper(draft);
    const Paper readBack = PaperParser::parse(AlignedPaper::text(draft.alignment, draft.en, draft.zh, draft.meta),
                                              AlignmentDrafter::sourceName(draft));
    CHECK(paper.units == readBack.units);
    CHECK(paper.units.size() == draft.alignment.links.size());
    CHECK(AlignmentDrafter::sourceName(draft) == u"paper-en.html + paper-zh.pdf");
    CHECK(AlignmentDrafter::source(draft).read().units == paper.units);
}

TEST_CASE("the same file for both sides is refused by path and by content", "[align][drafter][badinput]")
{
    QTemporaryDir dir;
    const QString zh = alignFixture("paper-zh.txt");
    const QString copy = dir.filePath(QStringLiteral("copy.txt"));
    writeFile(copy, readFile(zh));
    for (const QString &other : {zh, copy}) {
        const Error error = draftError(other, zh);
        INFO(error.text().toStdString());
        CHECK(error.kind() == Error::Kind::Data);
        CHECK(error.file() == zh);
        CHECK(error.message().contains(u"same file"));
    }
    // A Chinese file as the English side: the reader's message, which suggests swapping.
    const Error swapped = draftError(zh, alignFixture("paper-en.txt"));
    CHECK(swapped.file() == zh);
    CHECK(swapped.message().contains(u"swap"));
}

TEST_CASE("a draft reports its stages in order and cancelling stops it", "[align][drafter]")
{
    const QString en = alignFixture("paper-en.txt");
    const QString zh = alignFixture("paper-zh.txt");
    QList<AlignmentDrafter::Stage> stages;
    AlignmentDrafter::draft(en, zh, {}, [&](AlignmentDrafter::Stage stage, int done, int total) {
        CHECK(done <= total);
        if (stages.isEmpty() || stages.back() != stage)
            stages.append(stage);
        return true;
    });
    CHECK(stages == QList<AlignmentDrafter::Stage>{AlignmentDrafter::Stage::ReadingEn,
                                                   AlignmentDrafter::Stage::ReadingZh,
                                                   AlignmentDrafter::Stage::Aligning});
    for (const AlignmentDrafter::Stage cancelAt :
         {AlignmentDrafter::Stage::ReadingZh, AlignmentDrafter::Stage::Aligning}) {
        bool reached = false;
        const auto cancel = [&](AlignmentDrafter::Stage stage, int, int) {
            reached = reached || stage == cancelAt;
            return stage != cancelAt;
        };
        CHECK_THROWS_MATCHES(
            AlignmentDrafter::draft(en, zh, {}, cancel), Error,
            Catch::Predicate<Error>([](const Error &e) { return e.kind() == Error::Kind::Cancelled; }));
        CHECK(reached);
    }
}
