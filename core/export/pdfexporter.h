#pragma once

#include "library/library.h"
#include "pdfexportoptions.h"
#include "pdfgeometry.h"
#include "pdfpostprocessor.h"

namespace duizhao {

class AnnotationStore;
class Library;

// The annotated PDF export. The GUI calls collect() on the thread that owns the library, then
// exportToFile() on a worker thread (QtConcurrent) with a progress callback whose `false` cancels;
// the CLI does both in a row. Needs a QGuiApplication for fonts.
class PdfExporter final
{
public:
    struct Result
    {
        QByteArray pdf;
        PdfGeometry geometry;
    };

    // Reads the paper, its marks and the tags (touches the database: call on the library's thread).
    static PdfExportInput collect(const AnnotationStore &store, qint64 documentId);
    // The measures appendix's rows: the paper's measures with the units that mention them.
    static QList<MeasureRow> measuresFor(Library &library, qint64 documentId);
    static PdfMetadata metadataFor(const PdfExportInput &input);

    // Layout and post-pass, in memory. Throws Error(Cancelled) when progress returns false.
    static Result build(const PdfExportInput &input, const PdfExportOptions &options, const Progress &progress = {});

    // build(), then writes `path` through a temporary file in the same folder that is renamed over
    // `path` only when complete: an unwritable folder, a full disk or a cancel leave no file behind
    // (and an older file at `path` untouched).
    static PdfGeometry exportToFile(const PdfExportInput &input, const PdfExportOptions &options, const QString &path,
                                    const Progress &progress = {});
};

} // namespace duizhao
