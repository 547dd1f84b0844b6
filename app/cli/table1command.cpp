#include "table1command.h"

#include "error.h"
#include "export/dataexporter.h"
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
    DataExporter::Options options;
    if (lang == u"en")
        options.languages = FrameworkExport::Languages::En;
    else if (lang == u"zh")
        options.languages = FrameworkExport::Languages::Zh;
    else if (!lang.isEmpty() && lang != u"both")
        throw Error(Error::Kind::Usage, tr("--lang must be en, zh or both"));
    const DataExporter::Format format = context.json()                         ? DataExporter::Format::Table1Json
                                        : parser.isSet(QStringLiteral("html")) ? DataExporter::Format::Table1Html
                                                                               : DataExporter::Format::Table1Markdown;
    context.writeBytes(DataExporter::write(context.library(), doc, format, options));
    return 0;
}

} // namespace duizhao::cli
