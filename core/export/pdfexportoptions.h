#pragma once

#include "annotations/annotation.h"
#include "model/paper.h"

#include <QList>
#include <QString>

#include <optional>

namespace duizhao {

// One row of the measures appendix. The measures data comes from the framework tables; the
// exporter only lays out what it is given, and leaves the appendix out when the list is empty.
struct MeasureRow
{
    QString nameEn;
    QString nameZh;
    QString kind;        // "law", "agency-action", …
    QString date;        // as the data has it, may be empty
    QString level;       // "power", "order", "values"
    QList<int> unitSeqs; // the units that mention it; their words link to the row

    friend bool operator==(const MeasureRow &, const MeasureRow &) = default;
};

struct PdfExportOptions
{
    enum class Layout
    {
        SideBySide,  // English left, Chinese right, each pair level
        Interleaved, // English paragraph, then its Chinese
        English,
        Chinese
    };
    enum class PaperSize
    {
        A4,
        Letter
    };

    Layout layout = Layout::SideBySide;
    PaperSize paper = PaperSize::A4;
    bool annotations = true;  // highlights and notes as PDF annotations, plus the notes appendix
    bool marginNotes = false; // also print each note in the margin, for paper copies
    QList<MeasureRow> measures;

    static QString layoutCode(Layout layout); // "side-by-side", "interleaved", "en", "zh"
    static std::optional<Layout> layoutFromCode(QStringView code);
    static QString paperCode(PaperSize paper); // "a4", "letter"
    static std::optional<PaperSize> paperFromCode(QStringView code);
};

// Everything an export reads, collected on the thread that owns the library so that the export
// itself can run on another thread without touching the database.
struct PdfExportInput
{
    Paper paper;
    QList<Annotation> annotations;
    QList<Tag> tags;
};

} // namespace duizhao
