#include "statscommand.h"

#include "jsonformat.h"

namespace duizhao::cli {

QString StatsCommand::summary() const
{
    return tr("Count a paper's units, headings, points, footnotes, citations, works and alignment notes.");
}

void StatsCommand::configure(QCommandLineParser &parser) const
{
    addDocumentOption(parser);
}

int StatsCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const PaperStats stats = statsOf(context.library().loadPaper(context.documentId(parser)));
    const QJsonObject json = statsJson(stats);
    if (context.json()) {
        context.printJson(json);
        return 0;
    }
    // The same keys as the JSON, in a readable order.
    for (const char *key : {"units", "headings", "body", "points", "footnotes", "citations_en", "citations_zh", "works",
                            "alignment_notes"}) {
        context.out() << QString::fromLatin1(key).leftJustified(16) << json.value(QLatin1String(key)).toInt()
                      << Qt::endl;
    }
    return 0;
}

} // namespace duizhao::cli
