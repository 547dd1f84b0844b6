#include "listcommand.h"

#include "jsonformat.h"

#include <QJsonArray>

namespace duizhao::cli {

QString ListCommand::summary() const
{
    return tr("List the papers in the library: id, titles, authors, year.");
}

int ListCommand::run(CommandContext &context, const QCommandLineParser &) const
{
    const QList<DocumentInfo> documents = context.library().documents();
    if (context.json()) {
        QJsonArray array;
        for (const DocumentInfo &info : documents)
            array.append(documentJson(info));
        context.printJson(array);
        return 0;
    }
    if (documents.isEmpty()) {
        context.out() << tr("The library %1 has no papers.").arg(context.library().path()) << Qt::endl;
        return 0;
    }
    for (const DocumentInfo &info : documents) {
        context.out() << info.id << "  " << info.meta.titleEn << " (" << info.meta.year << ")" << Qt::endl;
        if (!info.meta.titleZh.isEmpty())
            context.out() << "   " << info.meta.titleZh << Qt::endl;
        context.out() << "   " << authorsText(info.meta.authors) << Qt::endl;
    }
    return 0;
}

} // namespace duizhao::cli
