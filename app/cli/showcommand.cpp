#include "showcommand.h"

#include "error.h"

#include <QJsonArray>
#include <QJsonObject>

namespace duizhao::cli {

QString ShowCommand::summary() const
{
    return tr("Show one aligned unit by its number: English, Chinese and where it stands in the paper.");
}

void ShowCommand::configure(QCommandLineParser &parser) const
{
    addDocumentOption(parser);
    parser.addPositionalArgument(QStringLiteral("unit"), tr("The unit's number (1 is the first aligned unit)."),
                                 tr("N"));
}

int ShowCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        throw Error(Error::Kind::Usage, tr("show needs one unit number"));
    bool ok = false;
    const int seq = args.front().toInt(&ok);
    const Paper paper = context.library().loadPaper(context.documentId(parser));
    if (!ok || seq < 1 || seq > paper.units.size()) {
        throw Error(Error::Kind::Usage,
                    tr("there is no unit %1; this paper has units 1 to %2").arg(args.front()).arg(paper.units.size()));
    }
    const Unit &unit = paper.units[seq - 1];

    // The section path: the headings above the unit, outermost first.
    QList<int> chain;
    for (int n = unit.node >= 0 ? paper.nodes[unit.node].parent : unit.section; n >= 0; n = paper.nodes[n].parent)
        chain.prepend(n);
    if (unit.node < 0 && unit.section >= 0 && !chain.contains(unit.section))
        chain.append(unit.section);

    if (context.json()) {
        QJsonArray path;
        for (int n : chain) {
            const TreeNode &node = paper.nodes[n];
            path.append(QJsonObject{{QStringLiteral("unit"), node.unitSeq},
                                    {QStringLiteral("kind"), nodeKindCode(node.kind)},
                                    {QStringLiteral("number_en"), node.numberEn},
                                    {QStringLiteral("number_zh"), node.numberZh},
                                    {QStringLiteral("label_en"), node.labelEn},
                                    {QStringLiteral("label_zh"), node.labelZh}});
        }
        QJsonArray footnotes;
        for (const FootnoteMarker &f : paper.footnotes) {
            if (f.unitSeq == seq)
                footnotes.append(QJsonObject{{QStringLiteral("number"), f.number},
                                             {QStringLiteral("start"), f.start},
                                             {QStringLiteral("length"), f.length}});
        }
        QJsonArray notes;
        for (const AlignmentNote &note : paper.notes) {
            if (note.unitSeq == seq)
                notes.append(
                    QJsonObject{{QStringLiteral("kind"), note.kind}, {QStringLiteral("message"), note.message}});
        }
        context.printJson(QJsonObject{
            {QStringLiteral("unit"), seq},
            {QStringLiteral("kind"), unitKindCode(unit.kind)},
            {QStringLiteral("point"), unit.node >= 0 && !isHeadingKind(paper.nodes[unit.node].kind)},
            {QStringLiteral("en"), unit.en},
            {QStringLiteral("zh"), unit.zh},
            {QStringLiteral("en_line"), unit.enLine},
            {QStringLiteral("zh_line"), unit.zhLine},
            {QStringLiteral("path"), path},
            {QStringLiteral("footnotes"), footnotes},
            {QStringLiteral("alignment_notes"), notes},
        });
        return 0;
    }
    QStringList pathText;
    for (int n : chain)
        pathText.append(QStringList{paper.nodes[n].numberEn, paper.nodes[n].labelEn}.join(u' ').trimmed());
    context.out() << tr("Unit %1 of %2").arg(seq).arg(paper.units.size());
    if (!pathText.isEmpty())
        context.out() << " — " << pathText.join(QStringLiteral(" › "));
    context.out() << Qt::endl << Qt::endl << unit.en << Qt::endl << Qt::endl << unit.zh << Qt::endl;
    for (const AlignmentNote &note : paper.notes) {
        if (note.unitSeq == seq)
            context.out() << Qt::endl << tr("Note: %1").arg(note.message) << Qt::endl;
    }
    return 0;
}

} // namespace duizhao::cli
