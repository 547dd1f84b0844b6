// duizhao-cli's framework commands end to end: measures, candidates, glossary, Table 1, the
// framework and its map, the timeline and references; every export parsed by a reader of its own;
// broken data refused with exit 2, the file and the line, and the library left as it was.

#include "cli/clirunner.h"
#include "support/exportreaders.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QXmlStreamReader>

using namespace duizhao::test;

namespace {

QString dataDir()
{
    return sourceDir() + QStringLiteral("/resources/framework/technology-power");
}

void copyData(const QString &to)
{
    for (const char *name : {"framework.json", "measures.json", "glossary.json"}) {
        writeFile(to + u'/' + QString::fromLatin1(name), readFile(dataDir() + u'/' + QString::fromLatin1(name)));
    }
}

bool parsesAsXml(const QByteArray &bytes, QString *root = nullptr)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && root && root->isEmpty())
            *root = xml.name().toString();
    }
    INFO(xml.errorString().toStdString());
    return !xml.hasError();
}

} // namespace

TEST_CASE("cli: measures as text, JSON and CSV, filtered by level", "[cli][framework]")
{
    CliLibrary lib;
    const CliRun json = lib({QStringLiteral("measures"), QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    const QJsonArray all = json.json().array();
    CHECK(all.size() > 30);
    QJsonObject chips;
    for (const QJsonValue &v : all) {
        if (v[u"key"].toString() == u"chips-and-science-act")
            chips = v.toObject();
    }
    CHECK(chips[u"name_zh"].toString() == u"《2022 年芯片和科学法案》");
    CHECK(chips[u"units"].toArray().size() == 7);

    const QJsonArray power =
        lib({QStringLiteral("measures"), QStringLiteral("--level"), QStringLiteral("power"), QStringLiteral("--json")})
            .json()
            .array();
    CHECK(power.size() > 0);
    CHECK(power.size() < all.size());
    for (const QJsonValue &v : power)
        CHECK(v[u"level"].toString() == u"power");

    const CliRun csv = lib({QStringLiteral("measures"), QStringLiteral("--csv")});
    const QList<QStringList> rows = parseCsv(csv.out);
    REQUIRE(rows.size() == all.size() + 1);
    CHECK(rows[0].front() == u"key");
    for (const QStringList &row : rows)
        CHECK(row.size() == rows[0].size());

    CHECK(lib({QStringLiteral("measures")})
              .text()
              .contains(u"CHIPS and Science Act of 2022  ·  《2022 年芯片和科学法案》"));
    const CliRun bad = lib({QStringLiteral("measures"), QStringLiteral("--level"), QStringLiteral("chips")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(u"--level must be one of power|order|values|dilemmas|countermeasures"));
}

TEST_CASE("cli: glossary as JSON, CSV and TBX", "[cli][framework]")
{
    CliLibrary lib;
    const QJsonArray terms = lib({QStringLiteral("glossary"), QStringLiteral("--json")}).json().array();
    CHECK(terms.size() >= 40);
    CHECK(parseCsv(lib({QStringLiteral("glossary"), QStringLiteral("--csv")}).out).size() == terms.size() + 1);
    const CliRun tbx = lib({QStringLiteral("glossary"), QStringLiteral("--tbx")});
    QString root;
    CHECK(parsesAsXml(tbx.out, &root));
    CHECK(root == u"martif");
    CHECK(tbx.out.count("<termEntry") == terms.size());
    CHECK(tbx.text().contains(u"<term>胆小鬼博弈</term>"));
}

TEST_CASE("cli: Table 1 as Markdown, HTML and JSON", "[cli][framework]")
{
    CliLibrary lib;
    const CliRun markdown = lib({QStringLiteral("table1")});
    CHECK(markdown.exitCode == 0);
    CHECK(markdown.text().split(u'\n', Qt::SkipEmptyParts).size() == 5);
    CHECK(markdown.text().contains(u"Competition over values / 价值观竞争"));
    CHECK(parsesAsXml(
        lib({QStringLiteral("table1"), QStringLiteral("--html"), QStringLiteral("--lang"), QStringLiteral("zh")}).out));
    const QJsonObject json = lib({QStringLiteral("table1"), QStringLiteral("--json")}).json().object();
    CHECK(json[u"rows"].toArray().size() == 3);
    CHECK(lib({QStringLiteral("table1"), QStringLiteral("--lang"), QStringLiteral("fr")}).exitCode == 1);
}

TEST_CASE("cli: the framework as JSON, its map as SVG and PNG, the timeline", "[cli][framework][render]")
{
    CliLibrary lib;
    const QJsonObject framework = lib({QStringLiteral("framework"), QStringLiteral("--json")}).json().object();
    CHECK(framework[u"nodes"].toArray().size() == 68);
    CHECK(framework[u"relations"].toArray().size() == 5);
    CHECK(framework[u"unit_levels"].toArray().size() == 57);
    CHECK(framework[u"table1"].toArray().size() == 3);

    const QString svg = lib.dir.filePath(QStringLiteral("map.svg"));
    const QString png = lib.dir.filePath(QStringLiteral("map.png"));
    const CliRun drawn =
        lib({QStringLiteral("framework"), QStringLiteral("--svg"), svg, QStringLiteral("--png"), png,
             QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--scale"), QStringLiteral("1")});
    INFO(drawn.err.toStdString());
    CHECK(drawn.exitCode == 0);
    CHECK(parsesAsXml(readFile(svg)));
    CHECK(QString::fromUtf8(readFile(svg)).contains(u"解释性权力"));
    const QImage image(png);
    CHECK(image.width() == 1480);
    CHECK(image.height() > 1000);

    const CliRun timeline = lib({QStringLiteral("timeline"), QStringLiteral("--json")});
    const QJsonObject t = timeline.json().object();
    CHECK(t[u"first_year"].toInt() == 1998);
    CHECK(t[u"last_year"].toInt() == 2025);
    CHECK(t[u"measures"].toArray().size() >= 10);
    const QString timelinePng = lib.dir.filePath(QStringLiteral("timeline.png"));
    CHECK(lib({QStringLiteral("timeline"), QStringLiteral("--png"), timelinePng}).exitCode == 0);
    CHECK(QImage(timelinePng).width() == 2 * 1480);
    const CliRun unwritable = lib(
        {QStringLiteral("timeline"), QStringLiteral("--svg"), lib.dir.filePath(QStringLiteral("no/such/dir/t.svg"))});
    CHECK(unwritable.exitCode == 2);
    CHECK(unwritable.err.contains(u"t.svg"));
}

TEST_CASE("cli: references for Zotero as BibTeX, RIS and CSL-JSON", "[cli][refs]")
{
    CliLibrary lib;
    QString error;
    const QList<BibEntry> bib = parseBibtex(lib({QStringLiteral("refs"), QStringLiteral("--bibtex")}).text(), &error);
    INFO(error.toStdString());
    REQUIRE(bib.size() == 21); // the paper and the 20 works it cites
    CHECK(bib[0].fields[u"title"_qs].startsWith(u"U.S. Technology Competition"));
    const QList<RisRecord> ris = parseRis(lib({QStringLiteral("refs"), QStringLiteral("--ris")}).text(), &error);
    CHECK(error.isEmpty());
    CHECK(ris.size() == 21);
    const QJsonArray csl = lib({QStringLiteral("refs"), QStringLiteral("--csl-json")}).json().array();
    CHECK(csl.size() == 21);
    CHECK(lib({QStringLiteral("refs"), QStringLiteral("--json")}).json().array() == csl);
}

TEST_CASE("cli: measure candidates for a paper without curated data: list, accept, edit, reject", "[cli][candidates]")
{
    CliLibrary lib({fixture(QStringLiteral("papers/measures.txt"))});
    const QJsonArray candidates =
        lib({QStringLiteral("measures"), QStringLiteral("--candidates"), QStringLiteral("--json")}).json().array();
    REQUIRE(candidates.size() == 7);
    qint64 entity = 0;
    for (const QJsonValue &c : candidates) {
        if (c[u"name_en"].toString() == u"Entity List")
            entity = c[u"id"].toInteger();
    }
    REQUIRE(entity > 0);
    const QString id = QString::number(entity);

    const CliRun edited = lib({QStringLiteral("measures"), QStringLiteral("edit"), id, QStringLiteral("--level"),
                               QStringLiteral("power"), QStringLiteral("--actor-en"), QStringLiteral("BIS")});
    INFO(edited.err.toStdString());
    CHECK(edited.exitCode == 0);
    const CliRun accepted = lib({QStringLiteral("measures"), QStringLiteral("accept"), id, QStringLiteral("--json")});
    CHECK(accepted.exitCode == 0);
    CHECK(accepted.json().object()[u"level"].toString() == u"power");
    CHECK(accepted.json().object()[u"units"].toArray() == QJsonArray{2, 5});
    const QJsonArray measures = lib({QStringLiteral("measures"), QStringLiteral("--json")}).json().array();
    REQUIRE(measures.size() == 1);
    CHECK(measures[0][u"name_zh"].toString() == u"《实体清单》");

    CHECK(lib({QStringLiteral("measures"), QStringLiteral("edit"), id, QStringLiteral("--kind"),
               QStringLiteral("decree")})
              .exitCode == 1);
    CHECK(lib({QStringLiteral("measures"), QStringLiteral("reject"), QStringLiteral("999")}).exitCode == 1);
    CHECK(lib({QStringLiteral("measures"), QStringLiteral("frobnicate"), id}).exitCode == 1);
    CHECK(lib({QStringLiteral("measures"), QStringLiteral("reject"), id}).exitCode == 0);
    CHECK(lib({QStringLiteral("measures"), QStringLiteral("--json")}).json().array().isEmpty());
    // No curated framework: no Table 1, no map.
    CHECK(lib({QStringLiteral("table1")}).exitCode == 1);
    CHECK(lib({QStringLiteral("framework"), QStringLiteral("--json")}).exitCode == 1);
}

TEST_CASE("cli: broken framework data is refused with exit 2, the file and the line, and changes nothing",
          "[cli][framework][badinput]")
{
    CliLibrary lib;
    const QByteArray good = readFile(dataDir() + QStringLiteral("/glossary.json"));
    const qsizetype chokepoint = good.indexOf("卡脖子");
    const int chokepointLine = int(good.left(chokepoint).count('\n')) + 1;
    QByteArray invalid = good;
    invalid.insert(chokepoint, "\xFE");
    struct Case
    {
        const char *name;
        QByteArray bytes;
        const char16_t *message;
        int line; // 0: no line applies
    };
    const QList<Case> cases = {
        {"empty", QByteArray(), u"the file is empty", 1},
        {"binary", QByteArray("\x00\x01\x02\x03", 4), u"binary data", 1},
        {"invalid UTF-8", invalid, u"invalid UTF-8 (byte 0xfe at column", chokepointLine},
        {"truncated", good.left(chokepoint + 1), u"ends in the middle of a character", chokepointLine},
        {"oversized", good + QByteArray(3 * 1024 * 1024, ' '), u"a framework data file is text of at most 2 MB", 0},
        {"bad entry", QByteArray(good).replace("\"category\": \"framework\"", "\"category\": 7"),
         u"glossary.json: term \"technology-power\": \"category\" must be a string", 0},
    };
    const QByteArray before = libraryFingerprint(lib.path);
    for (const Case &c : cases) {
        INFO(c.name);
        QTemporaryDir data;
        copyData(data.path());
        const QString file = data.filePath(QStringLiteral("glossary.json"));
        writeFile(file, c.bytes);
        const CliRun run = lib({QStringLiteral("framework"), QStringLiteral("--load"), data.path()});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringView(c.message)));
        CHECK(run.err.contains(file + (c.line > 0 ? u':' + QString::number(c.line) + u':' : QString())));
        CHECK(libraryFingerprint(lib.path) == before);
    }
    // And good data loads.
    QTemporaryDir data;
    copyData(data.path());
    const CliRun loaded = lib({QStringLiteral("framework"), QStringLiteral("--load"), data.path()});
    CHECK(loaded.exitCode == 0);
    CHECK(loaded.text().contains(u"68 framework nodes"));
}
