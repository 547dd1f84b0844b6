// The exports parse as what they claim to be, and say what the paper says: CSV with quotes and
// commas, TBX as XML with an English and a Chinese langSet per term, Table 1 as Markdown and as
// well-formed HTML, references as BibTeX, RIS and CSL-JSON that a reference manager reads.

#include "bundledpaper.h"
#include "error.h"
#include "export/csv.h"
#include "export/dataexporter.h"
#include "export/frameworkexport.h"
#include "export/referenceexport.h"
#include "framework/frameworkstore.h"
#include "framework/glossarystore.h"
#include "framework/measurestore.h"
#include "import/paperreader.h"
#include "library/library.h"
#include "library/openlibrary.h"
#include "support/exportreaders.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

using namespace duizhao;
using namespace duizhao::test;

namespace {

Paper bundledPaper()
{
    return PaperReader::parseBytes(BundledPaper::bytes(), BundledPaper::fileName());
}

struct Fixture
{
    QTemporaryDir dir;
    Library library{dir.filePath(QStringLiteral("e.duizhao"))};
    qint64 doc = addBundledPaper(library).documentId;
};

} // namespace

TEST_CASE("CSV fields with commas, quotes and line breaks survive a round trip", "[export][csv]")
{
    const QStringList fields = {QStringLiteral("plain"),
                                QStringLiteral("a, b"),
                                QStringLiteral("say \"hi\""),
                                QStringLiteral("two\nlines"),
                                QString(),
                                QStringLiteral("《芯片》, 2022 年")};
    const QByteArray bytes = Csv::bom() + Csv::row(fields) + Csv::row({QStringLiteral("x")});
    const QList<QStringList> rows = parseCsv(bytes);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == fields);
    CHECK(rows[1] == QStringList{u"x"_qs});
    CHECK(Csv::row({QStringLiteral("a,b")}) == "\"a,b\"\r\n");
}

TEST_CASE("the measures and glossary exports parse and match the library", "[export]")
{
    Fixture f;
    const QList<Measure> measures = MeasureStore(f.library).measures(f.doc);
    const QList<QStringList> rows = parseCsv(FrameworkExport::measuresCsv(measures));
    REQUIRE(rows.size() == measures.size() + 1);
    const QStringList header = rows.front();
    for (const QStringList &row : rows)
        CHECK(row.size() == header.size());
    const int units = int(header.indexOf(u"units"_qs));
    const int nameZh = int(header.indexOf(u"name_zh"_qs));
    bool sawChips = false;
    for (const QStringList &row : rows) {
        if (row[0] == u"chips-and-science-act") {
            sawChips = true;
            CHECK(row[nameZh] == u"《2022 年芯片和科学法案》");
            CHECK(row[units] == u"13 33 34 35 41 42 45");
            // A note with commas and quotes comes back whole.
            CHECK(row[header.indexOf(u"figures_en"_qs)].contains(u"52.7 billion U.S. dollars"));
        }
    }
    CHECK(sawChips);

    const QJsonArray json = FrameworkExport::measuresJson(measures);
    CHECK(json.size() == measures.size());
    const QJsonObject wro =
        json[int(measures.indexOf(*std::find_if(measures.begin(), measures.end(),
                                                [](const Measure &m) { return m.key == u"withhold-release-orders"; })))]
            .toObject();
    CHECK(wro[u"figures"].toArray()[0].toObject()[u"en"].toString().contains(u"54 products on its WRO list"));
    CHECK(wro[u"year"].toInt() == 2018);

    const QList<GlossaryTerm> terms = GlossaryStore(f.library).terms(f.doc);
    const QList<QStringList> glossary = parseCsv(FrameworkExport::glossaryCsv(terms));
    REQUIRE(glossary.size() == terms.size() + 1);
    CHECK(glossary[1][1] == terms[0].termEn);
    CHECK(glossary[1][2] == terms[0].termZh);
}

TEST_CASE("the TBX export is XML a term base reads: a termEntry per term, English and Chinese langSets",
          "[export][tbx]")
{
    Fixture f;
    const QList<GlossaryTerm> terms = GlossaryStore(f.library).terms(f.doc);
    QXmlStreamReader xml(FrameworkExport::glossaryTbx(terms, QStringLiteral("Glossary")));
    int entries = 0;
    QString root;
    QString lang;
    QHash<QString, QStringList> termsByLang;
    QStringList definitions;
    QString entryId;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (root.isEmpty())
            root = xml.name().toString();
        if (xml.name() == u"termEntry") {
            ++entries;
            entryId = xml.attributes().value(QStringLiteral("id")).toString();
        } else if (xml.name() == u"langSet") {
            lang = xml.attributes()
                       .value(QStringLiteral("http://www.w3.org/XML/1998/namespace"), QStringLiteral("lang"))
                       .toString();
        } else if (xml.name() == u"term") {
            termsByLang[lang].append(xml.readElementText());
        } else if (xml.name() == u"descrip" && xml.attributes().value(QStringLiteral("type")) == u"definition") {
            definitions.append(xml.readElementText());
        }
    }
    INFO(xml.errorString().toStdString());
    CHECK_FALSE(xml.hasError());
    CHECK(root == u"martif");
    CHECK(entries == terms.size());
    CHECK(termsByLang.keys().size() == 2);
    CHECK(termsByLang[u"en"_qs].contains(u"small yard, high fence"_qs));
    CHECK(termsByLang[u"zh"_qs].contains(u"话语权"_qs));
    CHECK(termsByLang[u"zh"_qs].contains(u"卡脖子"_qs));
    CHECK(definitions.size() == 2 * terms.size());
    // Variants that only differ in case, or are wrapped in quotes, are not repeated.
    CHECK_FALSE(termsByLang[u"en"_qs].contains(u"Decoupling"_qs));
    CHECK_FALSE(termsByLang[u"en"_qs].contains(u"“Defensive”"_qs));
}

TEST_CASE("Table 1 exports as Markdown, well-formed HTML and JSON", "[export][table1]")
{
    Fixture f;
    const QList<Table1Row> rows = FrameworkStore(f.library).table1(f.doc);
    const QStringList markdown =
        QString::fromUtf8(FrameworkExport::table1Markdown(rows, FrameworkExport::Languages::Zh))
            .split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(markdown.size() == 5);
    CHECK(markdown[0] == u"| 层面 | 主要举措 | 主要特征 | 代表性措施 |");
    for (const QString &line : markdown) {
        // Four cells: five unescaped pipes.
        CHECK(line.count(u'|') - line.count(QStringLiteral("\\|")) == 5);
    }
    // Each item after a bullet; the general instruments under their heading, after the named ones.
    CHECK(markdown[2].startsWith(u"| 实力竞争 | • 防御型政策（进口管制"));
    const QStringList powerMeasures = markdown[2].split(u'|')[4].split(QStringLiteral("<br>"));
    const qsizetype heading = powerMeasures.indexOf(QStringLiteral("*一般性工具*"));
    REQUIRE(heading > 0);
    CHECK(powerMeasures.mid(heading + 1).contains(u"• 管制清单"_qs));
    CHECK(powerMeasures.mid(0, heading).contains(u"• 《出口管制改革法案》"_qs));

    QXmlStreamReader html(FrameworkExport::table1Html(rows, QStringLiteral("Paper & title")));
    int bodyRows = 0;
    int items = 0;
    bool inBody = false;
    QString caption;
    QStringList generalHeadings;
    while (!html.atEnd()) {
        html.readNext();
        if (html.isStartElement() && html.name() == u"tbody")
            inBody = true;
        if (html.isStartElement() && html.name() == u"tr" && inBody)
            ++bodyRows;
        if (html.isStartElement() && html.name() == u"li") {
            ++items;
            CHECK_FALSE(html.attributes().value(QStringLiteral("data-units")).isEmpty());
        }
        if (html.isStartElement() && html.name() == u"caption")
            caption = html.readElementText();
        if (html.isStartElement() && html.name() == u"p" &&
            html.attributes().value(QStringLiteral("class")) == u"general")
            generalHeadings.append(html.readElementText());
    }
    INFO(html.errorString().toStdString());
    CHECK_FALSE(html.hasError());
    CHECK(bodyRows == 3);
    CHECK(caption.startsWith(u"Table 1."));
    int expectedItems = 0;
    for (const Table1Row &row : rows)
        expectedItems += int(row.initiatives.items.size() + row.features.items.size() + row.measures.items.size());
    CHECK(items == expectedItems);
    // The power and order rows name general instruments ("control lists", a principle); values does not.
    CHECK(generalHeadings == QStringList(2, QStringLiteral("General instruments / 一般性工具")));

    const QJsonObject json = FrameworkExport::table1Json(rows);
    CHECK(json[u"rows"].toArray().size() == 3);
    CHECK(json[u"rows"].toArray()[1].toObject()[u"level"].toString() == u"order");
    CHECK(json[u"columns"].toObject()[u"measures"].toObject()[u"zh"].toString() == u"代表性措施");
    QStringList general;
    for (const QJsonValue item : json[u"rows"].toArray()[0].toObject()[u"measures"].toArray()) {
        if (item.toObject()[u"general"].toBool())
            general.append(item.toObject()[u"text_en"].toString());
    }
    CHECK(general == QStringList{u"control lists"_qs, u"deemed export"_qs, u"blacklist"_qs});
}

TEST_CASE("BibTeX escaping: special characters survive, capitals are protected", "[export][refs]")
{
    const QString nasty = QStringLiteral("R&D at 100% for $5 #1 a_b {x} ~ ^ back\\slash");
    const QString escaped = ReferenceExport::bibtexEscape(nasty);
    CHECK_FALSE(escaped.contains(u"R&D"));
    const QList<BibEntry> entries = parseBibtex(u"@misc{k, note = {" + escaped + u"}}");
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].fields[u"note"_qs] == nasty);
    CHECK(ReferenceExport::bibtexEscape(QStringLiteral("The U.S. CHIPS Act and “CoRe”"), true) ==
          u"The {U.S.} {CHIPS} Act and {“CoRe”}");
}

TEST_CASE("cited authors are told apart: Chinese names by their pinyin, Western ones by its absence", "[export][refs]")
{
    for (const char16_t *name : {u"Zhang Cheng", u"Ma", u"Huang Rihan", u"Song Lifeng", u"Lan Qingxin", u"Han Kewei"})
        CHECK(ReferenceExport::isPinyin(QString::fromUtf16(name)));
    for (const char16_t *name : {u"Wilson", u"Sacks", u"Davis", u"Robinson", u"Lazonick", u"Varas", u"Frame"})
        CHECK_FALSE(ReferenceExport::isPinyin(QString::fromUtf16(name)));
}

TEST_CASE("references: the paper and its cited works, for BibTeX, RIS and CSL-JSON", "[export][refs]")
{
    const Paper paper = bundledPaper();
    const QList<Reference> refs = ReferenceExport::references(paper);
    REQUIRE(refs.size() == paper.works.size() + 1);
    QSet<QString> keys;
    for (const Reference &r : refs)
        keys.insert(r.id);
    CHECK(keys.size() == refs.size());

    QString error;
    const QList<BibEntry> bib = parseBibtex(QString::fromUtf8(ReferenceExport::bibtex(refs)), &error);
    INFO(error.toStdString());
    REQUIRE(bib.size() == refs.size());
    const BibEntry &own = bib.front();
    CHECK(own.type == u"article");
    CHECK(own.fields[u"author"_qs] == u"Gu, Xueming and Liu, Yiming");
    CHECK(own.fields[u"title"_qs] == paper.meta.titleEn);
    CHECK(own.fields[u"year"_qs] == u"2023");
    CHECK(own.fields[u"journal"_qs] == u"Interpret: China");
    CHECK(own.fields[u"origtitle"_qs] == u"技术权力视角下美国对华技术竞争及中国应对");
    CHECK(own.fields[u"note"_qs].contains(u"顾学明"));
    auto entry = [&](QStringView year, QStringView author) -> const BibEntry * {
        for (const BibEntry &e : bib) {
            if (e.fields.value(u"year"_qs) == year && e.fields.value(u"author"_qs).startsWith(author))
                return &e;
        }
        return nullptr;
    };
    // Chinese names as the Chinese text writes them, with the English form kept.
    const BibEntry *zhang = entry(u"2021", u"张");
    REQUIRE(zhang);
    CHECK(zhang->fields[u"author"_qs] == u"张, 程");
    CHECK(zhang->fields[u"note"_qs].contains(u"Zhang Cheng et al."));
    CHECK(zhang->fields[u"title"_qs].contains(u"张程等, 2021"));
    // A Western author the Chinese text transliterates keeps the English name first.
    const BibEntry *wilson = entry(u"2019", u"Wilson");
    REQUIRE(wilson);
    CHECK(wilson->fields[u"note"_qs].contains(u"威尔逊"));
    CHECK(entry(u"2021", u"Lazonick")->fields[u"author"_qs] == u"Lazonick and Hopkins");

    const QList<RisRecord> ris = parseRis(QString::fromUtf8(ReferenceExport::ris(refs)), &error);
    INFO(error.toStdString());
    CHECK(error.isEmpty());
    REQUIRE(ris.size() == refs.size());
    CHECK(ris[0].value(u"TY"_qs) == u"JOUR");
    CHECK(ris[0].values(u"AU"_qs) == QStringList{u"Gu, Xueming"_qs, u"Liu, Yiming"_qs});
    CHECK(ris[0].value(u"PY"_qs) == u"2023");
    CHECK(ris[0].value(u"TI"_qs) == paper.meta.titleEn);
    for (const RisRecord &r : ris) {
        CHECK_FALSE(r.value(u"TY"_qs).isEmpty());
        CHECK_FALSE(r.value(u"AU"_qs).isEmpty());
        CHECK_FALSE(r.value(u"PY"_qs).isEmpty());
        CHECK_FALSE(r.value(u"TI"_qs).isEmpty());
    }

    QJsonParseError jsonError;
    const QJsonArray csl = QJsonDocument::fromJson(ReferenceExport::cslJson(refs), &jsonError).array();
    CHECK(jsonError.error == QJsonParseError::NoError);
    REQUIRE(csl.size() == refs.size());
    const QJsonObject first = csl[0].toObject();
    CHECK(first[u"type"].toString() == u"article-journal");
    CHECK(first[u"author"].toArray()[0].toObject()[u"family"].toString() == u"Gu");
    CHECK(first[u"issued"].toObject()[u"date-parts"].toArray()[0].toArray()[0].toInt() == 2023);
    CHECK(first[u"original-date"].toObject()[u"date-parts"].toArray()[0].toArray() == QJsonArray{2022, 11, 17});
    for (const QJsonValue &item : csl) {
        CHECK_FALSE(item[u"id"].toString().isEmpty());
        CHECK_FALSE(item[u"title"].toString().isEmpty());
        CHECK(item[u"author"].toArray().size() >= 1);
    }
}

TEST_CASE("each data export format has its own file name, suffix, MIME type and name", "[export][data]")
{
    const QList<DataExporter::Format> formats = DataExporter::formats();
    CHECK(formats.size() == 12);
    QSet<QString> names;
    for (const DataExporter::Format format : formats) {
        const QString name = DataExporter::fileName(format);
        INFO(name.toStdString());
        names.insert(name);
        CHECK(name.endsWith(u'.' + DataExporter::suffix(format)));
        CHECK(DataExporter::mimeType(format).contains(u'/'));
        CHECK(DataExporter::fileFilter(format) ==
              DataExporter::displayName(format) + u" (*." + DataExporter::suffix(format) + u')');
    }
    CHECK(names.size() == formats.size());
    CHECK(DataExporter::fileFilter(DataExporter::Format::GlossaryTbx) == u"TBX term base (*.tbx)");
    CHECK(DataExporter::fileName(DataExporter::Format::ReferencesCslJson) == u"references.json");
}

TEST_CASE("the data exporter writes what the library holds, filtered as asked", "[export][data]")
{
    Fixture f;
    using Format = DataExporter::Format;
    const QList<Measure> all = MeasureStore(f.library).measures(f.doc);
    CHECK(parseCsv(DataExporter::write(f.library, f.doc, Format::MeasuresCsv)).size() == all.size() + 1);

    // Options select measures by level and kind, in both formats.
    DataExporter::Options power;
    power.level = FrameworkLevel::Power;
    const qsizetype powerCount =
        std::count_if(all.begin(), all.end(), [](const Measure &m) { return m.level == FrameworkLevel::Power; });
    REQUIRE(powerCount > 0);
    REQUIRE(powerCount < all.size());
    const QJsonArray powerJson =
        QJsonDocument::fromJson(DataExporter::write(f.library, f.doc, Format::MeasuresJson, power)).array();
    CHECK(powerJson.size() == powerCount);
    for (const QJsonValue &m : powerJson)
        CHECK(m[u"level"].toString() == u"power");
    DataExporter::Options laws;
    laws.kind = QStringLiteral("law");
    const QList<QStringList> lawRows = parseCsv(DataExporter::write(f.library, f.doc, Format::MeasuresCsv, laws));
    const int kind = int(lawRows.front().indexOf(u"kind"_qs));
    CHECK(lawRows.size() > 2);
    for (qsizetype i = 1; i < lawRows.size(); ++i)
        CHECK(lawRows[i][kind] == u"law");

    // The TBX names the glossary and its paper: the same title from the CLI and the GUI.
    QXmlStreamReader tbx(DataExporter::write(f.library, f.doc, Format::GlossaryTbx));
    QString title;
    while (!tbx.atEnd()) {
        if (tbx.readNext() == QXmlStreamReader::StartElement && tbx.name() == u"title")
            title = tbx.readElementText();
    }
    CHECK_FALSE(tbx.hasError());
    CHECK(title == u"Glossary: " + f.library.document(f.doc)->meta.titleEn);

    // Table 1 in one language has no column of the other.
    DataExporter::Options english;
    english.languages = FrameworkExport::Languages::En;
    const QString markdown = QString::fromUtf8(DataExporter::write(f.library, f.doc, Format::Table1Markdown, english));
    CHECK(markdown.contains(u"| Competition over power |"));
    CHECK_FALSE(markdown.contains(u"实力竞争"));
    CHECK(QString::fromUtf8(DataExporter::write(f.library, f.doc, Format::Table1Markdown)).contains(u"实力竞争"));

    // References are the paper's own and the works it cites.
    const QString ris = QString::fromUtf8(DataExporter::write(f.library, f.doc, Format::ReferencesRis));
    CHECK(ris.count(u"ER  -") == ReferenceExport::references(f.library.loadPaper(f.doc)).size());
}

TEST_CASE("a paper without curated data exports empty tables; a missing folder is an error naming the file",
          "[export][data][badinput]")
{
    Fixture f;
    const qint64 other =
        f.library.addPaper(PaperReader::readFile(fixture(QStringLiteral("papers/two-levels.txt")))).documentId;
    for (const DataExporter::Format format : DataExporter::formats()) {
        INFO(DataExporter::fileName(format).toStdString());
        CHECK_FALSE(DataExporter::write(f.library, other, format).isEmpty());
    }
    CHECK(parseCsv(DataExporter::write(f.library, other, DataExporter::Format::GlossaryCsv)).size() == 1);
    CHECK(QJsonDocument::fromJson(DataExporter::write(f.library, other, DataExporter::Format::MeasuresJson))
              .array()
              .isEmpty());

    const QString path = f.dir.filePath(QStringLiteral("no-such-folder/measures.csv"));
    try {
        DataExporter::writeFile(f.library, f.doc, DataExporter::Format::MeasuresCsv, path);
        FAIL("no error");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Io);
        CHECK(error.file() == path);
    }
    CHECK_FALSE(QFile::exists(path));
    const QString written = f.dir.filePath(QStringLiteral("glossary.tbx"));
    DataExporter::writeFile(f.library, f.doc, DataExporter::Format::GlossaryTbx, written);
    CHECK(readFile(written) == DataExporter::write(f.library, f.doc, DataExporter::Format::GlossaryTbx));
}
