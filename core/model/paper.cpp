#include "paper.h"

namespace duizhao {

QString langCode(Lang lang)
{
    return lang == Lang::En ? QStringLiteral("en") : QStringLiteral("zh");
}

std::optional<Lang> langFromCode(QStringView code)
{
    if (code == u"en")
        return Lang::En;
    if (code == u"zh")
        return Lang::Zh;
    return std::nullopt;
}

QString unitKindCode(UnitKind kind)
{
    return kind == UnitKind::Heading ? QStringLiteral("heading") : QStringLiteral("body");
}

UnitKind unitKindFromCode(QStringView code)
{
    return code == u"heading" ? UnitKind::Heading : UnitKind::Body;
}

namespace {
struct KindName
{
    NodeKind kind;
    const char16_t *code;
};
constexpr KindName kindNames[] = {
    {NodeKind::Chapter, u"chapter"},       {NodeKind::Part, u"part"},   {NodeKind::Section, u"section"},
    {NodeKind::Subsection, u"subsection"}, {NodeKind::Point, u"point"}, {NodeKind::Article, u"article"},
};
} // namespace

QString nodeKindCode(NodeKind kind)
{
    for (const auto &entry : kindNames) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.code);
    }
    return {};
}

std::optional<NodeKind> nodeKindFromCode(QStringView code)
{
    for (const auto &entry : kindNames) {
        if (code == QStringView(entry.code))
            return entry.kind;
    }
    return std::nullopt;
}

int nodeRank(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Chapter:
        return 0;
    case NodeKind::Part:
        return 1;
    case NodeKind::Section:
        return 2;
    case NodeKind::Subsection:
        return 3;
    case NodeKind::Point:
    case NodeKind::Article:
        return 4;
    }
    return 4;
}

bool isHeadingKind(NodeKind kind)
{
    return kind != NodeKind::Point && kind != NodeKind::Article;
}

PaperStats statsOf(const Paper &paper)
{
    PaperStats s;
    s.units = int(paper.units.size());
    for (const Unit &unit : paper.units) {
        if (unit.kind == UnitKind::Heading)
            ++s.headings;
        else
            ++s.body;
    }
    for (const TreeNode &node : paper.nodes) {
        if (!isHeadingKind(node.kind))
            ++s.points;
    }
    s.footnotes = int(paper.footnotes.size());
    for (const CitationOccurrence &c : paper.citations)
        ++(c.lang == Lang::En ? s.citationsEn : s.citationsZh);
    s.works = int(paper.works.size());
    s.alignmentNotes = int(paper.notes.size());
    return s;
}

} // namespace duizhao
