#include "glossarycommand.h"

#include "export/dataexporter.h"
#include "framework/glossarystore.h"

namespace duizhao::cli {

QString GlossaryCommand::summary() const
{
    return tr("List the paper's key terms in both languages with their definitions (--csv, --tbx, --json).");
}

void GlossaryCommand::configure(QCommandLineParser &parser) const
{
    addDocumentOption(parser);
    parser.addOption({QStringLiteral("csv"), tr("Print CSV (RFC 4180, UTF-8).")});
    parser.addOption({QStringLiteral("tbx"), tr("Print TBX (ISO 30042 TermBase eXchange), which OmegaT reads.")});
}

int GlossaryCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const qint64 doc = context.documentId(parser);
    const std::optional<DataExporter::Format> format =
        parser.isSet(QStringLiteral("tbx"))   ? DataExporter::Format::GlossaryTbx
        : parser.isSet(QStringLiteral("csv")) ? DataExporter::Format::GlossaryCsv
        : context.json()                      ? std::optional(DataExporter::Format::GlossaryJson)
                                              : std::nullopt;
    if (format) {
        context.writeBytes(DataExporter::write(context.library(), doc, *format));
        return 0;
    }
    const QList<GlossaryTerm> terms = GlossaryStore(context.library()).terms(doc);
    if (terms.isEmpty())
        context.out() << tr("This paper has no curated glossary.") << Qt::endl;
    for (const GlossaryTerm &t : terms) {
        context.out() << t.termEn << "  ·  " << t.termZh << "   [" << t.category << "]" << Qt::endl;
        context.out() << "    " << t.definitionEn << Qt::endl << "    " << t.definitionZh << Qt::endl;
    }
    return 0;
}

} // namespace duizhao::cli
