#include "exportpdfcommand.h"

#include "annotations/annotationstore.h"
#include "error.h"
#include "export/pdfexporter.h"

#include <QJsonObject>

namespace duizhao::cli {

QString ExportPdfCommand::summary() const
{
    return tr("Write the paper as a PDF: title page, English and Chinese in the chosen layout, bookmarks, links, "
              "annotations and appendices.");
}

void ExportPdfCommand::addLayoutOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("layout"), tr("side-by-side (default), interleaved, en or zh."), tr("LAYOUT")},
        {QStringLiteral("paper"), tr("a4 (default) or letter."), tr("SIZE")},
        {QStringLiteral("no-annotations"), tr("Leave out highlights, notes and the notes appendix.")},
        {QStringLiteral("margin-notes"), tr("Also print each note in the margin, for paper copies.")},
    });
}

PdfExportOptions ExportPdfCommand::layoutOptions(const QCommandLineParser &parser)
{
    PdfExportOptions options;
    if (parser.isSet(QStringLiteral("layout"))) {
        const std::optional<PdfExportOptions::Layout> layout =
            PdfExportOptions::layoutFromCode(parser.value(QStringLiteral("layout")));
        if (!layout) {
            throw Error(Error::Kind::Usage, tr("unknown layout \"%1\"; use side-by-side, interleaved, en or zh")
                                                .arg(parser.value(QStringLiteral("layout"))));
        }
        options.layout = *layout;
    }
    if (parser.isSet(QStringLiteral("paper"))) {
        const std::optional<PdfExportOptions::PaperSize> paper =
            PdfExportOptions::paperFromCode(parser.value(QStringLiteral("paper")));
        if (!paper) {
            throw Error(Error::Kind::Usage,
                        tr("unknown paper size \"%1\"; use a4 or letter").arg(parser.value(QStringLiteral("paper"))));
        }
        options.paper = *paper;
    }
    options.annotations = !parser.isSet(QStringLiteral("no-annotations"));
    options.marginNotes = parser.isSet(QStringLiteral("margin-notes"));
    return options;
}

void ExportPdfCommand::configure(QCommandLineParser &parser) const
{
    addDocumentOption(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF file to write."), tr("FILE")});
    addLayoutOptions(parser);
}

int ExportPdfCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty())
        throw Error(Error::Kind::Usage, tr("export-pdf needs -o FILE"));
    PdfExportOptions options = layoutOptions(parser);
    AnnotationStore store(context.library());
    const qint64 documentId = context.documentId(parser);
    options.measures = PdfExporter::measuresFor(context.library(), documentId);
    const PdfExportInput input = PdfExporter::collect(store, documentId);
    const PdfGeometry geometry = PdfExporter::exportToFile(input, options, path);
    int annotations = 0;
    for (const PdfMark &mark : geometry.marks)
        annotations += mark.first ? 1 : 0;
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("file"), path},
                                      {QStringLiteral("pages"), geometry.pageCount},
                                      {QStringLiteral("annotations"), annotations},
                                      {QStringLiteral("links"), geometry.links.size()},
                                      {QStringLiteral("bookmarks"), geometry.outline.size()}});
        return 0;
    }
    context.out() << tr("%1: %2 pages, %3 annotations, %4 bookmarks")
                         .arg(path)
                         .arg(geometry.pageCount)
                         .arg(annotations)
                         .arg(geometry.outline.size())
                  << Qt::endl;
    return 0;
}

} // namespace duizhao::cli
