#include "frameworkcommand.h"

#include "error.h"
#include "export/dataexporter.h"
#include "framework/frameworkloader.h"
#include "framework/frameworkstore.h"
#include "render/frameworkmaprenderer.h"

#include <QHash>

namespace duizhao::cli {

QString FrameworkCommand::summary() const
{
    return tr("Show the paper's framework (--json), draw its map (--svg FILE, --png FILE), or load curated data "
              "for it (--load DIR).");
}

bool FrameworkCommand::needsGui(const QStringList &args) const
{
    return asksForImage(args);
}

void FrameworkCommand::configure(QCommandLineParser &parser) const
{
    addDocumentOption(parser);
    addDrawingOptions(parser, tr("the framework map"));
    parser.addOption({QStringLiteral("load"),
                      tr("Load curated data (framework.json, measures.json, glossary.json) from DIR for the paper."),
                      tr("DIR")});
}

int FrameworkCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const qint64 doc = context.documentId(parser);
    Library &library = context.library();
    if (parser.isSet(QStringLiteral("load"))) {
        const AttachResult result = FrameworkLoader::attachFolder(library, doc, parser.value(QStringLiteral("load")));
        for (const QString &warning : result.warnings)
            context.err() << warning << Qt::endl;
        context.out() << tr("Loaded %1 framework nodes, %2 measures (%3 mentions) and %4 glossary terms for document "
                            "%5.")
                             .arg(result.nodes)
                             .arg(result.measures)
                             .arg(result.mentions)
                             .arg(result.terms)
                             .arg(doc)
                      << Qt::endl;
        return 0;
    }
    FrameworkStore store(library);
    if (!store.hasFramework(doc)) {
        throw Error(Error::Kind::Usage, tr("document %1 has no curated framework data; load some with: duizhao-cli "
                                           "framework --load DIR")
                                            .arg(doc));
    }
    const QList<FrameworkNode> nodes = store.nodes(doc);
    const QList<FrameworkRelation> relations = store.relations(doc);
    if (parser.isSet(QStringLiteral("svg")) || parser.isSet(QStringLiteral("png"))) {
        const FrameworkMapRenderer map(nodes, relations,
                                       DiagramStyle(langOption(parser), parser.isSet(QStringLiteral("dark"))));
        if (parser.isSet(QStringLiteral("svg")))
            map.exportSvg(parser.value(QStringLiteral("svg")));
        if (parser.isSet(QStringLiteral("png")))
            map.exportPng(parser.value(QStringLiteral("png")), scaleOption(parser));
        return 0;
    }
    if (context.json()) {
        context.writeBytes(DataExporter::write(library, doc, DataExporter::Format::FrameworkJson));
        return 0;
    }
    // An outline: each node with its level and the units that state it.
    QHash<QString, int> depth;
    for (const FrameworkNode &node : nodes) {
        const int d = node.parentKey.isEmpty() ? 0 : depth.value(node.parentKey) + 1;
        depth.insert(node.key, d);
        QStringList units;
        for (int seq : unitsOf(node.spans))
            units.append(QString::number(seq));
        context.out() << QString(d * 2, u' ') << node.labelEn << "  ·  " << node.labelZh << "   ["
                      << levelCode(node.level) << "; " << tr("units %1").arg(units.join(QStringLiteral(", "))) << "]"
                      << Qt::endl;
    }
    for (const FrameworkRelation &r : relations)
        context.out() << r.fromKey << " —" << r.kind << "→ " << r.toKey << Qt::endl;
    return 0;
}

} // namespace duizhao::cli
