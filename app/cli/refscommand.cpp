#include "refscommand.h"

#include "export/referenceexport.h"

#include <QJsonArray>
#include <QJsonDocument>

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
    const QList<Reference> refs = ReferenceExport::references(context.library().loadPaper(context.documentId(parser)));
    if (parser.isSet(QStringLiteral("csl-json")) || context.json())
        context.writeBytes(ReferenceExport::cslJson(refs));
    else if (parser.isSet(QStringLiteral("ris")))
        context.writeBytes(ReferenceExport::ris(refs));
    else
        context.writeBytes(ReferenceExport::bibtex(refs));
    return 0;
}

} // namespace duizhao::cli
