// How a quotation is cited: what "Copy with Citation" puts on the clipboard and the PDF's title
// page prints, on a law with chapters, sections and articles rather than the bundled paper.

#include "import/paperreader.h"
#include "model/reference.h"
#include "support/testsupport.h"

using namespace duizhao;
using namespace duizhao::test;

namespace {
const Paper &law()
{
    static const Paper paper = PaperReader::readFile(fixture(QStringLiteral("papers/chapters.txt")));
    return paper;
}

int unitStarting(QStringView english)
{
    for (const Unit &unit : law().units) {
        if (unit.en.startsWith(english))
            return unit.seq;
    }
    FAIL("no unit starting with " << english.toString().toStdString());
    return 0;
}
} // namespace

TEST_CASE("the reference names the authors in both scripts, the year, both titles, publisher and link", "[reference]")
{
    CHECK(formatReference(law().meta) ==
          u"State Council 国务院 (2021). “Regulations on the Management of Example Data” [示例数据管理条例]. "
          u"Example Press. https://example.org/regulations");
}

TEST_CASE("a quotation gives the English, then the Chinese, then the reference and where the words stand",
          "[reference]")
{
    const int article3 = unitStarting(u"Article 3");
    REQUIRE(article3 > 0);
    CHECK(quotationWithReference(law(), {article3}) ==
          u"Article 3 The competent department shall carry out inspections.\n\n"
          u"第三条 主管部门应当开展检查。\n\n"
          u"— State Council 国务院 (2021). “Regulations on the Management of Example Data” [示例数据管理条例]. "
          u"Example Press. https://example.org/regulations (unit " +
              QString::number(article3) + u", Chapter II › Section 1)");

    // Several units: all their English first, so each language reads as one passage.
    const int article1 = unitStarting(u"Article 1");
    const int article2 = unitStarting(u"Article 2");
    REQUIRE(article2 == article1 + 1);
    const QString two = quotationWithReference(law(), {article1, article2});
    CHECK(two.startsWith(u"Article 1 These Regulations are formulated in order to regulate example data.\n\n"
                         u"Article 2 These Regulations apply to data processed within the territory.\n\n"
                         u"第一条"));
    CHECK(two.endsWith(QStringLiteral("(units %1–%2, Chapter I)").arg(article1).arg(article2)));
}

TEST_CASE("no units, or a unit the paper does not have, quote nothing", "[reference]")
{
    CHECK(quotationWithReference(law(), {}).isEmpty());
    CHECK(quotationWithReference(law(), {0}).isEmpty());
    CHECK(quotationWithReference(law(), {int(law().units.size()) + 1}).isEmpty());
}
