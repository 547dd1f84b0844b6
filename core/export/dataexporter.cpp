#include "dataexporter.h"

#include "error.h"
#include "export/referenceexport.h"
#include "framework/frameworkstore.h"
#include "framework/glossarystore.h"
#include "framework/measurestore.h"
#include "library/library.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace duizhao {

namespace {

struct FormatInfo
{
    DataExporter::Format format;
    const char *fileName;
    const char *mimeType;
    const char *displayName; // translated in the context "duizhao::DataExporter"
};

// One row per format: what the save dialogs, the menus and the CLI's documentation agree on.
constexpr FormatInfo Formats[] = {
    {DataExporter::Format::MeasuresCsv, "measures.csv", "text/csv", QT_TRANSLATE_NOOP("duizhao::DataExporter", "CSV")},
    {DataExporter::Format::MeasuresJson, "measures.json", "application/json",
     QT_TRANSLATE_NOOP("duizhao::DataExporter", "JSON")},
    {DataExporter::Format::GlossaryCsv, "glossary.csv", "text/csv", QT_TRANSLATE_NOOP("duizhao::DataExporter", "CSV")},
    {DataExporter::Format::GlossaryTbx, "glossary.tbx", "application/x-tbx",
     QT_TRANSLATE_NOOP("duizhao::DataExporter", "TBX term base")},
    {DataExporter::Format::GlossaryJson, "glossary.json", "application/json",
     QT_TRANSLATE_NOOP("duizhao::DataExporter", "JSON")},
    {DataExporter::Format::FrameworkJson, "framework.json", "application/json",
     QT_TRANSLATE_NOOP("duizhao::DataExporter", "JSON")},
    {DataExporter::Format::Table1Markdown, "table1.md", "text/markdown",
     QT_TRANSLATE_NOOP("duizhao::DataExporter", "Markdown")},
    {DataExporter::Format::Table1Html, "table1.html", "text/html", QT_TRANSLATE_NOOP("duizhao::DataExporter", "HTML")},
    {DataExporter::Format::Table1Json, "table1.json", "application/json",
     QT_TRANSLATE_NOOP("duizhao::DataExporter", "JSON")},
    {DataExporter::Format::ReferencesBibtex, "references.bib", "application/x-bibtex",
     QT_TRANSLATE_NOOP("duizhao::DataExporter", "BibTeX")},
    {DataExporter::Format::ReferencesRis, "references.ris", "application/x-research-info-systems",
     QT_TRANSLATE_NOOP("duizhao::DataExporter", "RIS")},
    {DataExporter::Format::ReferencesCslJson, "references.json", "application/vnd.citationstyles.csl+json",
     QT_TRANSLATE_NOOP("duizhao::DataExporter", "CSL-JSON")},
};

const FormatInfo &info(DataExporter::Format format)
{
    for (const FormatInfo &i : Formats) {
        if (i.format == format)
            return i;
    }
    Q_UNREACHABLE();
}

QByteArray json(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString titleOf(Library &library, qint64 documentId)
{
    const std::optional<DocumentInfo> document = library.document(documentId);
    if (!document)
        throw Error(Error::Kind::Usage, QStringLiteral("there is no document %1 in the library").arg(documentId));
    return document->meta.titleEn;
}

} // namespace

QList<DataExporter::Format> DataExporter::formats()
{
    QList<Format> list;
    for (const FormatInfo &i : Formats)
        list.append(i.format);
    return list;
}

QString DataExporter::fileName(Format format)
{
    return QString::fromLatin1(info(format).fileName);
}

QString DataExporter::suffix(Format format)
{
    const QString name = fileName(format);
    return name.mid(name.lastIndexOf(u'.') + 1);
}

QString DataExporter::mimeType(Format format)
{
    return QString::fromLatin1(info(format).mimeType);
}

QString DataExporter::displayName(Format format)
{
    return QCoreApplication::translate("duizhao::DataExporter", info(format).displayName);
}

QString DataExporter::fileFilter(Format format)
{
    return QStringLiteral("%1 (*.%2)").arg(displayName(format), suffix(format));
}

QList<Measure> DataExporter::measures(Library &library, qint64 documentId, const Options &options)
{
    QList<Measure> measures = MeasureStore(library).measures(documentId);
    measures.removeIf([&](const Measure &m) {
        return (options.level && m.level != *options.level) || (!options.kind.isEmpty() && m.kind != options.kind);
    });
    return measures;
}

QByteArray DataExporter::write(Library &library, qint64 documentId, Format format, const Options &options)
{
    switch (format) {
    case Format::MeasuresCsv:
        return FrameworkExport::measuresCsv(measures(library, documentId, options));
    case Format::MeasuresJson:
        return json(FrameworkExport::measuresJson(measures(library, documentId, options)));
    case Format::GlossaryCsv:
        return FrameworkExport::glossaryCsv(GlossaryStore(library).terms(documentId));
    case Format::GlossaryTbx:
        // The term base's title says what it is and which paper it comes from; translation tools
        // list term bases by it. Not translated: the file is the same whatever the UI language.
        return FrameworkExport::glossaryTbx(GlossaryStore(library).terms(documentId),
                                            QStringLiteral("Glossary: %1").arg(titleOf(library, documentId)));
    case Format::GlossaryJson:
        return json(FrameworkExport::glossaryJson(GlossaryStore(library).terms(documentId)));
    case Format::FrameworkJson: {
        const FrameworkStore store(library);
        return json(FrameworkExport::frameworkJson(store.nodes(documentId), store.relations(documentId),
                                                   store.table1(documentId), store.unitLevels(documentId)));
    }
    case Format::Table1Markdown:
        return FrameworkExport::table1Markdown(FrameworkStore(library).table1(documentId), options.languages);
    case Format::Table1Html:
        return FrameworkExport::table1Html(FrameworkStore(library).table1(documentId), titleOf(library, documentId),
                                           options.languages);
    case Format::Table1Json:
        return json(FrameworkExport::table1Json(FrameworkStore(library).table1(documentId)));
    case Format::ReferencesBibtex:
        return ReferenceExport::bibtex(ReferenceExport::references(library.loadPaper(documentId)));
    case Format::ReferencesRis:
        return ReferenceExport::ris(ReferenceExport::references(library.loadPaper(documentId)));
    case Format::ReferencesCslJson:
        return ReferenceExport::cslJson(ReferenceExport::references(library.loadPaper(documentId)));
    }
    Q_UNREACHABLE();
}

void DataExporter::writeFile(Library &library, qint64 documentId, Format format, const QString &path,
                             const Options &options)
{
    const QByteArray bytes = write(library, documentId, format, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(Error::Kind::Io, QStringLiteral("cannot write the file: %1").arg(file.errorString()), path);
}

} // namespace duizhao
