// The models the GUI's docks and views show: each passes QAbstractItemModelTester (structure,
// signals on reset, language switches and filtering), and shows what a user would look for.

#include "framework/frameworkstore.h"
#include "library/library.h"
#include "library/openlibrary.h"
#include "models/frameworkmodel.h"
#include "models/frameworkroles.h"
#include "models/glossaryfiltermodel.h"
#include "models/glossarymodel.h"
#include "models/measuresfiltermodel.h"
#include "models/measuresmodel.h"
#include "models/table1model.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QColor>

using namespace duizhao;
using namespace duizhao::test;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    Library library{dir.filePath(QStringLiteral("m.duizhao"))};
    qint64 doc = addBundledPaper(library).documentId;
};

QStringList column(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, col).data(role).toString());
    return values;
}

} // namespace

TEST_CASE("the measures model and its filter pass the model tester and filter as a user expects", "[models]")
{
    Fixture f;
    ModelTesterGuard guard;
    MeasuresModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    MeasuresFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::Warning);

    model.load(f.library, f.doc);
    REQUIRE(model.rowCount() == 50);
    CHECK(model.columnCount() == MeasuresModel::ColumnCount);
    const int chips = [&] {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.measureAt(row).key == u"chips-and-science-act")
                return row;
        }
        return -1;
    }();
    REQUIRE(chips >= 0);
    CHECK(model.index(chips, MeasuresModel::Name).data().toString() == u"CHIPS and Science Act of 2022");
    CHECK(model.index(chips, MeasuresModel::OtherName).data().toString() == u"《2022 年芯片和科学法案》");
    CHECK(model.index(chips, MeasuresModel::Mentions).data().toString() == u"7");
    CHECK(model.index(chips, MeasuresModel::Level).data(Qt::DecorationRole).value<QColor>() ==
          levelColor(FrameworkLevel::Power));
    CHECK(model.index(chips, 0).data(FrameworkRole::Units).value<QList<int>>().size() == 7);
    CHECK(model.index(chips, 0).data(FrameworkRole::Year).toInt() == 2022);

    model.setLanguage(Lang::Zh);
    CHECK(model.index(chips, MeasuresModel::Name).data().toString() == u"《2022 年芯片和科学法案》");
    CHECK(model.headerData(MeasuresModel::Level, Qt::Horizontal).toString() == u"层面");
    model.setLanguage(Lang::En);

    // Level: the power competition has its 15 measures in the data.
    filter.setLevel(FrameworkLevel::Power);
    CHECK(filter.rowCount() == 15);
    for (const QString &level : column(filter, MeasuresModel::Level))
        CHECK(level == u"Power");
    filter.clearFilters();

    // Text in either language, across the source's stray spaces, whatever language is shown.
    filter.setText(QStringLiteral("芯片 和科学"));
    CHECK(column(filter, MeasuresModel::Name).contains(u"CHIPS and Science Act of 2022"_qs));
    CHECK(filter.rowCount() < 5); // the act, and measures whose notes name it
    filter.setText(QStringLiteral("cfius"));
    CHECK(column(filter, MeasuresModel::Acronym).contains(u"CFIUS"_qs));
    filter.setText(QStringLiteral("54 products"));
    CHECK(column(filter, MeasuresModel::Name) == QStringList{u"Withhold Release Orders"_qs});
    filter.clearFilters();

    // Category, kind, actor and years.
    filter.setCategory(QStringLiteral("export control"));
    CHECK(filter.rowCount() >= 3);
    for (const QString &category : column(filter, MeasuresModel::Category))
        CHECK(category.contains(u"export control"));
    filter.clearFilters();
    // The filter takes the kind's code; the column shows its name.
    filter.setKind(QStringLiteral("law"));
    CHECK(filter.rowCount() > 0);
    CHECK(column(filter, MeasuresModel::Kind) == QStringList(filter.rowCount(), QStringLiteral("Law")));
    filter.clearFilters();
    filter.setActor(QStringLiteral("特朗普"));
    CHECK(column(filter, MeasuresModel::Name) ==
          QStringList{u"National Strategy for Critical and Emerging Technology"_qs});
    filter.clearFilters();
    filter.setYearRange(2020, 2021);
    for (const QString &date : column(filter, MeasuresModel::Date)) {
        CHECK(date.left(4).toInt() >= 2020);
        CHECK(date.left(4).toInt() <= 2021);
    }
    CHECK(filter.rowCount() == 6);
    filter.clearFilters();

    // Sorting: dates in order with undated ones last, mention counts as numbers.
    filter.sort(MeasuresModel::Date);
    QStringList dates = column(filter, MeasuresModel::Date);
    CHECK(dates.front() == u"1998");
    CHECK(dates.back().isEmpty());
    filter.sort(MeasuresModel::Mentions, Qt::DescendingOrder);
    CHECK(filter.index(0, MeasuresModel::Name).data().toString() == u"CHIPS and Science Act of 2022");
    filter.setLanguage(Lang::Zh);
    model.setLanguage(Lang::Zh);
    filter.sort(MeasuresModel::Name);
    CHECK(filter.rowCount() == 50);
    guard.check();
}

TEST_CASE("the glossary model and its search pass the model tester and search both languages", "[models]")
{
    Fixture f;
    ModelTesterGuard guard;
    GlossaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    GlossaryFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.load(f.library, f.doc);
    CHECK(model.rowCount() == 72);

    filter.setText(QStringLiteral("卡脖子"));
    CHECK(column(filter, GlossaryModel::TermEn).front() == u"chokepoint");
    filter.setText(QStringLiteral("small yard"));
    CHECK(column(filter, GlossaryModel::TermZh).contains(u"小院高墙"_qs));
    filter.setText(QStringLiteral("voice, influence"));
    CHECK(column(filter, GlossaryModel::TermZh) == QStringList{u"话语权"_qs});
    filter.setText(QStringLiteral("胆小鬼"));
    REQUIRE(filter.rowCount() == 1);
    CHECK(filter.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"the side that yields first loses"));
    filter.setText({});
    filter.setCategory(QStringLiteral("framework"));
    const QStringList categories = column(model, GlossaryModel::Category);
    CHECK(filter.rowCount() == categories.count(u"framework"_qs));
    CHECK(filter.rowCount() < model.rowCount());
    filter.setCategory({});
    model.setLanguage(Lang::Zh);
    CHECK(filter.index(0, GlossaryModel::Definition).data().toString().startsWith(u"技术政治时代"));
    filter.setLanguage(Lang::Zh);
    filter.sort(GlossaryModel::TermZh);
    CHECK(filter.rowCount() == 72);
    guard.check();
}

TEST_CASE("the Table 1 model passes the model tester and links every cell", "[models][table1]")
{
    Fixture f;
    ModelTesterGuard guard;
    Table1Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.load(f.library, f.doc);
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == 3);
    CHECK(model.headerData(0, Qt::Vertical).toString() == u"Competition over power");
    CHECK(model.headerData(2, Qt::Horizontal).toString() == u"Representative measures");
    CHECK(model.headerData(1, Qt::Vertical, Qt::DecorationRole).value<QColor>() == levelColor(FrameworkLevel::Order));
    for (int row = 0; row < 3; ++row) {
        for (int col = 0; col < 3; ++col) {
            const QModelIndex cell = model.index(row, col);
            CHECK_FALSE(cell.data().toString().isEmpty());
            CHECK_FALSE(cell.data(FrameworkRole::Units).value<QList<int>>().isEmpty());
            CHECK(cell.data(Table1Model::Items).toStringList().size() ==
                  cell.data(Table1Model::ItemUnits).toList().size());
        }
    }
    CHECK(model.index(2, Table1Model::Measures).data().toString().contains(u"Withhold Release Orders"));
    model.setLanguage(Lang::Zh);
    CHECK(model.headerData(0, Qt::Vertical).toString() == u"实力竞争");
    CHECK(model.index(2, Table1Model::Measures).data().toString().contains(u"暂扣令"));
    guard.check();
}

TEST_CASE("the framework model is the framework's tree and passes the model tester", "[models]")
{
    Fixture f;
    ModelTesterGuard guard;
    FrameworkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.load(f.library, f.doc);
    // Roots: the rootNode, three competitions, four dilemmas, four countermeasures.
    CHECK(model.rowCount() == 12);
    const QModelIndex rootNode = model.indexOf(QStringLiteral("technology-power"));
    REQUIRE(rootNode.isValid());
    CHECK(model.rowCount(rootNode) == 3);
    CHECK(model.index(1, 0, rootNode).data().toString() == u"Institutional power");
    const QModelIndex defensive = model.indexOf(QStringLiteral("power-defensive-policies"));
    CHECK(model.rowCount(defensive) == 4);
    CHECK(defensive.parent() == model.indexOf(QStringLiteral("competition-over-power")));
    CHECK(defensive.data(FrameworkRole::Level).toInt() == int(FrameworkLevel::Power));
    CHECK_FALSE(defensive.data(FrameworkRole::Units).value<QList<int>>().isEmpty());
    model.setLanguage(Lang::Zh);
    CHECK(model.index(1, 0, rootNode).data().toString() == u"制度性权力");
    CHECK(model.relations().size() == 5);
    guard.check();
}
