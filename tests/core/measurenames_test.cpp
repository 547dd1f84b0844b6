// Which measures have a proper name and which are general instruments: Table 1 lists the named
// ones first and the general ones apart, for any paper, not only the bundled one.

#include "framework/frameworkdata.h"
#include "framework/frameworkstore.h"
#include "framework/measurenames.h"
#include "library/library.h"
#include "library/openlibrary.h"
#include "support/testsupport.h"

using namespace duizhao;
using namespace duizhao::test;

namespace {

bool named(const QString &en, const QString &kind = QStringLiteral("policy-initiative"),
           const QString &acronym = QString(), const QString &zh = QString())
{
    return isNamedMeasure(en, zh, acronym, kind);
}

} // namespace

TEST_CASE("a measure with a proper name is named; a common noun phrase is a general instrument", "[framework][table1]")
{
    // Made-up measures, not the bundled paper's.
    SECTION("title case, capitals inside words, digits and years are names")
    {
        CHECK(named(QStringLiteral("Quantum Readiness Initiative")));
        CHECK(named(QStringLiteral("Rules for the Export of Sensors")));
        CHECK(named(QStringLiteral("Section 232")));
        CHECK(named(QStringLiteral("Semiconductor Supply Act of 2031"), QStringLiteral("policy-initiative")));
        CHECK(named(QStringLiteral("6G Trust Framework")));
        CHECK(named(QStringLiteral("U.K.-Brazil data pact")));
        CHECK(named(QStringLiteral("the NEXUS programme")));
        CHECK(named(QStringLiteral("Stuxnet")));
    }
    SECTION("an acronym, title marks or a kind that is always one document make a name")
    {
        CHECK(named(QStringLiteral("sensor review board"), QStringLiteral("review-system"), QStringLiteral("SRB")));
        CHECK(named(QStringLiteral("sensor export rules"), QStringLiteral("policy-initiative"), QString(),
                    QStringLiteral("《传感器出口规则》")));
        CHECK(named(QStringLiteral("national quantum strategy"), QStringLiteral("executive-strategy")));
        CHECK(named(QStringLiteral("the new tariff law"), QStringLiteral("law")));
    }
    SECTION("lower case or sentence case common noun phrases are general")
    {
        CHECK_FALSE(named(QStringLiteral("entity lists"), QStringLiteral("control-list")));
        CHECK_FALSE(named(QStringLiteral("sanctions"), QStringLiteral("agency-action")));
        CHECK_FALSE(named(QStringLiteral("Outbound investment screening"), QStringLiteral("review-system")));
        CHECK_FALSE(
            named(QStringLiteral("principle of reciprocity in data access"), QStringLiteral("policy-principle")));
        CHECK_FALSE(named(QStringLiteral("  watch list  "), QStringLiteral("control-list"), QStringLiteral("  "),
                          QStringLiteral("观察清单")));
        CHECK_FALSE(named(QString(), QStringLiteral("control-list")));
        CHECK_FALSE(named(QStringLiteral("Of the"), QStringLiteral("control-list")));
    }
    SECTION("the Measure overload reads the same fields")
    {
        Measure m;
        m.nameEn = QStringLiteral("unreliable entity list");
        m.kind = QStringLiteral("control-list");
        CHECK_FALSE(isNamedMeasure(m));
        m.acronym = QStringLiteral("UEL");
        CHECK(isNamedMeasure(m));
    }
}

TEST_CASE("Table 1 lists the named measures first and the general instruments after them", "[framework][table1]")
{
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("t.duizhao")));
    const qint64 doc = addBundledPaper(library).documentId;
    const QList<Table1Row> rows = FrameworkStore(library).table1(doc);
    REQUIRE(rows.size() == 3);
    QStringList general;
    for (const Table1Row &row : rows) {
        const Table1Cell &cell = row.measures;
        const qsizetype named = cell.namedCount();
        REQUIRE(named > 0);
        for (qsizetype i = 0; i < cell.items.size(); ++i) {
            INFO(cell.items[i].labelEn.toStdString());
            // Named ones, then general ones: never a named one after a general one.
            CHECK(cell.items[i].general == (i >= named));
            if (cell.items[i].general)
                general.append(cell.items[i].labelEn);
        }
        // Initiatives and features are the paper's own categories, never "general".
        CHECK(row.initiatives.namedCount() == row.initiatives.items.size());
    }
    // The generic terms the paper uses beside the named acts (issue 15 §7).
    CHECK(general.contains(u"control lists"_qs));
    CHECK(general.contains(u"blacklist"_qs));
    CHECK(general.contains(u"deemed export"_qs));
    for (const QString &name : general)
        CHECK(name.front().isLower());
}
