#include "treecommand.h"

#include <QJsonArray>
#include <QJsonObject>

namespace duizhao::cli {

namespace {

QJsonArray childrenJson(const Paper &paper, int parent)
{
    QJsonArray children;
    for (int i = 0; i < paper.nodes.size(); ++i) {
        const TreeNode &node = paper.nodes[i];
        if (node.parent != parent)
            continue;
        children.append(QJsonObject{
            {QStringLiteral("kind"), nodeKindCode(node.kind)},
            {QStringLiteral("unit"), node.unitSeq},
            {QStringLiteral("number_en"), node.numberEn},
            {QStringLiteral("number_zh"), node.numberZh},
            {QStringLiteral("label_en"), node.labelEn},
            {QStringLiteral("label_zh"), node.labelZh},
            {QStringLiteral("children"), childrenJson(paper, i)},
        });
    }
    return children;
}

} // namespace

QString TreeCommand::summary() const
{
    return tr("Print a paper's heading tree: parts, sections, subsections and numbered points, in both languages.");
}

void TreeCommand::configure(QCommandLineParser &parser) const
{
    addDocumentOption(parser);
}

int TreeCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const Paper paper = context.library().loadPaper(context.documentId(parser));
    if (context.json()) {
        context.printJson(childrenJson(paper, -1));
        return 0;
    }
    context.out() << paper.meta.titleEn << Qt::endl;
    if (!paper.meta.titleZh.isEmpty())
        context.out() << paper.meta.titleZh << Qt::endl;
    context.out() << Qt::endl;
    for (const TreeNode &node : paper.nodes) {
        const QString indent(node.depth * 4, u' ');
        const QString en = QStringList{node.numberEn, node.labelEn}.join(u' ').trimmed();
        const QString zh = QStringList{node.numberZh, node.labelZh}.join(u' ').trimmed();
        context.out() << indent << en << Qt::endl;
        context.out() << indent << "  " << zh << "   [" << nodeKindCode(node.kind) << ", "
                      << tr("unit %1").arg(node.unitSeq) << "]" << Qt::endl;
    }
    return 0;
}

} // namespace duizhao::cli
