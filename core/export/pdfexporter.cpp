#include "pdfexporter.h"

#include "framework/frameworklevel.h"
#include "framework/measurestore.h"

#include "annotations/annotationstore.h"
#include "duizhao_version.h"
#include "error.h"
#include "pdflayout.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace duizhao {

QList<MeasureRow> PdfExporter::measuresFor(Library &library, qint64 documentId)
{
    QList<MeasureRow> rows;
    for (const Measure &measure : MeasureStore(library).measures(documentId)) {
        MeasureRow row;
        row.nameEn = measure.nameEn;
        row.nameZh = measure.nameZh;
        row.kind = measure.kind;
        row.date = measure.date;
        row.level = levelCode(measure.level);
        for (const UnitSpan &span : measure.mentions) {
            if (!row.unitSeqs.contains(span.unitSeq))
                row.unitSeqs.append(span.unitSeq);
        }
        std::sort(row.unitSeqs.begin(), row.unitSeqs.end());
        rows.append(row);
    }
    return rows;
}

PdfExportInput PdfExporter::collect(const AnnotationStore &store, qint64 documentId)
{
    PdfExportInput input;
    input.paper = store.library().loadPaper(documentId);
    AnnotationFilter filter;
    filter.documentId = documentId;
    input.annotations = store.list(filter);
    input.tags = store.tags();
    return input;
}

PdfMetadata PdfExporter::metadataFor(const PdfExportInput &input)
{
    const PaperMeta &meta = input.paper.meta;
    PdfMetadata m;
    m.title = meta.titleEn + QStringLiteral(" / ") + meta.titleZh;
    QStringList authors;
    for (const Author &author : meta.authors)
        authors.append(QStringList{author.nameEn, author.nameZh}.join(u' ').trimmed());
    m.author = authors.join(QStringLiteral("; "));
    m.subject = QStringLiteral("Bilingual edition (English translation and Chinese original) · 中英对照");
    if (!meta.publisher.isEmpty())
        m.subject += QStringLiteral(" · ") + meta.publisher;
    QStringList keywords{QStringLiteral("bilingual"), QStringLiteral("中英对照")};
    for (const Tag &tag : input.tags) {
        if (tag.builtin)
            keywords.append(tag.displayName());
    }
    m.keywords = keywords.join(QStringLiteral(", "));
    m.creator = QStringLiteral("Duizhao %1").arg(QStringLiteral(DUIZHAO_VERSION));
    return m;
}

PdfExporter::Result PdfExporter::build(const PdfExportInput &input, const PdfExportOptions &options,
                                       const Progress &progress)
{
    const int total = PdfLayout::progressSteps(input) + 1;
    Result result;
    {
        QBuffer buffer(&result.pdf);
        buffer.open(QIODevice::WriteOnly);
        result.geometry = PdfLayout::render(input, options, &buffer,
                                            [&](int done, int) { return !progress || progress(done, total); });
    }
    result.pdf = PdfPostProcessor::apply(result.pdf, result.geometry, metadataFor(input));
    if (progress && !progress(total, total))
        throw Error(Error::Kind::Cancelled, QStringLiteral("PDF export cancelled"));
    return result;
}

PdfGeometry PdfExporter::exportToFile(const PdfExportInput &input, const PdfExportOptions &options, const QString &path,
                                      const Progress &progress)
{
    const QFileInfo info(path);
    if (info.isDir())
        throw Error(Error::Kind::Usage, QStringLiteral("is a folder; name the PDF file to write"), path);
    if (!info.absoluteDir().exists())
        throw Error(Error::Kind::Io, QStringLiteral("cannot write the PDF: the folder does not exist"), path);
    // Check the folder before the work: a wrong path fails at once, not after the layout.
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Io, QStringLiteral("cannot write the PDF: %1").arg(file.errorString()), path);

    Result result = build(input, options, progress); // on an Error, ~QSaveFile removes the temporary file
    const qint64 written = file.write(result.pdf);
    if (written != result.pdf.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        throw Error(Error::Kind::Io,
                    QStringLiteral("cannot write the PDF (%1); is the disk full? No file was written").arg(reason),
                    path);
    }
    if (!file.commit()) {
        throw Error(
            Error::Kind::Io,
            QStringLiteral("cannot write the PDF (%1); is the disk full? No file was written").arg(file.errorString()),
            path);
    }
    return result.geometry;
}

} // namespace duizhao
