#include "table1command.h"

#include "error.h"
#include "export/frameworkexport.h"
#include "framework/frameworkstore.h"

namespace duizhao::cli {

QString Table1Command::summary() const
{
    return tr("Print the paper's Table 1, rebuilt from its framework (--markdown, --html, --json).");
}

void Table1Command::configure(QCommandLineParser &parser) const
{
    addDocumentOption(parser);
    parser.addOption({QStringLiteral("markdown"), tr("Print a Markdown table (the default).")});
    parser.addOption({QStringLiteral("html"), tr("Print a standalone HTML page.")});
    parser.addOption({QStringLiteral("lang"), tr("en, zh or both (the default)."), tr("LANG")});
}

int Table1Command::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const qint64 doc = context.documentId(parser);
    FrameworkStore store(context.library());
    if (!store.hasFramework(doc)) {
        throw Error(Error::Kind::Usage,
                    tr("document %1 has no curated framework data, so there is no Table 1 to rebuild").arg(doc));
    }
    const QString lang = parser.value(QStringLiteral("lang"));
    FrameworkExport::Languages languages = FrameworkExport::Languages::Both;
    if (lang == u"en")
        languages = FrameworkExport::Languages::En;
    else if (lang == u"zh")
        languages = FrameworkExport::Languages::Zh;
    else if (!lang.isEmpty() && lang != u"both")
        throw Error(Error::Kind::Usage, tr("--lang must be en, zh or both"));
    const QList<Table1Row> rows = store.table1(doc);
    if (context.json()) {
        context.printJson(FrameworkExport::table1Json(rows));
        return 0;
    }
    if (parser.isSet(QStringLiteral("html"))) {
        context.writeBytes(FrameworkExport::table1Html(rows, context.library().document(doc)->meta.titleEn, languages));
        return 0;
    }
    context.writeBytes(FrameworkExport::table1Markdown(rows, languages));
    return 0;
}

} // namespace duizhao::cli
