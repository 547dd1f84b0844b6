#include "frameworkcommand.h"

#include "error.h"
#include "export/frameworkexport.h"
#include "framework/frameworkloader.h"
#include "framework/frameworkstore.h"
#include "render/frameworkmaprenderer.h"

#include <QHash>

namespace duizhao::cli {

namespace {

Lang langOption(const QCommandLineParser &parser)
{
    const QString lang = parser.value(QStringLiteral("lang"));
    if (lang.isEmpty() || lang == u"en")
        return Lang::En;
    if (lang == u"zh")
        return Lang::Zh;
    throw Error(Error::Kind::Usage, Command::tr("--lang must be en or zh"));
}

} // namespace

QString FrameworkCommand::summary() const
{
    return tr("Show the paper's framework (--json), draw its map (--svg FILE, --png FILE), or load curated data "
              "for it (--load DIR).");
}

bool FrameworkCommand::needsGui(const QStringList &args) const
{
    return args.contains(QStringLiteral("--svg")) || args.contains(QStringLiteral("--png")) ||
           std::any_of(args.begin(), args.end(),
                       [](const QString &a) { return a.startsWith(u"--svg=") || a.startsWith(u"--png="); });
}

void FrameworkCommand::configure(QCommandLineParser &parser) const
{
    addDocumentOption(parser);
    parser.addOption({QStringLiteral("svg"), tr("Draw the framework map as SVG into FILE."), tr("FILE")});
    parser.addOption({QStringLiteral("png"), tr("Draw the framework map as PNG into FILE."), tr("FILE")});
    parser.addOption({QStringLiteral("lang"), tr("The map's language: en (default) or zh."), tr("LANG")});
    parser.addOption({QStringLiteral("dark"), tr("Draw for a dark background.")});
    parser.addOption({QStringLiteral("scale"), tr("PNG pixels per map point (default 2)."), tr("N")});
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
        if (parser.isSet(QStringLiteral("png"))) {
            bool ok = true;
            const qreal scale =
                parser.isSet(QStringLiteral("scale")) ? parser.value(QStringLiteral("scale")).toDouble(&ok) : 2.0;
            if (!ok || scale < 0.25 || scale > 8)
                throw Error(Error::Kind::Usage, tr("--scale must be a number from 0.25 to 8"));
            map.exportPng(parser.value(QStringLiteral("png")), scale);
        }
        return 0;
    }
    if (context.json()) {
        context.printJson(FrameworkExport::frameworkJson(nodes, relations, store.table1(doc), store.unitLevels(doc)));
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
