#pragma once

#include "framework/frameworkdata.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace duizhao {

// What the framework layer exports, for the CLI and the GUI's menus alike: measures and the
// glossary as JSON and CSV, the glossary as TBX for translation tools, Table 1 as Markdown, HTML
// and JSON, and the whole framework as JSON. Text is UTF-8; JSON keys are snake_case and stable.
class FrameworkExport final
{
public:
    enum class Languages
    {
        En,
        Zh,
        Both
    };

    static QJsonArray measuresJson(const QList<Measure> &measures);
    static QByteArray measuresCsv(const QList<Measure> &measures);

    static QJsonArray glossaryJson(const QList<GlossaryTerm> &terms);
    static QByteArray glossaryCsv(const QList<GlossaryTerm> &terms);
    // TermBase eXchange (ISO 30042, the TBX-Basic "martif" form OmegaT reads): one termEntry per
    // term with an English and a Chinese langSet, each with its definition, the term and its
    // variants. `title` names the glossary in the header.
    static QByteArray glossaryTbx(const QList<GlossaryTerm> &terms, const QString &title);

    static QJsonObject table1Json(const QList<Table1Row> &rows);
    static QByteArray table1Markdown(const QList<Table1Row> &rows, Languages languages = Languages::Both);
    // A standalone, well-formed HTML page (it parses as XML) with the table and its caption.
    static QByteArray table1Html(const QList<Table1Row> &rows, const QString &paperTitle,
                                 Languages languages = Languages::Both);

    static QJsonObject frameworkJson(const QList<FrameworkNode> &nodes, const QList<FrameworkRelation> &relations,
                                     const QList<Table1Row> &table1, const QHash<int, FrameworkLevel> &unitLevels);

    static QJsonArray spansJson(const QList<UnitSpan> &spans);
    static QJsonArray unitsJson(const QList<int> &units);
};

} // namespace duizhao
