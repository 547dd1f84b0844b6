#pragma once

#include "library/library.h"
#include "pdfexportoptions.h"
#include "pdfgeometry.h"

class QIODevice;

namespace duizhao {

// Lays the paper out with QPdfWriter and QTextLayout: a title page, the units in the chosen
// layout, then the appendices (notes by section, citations index, measures). The text stays
// real text in TrueType fonts (DejaVu for Latin, WenQuanYi Micro Hei for Chinese: never a CFF
// CJK font, whose ToUnicode maps break extraction). Records where headings, marks and links
// landed, for PdfPostProcessor and Xfdf. Needs a QGuiApplication (fonts); any thread.
class PdfLayout final
{
public:
    // Writes Qt's PDF to `device`. Progress counts units; returning false cancels (Error::Cancelled).
    static PdfGeometry render(const PdfExportInput &input, const PdfExportOptions &options, QIODevice *device,
                              const Progress &progress = {});
    // Steps render() reports, for a caller that adds its own (the post-pass).
    static int progressSteps(const PdfExportInput &input);
};

} // namespace duizhao
