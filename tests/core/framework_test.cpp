// The framework as data: the curated files validate, every anchor names one unit, every measure
// name and glossary term is found in the text it claims (in both languages, stray spaces and all),
// units get the framework level of their section, and the library stores and reattaches it all.

#include "bundledpaper.h"
#include "error.h"
#include "framework/frameworkdatareader.h"
#include "framework/frameworklinker.h"
#include "framework/frameworkloader.h"
#include "framework/frameworkstore.h"
#include "framework/glossarystore.h"
#include "framework/measurestore.h"
#include "framework/termmatcher.h"
#include "import/paperreader.h"
#include "library/library.h"
#include "library/openlibrary.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QSet>

using namespace duizhao;
using namespace duizhao::test;

namespace {

Paper bundledPaper()
{
    return PaperReader::parseBytes(BundledPaper::bytes(), BundledPaper::fileName());
}

const FrameworkData &bundled()
{
    REQUIRE(FrameworkLoader::bundledData().size() == 1);
    return FrameworkLoader::bundledData().front();
}

const LinkedFramework &linkedBundle()
{
    static const LinkedFramework linked = FrameworkLinker::link(bundled(), bundledPaper());
    return linked;
}

QString dataDir()
{
    return sourceDir() + QStringLiteral("/resources/framework/technology-power");
}

// The units whose text contains `needle` exactly: the reference the matcher is checked against.
QList<int> unitsContaining(const Paper &paper, const QString &needle, Lang lang)
{
    QList<int> units;
    for (const Unit &unit : paper.units) {
        if ((lang == Lang::En ? unit.en : unit.zh).contains(needle))
            units.append(unit.seq);
    }
    return units;
}

QList<int> unitsIn(const QList<UnitSpan> &spans, Lang lang)
{
    QList<UnitSpan> inLang;
    for (const UnitSpan &span : spans) {
        if (span.lang == lang && !span.gloss)
            inLang.append(span);
    }
    return unitsOf(inLang);
}

QString textOf(const Paper &paper, const UnitSpan &span)
{
    const Unit &unit = paper.units[span.unitSeq - 1];
    return (span.lang == Lang::En ? unit.en : unit.zh).mid(span.start, span.length);
}

// A copy of the curated data in a temporary folder, for breaking one file at a time.
struct DataCopy
{
    QTemporaryDir dir;
    DataCopy()
    {
        for (const char *name : {"framework.json", "measures.json", "glossary.json"})
            writeFile(path(QString::fromLatin1(name)), readFile(dataDir() + u'/' + QString::fromLatin1(name)));
    }
    QString path(const QString &name) const { return dir.filePath(name); }
    QByteArray bytes(const QString &name) const { return readFile(path(name)); }
    void replace(const QString &name, const QByteArray &from, const QByteArray &to)
    {
        QByteArray content = bytes(name);
        INFO("replacing " << from.toStdString());
        REQUIRE(content.count(from) >= 1);
        content.replace(content.indexOf(from), from.size(), to);
        writeFile(path(name), content);
    }
    // The 1-based line on which `text` first appears in the file.
    int lineOf(const QString &name, const QByteArray &text) const
    {
        const QByteArray content = bytes(name);
        const qsizetype at = content.indexOf(text);
        REQUIRE(at >= 0);
        return int(content.left(at).count('\n')) + 1;
    }
};

Error readError(const DataCopy &copy)
{
    try {
        FrameworkDataReader::readFolder(copy.dir.path());
    } catch (const Error &error) {
        return error;
    }
    FAIL("the broken data was accepted");
    return Error(Error::Kind::Data, {});
}

} // namespace

TEST_CASE("the curated data validates and has what the issue asks for", "[framework][data]")
{
    const FrameworkData &data = bundled();
    CHECK(data.paperTitleEn == bundledPaper().meta.titleEn);
    CHECK(data.measures.size() > 30);
    CHECK(data.terms.size() >= 40);
    CHECK(data.table1.size() == 3);

    // technology power = technological + institutional + interpretative power
    const FrameworkNode *root = data.node(u"technology-power");
    REQUIRE(root);
    QStringList powers;
    for (const FrameworkNode &node : data.nodes) {
        if (node.kind == u"power") {
            CHECK(node.parentKey == root->key);
            powers.append(node.labelZh);
        }
    }
    CHECK(powers == QStringList{u"技术性权力"_qs, u"制度性权力"_qs, u"解释性权力"_qs});
    QSet<QString> relationKinds;
    for (const FrameworkRelation &relation : data.relations)
        relationKinds.insert(relation.kind);
    CHECK(relationKinds == QSet<QString>{u"foundation"_qs, u"space"_qs, u"endorsement"_qs});

    // three competitions, four dilemmas, four countermeasures, each with its points
    QHash<QString, int> kinds;
    for (const FrameworkNode &node : data.nodes)
        ++kinds[node.kind];
    CHECK(kinds.value(u"competition"_qs) == 3);
    CHECK(kinds.value(u"dilemma"_qs) == 4);
    CHECK(kinds.value(u"countermeasure"_qs) == 4);
    for (const FrameworkNode &node : data.nodes) {
        if (node.kind != u"dilemma" && node.kind != u"countermeasure")
            continue;
        int points = 0;
        for (const FrameworkNode &child : data.nodes)
            points += child.parentKey == node.key ? 1 : 0;
        INFO(node.key.toStdString());
        CHECK(points >= 3);
    }
    // the power competition's defensive policies: import, export, investment and talent controls
    QStringList defensive;
    for (const FrameworkNode &node : data.nodes) {
        if (node.parentKey == u"power-defensive-policies")
            defensive.append(node.labelEn);
    }
    CHECK(defensive ==
          QStringList{u"Import controls"_qs, u"Export controls"_qs, u"Investment controls"_qs, u"Talent controls"_qs});

    // levels follow from the data: competitions from Table 1, powers from the competitions' goals
    CHECK(data.node(u"competition-over-order")->level == FrameworkLevel::Order);
    CHECK(data.node(u"interpretative-power")->level == FrameworkLevel::Values);
    CHECK(data.node(u"power-talent-controls")->level == FrameworkLevel::Power);
    CHECK(data.node(u"dilemma-hard-decoupling")->level == FrameworkLevel::Dilemmas);
    CHECK(root->level == FrameworkLevel::None);
}

TEST_CASE("every anchor names exactly one unit", "[framework][link]")
{
    const LinkedFramework &linked = linkedBundle();
    const Paper paper = bundledPaper();
    for (const FrameworkNode &node : linked.data.nodes) {
        INFO(node.key.toStdString());
        CHECK(node.spans.size() == node.anchors.size());
        for (const UnitSpan &span : node.spans)
            CHECK(node.anchors.contains(textOf(paper, span)));
    }
    // The relations the introduction states are anchored in the introduction.
    const int intro = unitWithEnglish(paper, u"endorses").seq;
    for (const FrameworkRelation &relation : linked.data.relations) {
        REQUIRE(relation.spans.size() == 1);
        CHECK(relation.spans.front().unitSeq == intro);
    }
}

TEST_CASE("every measure name and glossary term is found in the text it claims", "[framework][link]")
{
    const LinkedFramework &linked = linkedBundle();
    INFO(linked.warnings.join(u'\n').toStdString());
    CHECK(linked.warnings.isEmpty());
    for (const Measure &m : linked.data.measures) {
        INFO(m.key.toStdString());
        if (m.nameEnInText)
            CHECK_FALSE(unitsIn(m.mentions, Lang::En).isEmpty());
        CHECK_FALSE(unitsIn(m.mentions, Lang::Zh).isEmpty());
    }
    for (const GlossaryTerm &t : linked.data.terms) {
        INFO(t.key.toStdString());
        CHECK_FALSE(unitsIn(t.occurrences, Lang::En).isEmpty());
        CHECK_FALSE(unitsIn(t.occurrences, Lang::Zh).isEmpty());
    }
}

TEST_CASE("a name that matches no unit is reported", "[framework][link]")
{
    FrameworkData data = bundled();
    data.measures[0].aliasesEn.append(QStringLiteral("Nonexistent Act of 1850"));
    data.terms[0].termZh = QStringLiteral("不存在的术语");
    const LinkedFramework linked = FrameworkLinker::link(data, bundledPaper());
    REQUIRE(linked.warnings.size() == 2);
    CHECK(linked.warnings[0].contains(u"measure \"" + data.measures[0].key + u"\""));
    CHECK(linked.warnings[0].contains(u"\"Nonexistent Act of 1850\" matches no unit's English text"));
    CHECK(linked.warnings[0].startsWith(data.measuresFile + u':' + QString::number(data.measures[0].line)));
    CHECK(linked.warnings[1].contains(u"term \"technology-power\""));
    CHECK(linked.warnings[1].contains(u"\"不存在的术语\" matches no unit's Chinese text"));
}

TEST_CASE("the CHIPS and Science Act is found in its seven units, in both languages", "[framework][link]")
{
    const Paper paper = bundledPaper();
    const Measure *chips = nullptr;
    for (const Measure &m : linkedBundle().data.measures) {
        if (m.key == u"chips-and-science-act")
            chips = &m;
    }
    REQUIRE(chips);
    // The reference: plain substring search of the forms the paper uses.
    const QList<int> english = unitsContaining(paper, QStringLiteral("CHIPS and Science Act"), Lang::En);
    const QList<int> chinese = unitsContaining(paper, QStringLiteral("2022 年芯片和科学法案"), Lang::Zh);
    CHECK(english.size() == 7);
    CHECK(english == chinese);
    CHECK(unitsIn(chips->mentions, Lang::En) == english);
    CHECK(unitsIn(chips->mentions, Lang::Zh) == chinese);
    CHECK(unitsOf(chips->mentions).size() == 7);
    // Each Chinese mention is the whole title, brackets included.
    for (const UnitSpan &span : chips->mentions) {
        if (span.lang == Lang::Zh)
            CHECK(textOf(paper, span) == u"《2022 年芯片和科学法案》");
    }
}

TEST_CASE("names are found across the source's stray spaces", "[framework][match]")
{
    const Paper paper = bundledPaper();
    auto zhMentions = [&](QStringView key) {
        QStringList texts;
        for (const Measure &m : linkedBundle().data.measures) {
            if (m.key == key) {
                for (const UnitSpan &span : m.mentions) {
                    if (span.lang == Lang::Zh)
                        texts.append(textOf(paper, span));
                }
            }
        }
        return texts;
    };
    // The data writes the title without the space; the text has one after 《.
    CHECK(zhMentions(u"endless-frontier-act") == QStringList{u"《 无尽前沿法案》"_qs});
    CHECK(zhMentions(u"made-in-china-2025") == QStringList{u"《中国制造 2025》"_qs});
    CHECK(zhMentions(u"section-301-tariffs") == QStringList{u"301 条款"_qs});

    // And a hand-made case: spaces next to Han characters never count, others count as one.
    TermMatcher matcher;
    matcher.add(0, QStringLiteral("2022年芯片和科学法案"));
    matcher.add(1, QStringLiteral("small yard, high fence"));
    const QString text = QStringLiteral("《2022  年 芯片和科学法案》 and “small  yard,\nhigh fence”");
    const QList<TermMatch> found = matcher.find(text);
    REQUIRE(found.size() == 2);
    CHECK(text.mid(found[0].start, found[0].length) == u"2022  年 芯片和科学法案");
    CHECK(text.mid(found[1].start, found[1].length) == u"small  yard,\nhigh fence");
}

TEST_CASE("acronyms match whole words and exactly; names ignore case", "[framework][match]")
{
    TermMatcher matcher;
    matcher.add(0, QStringLiteral("BIS"));
    matcher.add(1, QStringLiteral("ISO"));
    matcher.add(2, QStringLiteral("CoRe"));
    matcher.add(3, QStringLiteral("deemed export"));
    matcher.add(4, QStringLiteral("G20"));
    auto owners = [&](const QString &text) {
        QList<int> list;
        for (const TermMatch &m : matcher.find(text))
            list.append(m.owner);
        return list;
    };
    CHECK(owners(QStringLiteral("BISON exhibits a BIS rule")) == QList<int>{0});
    CHECK(owners(QStringLiteral("ISOLATION, iso, (ISO)")) == QList<int>{1});
    CHECK(owners(QStringLiteral("core technologies, the CoRe partnership")) == QList<int>{2});
    CHECK(owners(QStringLiteral("Deemed Export rules; deemed exporter")) == QList<int>{3});
    CHECK(owners(QStringLiteral("G200, the G20.")) == QList<int>{4});
    CHECK(owners(QStringLiteral("美国商务部工业与安全局(BIS)等机构")) == QList<int>{0});
    CHECK(TermMatcher::isAcronymLike(u"CFIUS"));
    CHECK(TermMatcher::isAcronymLike(u"5G"));
    CHECK_FALSE(TermMatcher::isAcronymLike(u"Made in China 2025"));
}

TEST_CASE("the translator's bracketed glosses are occurrences of the Chinese term", "[framework][glossary]")
{
    const Paper paper = bundledPaper();
    const GlossaryTerm *discourse = nullptr;
    for (const GlossaryTerm &t : linkedBundle().data.terms) {
        if (t.termZh == u"话语权")
            discourse = &t;
    }
    REQUIRE(discourse);
    const Unit &intro = unitWithEnglish(paper, u"[话语权 (voice, influence)]");
    QList<UnitSpan> glosses;
    for (const UnitSpan &span : discourse->occurrences) {
        if (span.gloss)
            glosses.append(span);
    }
    REQUIRE(glosses.size() == 1);
    CHECK(glosses.front().unitSeq == intro.seq);
    CHECK(glosses.front().lang == Lang::En);
    CHECK(textOf(paper, glosses.front()) == u"话语权");
    CHECK(intro.en.mid(glosses.front().start - 1, 1) == u"[");
    // The English term and the Chinese one in the Chinese text are ordinary occurrences.
    CHECK(unitsIn(discourse->occurrences, Lang::En).contains(intro.seq));
    CHECK(unitsIn(discourse->occurrences, Lang::Zh).contains(intro.seq));
}

TEST_CASE("units take the framework level of their section", "[framework][levels]")
{
    const Paper paper = bundledPaper();
    const QHash<int, FrameworkLevel> levels = linkedBundle().unitLevels;
    CHECK(levels.size() == paper.units.size());
    auto levelOf = [&](QStringView english) { return levels.value(unitWithEnglish(paper, english).seq); };
    CHECK(levelOf(u"Introduction") == FrameworkLevel::None);
    CHECK(levelOf(u"II. The Three Aspects") == FrameworkLevel::None);
    CHECK(levelOf(u"(i) Competition over Power") == FrameworkLevel::Power);
    CHECK(levelOf(u"1. Main Initiatives for the Competition over Power") == FrameworkLevel::Power);
    CHECK(levelOf(u"(ii) Competition over Order") == FrameworkLevel::Order);
    CHECK(levelOf(u"(3) Building alliance relationships") == FrameworkLevel::Order);
    CHECK(levelOf(u"(iii) Competition over Values") == FrameworkLevel::Values);
    // Table 1's summary paragraph speaks of all three levels.
    CHECK(levelOf(u"Generally speaking") == FrameworkLevel::None);
    CHECK(levelOf(u"III. The Dilemma") == FrameworkLevel::Dilemmas);
    CHECK(levelOf(u"It is only by relying on") == FrameworkLevel::Dilemmas);
    CHECK(levelOf(u"The Interests of Allied Groups") == FrameworkLevel::Dilemmas);
    CHECK(levelOf(u"IV. China’s Countermeasures") == FrameworkLevel::Countermeasures);
    CHECK(levelOf(u"chokepoint technology") == FrameworkLevel::Countermeasures);
}

TEST_CASE("each level has a name in both languages and its own colour", "[framework][levels]")
{
    QSet<QRgb> colours;
    for (FrameworkLevel level : frameworkLevels()) {
        CHECK(levelFromCode(levelCode(level)) == level);
        CHECK_FALSE(levelName(level, Lang::En).isEmpty());
        CHECK_FALSE(levelName(level, Lang::Zh).isEmpty());
        colours.insert(levelColor(level).rgb());
    }
    CHECK(colours.size() == 5);
    CHECK(levelName(FrameworkLevel::Power, Lang::Zh) == u"实力竞争");
    CHECK_FALSE(levelFromCode(u"chips").has_value());
}

TEST_CASE("a broken data file gives a clear error naming the file and the entry", "[framework][data][badinput]")
{
    struct Case
    {
        const char *file;
        QByteArray from;
        QByteArray to;
        const char16_t *message;
        QByteArray lineOf; // the text on the line the error must name
    };
    const QList<Case> cases = {
        {"measures.json", "\"level\": \"power\",\n      \"category\": \"offensive / industrial policy\"",
         "\"level\": \"chips\",\n      \"category\": \"offensive / industrial policy\"",
         u"measures.json: measure \"chips-and-science-act\": \"level\" must be one of "
         u"power|order|values|dilemmas|countermeasures",
         "\"id\": \"chips-and-science-act\""},
        {"measures.json", "\"date\": \"2022-08\"", "\"date\": \"August 2022\"",
         u"measure \"chips-and-science-act\": \"date\" must be empty, a year, a month or a day",
         "\"id\": \"chips-and-science-act\""},
        {"measures.json", "\"kind\": \"law\"", "\"kind\": \"lawsuit\"", u"\"kind\" must be one of law|bill|",
         "\"id\": \"road-traffic-repair-act\""},
        {"measures.json", "\"id\": \"ecra\"", "\"id\": \"firrma\"", u"measure \"firrma\": the id is used twice",
         "\"id\": \"firrma\",\n      \"name_en\": \"Export"},
        {"measures.json", "\"name_en\": \"G20\"", "\"name_en\": \"G20\", \"nmae_zh\": \"x\"",
         u"measure \"g20\": unknown key \"nmae_zh\"", "\"id\": \"g20\""},
        {"glossary.json", "\"term_zh\": \"脱钩\"", "\"term_zh\": \"\"",
         u"glossary.json: term \"decoupling\": \"term_zh\" must not be empty", "\"id\": \"decoupling\""},
        {"framework.json", "\"parent\": \"power-defensive-policies\"", "\"parent\": \"dilemma-hard-decoupling\"",
         u"node \"power-import-controls\": the parent of an initiative must be a competition or initiative, not a "
         u"dilemma",
         "\"id\": \"power-import-controls\""},
        {"framework.json", "\"section-301-tariffs\"", "\"section-302-tariffs\"",
         u"framework.json: table1 row \"power\": measure \"section-302-tariffs\" is not in measures.json",
         "\"initiatives\""},
        {"framework.json", "\"kind\": \"endorsement\"", "\"kind\": \"support\"",
         u"relation interpretative-power → technological-power: \"kind\" must be one of foundation|space|endorsement",
         "\"from\": \"interpretative-power\""},
        {"glossary.json", "\"schema\": 1", "\"schema\": 7",
         u"written for a newer Duizhao (schema 7; this version reads 1)", "\"schema\""},
        {"measures.json", "\"paper_title_en\": \"U.S.", "\"paper_title_en\": \"A.U.S.",
         u"\"paper_title_en\" differs from the one in framework.json", "\"paper_title_en\""},
    };
    for (const Case &c : cases) {
        DataCopy copy;
        const QString file = QString::fromLatin1(c.file);
        copy.replace(file, c.from, c.to);
        const int line = copy.lineOf(file, c.lineOf);
        const Error error = readError(copy);
        INFO(error.text().toStdString());
        CHECK(error.kind() == Error::Kind::Data);
        CHECK(error.file() == copy.path(file));
        CHECK(error.message().contains(QStringView(c.message)));
        CHECK(error.line() == line);
    }
}

TEST_CASE("data files that are not JSON text are refused with the file and the line", "[framework][data][badinput]")
{
    const QByteArray good = readFile(dataDir() + QStringLiteral("/measures.json"));
    QByteArray invalid = good;
    const qsizetype chips = invalid.indexOf("《2022");
    invalid.insert(chips, "\xC0");
    const int invalidLine = int(good.left(chips).count('\n')) + 1;
    const QByteArray cutInCharacter = good.left(good.indexOf("《2022") + 1);
    const QByteArray cutInObject = good.left(good.indexOf("\"id\": \"chips-and-science-act\","));
    QByteArray oversized = good;
    oversized.append(QByteArray(FrameworkDataReader::MaxFileSize, ' '));

    struct Case
    {
        const char *name;
        QByteArray bytes;
        const char16_t *message;
        int line;
    };
    const QList<Case> cases = {
        {"empty", QByteArray(), u"the file is empty", 1},
        {"blank", QByteArray(" \n\t\n"), u"the file is empty", 1},
        {"binary", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16),
         u"binary data (byte 0x1a at column 1); a framework data file is UTF-8 text", 2},
        {"invalid UTF-8", invalid, u"invalid UTF-8 (byte 0xc0 at column", invalidLine},
        {"cut in a character", cutInCharacter, u"ends in the middle of a character", invalidLine},
        {"cut in an object", cutInObject, u"not valid JSON", int(cutInObject.count('\n')) + 1},
        {"oversized", oversized, u"a framework data file is text of at most 2 MB", 0},
        {"not an object", QByteArray("[1, 2]"), u"the top level must be a JSON object", 1},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        DataCopy copy;
        writeFile(copy.path(QStringLiteral("measures.json")), c.bytes);
        const Error error = readError(copy);
        INFO(error.text().toStdString());
        CHECK(error.kind() == Error::Kind::Data);
        CHECK(error.file() == copy.path(QStringLiteral("measures.json")));
        CHECK(error.message().contains(QStringView(c.message)));
        CHECK(error.line() == c.line);
    }
    DataCopy missing;
    QFile::remove(missing.path(QStringLiteral("glossary.json")));
    CHECK(readError(missing).message().contains(u"no such file"));
}

TEST_CASE("an anchor that matches no unit, or several, is an error naming it", "[framework][link][badinput]")
{
    const Paper paper = bundledPaper();
    {
        FrameworkData data = bundled();
        data.nodes[1].anchors.append(QStringLiteral("a sentence the paper never wrote"));
        try {
            FrameworkLinker::link(data, paper);
            FAIL("no error");
        } catch (const Error &error) {
            CHECK(error.file() == data.frameworkFile);
            CHECK(error.line() == data.nodes[1].line);
            CHECK(error.message().contains(u"node \"technological-power\": anchor \"a sentence the paper never "
                                           u"wrote\" matches no unit"));
        }
    }
    {
        FrameworkData data = bundled();
        data.relations[0].anchors = {QStringLiteral("competition over power")};
        const QList<int> expected = unitsContaining(paper, QStringLiteral("competition over power"), Lang::En);
        REQUIRE(expected.size() > 1);
        try {
            FrameworkLinker::link(data, paper);
            FAIL("no error");
        } catch (const Error &error) {
            CHECK(error.message().contains(u"relation technological-power → institutional-power: anchor "
                                           u"\"competition over power\" matches " +
                                           QString::number(expected.size()) + u" units"));
        }
    }
}

TEST_CASE("an import stores the framework, its measures and its glossary", "[framework][library]")
{
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("f.duizhao")));
    const AddResult added = addBundledPaper(library);
    REQUIRE(added.added);
    const qint64 doc = added.documentId;

    FrameworkStore frameworks(library);
    const std::optional<FrameworkInfo> info = frameworks.info(doc);
    REQUIRE(info);
    CHECK(info->source == u":/framework/technology-power");
    CHECK(info->dataHash == bundled().hash);
    CHECK(frameworks.nodes(doc).size() == bundled().nodes.size());
    CHECK(frameworks.relations(doc).size() == bundled().relations.size());
    CHECK(frameworks.unitLevels(doc) == linkedBundle().unitLevels);

    // Stored and loaded back, the data is what the linker made of it.
    const QList<Measure> measures = MeasureStore(library).measures(doc);
    REQUIRE(measures.size() == linkedBundle().data.measures.size());
    for (qsizetype i = 0; i < measures.size(); ++i) {
        Measure expected = linkedBundle().data.measures[i];
        expected.id = measures[i].id;
        expected.line = 0;
        CHECK(measures[i] == expected);
    }
    const QList<GlossaryTerm> terms = GlossaryStore(library).terms(doc);
    REQUIRE(terms.size() == linkedBundle().data.terms.size());
    CHECK(terms.front().occurrences == linkedBundle().data.terms.front().occurrences);
    const QList<FrameworkNode> nodes = frameworks.nodes(doc);
    CHECK(nodes[5].spans == linkedBundle().data.nodes[5].spans);
    CHECK(nodes[5].goalKey == u"institutional-power");

    // Per-unit lookups for the reader's marks.
    const int intro = unitWithEnglish(bundledPaper(), u"[话语权").seq;
    bool gloss = false;
    for (const TermOccurrence &o : GlossaryStore(library).occurrencesInUnit(doc, intro))
        gloss = gloss || o.span.gloss;
    CHECK(gloss);
    CHECK(MeasureStore(library)
              .mentionsInUnit(doc, unitWithEnglish(bundledPaper(), u"Endless Frontier Act").seq)
              .size() >= 4);
    // A paper with curated data gets no candidates.
    CHECK(MeasureStore(library).candidates(doc).isEmpty());
}

TEST_CASE("Table 1 is rebuilt from the data: three levels, three columns, linked to units", "[framework][table1]")
{
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("t.duizhao")));
    const qint64 doc = addBundledPaper(library).documentId;
    const QList<Table1Row> rows = FrameworkStore(library).table1(doc);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].level == FrameworkLevel::Power);
    CHECK(rows[1].level == FrameworkLevel::Order);
    CHECK(rows[2].level == FrameworkLevel::Values);
    CHECK(rows[0].initiatives.text(Lang::En, u"; ") ==
          u"Defensive policies (import controls, export controls, investment controls, talent controls); "
          u"Offensive policies (industrial technology policy, industrial organization policy, other industrial "
          u"policies)");
    CHECK(rows[0].initiatives.text(Lang::Zh).startsWith(u"防御型政策（进口管制、出口管制、投资管制、人才管制）"));
    CHECK(rows[1].features.items.front().labelZh == u"实行双重标准");
    // Every cell links to units, and those are units of the level's section.
    const QHash<int, FrameworkLevel> levels = FrameworkStore(library).unitLevels(doc);
    for (const Table1Row &row : rows) {
        for (const Table1Cell *cell : {&row.initiatives, &row.features}) {
            REQUIRE_FALSE(cell->units().isEmpty());
            for (int seq : cell->units())
                CHECK(levels.value(seq) == row.level);
        }
        REQUIRE_FALSE(row.measures.items.isEmpty());
        for (const Table1Item &item : row.measures.items)
            CHECK_FALSE(item.units.isEmpty());
    }
    QStringList powerMeasures;
    for (const Table1Item &item : rows[0].measures.items)
        powerMeasures.append(item.labelZh);
    CHECK(powerMeasures.contains(u"《2022 年芯片和科学法案》"_qs));
}

TEST_CASE("opening a library that has the paper but no framework rows attaches them",
          "[framework][library][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.duizhao"));
    {
        // A library as schema 1 left it: the same paper tables, no framework tables.
        Library library(path);
        addBundledPaper(library);
        Database &db = library.database();
        // Schema 4's study tables too; they come after, so they go first.
        for (const char *table : {"study_reviews", "study_memory", "study_card_units", "study_cards", "study_settings"})
            db.exec(QStringLiteral("DROP TABLE %1").arg(QString::fromLatin1(table)).toUtf8().constData());
        for (const char *table : {"annotation_tags", "annotations", "tags", "candidate_mentions", "measure_candidates",
                                  "glossary_occurrences", "glossary_terms", "table1_items", "measure_mentions",
                                  "measures", "framework_unit_levels", "framework_relation_units",
                                  "framework_relations", "framework_node_units", "framework_nodes", "framework_sets"})
            db.exec(QStringLiteral("DROP TABLE %1").arg(QString::fromLatin1(table)).toUtf8().constData());
        db.exec("PRAGMA user_version = 1");
    }
    OpenedLibrary opened = openLibrary(path);
    CHECK(opened.library->database().userVersion() == Library::schemaVersion());
    // The file as it was before the migration is kept as a backup.
    const std::optional<BackupInfo> backup = Backups::latest(path);
    REQUIRE(backup);
    CHECK(backup->reason == u"before-migration");
    {
        Database old(backup->path, Database::Access::ReadOnly);
        CHECK(old.userVersion() == 1);
    }
    const qint64 doc = opened.library->defaultDocumentId();
    CHECK(FrameworkStore(*opened.library).hasFramework(doc));
    CHECK(MeasureStore(*opened.library).measures(doc).size() == bundled().measures.size());
    CHECK(FrameworkStore(*opened.library).unitLevels(doc).size() == 57);

    // Opening again tells the data is current from the files' hash alone, which is the data's own.
    for (const QString &name : QDir(QStringLiteral(":/framework")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString folder = QStringLiteral(":/framework/") + name;
        CHECK(FrameworkDataReader::folderHash(folder) == FrameworkDataReader::readFolder(folder).hash);
    }
    CHECK(FrameworkStore(*opened.library).checkedHash(doc) ==
          FrameworkLoader::bundledFor(opened.library->documents().front().meta.titleEn)->hash);
    // Data attached by an older build (another hash) is replaced by what this build ships.
    opened.library->database().exec("UPDATE framework_sets SET data_hash = 'from-an-older-build'");
    FrameworkLoader::attachMissing(*opened.library);
    CHECK(FrameworkStore(*opened.library).checkedHash(doc) ==
          FrameworkLoader::bundledFor(opened.library->documents().front().meta.titleEn)->hash);
    // Opening it again changes nothing.
    const QString again = dir.filePath(QStringLiteral("old.duizhao"));
    opened.library.reset();
    const QByteArray before = libraryFingerprint(again);
    openLibrary(again);
    CHECK(libraryFingerprint(again) == before);
}

TEST_CASE("removing a paper removes its framework rows", "[framework][library]")
{
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("r.duizhao")));
    const qint64 doc = addBundledPaper(library).documentId;
    CHECK(library.removeDocument(doc));
    for (const char *table :
         {"framework_sets", "framework_nodes", "framework_node_units", "framework_relations", "framework_unit_levels",
          "table1_items", "measures", "measure_mentions", "glossary_terms", "glossary_occurrences"}) {
        Statement count(library.database(),
                        QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)).toStdString());
        REQUIRE(count.step());
        INFO(table);
        CHECK(count.integer(0) == 0);
    }
}

TEST_CASE("data loaded from a folder must be for the document; bad data leaves the library as it was",
          "[framework][library][badinput]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.duizhao"));
    qint64 bundledDoc = 0;
    qint64 otherDoc = 0;
    {
        Library library(path);
        bundledDoc = addBundledPaper(library).documentId;
        const AddResult other = library.addPaper(PaperReader::readFile(fixture(QStringLiteral("papers/measures.txt"))));
        otherDoc = other.documentId;
        FrameworkLoader::attachTo(library, otherDoc);
    }
    const QByteArray before = libraryFingerprint(path);
    DataCopy copy;
    {
        Library library(path);
        try {
            FrameworkLoader::attachFolder(library, otherDoc, copy.dir.path());
            FAIL("data for another paper was attached");
        } catch (const Error &error) {
            CHECK(error.message().contains(u"\"paper_title_en\" is \"U.S. Technology Competition"));
            CHECK(error.message().contains(u"but document 2 is \"A Small Paper on Chip Measures\""));
        }
        DataCopy broken;
        broken.replace(QStringLiteral("framework.json"), "\"Technological power is the foundation",
                       "\"Technological power is not the foundation");
        CHECK_THROWS_AS(FrameworkLoader::attachFolder(library, bundledDoc, broken.dir.path()), Error);
    }
    CHECK(libraryFingerprint(path) == before);
    {
        Library library(path);
        const AttachResult result = FrameworkLoader::attachFolder(library, bundledDoc, copy.dir.path());
        CHECK(result.curated);
        CHECK(result.measures == int(bundled().measures.size()));
        CHECK(FrameworkStore(library).info(bundledDoc)->source == QFileInfo(copy.dir.path()).absoluteFilePath());
    }
}
