#include "refscommand.h"

#include "export/dataexporter.h"

namespace duizhao::cli {

QString RefsCommand::summary() const
{
    return tr("Export the paper's own reference and the works it cites (--bibtex, --ris, --csl-json) for Zotero.");
}

void RefsCommand::configure(QCommandLineParser &parser) const
{
    addDocumentOption(parser);
    parser.addOption({QStringLiteral("bibtex"), tr("BibTeX (the default).")});
    parser.addOption({QStringLiteral("ris"), tr("RIS.")});
    parser.addOption({QStringLiteral("csl-json"), tr("CSL-JSON (also --json).")});
}

int RefsCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const DataExporter::Format format = parser.isSet(QStringLiteral("csl-json")) || context.json()
                                            ? DataExporter::Format::ReferencesCslJson
                                        : parser.isSet(QStringLiteral("ris")) ? DataExporter::Format::ReferencesRis
                                                                              : DataExporter::Format::ReferencesBibtex;
    context.writeBytes(DataExporter::write(context.library(), context.documentId(parser), format));
    return 0;
}

} // namespace duizhao::cli
