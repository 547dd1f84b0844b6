#include "searchcommand.h"

#include "error.h"
#include "search/searchquery.h"

#include <QJsonArray>
#include <QJsonObject>

namespace duizhao::cli {

QString SearchCommand::summary() const
{
    return tr("Search both languages; prints ranked hits with the unit, language and a snippet.");
}

void SearchCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption(
        {QStringLiteral("lang"), tr("Search only English (en) or only Chinese (zh)."), QStringLiteral("en|zh")});
    parser.addOption({QStringLiteral("limit"), tr("At most N hits (default 20)."), tr("N"), QStringLiteral("20")});
    addDocumentOption(parser);
    parser.addPositionalArgument(QStringLiteral("query"),
                                 tr("Words, \"phrases\", prefix*, -excluded, a OR b; Chinese of any length."),
                                 tr("QUERY…"));
}

int SearchCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const QString text = parser.positionalArguments().join(u' ');
    SearchOptions options;
    if (parser.isSet(QStringLiteral("lang"))) {
        options.lang = langFromCode(parser.value(QStringLiteral("lang")));
        if (!options.lang)
            throw Error(Error::Kind::Usage,
                        tr("--lang takes en or zh, not %1").arg(parser.value(QStringLiteral("lang"))));
    }
    bool ok = false;
    options.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || options.limit < 1)
        throw Error(Error::Kind::Usage, tr("--limit takes a positive number"));
    if (parser.isSet(QStringLiteral("doc")))
        options.documentId = context.documentId(parser);

    const SearchQuery query = SearchQuery::parse(text);
    const QList<SearchHit> hits = context.library().search(query, options);
    if (context.json()) {
        QJsonArray array;
        for (const SearchHit &hit : hits) {
            QJsonArray matches;
            for (const TextRange &m : hit.matches)
                matches.append(QJsonObject{{QStringLiteral("start"), m.start}, {QStringLiteral("length"), m.length}});
            array.append(QJsonObject{{QStringLiteral("document"), hit.documentId},
                                     {QStringLiteral("unit"), hit.unitSeq},
                                     {QStringLiteral("lang"), langCode(hit.lang)},
                                     {QStringLiteral("score"), hit.score},
                                     {QStringLiteral("snippet"), hit.snippet.marked()},
                                     {QStringLiteral("matches"), matches}});
        }
        context.printJson(array);
        return 0;
    }
    if (query.isEmpty()) {
        context.err() << tr("Nothing to search for.") << Qt::endl;
        return 0;
    }
    if (hits.isEmpty()) {
        context.out() << tr("No results for %1.").arg(text) << Qt::endl;
        return 0;
    }
    for (const SearchHit &hit : hits) {
        context.out() << tr("unit %1").arg(hit.unitSeq).leftJustified(9) << " " << langCode(hit.lang) << "  "
                      << hit.snippet.marked() << Qt::endl;
    }
    return 0;
}

} // namespace duizhao::cli
