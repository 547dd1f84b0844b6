#include "listcommand.h"

#include "error.h"
#include "jsonformat.h"

#include <QJsonArray>

namespace duizhao::cli {

QString ListCommand::summary() const
{
    return tr("List the papers in the library: id, titles, authors, year.");
}

void ListCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("limit"), tr("At most N papers (default: all)."), tr("N")});
    parser.addOption({QStringLiteral("after"),
                      tr("Only the papers after the one with this id (the next page of a list)."), tr("ID")});
}

int ListCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    // A page of a large library reads that page, not the library.
    int limit = -1;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            throw Error(Error::Kind::Usage, tr("--limit takes a positive number"));
    }
    qint64 after = 0;
    if (parser.isSet(QStringLiteral("after"))) {
        bool ok = false;
        after = parser.value(QStringLiteral("after")).toLongLong(&ok);
        if (!ok || after < 0)
            throw Error(Error::Kind::Usage, tr("--after takes a paper's id (see: duizhao-cli list)"));
    }
    const QList<DocumentInfo> documents = context.library().documents(after, limit);
    if (context.json()) {
        QJsonArray array;
        for (const DocumentInfo &info : documents)
            array.append(documentJson(info));
        context.printJson(array);
        return 0;
    }
    if (documents.isEmpty() && after > 0) {
        context.out() << tr("The library %1 has no papers after %2.").arg(context.library().path()).arg(after)
                      << Qt::endl;
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
