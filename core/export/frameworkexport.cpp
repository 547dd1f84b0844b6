#include "frameworkexport.h"

#include "appidentity.h"
#include "export/csv.h"
#include "models/table1model.h"

#include <QXmlStreamWriter>

#include <algorithm>

namespace duizhao {

namespace {

QString joined(const QStringList &list)
{
    return list.join(QStringLiteral("; "));
}

QString unitsText(const QList<int> &units)
{
    QStringList numbers;
    for (int seq : units)
        numbers.append(QString::number(seq));
    return numbers.join(u' ');
}

QJsonArray itemsJson(const Table1Cell &cell)
{
    QJsonArray items;
    for (const Table1Item &item : cell.items) {
        items.append(QJsonObject{{QStringLiteral("key"), item.key},
                                 {QStringLiteral("text_en"), item.text(Lang::En)},
                                 {QStringLiteral("text_zh"), item.text(Lang::Zh)},
                                 {QStringLiteral("general"), item.general},
                                 {QStringLiteral("units"), FrameworkExport::unitsJson(item.units)}});
    }
    return items;
}

QString itemText(const Table1Item &item, FrameworkExport::Languages languages)
{
    switch (languages) {
    case FrameworkExport::Languages::En:
        return item.text(Lang::En);
    case FrameworkExport::Languages::Zh:
        return item.text(Lang::Zh);
    case FrameworkExport::Languages::Both:
        break;
    }
    return item.text(Lang::En) + u" / " + item.text(Lang::Zh);
}

QString rowTitle(const Table1Row &row, FrameworkExport::Languages languages)
{
    switch (languages) {
    case FrameworkExport::Languages::En:
        return Table1Model::rowTitle(row, Lang::En);
    case FrameworkExport::Languages::Zh:
        return Table1Model::rowTitle(row, Lang::Zh);
    case FrameworkExport::Languages::Both:
        break;
    }
    return Table1Model::rowTitle(row, Lang::En) + u" / " + Table1Model::rowTitle(row, Lang::Zh);
}

QString columnTitle(Table1Model::Column column, FrameworkExport::Languages languages)
{
    switch (languages) {
    case FrameworkExport::Languages::En:
        return Table1Model::columnTitle(column, Lang::En);
    case FrameworkExport::Languages::Zh:
        return Table1Model::columnTitle(column, Lang::Zh);
    case FrameworkExport::Languages::Both:
        break;
    }
    return Table1Model::columnTitle(column, Lang::En) + u" / " + Table1Model::columnTitle(column, Lang::Zh);
}

// Aliases worth a term base: without surrounding quotes, and not the term again in other case.
QStringList variants(const QString &term, const QStringList &aliases)
{
    QStringList out;
    for (QString alias : aliases) {
        while (!alias.isEmpty() && QStringLiteral("“”\"‘’'").contains(alias.front()))
            alias.remove(0, 1);
        while (!alias.isEmpty() && QStringLiteral("“”\"‘’'").contains(alias.back()))
            alias.chop(1);
        if (alias.isEmpty() || alias.compare(term, Qt::CaseInsensitive) == 0)
            continue;
        bool seen = false;
        for (const QString &o : out)
            seen = seen || o.compare(alias, Qt::CaseInsensitive) == 0;
        if (!seen)
            out.append(alias);
    }
    return out;
}

QString generalTitle(FrameworkExport::Languages languages)
{
    switch (languages) {
    case FrameworkExport::Languages::En:
        return Table1Model::generalTitle(Lang::En);
    case FrameworkExport::Languages::Zh:
        return Table1Model::generalTitle(Lang::Zh);
    case FrameworkExport::Languages::Both:
        break;
    }
    return Table1Model::generalTitle(Lang::En) + u" / " + Table1Model::generalTitle(Lang::Zh);
}

const Table1Cell &cellOf(const Table1Row &row, int column)
{
    return column == 0 ? row.initiatives : column == 1 ? row.features : row.measures;
}

} // namespace

QJsonArray FrameworkExport::unitsJson(const QList<int> &units)
{
    QJsonArray array;
    for (int seq : units)
        array.append(seq);
    return array;
}

QJsonArray FrameworkExport::spansJson(const QList<UnitSpan> &spans)
{
    QJsonArray array;
    for (const UnitSpan &s : spans) {
        QJsonObject o{{QStringLiteral("unit"), s.unitSeq},
                      {QStringLiteral("lang"), langCode(s.lang)},
                      {QStringLiteral("start"), s.start},
                      {QStringLiteral("length"), s.length}};
        if (s.gloss)
            o.insert(QStringLiteral("gloss"), true);
        array.append(o);
    }
    return array;
}

QJsonArray FrameworkExport::measuresJson(const QList<Measure> &measures)
{
    QJsonArray array;
    for (const Measure &m : measures) {
        QJsonArray figures;
        for (const MeasureFigure &f : m.figures)
            figures.append(QJsonObject{{QStringLiteral("en"), f.en}, {QStringLiteral("zh"), f.zh}});
        array.append(QJsonObject{
            {QStringLiteral("key"), m.key},
            {QStringLiteral("origin"), m.origin},
            {QStringLiteral("name_en"), m.nameEn},
            {QStringLiteral("name_zh"), m.nameZh},
            {QStringLiteral("name_en_in_text"), m.nameEnInText},
            {QStringLiteral("acronym"), m.acronym},
            {QStringLiteral("aliases_en"), QJsonArray::fromStringList(m.aliasesEn)},
            {QStringLiteral("aliases_zh"), QJsonArray::fromStringList(m.aliasesZh)},
            {QStringLiteral("kind"), m.kind},
            {QStringLiteral("actor_en"), m.actorEn},
            {QStringLiteral("actor_zh"), m.actorZh},
            {QStringLiteral("date"), m.date},
            {QStringLiteral("year"), m.year() > 0 ? QJsonValue(m.year()) : QJsonValue()},
            {QStringLiteral("level"), levelCode(m.level)},
            {QStringLiteral("category"), m.category},
            {QStringLiteral("figures"), figures},
            {QStringLiteral("note_en"), m.noteEn},
            {QStringLiteral("note_zh"), m.noteZh},
            {QStringLiteral("units"), unitsJson(unitsOf(m.mentions))},
            {QStringLiteral("mentions"), spansJson(m.mentions)},
        });
    }
    return array;
}

QByteArray FrameworkExport::measuresCsv(const QList<Measure> &measures)
{
    QByteArray out = Csv::bom();
    out += Csv::row({QStringLiteral("key"), QStringLiteral("name_en"), QStringLiteral("name_zh"),
                     QStringLiteral("acronym"), QStringLiteral("kind"), QStringLiteral("actor_en"),
                     QStringLiteral("actor_zh"), QStringLiteral("date"), QStringLiteral("level"),
                     QStringLiteral("category"), QStringLiteral("figures_en"), QStringLiteral("figures_zh"),
                     QStringLiteral("units"), QStringLiteral("note_en"), QStringLiteral("note_zh")});
    for (const Measure &m : measures) {
        QStringList figuresEn;
        QStringList figuresZh;
        for (const MeasureFigure &f : m.figures) {
            figuresEn.append(f.en);
            figuresZh.append(f.zh);
        }
        out += Csv::row({m.key, m.nameEn, m.nameZh, m.acronym, m.kind, m.actorEn, m.actorZh, m.date, levelCode(m.level),
                         m.category, joined(figuresEn), joined(figuresZh), unitsText(unitsOf(m.mentions)), m.noteEn,
                         m.noteZh});
    }
    return out;
}

QJsonArray FrameworkExport::glossaryJson(const QList<GlossaryTerm> &terms)
{
    QJsonArray array;
    for (const GlossaryTerm &t : terms) {
        array.append(QJsonObject{
            {QStringLiteral("key"), t.key},
            {QStringLiteral("term_en"), t.termEn},
            {QStringLiteral("term_zh"), t.termZh},
            {QStringLiteral("aliases_en"), QJsonArray::fromStringList(t.aliasesEn)},
            {QStringLiteral("aliases_zh"), QJsonArray::fromStringList(t.aliasesZh)},
            {QStringLiteral("category"), t.category},
            {QStringLiteral("definition_en"), t.definitionEn},
            {QStringLiteral("definition_zh"), t.definitionZh},
            {QStringLiteral("units"), unitsJson(unitsOf(t.occurrences))},
            {QStringLiteral("occurrences"), spansJson(t.occurrences)},
        });
    }
    return array;
}

QByteArray FrameworkExport::glossaryCsv(const QList<GlossaryTerm> &terms)
{
    QByteArray out = Csv::bom();
    out += Csv::row({QStringLiteral("key"), QStringLiteral("term_en"), QStringLiteral("term_zh"),
                     QStringLiteral("aliases_en"), QStringLiteral("aliases_zh"), QStringLiteral("category"),
                     QStringLiteral("definition_en"), QStringLiteral("definition_zh"), QStringLiteral("units")});
    for (const GlossaryTerm &t : terms) {
        out += Csv::row({t.key, t.termEn, t.termZh, joined(t.aliasesEn), joined(t.aliasesZh), t.category,
                         t.definitionEn, t.definitionZh, unitsText(unitsOf(t.occurrences))});
    }
    return out;
}

QByteArray FrameworkExport::glossaryTbx(const QList<GlossaryTerm> &terms, const QString &title)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("martif"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("TBX-Basic"));
    xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("en"));
    xml.writeStartElement(QStringLiteral("martifHeader"));
    xml.writeStartElement(QStringLiteral("fileDesc"));
    xml.writeStartElement(QStringLiteral("titleStmt"));
    xml.writeTextElement(QStringLiteral("title"), title);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("sourceDesc"));
    xml.writeTextElement(QStringLiteral("p"),
                         QStringLiteral("Exported by Duizhao %1 from its curated glossary.").arg(version()));
    xml.writeEndElement();
    xml.writeEndElement(); // fileDesc
    xml.writeStartElement(QStringLiteral("encodingDesc"));
    xml.writeStartElement(QStringLiteral("p"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("XCSURI"));
    xml.writeCharacters(QStringLiteral("TBXBasicXCSV02.xcs"));
    xml.writeEndElement();
    xml.writeEndElement(); // encodingDesc
    xml.writeEndElement(); // martifHeader
    xml.writeStartElement(QStringLiteral("text"));
    xml.writeStartElement(QStringLiteral("body"));
    for (const GlossaryTerm &t : terms) {
        xml.writeStartElement(QStringLiteral("termEntry"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("term-") + t.key);
        xml.writeStartElement(QStringLiteral("descrip"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("subjectField"));
        xml.writeCharacters(t.category);
        xml.writeEndElement();
        for (Lang lang : {Lang::En, Lang::Zh}) {
            xml.writeStartElement(QStringLiteral("langSet"));
            xml.writeAttribute(QStringLiteral("xml:lang"), langCode(lang));
            xml.writeStartElement(QStringLiteral("descrip"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("definition"));
            xml.writeCharacters(t.definition(lang));
            xml.writeEndElement();
            const QString term = t.term(lang);
            const QStringList forms = QStringList{term} + variants(term, lang == Lang::En ? t.aliasesEn : t.aliasesZh);
            for (int i = 0; i < forms.size(); ++i) {
                xml.writeStartElement(QStringLiteral("tig"));
                xml.writeTextElement(QStringLiteral("term"), forms[i]);
                xml.writeStartElement(QStringLiteral("termNote"));
                xml.writeAttribute(QStringLiteral("type"), QStringLiteral("termType"));
                xml.writeCharacters(i == 0 ? QStringLiteral("fullForm") : QStringLiteral("variant"));
                xml.writeEndElement();
                xml.writeEndElement(); // tig
            }
            xml.writeEndElement(); // langSet
        }
        xml.writeEndElement(); // termEntry
    }
    xml.writeEndElement(); // body
    xml.writeEndElement(); // text
    xml.writeEndElement(); // martif
    xml.writeEndDocument();
    return out;
}

QJsonObject FrameworkExport::table1Json(const QList<Table1Row> &rows)
{
    QJsonArray array;
    for (const Table1Row &row : rows) {
        array.append(QJsonObject{
            {QStringLiteral("level"), levelCode(row.level)},
            {QStringLiteral("label_en"), Table1Model::rowTitle(row, Lang::En)},
            {QStringLiteral("label_zh"), Table1Model::rowTitle(row, Lang::Zh)},
            {QStringLiteral("initiatives"), itemsJson(row.initiatives)},
            {QStringLiteral("features"), itemsJson(row.features)},
            {QStringLiteral("measures"), itemsJson(row.measures)},
        });
    }
    QJsonObject columns;
    for (int c = 0; c < Table1Model::ColumnCount; ++c) {
        const auto column = Table1Model::Column(c);
        columns.insert(c == 0   ? QStringLiteral("initiatives")
                       : c == 1 ? QStringLiteral("features")
                                : QStringLiteral("measures"),
                       QJsonObject{{QStringLiteral("en"), Table1Model::columnTitle(column, Lang::En)},
                                   {QStringLiteral("zh"), Table1Model::columnTitle(column, Lang::Zh)}});
    }
    return QJsonObject{{QStringLiteral("columns"), columns}, {QStringLiteral("rows"), array}};
}

QByteArray FrameworkExport::table1Markdown(const QList<Table1Row> &rows, Languages languages)
{
    auto cell = [](QString text) {
        // A pipe would end the cell; a line break would end the row.
        text.replace(u'|', QStringLiteral("\\|"));
        text.replace(u'\n', QStringLiteral(" "));
        return text;
    };
    const QString levelTitle = languages == Languages::Zh   ? QStringLiteral("层面")
                               : languages == Languages::En ? QStringLiteral("Level")
                                                            : QStringLiteral("Level / 层面");
    QString out =
        QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
            .arg(levelTitle, columnTitle(Table1Model::Initiatives, languages),
                 columnTitle(Table1Model::Features, languages), columnTitle(Table1Model::Measures, languages));
    for (const Table1Row &row : rows) {
        QStringList cells{cell(rowTitle(row, languages))};
        for (int c = 0; c < 3; ++c) {
            // A cell cannot hold a list: one item a line, each after a bullet, the general
            // instruments under their own heading.
            QStringList items;
            const Table1Cell &source = cellOf(row, c);
            for (qsizetype i = 0; i < source.items.size(); ++i) {
                if (i == source.namedCount())
                    items.append(u"*" + cell(generalTitle(languages)) + u"*");
                items.append(u"• " + cell(itemText(source.items[i], languages)));
            }
            cells.append(items.join(QStringLiteral("<br>")));
        }
        out += u"| " + cells.join(QStringLiteral(" | ")) + u" |\n";
    }
    return out.toUtf8();
}

QByteArray FrameworkExport::table1Html(const QList<Table1Row> &rows, const QString &paperTitle, Languages languages)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeDTD(QStringLiteral("<!DOCTYPE html>"));
    xml.writeStartElement(QStringLiteral("html"));
    xml.writeAttribute(QStringLiteral("xmlns"), QStringLiteral("http://www.w3.org/1999/xhtml"));
    xml.writeAttribute(QStringLiteral("lang"),
                       languages == Languages::Zh ? QStringLiteral("zh") : QStringLiteral("en"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeEmptyElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("charset"), QStringLiteral("utf-8"));
    xml.writeTextElement(QStringLiteral("title"), QStringLiteral("Table 1 — %1").arg(paperTitle));
    QString css = QStringLiteral(
        "body{font-family:'Noto Sans CJK SC','Noto Sans',sans-serif;margin:2em;color:#1f2328}"
        "table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:bold;margin-bottom:.5em}"
        "th,td{border:1px solid #d0d7de;padding:.5em;vertical-align:top;text-align:left}"
        "ul{margin:0;padding-left:1.1em}.units{color:#656d76;font-size:.85em}"
        "p.general{margin:.6em 0 .2em;font-style:italic;color:#656d76}");
    for (const Table1Row &row : rows)
        css += QStringLiteral("tr.%1 th{border-left:6px solid %2}")
                   .arg(levelCode(row.level), levelColor(row.level).name());
    xml.writeTextElement(QStringLiteral("style"), css);
    xml.writeEndElement(); // head
    xml.writeStartElement(QStringLiteral("body"));
    xml.writeStartElement(QStringLiteral("table"));
    xml.writeTextElement(QStringLiteral("caption"),
                         languages == Languages::Zh
                             ? QStringLiteral("表1 美国在三个层面采取的对华技术竞争的主要举措、特征和代表性措施")
                             : QStringLiteral("Table 1. Main initiatives, characteristics, and representative measures "
                                              "of U.S. technological competition with China at three levels"));
    xml.writeStartElement(QStringLiteral("thead"));
    xml.writeStartElement(QStringLiteral("tr"));
    xml.writeTextElement(QStringLiteral("th"),
                         languages == Languages::Zh ? QStringLiteral("层面") : QStringLiteral("Level"));
    for (int c = 0; c < 3; ++c)
        xml.writeTextElement(QStringLiteral("th"), columnTitle(Table1Model::Column(c), languages));
    xml.writeEndElement();
    xml.writeEndElement(); // thead
    xml.writeStartElement(QStringLiteral("tbody"));
    for (const Table1Row &row : rows) {
        xml.writeStartElement(QStringLiteral("tr"));
        xml.writeAttribute(QStringLiteral("class"), levelCode(row.level));
        xml.writeStartElement(QStringLiteral("th"));
        xml.writeAttribute(QStringLiteral("scope"), QStringLiteral("row"));
        xml.writeCharacters(rowTitle(row, languages));
        xml.writeEndElement();
        for (int c = 0; c < 3; ++c) {
            xml.writeStartElement(QStringLiteral("td"));
            xml.writeStartElement(QStringLiteral("ul"));
            const Table1Cell &cell = cellOf(row, c);
            for (qsizetype i = 0; i < cell.items.size(); ++i) {
                const Table1Item &item = cell.items[i];
                if (i == cell.namedCount()) {
                    // The general instruments: a list of their own under a heading.
                    xml.writeEndElement(); // ul
                    xml.writeStartElement(QStringLiteral("p"));
                    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("general"));
                    xml.writeCharacters(generalTitle(languages));
                    xml.writeEndElement();
                    xml.writeStartElement(QStringLiteral("ul"));
                    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("general"));
                }
                xml.writeStartElement(QStringLiteral("li"));
                xml.writeAttribute(QStringLiteral("data-key"), item.key);
                xml.writeAttribute(QStringLiteral("data-units"), unitsText(item.units));
                xml.writeCharacters(itemText(item, languages) + u' ');
                xml.writeStartElement(QStringLiteral("span"));
                xml.writeAttribute(QStringLiteral("class"), QStringLiteral("units"));
                xml.writeCharacters(u"¶ " + unitsText(item.units).replace(u' ', QStringLiteral(", ")));
                xml.writeEndElement();
                xml.writeEndElement(); // li
            }
            xml.writeEndElement(); // ul
            xml.writeEndElement(); // td
        }
        xml.writeEndElement(); // tr
    }
    xml.writeEndElement(); // tbody
    xml.writeEndElement(); // table
    xml.writeStartElement(QStringLiteral("p"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("units"));
    xml.writeCharacters(
        QStringLiteral("Rebuilt from the paper's text by Duizhao: %1. ¶ numbers are the paper's aligned "
                       "paragraphs.")
            .arg(paperTitle));
    xml.writeEndElement();
    xml.writeEndElement(); // body
    xml.writeEndElement(); // html
    xml.writeEndDocument();
    return out;
}

QJsonObject FrameworkExport::frameworkJson(const QList<FrameworkNode> &nodes, const QList<FrameworkRelation> &relations,
                                           const QList<Table1Row> &table1, const QHash<int, FrameworkLevel> &unitLevels)
{
    QJsonArray nodeArray;
    for (const FrameworkNode &n : nodes) {
        nodeArray.append(QJsonObject{
            {QStringLiteral("key"), n.key},
            {QStringLiteral("kind"), n.kind},
            {QStringLiteral("parent"), n.parentKey.isEmpty() ? QJsonValue() : QJsonValue(n.parentKey)},
            {QStringLiteral("goal"), n.goalKey.isEmpty() ? QJsonValue() : QJsonValue(n.goalKey)},
            {QStringLiteral("level"), levelCode(n.level)},
            {QStringLiteral("label_en"), n.labelEn},
            {QStringLiteral("label_zh"), n.labelZh},
            {QStringLiteral("summary_en"), n.summaryEn},
            {QStringLiteral("summary_zh"), n.summaryZh},
            {QStringLiteral("units"), unitsJson(unitsOf(n.spans))},
            {QStringLiteral("anchors"), spansJson(n.spans)},
        });
    }
    QJsonArray relationArray;
    for (const FrameworkRelation &r : relations) {
        relationArray.append(QJsonObject{
            {QStringLiteral("from"), r.fromKey},
            {QStringLiteral("to"), r.toKey},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("label_en"), r.labelEn},
            {QStringLiteral("label_zh"), r.labelZh},
            {QStringLiteral("units"), unitsJson(unitsOf(r.spans))},
        });
    }
    QList<int> seqs = unitLevels.keys();
    std::sort(seqs.begin(), seqs.end());
    QJsonArray levels;
    for (int seq : seqs)
        levels.append(
            QJsonObject{{QStringLiteral("unit"), seq}, {QStringLiteral("level"), levelCode(unitLevels[seq])}});
    return QJsonObject{
        {QStringLiteral("nodes"), nodeArray},
        {QStringLiteral("relations"), relationArray},
        {QStringLiteral("table1"), table1Json(table1).value(u"rows")},
        {QStringLiteral("unit_levels"), levels},
    };
}

} // namespace duizhao
