#pragma once

#include "export/frameworkexport.h"
#include "framework/frameworkdata.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace duizhao {

class Library;

// What some formats of DataExporter take besides the document.
struct DataExportOptions
{
    FrameworkExport::Languages languages = FrameworkExport::Languages::Both; // Table 1 as Markdown, HTML
    std::optional<FrameworkLevel> level;                                     // only measures of this level
    QString kind;                                                            // only measures of this kind ("law", …)
};

// The one way a paper's data leaves the library as a file, for the CLI's commands and the GUI's
// menus alike: measures, glossary, framework, Table 1 and references, each format keyed by an enum
// with its file name, suffix, MIME type and display name. The same document and options give the
// same bytes whichever front end asks.
class DataExporter final
{
public:
    enum class Format
    {
        MeasuresCsv,
        MeasuresJson,
        GlossaryCsv,
        GlossaryTbx,
        GlossaryJson,
        FrameworkJson,
        Table1Markdown,
        Table1Html,
        Table1Json,
        ReferencesBibtex,
        ReferencesRis,
        ReferencesCslJson,
    };

    using Options = DataExportOptions;

    static QList<Format> formats();
    static QString fileName(Format format); // what a save dialog suggests: "measures.csv"
    static QString suffix(Format format);   // "csv"
    static QString mimeType(Format format); // "text/csv"
    // Translated, for menus and file dialogs: "CSV", "TBX term base".
    static QString displayName(Format format);
    // "CSV (*.csv)", for a file dialog.
    static QString fileFilter(Format format);

    // The document's measures the options select, in the order the export writes them.
    static QList<Measure> measures(Library &library, qint64 documentId, const Options &options = {});
    // UTF-8 bytes of the document's data in `format`. Data a document lacks (a paper without
    // curated framework) gives an empty table or list, not an error.
    static QByteArray write(Library &library, qint64 documentId, Format format, const Options &options = {});
    // write() into a file, replaced only once it is complete (an older file of that name stays
    // when writing fails). Throws Error(Io) naming the file.
    static void writeFile(Library &library, qint64 documentId, Format format, const QString &path,
                          const Options &options = {});
};

} // namespace duizhao
