#include "aligncases.h"
#include "support/testsupport.h"

#include "align/aligner.h"
#include "align/alignmentfeatures.h"
#include "align/linkscorer.h"
#include "align/sourcereader.h"
#include "error.h"
#include "framework/frameworkloader.h"

#include <QMap>
#include <QTemporaryDir>

using namespace duizhao;
using namespace duizhao::test;

namespace {

// Every paragraph of both sides in exactly one link, links in order, none empty.
void checkNothingLost(const QList<AlignmentLink> &links, qsizetype enSize, qsizetype zhSize)
{
    int en = 0;
    int zh = 0;
    for (const AlignmentLink &link : links) {
        CHECK(link.enFirst == en);
        CHECK(link.zhFirst == zh);
        CHECK(link.enCount + link.zhCount > 0);
        CHECK(link.confidence >= 0);
        CHECK(link.confidence <= 1);
        en += link.enCount;
        zh += link.zhCount;
    }
    CHECK(en == enSize);
    CHECK(zh == zhSize);
}

bool isRight(const AlignmentLink &link, const QList<AlignmentLink> &gold)
{
    return std::any_of(gold.begin(), gold.end(), [&](const AlignmentLink &g) { return sameLink(g, link); });
}

const AlignmentSignal *signalNamed(const AlignmentLink &link, QStringView name)
{
    for (const AlignmentSignal &signal : link.evidence) {
        if (signal.name == name)
            return &signal;
    }
    return nullptr;
}

// A translation and its original read from fixture files. The right alignment is the one the
// fixture was made from (tests/fixtures/align/paper.py): `gold` for the bundled paper, whose
// files hold the paragraphs bundledPaperUnits() splits it into; the regulation pairs its
// articles one to one (gold empty). Positions only: fixtures_test checks the texts.
enum class FileCaseCut
{
    None,
    ToChinese // the Chinese file holds the first part only: keep the links that take it
};

AlignCase fileCase(const QString &enFile, const QString &zhFile, QList<AlignmentLink> gold,
                   FileCaseCut cut = FileCaseCut::None)
{
    AlignCase c;
    c.name = enFile + u" + " + zhFile;
    c.en = SourceReader::read(fixture(u"align/"_qs + enFile), Lang::En).paragraphs;
    c.zh = SourceReader::read(fixture(u"align/"_qs + zhFile), Lang::Zh).paragraphs;
    if (cut == FileCaseCut::ToChinese) {
        qsizetype links = 0;
        int zh = 0;
        while (links < gold.size() && zh + gold[links].zhCount <= c.zh.size())
            zh += gold[links++].zhCount;
        // A link without Chinese after the last one that has some belongs to the part left out.
        while (links > 0 && gold[links - 1].zhCount == 0)
            --links;
        gold = gold.first(links);
        const AlignmentLink &last = gold.back();
        c.en = c.en.first(last.enFirst + last.enCount);
    }
    if (gold.isEmpty()) {
        REQUIRE(c.en.size() == c.zh.size());
        for (int k = 0; k < c.en.size(); ++k)
            gold.append({k, 1, k, 1, 1.0, true, false, {}});
    }
    int en = 0;
    int zh = 0;
    for (const AlignmentLink &link : gold) {
        en += link.enCount;
        zh += link.zhCount;
    }
    INFO(c.name.toStdString());
    REQUIRE(c.en.size() == en);
    REQUIRE(c.zh.size() == zh);
    c.gold = gold;
    return c;
}

// The case's paragraphs written as two text files and read back by SourceReader, gold unchanged:
// the reader must give back every paragraph.
AlignCase throughTextFiles(const AlignCase &c)
{
    QTemporaryDir dir;
    AlignCase out = c;
    for (const auto &[side, lang] : {std::pair{&out.en, Lang::En}, std::pair{&out.zh, Lang::Zh}}) {
        QStringList texts;
        for (const SourceParagraph &p : *side)
            texts.append(p.text);
        const QString path = dir.filePath(lang == Lang::En ? u"en.txt"_qs : u"zh.txt"_qs);
        writeFile(path, texts.join(u"\n\n"_qs).toUtf8() + '\n');
        *side = SourceReader::read(path, lang).paragraphs;
        INFO(c.name.toStdString() << (lang == Lang::En ? " en" : " zh"));
        if (side->size() != texts.size()) {
            for (qsizetype k = 0; k < std::min(side->size(), texts.size()); ++k) {
                if ((*side)[k].text != texts[k]) {
                    WARN("before: " << (*side)[k - 1].text.toStdString()
                                    << "\nread: " << (*side)[k].text.left(300).toStdString()
                                    << "\nwritten: " << texts[k].toStdString()
                                    << "\nnext: " << texts.value(k + 1).left(100).toStdString());
                    break;
                }
            }
        }
        REQUIRE(side->size() == texts.size());
        for (qsizetype k = 0; k < texts.size(); ++k)
            CHECK((*side)[k].text == texts[k]);
    }
    return out;
}

} // namespace

TEST_CASE("the bundled paper from two plain files: every pair right and sure", "[align]")
{
    const AlignCase c = makeCase(QStringLiteral("paper"), bundledPaperUnits());
    const Alignment alignment = Aligner::align(c.en, c.zh);
    checkNothingLost(alignment.links, c.en.size(), c.zh.size());
    const AlignScore s = score(alignment.links, c.gold);
    CHECK(s.right == s.gold);
    CHECK(s.links == s.gold);
    CHECK(s.sure == s.links);
    // The summary has no Chinese: a 1-0 link with its note; no other notes.
    REQUIRE(alignment.links.size() > 1);
    CHECK(alignment.links[1].kind() == u"1-0");
    REQUIRE(alignment.notes.size() == 1);
    CHECK(alignment.notes.front().unitSeq == 2);
    CHECK(alignment.notes.front().kind == u"unpaired");
    // About 0.24 Chinese characters per English letter or digit, found in the documents.
    CHECK(alignment.ratio > 0.2);
    CHECK(alignment.ratio < 0.3);
}

TEST_CASE("each link says what decided it", "[align]")
{
    const AlignCase c = makeCase(QStringLiteral("paper"), bundledPaperUnits());
    const Alignment alignment = Aligner::align(c.en, c.zh);
    const auto linkOf = [&](QStringView start) -> const AlignmentLink & {
        for (const AlignmentLink &link : alignment.links) {
            if (link.enCount > 0 && c.en[link.enFirst].text.startsWith(start))
                return link;
        }
        FAIL("no link starts with " << start.toString().toStdString());
        return alignment.links.front();
    };
    const AlignmentLink &heading = linkOf(u"II. The Three Aspects");
    const AlignmentSignal *numbering = signalNamed(heading, u"numbering");
    REQUIRE(numbering);
    CHECK(numbering->weight > 0);
    CHECK(numbering->detail == u"II. = 二、");
    // "2. Main Features…" beside "1. …特征": the numbers differ, the link is still made.
    const AlignmentLink &features = linkOf(u"2. Main Features of the Competition over Power");
    CHECK(features.isOneToOne());
    CHECK(c.zh[features.zhFirst].text.contains(u"实力竞争的主要特征"));
    REQUIRE(signalNamed(features, u"numbering"));
    CHECK(signalNamed(features, u"numbering")->weight < 0);
    // Shared rare tokens: years and acronyms inside the Chinese.
    const AlignmentLink &offensive = linkOf(u"With regard to “offensive policies”");
    const AlignmentSignal *shared = signalNamed(offensive, u"shared");
    REQUIRE(shared);
    CHECK(shared->weight > 0);
    for (const AlignmentLink &link : alignment.links) {
        REQUIRE(signalNamed(link, u"prior"));
        if (link.enCount > 0 && link.zhCount > 0)
            CHECK(signalNamed(link, u"length"));
    }
}

TEST_CASE("nothing is lost, whatever the documents", "[align]")
{
    const QList<GoldUnit> paper = bundledPaperUnits();
    const QList<GoldUnit> law = lawUnits(3, 120);
    for (const AlignCase &c :
         {makeCase(QStringLiteral("paper"), perturbed(paper, 77, {0.2, true})),
          makeCase(QStringLiteral("law"), perturbed(law, 78, {0.2, true})),
          makeCase(QStringLiteral("tiny"), QList<GoldUnit>{{{QStringLiteral("One.")}, {}, false}})}) {
        INFO(c.name.toStdString());
        const Alignment alignment = Aligner::align(c.en, c.zh);
        checkNothingLost(alignment.links, c.en.size(), c.zh.size());
        for (qsizetype k = 0; k < alignment.links.size(); ++k) {
            const AlignmentLink &link = alignment.links[k];
            const bool noted = std::any_of(alignment.notes.begin(), alignment.notes.end(),
                                           [&](const AlignmentNote &n) { return n.unitSeq == k + 1; });
            CHECK(noted == (!link.isOneToOne() || !link.sure));
        }
    }
    SECTION("one side empty: every paragraph of the other is a link of its own")
    {
        const QList<SourceParagraph> en{{QStringLiteral("One."), false, 0, 0}, {QStringLiteral("Two."), false, 0, 0}};
        const Alignment alignment = Aligner::align(en, {});
        REQUIRE(alignment.links.size() == 2);
        CHECK(alignment.links[0].kind() == u"1-0");
        CHECK(alignment.links[1].kind() == u"1-0");
        CHECK(Aligner::align({}, {}).links.isEmpty());
    }
}

TEST_CASE("the ratio is the documents' own, not a constant", "[align]")
{
    // A Chinese side twice as long (every paragraph said twice) halves no link: the aligner
    // learns the new ratio and pairs the same paragraphs.
    QList<GoldUnit> units = bundledPaperUnits();
    for (GoldUnit &unit : units) {
        for (QString &text : unit.zh)
            text = text + text;
    }
    const AlignCase c = makeCase(QStringLiteral("doubled"), units);
    const Alignment alignment = Aligner::align(c.en, c.zh);
    CHECK(alignment.ratio > 0.4);
    CHECK(alignment.ratio < 0.6);
    const AlignScore s = score(alignment.links, c.gold);
    CHECK(s.right == s.gold);
}

TEST_CASE("page numbers and running heads pair with nothing, though they share a year", "[align]")
{
    QList<GoldUnit> units = bundledPaperUnits();
    for (int page = 4; page >= 1; --page) // from the end, so the positions stay valid
        units.insert(page * 12, {{}, {QStringLiteral("国际经济合作 2022 年第 %1 期").arg(page + 5)}, false});
    const AlignCase c = makeCase(QStringLiteral("running heads"), units);
    const Alignment alignment = Aligner::align(c.en, c.zh);
    const AlignScore s = score(alignment.links, c.gold);
    CHECK(s.right == s.gold);
    for (const AlignmentLink &link : alignment.links) {
        if (link.zhCount == 1 && c.zh[link.zhFirst].text.startsWith(u"国际经济合作")) {
            CHECK(link.kind() == u"0-1");
            CHECK(link.sure);
        }
    }
}

TEST_CASE("a lexicon adds its terms as shared evidence", "[align]")
{
    const AlignCase c = makeCase(QStringLiteral("paper"), bundledPaperUnits());
    const FrameworkData *data = FrameworkLoader::bundledFor(c.en.front().text);
    REQUIRE(data);
    AlignOptions options;
    options.lexicon = AlignLexicon::fromFramework(*data);
    CHECK(options.lexicon.entries().size() >= data->terms.size());
    const Alignment alignment = Aligner::align(c.en, c.zh, options);
    CHECK(score(alignment.links, c.gold).right == c.gold.size());
    // Terms show as "English / 中文" among the shared tokens.
    int withTerms = 0;
    for (const AlignmentLink &link : alignment.links) {
        const AlignmentSignal *shared = signalNamed(link, u"shared");
        if (shared && shared->detail.contains(u"technology power / 技术权力"))
            ++withTerms;
    }
    CHECK(withTerms >= 2);
    const Alignment without = Aligner::align(c.en, c.zh);
    for (qsizetype k = 0; k < alignment.links.size(); ++k) {
        const AlignmentSignal *with = signalNamed(alignment.links[k], u"shared");
        const AlignmentSignal *plain = signalNamed(without.links[k], u"shared");
        CHECK((with ? with->weight : 0) >= (plain ? plain->weight : 0));
    }
}

TEST_CASE("pinned links stay, and only what lies between them is aligned again", "[align][pins]")
{
    // Find a perturbed paper the aligner gets wrong somewhere, pin the right links there, and
    // the rest comes out right.
    for (quint64 seed = 1; seed <= 60; ++seed) {
        const AlignCase c = makeCase(QStringLiteral("paper"), perturbed(bundledPaperUnits(), seed, {0.16, false}));
        const Alignment first = Aligner::align(c.en, c.zh);
        const auto wrong = std::find_if(first.links.begin(), first.links.end(),
                                        [&](const AlignmentLink &l) { return !isRight(l, c.gold); });
        if (wrong == first.links.end())
            continue;
        INFO("seed " << seed);
        QList<AlignmentLink> pins;
        for (const AlignmentLink &g : c.gold) {
            const bool overlaps = (g.enCount && wrong->enCount && g.enFirst < wrong->enFirst + wrong->enCount &&
                                   wrong->enFirst < g.enFirst + g.enCount) ||
                                  (g.zhCount && wrong->zhCount && g.zhFirst < wrong->zhFirst + wrong->zhCount &&
                                   wrong->zhFirst < g.zhFirst + g.zhCount);
            if (overlaps)
                pins.append(g);
        }
        REQUIRE_FALSE(pins.isEmpty());
        const Alignment pinned = Aligner::align(c.en, c.zh, {}, pins);
        checkNothingLost(pinned.links, c.en.size(), c.zh.size());
        for (const AlignmentLink &pin : pins) {
            const auto it = std::find_if(pinned.links.begin(), pinned.links.end(),
                                         [&](const AlignmentLink &l) { return sameLink(l, pin); });
            REQUIRE(it != pinned.links.end());
            CHECK(it->pinned);
            CHECK(it->sure);
            CHECK(it->confidence == 1.0);
        }
        CHECK_FALSE(isRight(*wrong, pinned.links));
        SUCCEED("a mistake was pinned right");
        return;
    }
    FAIL("no perturbed paper among 60 seeds has a wrong link: make the test find another mistake");
}

TEST_CASE("a pin of any shape is kept as it is", "[align][pins]")
{
    const AlignCase c = makeCase(QStringLiteral("paper"), bundledPaperUnits());
    // Three English paragraphs and two Chinese ones, which the aligner itself never makes.
    const AlignmentLink pin{20, 3, 19, 2, 0, false, false, {}};
    const Alignment alignment = Aligner::align(c.en, c.zh, {}, {pin});
    checkNothingLost(alignment.links, c.en.size(), c.zh.size());
    const auto it =
        std::find_if(alignment.links.begin(), alignment.links.end(), [&](const AlignmentLink &l) { return l.pinned; });
    REQUIRE(it != alignment.links.end());
    CHECK(it->kind() == u"3-2");
    // Away from the pin the paper is aligned as without it.
    const AlignScore s = score(alignment.links, c.gold);
    CHECK(s.right >= s.gold - 4);
    CHECK(std::any_of(alignment.notes.begin(), alignment.notes.end(), [&](const AlignmentNote &n) {
        return n.unitSeq == int(it - alignment.links.begin()) + 1 && n.message.contains(u"pinned");
    }));
}

TEST_CASE("pins out of order, overlapping or outside the documents are refused", "[align][pins]")
{
    const AlignCase c = makeCase(QStringLiteral("paper"), bundledPaperUnits());
    const QList<QList<AlignmentLink>> bad{
        {{10, 1, 9, 1, 0, false, false, {}}, {5, 1, 4, 1, 0, false, false, {}}},
        {{10, 2, 9, 1, 0, false, false, {}}, {11, 1, 10, 1, 0, false, false, {}}},
        {{int(c.en.size()), 1, 0, 1, 0, false, false, {}}},
        {{3, 0, 3, 0, 0, false, false, {}}},
    };
    for (const QList<AlignmentLink> &pins : bad) {
        CHECK_THROWS_MATCHES(Aligner::align(c.en, c.zh, {}, pins), Error,
                             Catch::Predicate<Error>([](const Error &e) { return e.kind() == Error::Kind::Usage; }));
    }
}

TEST_CASE("progress is reported and cancelling stops the work", "[align]")
{
    const AlignCase c = makeCase(QStringLiteral("law"), lawUnits(5, 400));
    AlignOptions options;
    QList<int> seen;
    options.progress = [&](int done, int total) {
        seen.append(done);
        CHECK(total > 0);
        CHECK(done <= total);
        return true;
    };
    Aligner::align(c.en, c.zh, options);
    REQUIRE(seen.size() >= 4);
    CHECK(std::is_sorted(seen.begin(), seen.end()));

    int calls = 0;
    options.progress = [&](int, int) { return ++calls < 3; };
    CHECK_THROWS_MATCHES(Aligner::align(c.en, c.zh, options), Error,
                         Catch::Predicate<Error>([](const Error &e) { return e.kind() == Error::Kind::Cancelled; }));
    CHECK(calls == 3);
}

// The accuracy table of issue 12, section 2, on seeds nobody looked at while tuning (tuning used
// seeds 1-40 and 1001-1040 with the sweep below; these are 2001 and up). Printed with WARN.
TEST_CASE("accuracy on documents the project makes itself", "[align][accuracy]")
{
    struct Row
    {
        QString name;
        int cases = 0;
        AlignScore score;
        int worstCase = 0; // most wrong links in one document
    };
    QList<Row> rows;
    auto family = [&](const QString &name, const QList<AlignCase> &cases) {
        Row row{name, int(cases.size()), {}, 0};
        for (const AlignCase &c : cases) {
            const AlignScore s = score(Aligner::align(c.en, c.zh).links, c.gold);
            row.score += s;
            row.worstCase = std::max(row.worstCase, s.gold - s.right);
        }
        rows.append(row);
    };
    const QList<GoldUnit> paper = bundledPaperUnits();
    QList<AlignCase> perturbedPapers, noisyPapers, laws, perturbedLaws, noisyLaws;
    for (quint64 seed = 2001; seed <= 2010; ++seed) {
        perturbedPapers.append(makeCase(QStringLiteral("paper"), perturbed(paper, seed, {0.08, false})));
        noisyPapers.append(makeCase(QStringLiteral("paper pdf"), perturbed(paper, seed, {0.08, true})));
    }
    for (quint64 seed = 2001; seed <= 2003; ++seed) {
        const QList<GoldUnit> law = lawUnits(seed, 300);
        laws.append(makeCase(QStringLiteral("law"), law));
        perturbedLaws.append(makeCase(QStringLiteral("law perturbed"), perturbed(law, seed, {0.08, false})));
        noisyLaws.append(makeCase(QStringLiteral("law pdf"), perturbed(law, seed, {0.08, true})));
    }
    family(QStringLiteral("bundled paper, two plain files"), {makeCase(QStringLiteral("paper"), paper)});
    family(QStringLiteral("bundled paper, merged / split / omitted / notes (10 seeds)"), perturbedPapers);
    family(QStringLiteral("the same, Chinese with PDF page furniture and page breaks"), noisyPapers);
    family(QStringLiteral("law, chapters and articles, ~300 paragraphs (3 laws)"), laws);
    family(QStringLiteral("law, merged / split / omitted / notes"), perturbedLaws);
    family(QStringLiteral("the same, Chinese with PDF page furniture and page breaks"), noisyLaws);
    // Files laid out by other tools and read back by Duizhao's readers (tests/fixtures/align,
    // made by make-fixtures.sh): the Chinese side as LibreOffice's PDF or pdftotext's dump of
    // it, the English side as a saved web page or LibreOffice's PDF.
    const QList<AlignmentLink> paperGold = makeCase(QStringLiteral("paper"), paper).gold;
    family(QStringLiteral("bundled paper, English web page, Chinese PDF (LibreOffice)"),
           {fileCase(QStringLiteral("paper-en.html"), QStringLiteral("paper-zh.pdf"), paperGold)});
    family(QStringLiteral("bundled paper, both sides PDF (LibreOffice)"),
           {fileCase(QStringLiteral("paper-en.pdf"), QStringLiteral("paper-zh.pdf"), paperGold)});
    family(QStringLiteral("bundled paper, English web page, Chinese pdftotext -layout dump"),
           {fileCase(QStringLiteral("paper-en.html"), QStringLiteral("paper-zh.pdftotext.txt"), paperGold)});
    // Chromium's two-column print holds the paper's first 14 Chinese paragraphs: the English page
    // is cut where the links that take them end.
    AlignCase twoColumns = fileCase(QStringLiteral("paper-en.html"), QStringLiteral("paper-zh-2col.pdf"), paperGold,
                                    FileCaseCut::ToChinese);
    family(QStringLiteral("bundled paper, first part, English web page, Chinese two-column PDF (Chromium)"),
           {twoColumns});
    // Long documents through the text reader: the perturbed laws above, each side written as a
    // text file (a paragraph a line, blank lines between) and read back.
    QList<AlignCase> lawFiles;
    for (const AlignCase &c : perturbedLaws)
        lawFiles.append(throughTextFiles(c));
    family(QStringLiteral("law, merged / split / omitted / notes, both sides as text files"), lawFiles);
    family(QStringLiteral("regulation, English web page, Chinese PDF (LibreOffice)"),
           {fileCase(QStringLiteral("regulation-en.html"), QStringLiteral("regulation-zh.pdf"), {})});

    QString table = QStringLiteral("\n| case | links right | wrong per 100 | worst document | sure links | sure "
                                   "precision |\n|---|---|---|---|---|---|\n");
    AlignScore sure;
    for (const Row &row : rows) {
        table += QStringLiteral("| %1 | %2 / %3 | %4 | %5 | %6% | %7 |\n")
                     .arg(row.name)
                     .arg(row.score.right)
                     .arg(row.score.gold)
                     .arg(100.0 * (row.score.gold - row.score.right) / row.score.gold, 0, 'f', 2)
                     .arg(row.worstCase)
                     .arg(100.0 * row.score.sureShare(), 0, 'f', 1)
                     .arg(row.score.surePrecision(), 0, 'f', 4);
        sure += row.score;
    }
    WARN(table.toStdString());

    REQUIRE(rows.size() == 12);
    CHECK(rows[0].score.right == rows[0].score.gold); // every pair of the bundled paper
    for (const Row &row : rows) {
        INFO(row.name.toStdString());
        CHECK(row.score.gold - row.score.right <= 2 * row.score.gold / 100); // at most 2 wrong in 100
        CHECK(row.score.sureShare() >= 0.8);
    }
    CHECK(sure.surePrecision() >= 0.995);
}

// Not run by default: a sweep over many seeds for tuning, with precision and share of sure
// links at several thresholds.
TEST_CASE("tuning sweep", "[.tune]")
{
    const quint64 base = qEnvironmentVariableIntValue("ALIGN_SEED_BASE");
    const int count = std::max(1, qEnvironmentVariableIntValue("ALIGN_SEEDS"));
    Perturbation share;
    share.share = qEnvironmentVariableIsSet("ALIGN_SHARE") ? qEnvironmentVariable("ALIGN_SHARE").toDouble() : 0.08;
    share.pageNoise = qEnvironmentVariableIsSet("ALIGN_PAGES");
    const QList<double> thresholds{0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99};
    struct Tally
    {
        AlignScore all;
        QList<int> sure, sureRight;
    };
    QMap<QString, Tally> tallies;
    auto run = [&](const QString &group, const AlignCase &c) {
        const Alignment alignment = Aligner::align(c.en, c.zh);
        Tally &t = tallies[group];
        if (t.sure.isEmpty()) {
            t.sure.fill(0, thresholds.size());
            t.sureRight.fill(0, thresholds.size());
        }
        t.all += score(alignment.links, c.gold);
        QList<AlignmentLink> links = alignment.links;
        for (qsizetype k = 0; k < thresholds.size(); ++k) {
            for (AlignmentLink &l : links)
                l.sure = l.confidence >= thresholds[k];
            const AlignScore s = score(links, c.gold);
            t.sure[k] += s.sure;
            t.sureRight[k] += s.sureRight;
        }
        const AlignScore s = score(alignment.links, c.gold);
        if (s.wrong() > 0 || s.right < s.gold) {
            QString text;
            for (const AlignmentLink &link : alignment.links) {
                bool ok = false;
                for (const AlignmentLink &g : c.gold)
                    ok = ok || sameLink(g, link);
                if (!ok)
                    text += QStringLiteral(" [%1 en%2 zh%3 %4]")
                                .arg(link.kind())
                                .arg(link.enFirst)
                                .arg(link.zhFirst)
                                .arg(link.confidence, 0, 'f', 2);
            }
            qDebug().noquote() << c.name << s.right << "/" << s.gold << text;
        }
    };
    for (int k = 0; k < count; ++k) {
        const quint64 seed = base + quint64(k);
        run(QStringLiteral("paper"),
            makeCase(QStringLiteral("paper %1").arg(seed), perturbed(bundledPaperUnits(), seed, share)));
        if (k % 4 == 0) {
            const QList<GoldUnit> law = lawUnits(seed);
            run(QStringLiteral("law"), makeCase(QStringLiteral("law %1").arg(seed), law));
            run(QStringLiteral("law perturbed"),
                makeCase(QStringLiteral("law perturbed %1").arg(seed), perturbed(law, seed + 7, share)));
        }
    }
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        const Tally &t = it.value();
        QString line = QStringLiteral("%1: %2/%3 right (%4 wrong per 100)")
                           .arg(it.key())
                           .arg(t.all.right)
                           .arg(t.all.gold)
                           .arg(100.0 * (t.all.gold - t.all.right) / t.all.gold, 0, 'f', 2);
        for (qsizetype k = 0; k < thresholds.size(); ++k)
            line += QStringLiteral("\n   t=%1 sure %2% precision %3 (%4 wrong)")
                        .arg(thresholds[k])
                        .arg(100.0 * t.sure[k] / t.all.links, 0, 'f', 1)
                        .arg(double(t.sureRight[k]) / std::max(1, t.sure[k]), 0, 'f', 4)
                        .arg(t.sure[k] - t.sureRight[k]);
        qDebug().noquote() << line;
    }
}

TEST_CASE("debug one case", "[.debug]")
{
    const quint64 seed = qEnvironmentVariableIntValue("ALIGN_SEED");
    const bool law = qEnvironmentVariableIsSet("ALIGN_LAW");
    Perturbation share;
    share.share = qEnvironmentVariableIsSet("ALIGN_SHARE") ? qEnvironmentVariable("ALIGN_SHARE").toDouble() : 0.08;
    share.pageNoise = qEnvironmentVariableIsSet("ALIGN_PAGES");
    const quint64 perturbation =
        qEnvironmentVariableIsSet("ALIGN_PSEED") ? quint64(qEnvironmentVariableIntValue("ALIGN_PSEED")) : seed + 7;
    const AlignCase c = law ? makeCase(QStringLiteral("law"), perturbed(lawUnits(seed), perturbation, share))
                            : makeCase(QStringLiteral("paper"), perturbed(bundledPaperUnits(), seed, share));
    const Alignment alignment = Aligner::align(c.en, c.zh);
    AlignmentFeatures features(c.en, c.zh);
    LinkScorer::LengthModel model;
    model.ratio = alignment.ratio;
    model.spread = alignment.spread;
    LinkScorer scorer(features, model);
    auto show = [&](const AlignmentLink &l, const char *what) {
        QString text = QStringLiteral("%1 %2 en%3 zh%4 conf %5 cost %6\n")
                           .arg(QLatin1String(what), l.kind())
                           .arg(l.enFirst)
                           .arg(l.zhFirst)
                           .arg(l.confidence, 0, 'f', 2)
                           .arg(scorer.cost(l.enFirst, l.enCount, l.zhFirst, l.zhCount), 0, 'f', 2);
        for (const AlignmentSignal &s : scorer.explain(l.enFirst, l.enCount, l.zhFirst, l.zhCount))
            text += QStringLiteral("      %1 %2 %3\n").arg(s.name).arg(s.weight, 0, 'f', 2).arg(s.detail);
        for (int i = 0; i < l.enCount; ++i)
            text += QStringLiteral("    EN%1: %2\n").arg(l.enFirst + i).arg(c.en[l.enFirst + i].text.left(100));
        for (int j = 0; j < l.zhCount; ++j)
            text += QStringLiteral("    ZH%1: %2\n").arg(l.zhFirst + j).arg(c.zh[l.zhFirst + j].text.left(50));
        qDebug().noquote() << text;
    };
    for (const AlignmentLink &link : alignment.links) {
        bool ok = false;
        for (const AlignmentLink &g : c.gold)
            ok = ok || sameLink(g, link);
        if (ok)
            continue;
        show(link, "PREDICTED");
        for (const AlignmentLink &g : c.gold) {
            const bool overlapsEn = g.enCount && link.enCount && g.enFirst < link.enFirst + link.enCount &&
                                    link.enFirst < g.enFirst + g.enCount;
            const bool overlapsZh = g.zhCount && link.zhCount && g.zhFirst < link.zhFirst + link.zhCount &&
                                    link.zhFirst < g.zhFirst + g.zhCount;
            if (overlapsEn || overlapsZh)
                show(g, "GOLD");
        }
    }
}
