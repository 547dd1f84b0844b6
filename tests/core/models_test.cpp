// Every model the views show passes QAbstractItemModelTester, and answers what the views ask.

#include "bundledpaper.h"
#include "import/paperreader.h"
#include "models/alignmentnotesmodel.h"
#include "models/citationsmodel.h"
#include "models/documentsmodel.h"
#include "models/modelroles.h"
#include "models/searchresultsmodel.h"
#include "models/structurefiltermodel.h"
#include "models/structuretreemodel.h"
#include "search/searchquery.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>

using namespace duizhao;
using namespace duizhao::test;

namespace {
const Paper &paper()
{
    static const Paper p = PaperReader::parseBytes(BundledPaper::bytes(), BundledPaper::fileName());
    return p;
}
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
} // namespace

TEST_CASE("structure tree model", "[models]")
{
    StructureTreeModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setPaper(paper());
    CHECK(model.rowCount() == 4);
    int nodes = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            ++nodes;
            walk(model.index(row, 0, parent));
        }
    };
    walk({});
    CHECK(nodes == 45); // 21 headings + 24 points

    const QModelIndex intro = model.index(0, 0);
    CHECK(intro.data().toString() == u"I. Introduction  ·  一、 引言");
    model.setChineseFirst(true);
    CHECK(model.index(0, 0).data().toString() == u"一、 引言  ·  I. Introduction");
    model.setLabels(StructureTreeModel::Labels::Chinese);
    CHECK(model.index(0, 0).data().toString() == u"一、 引言");
    model.setLabels(StructureTreeModel::Labels::English);
    CHECK(model.index(0, 0).data().toString() == u"I. Introduction");

    // A body paragraph maps to the heading it belongs to.
    const int generally = int(std::find_if(paper().units.begin(), paper().units.end(), [](const Unit &u) {
                                  return u.en.startsWith(u"Generally speaking");
                              })->seq);
    CHECK(model.indexForUnit(generally).data(UnitSeqRole).toInt() == generally - 3);
    model.setFrameworkLevels({{5, QStringLiteral("power")}});
    CHECK(model.indexForUnit(5).data(FrameworkLevelRole).toString() == u"power");
}

TEST_CASE("structure filter keeps matching nodes and their ancestors", "[models]")
{
    StructureTreeModel source;
    source.setPaper(paper());
    source.setLabels(StructureTreeModel::Labels::English);
    StructureFilterModel filter;
    filter.setSourceModel(&source);
    QAbstractItemModelTester tester(&filter, Fatal);
    filter.setFilterText(QStringLiteral("双重标准")); // matches the Chinese label of a section and a point
    REQUIRE(filter.rowCount() == 1);
    const QModelIndex part = filter.index(0, 0);
    CHECK(part.data().toString().startsWith(u"II."));
    CHECK(filter.rowCount(part) == 1);
    filter.setFilterText(QStringLiteral("decoupling"));
    CHECK(filter.rowCount() == 3); // II (i), III (ii), IV (i)
    filter.setFilterText(QString());
    CHECK(filter.rowCount() == 4);
}

TEST_CASE("citations, notes, documents and search result models", "[models]")
{
    CitationsModel citations;
    QAbstractItemModelTester citationsTester(&citations, Fatal);
    citations.setPaper(paper());
    CHECK(citations.rowCount() == 20);
    int occurrences = 0;
    for (int row = 0; row < citations.rowCount(); ++row)
        occurrences += citations.rowCount(citations.index(row, 0));
    CHECK(occurrences == 46);

    AlignmentNotesModel notes;
    QAbstractItemModelTester notesTester(&notes, Fatal);
    notes.setPaper(paper());
    CHECK(notes.rowCount() == paper().notes.size());
    for (int row = 0; row < notes.rowCount(); ++row)
        CHECK_FALSE(notes.index(row, AlignmentNotesModel::DescriptionColumn).data().toString().isEmpty());

    DocumentsModel documents;
    QAbstractItemModelTester documentsTester(&documents, Fatal);
    DocumentInfo info;
    info.id = 7;
    info.meta = paper().meta;
    documents.setDocuments({info});
    CHECK(documents.index(0, DocumentsModel::AuthorsColumn).data().toString() ==
          u"Gu Xueming 顾学明, Liu Yiming 刘一鸣");
    CHECK(documents.indexForDocument(7).row() == 0);

    SearchResultsModel results;
    QAbstractItemModelTester resultsTester(&results, Fatal);
    SearchHit hit;
    hit.unitSeq = 3;
    hit.lang = Lang::Zh;
    hit.snippet = Highlighter::snippet(u"美国技术“ 硬脱钩” 难以实现", {{7, 2}});
    results.setResults(QStringLiteral("脱钩"), {hit});
    CHECK(results.index(0, 0).data(MarkedTextRole).toString() == u"美国技术“ 硬«脱钩»” 难以实现");
    results.setResults(QString(), {});
    CHECK(results.rowCount() == 0);
}
