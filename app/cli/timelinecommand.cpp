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
    return asksForImage(args);
}

void TimelineCommand::configure(QCommandLineParser &parser) const
{
    addDocumentOption(parser);
    addDrawingOptions(parser, tr("the timeline"));
}

int TimelineCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const qint64 doc = context.documentId(parser);
    const QList<Measure> measures = MeasureStore(context.library()).measures(doc);
    const auto [first, last] = TimelineRenderer::yearRange(context.library().loadPaper(doc), measures);
    const Lang lang = langOption(parser);
    if (parser.isSet(QStringLiteral("svg")) || parser.isSet(QStringLiteral("png"))) {
        const TimelineRenderer timeline(measures, DiagramStyle(lang, parser.isSet(QStringLiteral("dark"))), first,
                                        last);
        if (parser.isSet(QStringLiteral("svg")))
            timeline.exportSvg(parser.value(QStringLiteral("svg")));
        if (parser.isSet(QStringLiteral("png")))
            timeline.exportPng(parser.value(QStringLiteral("png")), scaleOption(parser));
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
