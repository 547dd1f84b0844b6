#include "timelinecommand.h"

#include "error.h"
#include "export/frameworkexport.h"
#include "framework/measurestore.h"
#include "render/timelinerenderer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace duizhao::cli {

QString TimelineCommand::summary() const
{
    return tr("List the dated measures in time order (--json), or draw the timeline (--svg FILE, --png FILE).");
}

bool TimelineCommand::needsGui(const QStringList &args) const
{
    return args.contains(QStringLiteral("--svg")) || args.contains(QStringLiteral("--png")) ||
           std::any_of(args.begin(), args.end(),
                       [](const QString &a) { return a.startsWith(u"--svg=") || a.startsWith(u"--png="); });
}

void TimelineCommand::configure(QCommandLineParser &parser) const
{
    addDocumentOption(parser);
    parser.addOption({QStringLiteral("svg"), tr("Draw the timeline as SVG into FILE."), tr("FILE")});
    parser.addOption({QStringLiteral("png"), tr("Draw the timeline as PNG into FILE."), tr("FILE")});
    parser.addOption({QStringLiteral("lang"), tr("The labels' language: en (default) or zh."), tr("LANG")});
    parser.addOption({QStringLiteral("dark"), tr("Draw for a dark background.")});
    parser.addOption({QStringLiteral("scale"), tr("PNG pixels per point (default 2)."), tr("N")});
}

int TimelineCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const qint64 doc = context.documentId(parser);
    const QList<Measure> measures = MeasureStore(context.library()).measures(doc);
    const auto [first, last] = TimelineRenderer::yearRange(context.library().loadPaper(doc), measures);
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && lang != u"en" && lang != u"zh")
        throw Error(Error::Kind::Usage, tr("--lang must be en or zh"));
    if (parser.isSet(QStringLiteral("svg")) || parser.isSet(QStringLiteral("png"))) {
        const TimelineRenderer timeline(
            measures, DiagramStyle(lang == u"zh" ? Lang::Zh : Lang::En, parser.isSet(QStringLiteral("dark"))), first,
            last);
        if (parser.isSet(QStringLiteral("svg")))
            timeline.exportSvg(parser.value(QStringLiteral("svg")));
        if (parser.isSet(QStringLiteral("png"))) {
            bool ok = true;
            const qreal scale =
                parser.isSet(QStringLiteral("scale")) ? parser.value(QStringLiteral("scale")).toDouble(&ok) : 2.0;
            if (!ok || scale < 0.25 || scale > 8)
                throw Error(Error::Kind::Usage, tr("--scale must be a number from 0.25 to 8"));
            timeline.exportPng(parser.value(QStringLiteral("png")), scale);
        }
        return 0;
    }
    const QList<Measure> dated = TimelineRenderer::datedMeasures(measures);
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("first_year"), first},
                                      {QStringLiteral("last_year"), last},
                                      {QStringLiteral("measures"), FrameworkExport::measuresJson(dated)}});
        return 0;
    }
    context.out() << tr("%1 dated measures, %2–%3").arg(dated.size()).arg(first).arg(last) << Qt::endl;
    for (const Measure &m : dated)
        context.out() << m.date.leftJustified(8) << "  " << levelCode(m.level).leftJustified(16) << m.nameEn << "  ·  "
                      << m.nameZh << Qt::endl;
    return 0;
}

} // namespace duizhao::cli
