#pragma once

#include "annotations/annotationjson.h"
#include "library/library.h"
#include "pdfexportoptions.h"
#include "pdfgeometry.h"

namespace duizhao {

class AnnotationStore;

// XFDF (ISO 19444-1), the XML form of PDF annotations, for the PDF that PdfExporter writes:
// <highlight> with page, rect, coords (QuadPoints), color, title (author), contents (note),
// creationdate, date, name (the uuid); <square> for whole-unit codes; <text> for note icons.
// Each mark also carries a <dz:anchor> (namespace https://duizhao.org/xfdf/1) with its unit,
// language, offsets and words, and the file names the paper by content hash, so that Duizhao can
// import the XFDF it wrote: by uuid (already there: skipped) or by the quoted words. Other XFDF
// files are refused with a message that says so.
class Xfdf final
{
public:
    static const QString Namespace;        // http://ns.adobe.com/xfdf/
    static const QString DuizhaoNamespace; // https://duizhao.org/xfdf/1
    static constexpr TextFileCheck::Kind FileKind{"an XFDF file", AnnotationJson::MaxFileSize};

    // `pdfFileName` goes into <f href>; empty leaves it out.
    static QByteArray write(const PdfExportInput &input, const PdfGeometry &geometry, const QString &pdfFileName);
    // The marks on the pages of the PDF that PdfExporter writes with `options`: lays that PDF out
    // in memory (throws Error(Cancelled) when progress returns false), then writes them as above.
    static QByteArray writeFor(const PdfExportInput &input, const PdfExportOptions &options, const QString &pdfFileName,
                               const Progress &progress = {});

    static AnnotationImportResult importFile(AnnotationStore &store, const QString &path);
    static AnnotationImportResult importBytes(AnnotationStore &store, const QByteArray &bytes,
                                              const QString &sourceName);
};

} // namespace duizhao
