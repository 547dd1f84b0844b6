#include "exportannotationscommand.h"

#include "annotations/annotationjson.h"
#include "annotations/annotationstore.h"
#include "error.h"
#include "export/pdfexporter.h"
#include "export/xfdf.h"
#include "exportpdfcommand.h"

#include <QSaveFile>

namespace duizhao::cli {

QString ExportAnnotationsCommand::summary() const
{
    return tr("Write a paper's annotations as JSON (to share) or, with --xfdf, as XFDF matching export-pdf's pages.");
}

void ExportAnnotationsCommand::configure(QCommandLineParser &parser) const
{
    addDocumentOption(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("The file to write (default: standard output)."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("xfdf"), tr("Write XFDF (ISO 19444-1) with the page positions of the PDF that "
                                                 "export-pdf writes with the same layout options.")});
    ExportPdfCommand::addLayoutOptions(parser);
}

bool ExportAnnotationsCommand::needsGui(const QStringList &arguments) const
{
    return arguments.contains(QStringLiteral("--xfdf")) || arguments.contains(QStringLiteral("-xfdf"));
}

int ExportAnnotationsCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    AnnotationStore store(context.library());
    const qint64 documentId = context.documentId(parser);
    QByteArray bytes;
    if (parser.isSet(QStringLiteral("xfdf"))) {
        // The same options as export-pdf, so the marks sit where that PDF has them.
        PdfExportOptions options = ExportPdfCommand::layoutOptions(parser);
        options.measures = PdfExporter::measuresFor(context.library(), documentId);
        bytes = Xfdf::writeFor(PdfExporter::collect(store, documentId), options, QString());
    } else {
        bytes = AnnotationJson::exportDocument(store, documentId);
    }
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty()) {
        context.writeBytes(bytes);
        return 0;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(Error::Kind::Io, tr("cannot write: %1").arg(file.errorString()), path);
    context.err() << tr("%1: written").arg(path) << Qt::endl;
    return 0;
}

} // namespace duizhao::cli
